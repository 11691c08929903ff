// Organisations no dictionary holds, made actors by what the text says of them in an apposition:
// "Velorix, a Swiss maker of medical devices, ..." -> Velorix, a company (BUS) of Switzerland.
// The head noun of the apposition gives the role, a demonym in it the country; later bare uses
// of the same name in the document are the same organisation. A person's apposition ("Tom Roe,
// a Norwegian diplomat") is read where people are composed (role-people.ts), not here.
import type { Mention, Sentence, Token } from "../../types.ts";

// Head nouns that make the name before the apposition an organisation, with its CAMEO role.
export const ORGANISATION_HEADS: Record<string, string> = {
  company: "BUS",
  firm: "BUS",
  corporation: "BUS",
  conglomerate: "BUS",
  maker: "BUS",
  manufacturer: "BUS",
  producer: "BUS",
  provider: "BUS",
  supplier: "BUS",
  developer: "BUS",
  retailer: "BUS",
  operator: "BUS",
  carrier: "BUS",
  startup: "BUS",
  lender: "BUS",
  insurer: "BUS",
  charity: "NGO",
  nonprofit: "NGO",
  union: "LAB",
  university: "EDU",
  hospital: "HLH",
  newspaper: "MED",
  broadcaster: "MED",
};
// How many words may stand between the article and the head noun ("a global solutions provider").
const MAX_MODIFIERS = 5;
// How many capitalised words a name may have.
const MAX_NAME_WORDS = 4;
const MODIFIER_POS = new Set(["ADJ", "NOUN", "PROPN", "ADV", "NUM"]);
const NAME_WORD = /^\p{Lu}[\p{L}\p{N}&.'’-]*$/u;

interface Found {
  readonly start: number;
  readonly end: number;
  readonly code: string;
  readonly reason: string;
  /** The mentions inside the apposition that it stands for (its demonym and head noun). */
  readonly consumed: readonly Mention[];
}

/** The mention covering offset `at`, if any (mentions sorted by start). */
function mentionAt(mentions: readonly Mention[], start: number, end: number): Mention | undefined {
  return mentions.find((m) => m.start < end && start < m.end);
}

/** "NAME, a|an MODIFIERS HEAD" at the comma token `comma` of `tokens`, or null. */
function appositionAt(
  tokens: readonly Token[],
  comma: number,
  mentions: readonly Mention[],
  text: string,
): Found | null {
  const article = tokens[comma + 1];
  if (!article || !/^(?:a|an)$/i.test(article.text)) return null;
  // The name: capitalised proper-noun words right before the comma, none of them a mention.
  let first = comma;
  while (
    first > 0 &&
    comma - first < MAX_NAME_WORDS &&
    tokens[first - 1]!.pos === "PROPN" &&
    NAME_WORD.test(tokens[first - 1]!.text) &&
    (first === comma || tokens[first]!.start - tokens[first - 1]!.end === 1)
  )
    first--;
  if (first === comma) return null;
  // A name that runs on to the left is more than we read ("... the Velorix, a ..."): only a
  // lower-case word, punctuation or the sentence start may stand before it.
  const before = tokens[first - 1];
  if (before && NAME_WORD.test(before.text)) return null;
  const start = tokens[first]!.start;
  const end = tokens[comma - 1]!.end;
  if (mentionAt(mentions, start, end)) return null;
  let country: Mention | undefined;
  for (let k = comma + 2; k < tokens.length && k <= comma + 2 + MAX_MODIFIERS; k++) {
    const t = tokens[k]!;
    const role = ORGANISATION_HEADS[t.text.toLowerCase()];
    if (role && t.pos === "NOUN") {
      const next = tokens[k + 1];
      // "a software company executive": the head must end the noun phrase.
      if (next && next.pos === "NOUN") return null;
      const head = mentionAt(mentions, t.start, t.end);
      const consumed = [country, head].filter((m): m is Mention => m !== undefined);
      const apposition = text.slice(article.start, t.end);
      return {
        start,
        end,
        code: `${country?.code?.slice(0, 3) ?? ""}${role}`,
        reason: `organisation by apposition "${apposition}"`,
        consumed,
      };
    }
    if (!MODIFIER_POS.has(t.pos)) return null;
    const m = mentionAt(mentions, t.start, t.end);
    if (m?.kind === "state" && m.form === "demonym" && m.code && /^[A-Z]{3}$/.test(m.code)) {
      if (country && country.code !== m.code) return null;
      country = m;
    }
  }
  return null;
}

/** Where the whole word `name` occurs in `text` outside every mention. */
function laterUses(text: string, name: string, from: number): number[] {
  const at: number[] = [];
  for (let k = text.indexOf(name, from); k >= 0; k = text.indexOf(name, k + name.length)) {
    const before = text[k - 1] ?? " ";
    const after = text[k + name.length] ?? " ";
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) at.push(k);
  }
  return at;
}

/**
 * Adds the organisations the text introduces by apposition, and their later uses, to `mentions`
 * (sorted by start, sentence indexes set); the apposition's own demonym and head noun go, as the
 * name now stands for them. Returns the mentions sorted by start.
 */
export function addAppositiveOrganisations(
  mentions: readonly Mention[],
  sentences: readonly Sentence[],
  text: string,
): Mention[] {
  let out = [...mentions];
  sentences.forEach((s, sentenceIndex) => {
    s.tokens.forEach((t, comma) => {
      if (t.text !== ",") return;
      const found = appositionAt(s.tokens, comma, out, text);
      if (!found) return;
      const name = text.slice(found.start, found.end);
      const made = (start: number, si: number): Mention => ({
        start,
        end: start + name.length,
        text: name,
        kind: "organization",
        form: "name",
        name,
        code: found.code,
        sentenceIndex: si,
        reason: found.reason,
      });
      out = out.filter((m) => !found.consumed.includes(m));
      out.push(made(found.start, sentenceIndex));
      for (const at of laterUses(text, name, found.end)) {
        if (mentionAt(out, at, at + name.length)) continue;
        const si = sentences.findIndex((x) => x.start <= at && at < x.end);
        if (si >= 0) out.push(made(at, si));
      }
      out.sort((a, b) => a.start - b.start);
    });
  });
  return out;
}
