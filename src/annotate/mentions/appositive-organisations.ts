// Organisations no dictionary holds, made actors by what the text says of them in an apposition:
// "Velorix, a Swiss maker of medical devices, ..." -> Velorix, a company (BUS) of Switzerland;
// "Orrin Power, the country's largest utility, ..." -> a company of the country named before.
// Head nouns are the hand list below and the WordNet kinds of organisation
// (names/wordnet.organisation-heads.tsv: "a think tank" NGO, "a carmaker" BUS, "a news agency" MED).
// The head noun of the apposition gives the role, a demonym in it the country; later bare uses
// of the same name in the document are the same organisation. A person's apposition ("Tom Roe,
// a Norwegian diplomat") is read where people are composed (role-people.ts), not here.
import type { Mention, Sentence, Token } from "../../types.ts";
import { type DictIssue, readDictRows } from "./dict-line-reader.ts";

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
const POSSESSIVE = /^['’]s?$/;
// After "the", an apposition must close where its head does ("Orrin Power, the utility, said"):
// "X, the company said" is a speaker tag, not an apposition.
const CLOSES_APPOSITION = new Set([",", ".", ")", ";", ":"]);

/** Head nouns of kinds of organisation: one word ("carmaker") or two ("news agency") -> role. */
export type OrganisationHeads = ReadonlyMap<string, string>;

/** The role the head noun at token k gives (the hand list first, then WordNet's kinds), or undefined. */
function headRole(tokens: readonly Token[], k: number, heads: OrganisationHeads): string | undefined {
  const word = tokens[k]!.text.toLowerCase();
  const prev = tokens[k - 1];
  return (
    (prev ? heads.get(`${prev.text.toLowerCase()} ${word}`) : undefined) ??
    ORGANISATION_HEADS[word] ??
    heads.get(word)
  );
}
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
  heads: OrganisationHeads,
): Found | null {
  const article = tokens[comma + 1];
  if (!article || !/^(?:a|an|the)$/i.test(article.text)) return null;
  const definite = article.text.toLowerCase() === "the";
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
  const existing = mentionAt(mentions, start, end);
  if (existing && !isOpenToApposition(existing, start, end)) return null;
  let country: Mention | undefined;
  for (let k = comma + 2; k < tokens.length && k <= comma + 2 + MAX_MODIFIERS; k++) {
    const t = tokens[k]!;
    const role = headRole(tokens, k, heads);
    const next = tokens[k + 1];
    // "the company's chief executive": a possessive is a modifier, never the head.
    // "the country's largest utility": a country (or "the country" standing for one) owns it.
    if (next && POSSESSIVE.test(next.text)) {
      const owner = mentionAt(mentions, t.start, t.end);
      if (owner?.kind === "state" && owner.code && /^[A-Z]{3}$/.test(owner.code)) {
        if (country && country.code !== owner.code) return null;
        country = owner;
      }
      k++;
      continue;
    }
    if (role && t.pos === "NOUN") {
      // "a software company executive": the head must end the noun phrase.
      if (next && next.pos === "NOUN") return null;
      if (definite && !(next && CLOSES_APPOSITION.has(next.text))) return null;
      const head = mentionAt(mentions, t.start, t.end);
      const consumed = [country, head, existing].filter((m): m is Mention => m !== undefined);
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

/**
 * True when the mention of exactly [start, end) says less than an apposition would: an
 * organisation the name finder found with no role ("Velgar Trust, a think tank"), or a person
 * known only by a given name opening it ("Orrin Power, the country's largest utility": no person
 * is a utility).
 */
function isOpenToApposition(m: Mention, start: number, end: number): boolean {
  if (m.start !== start || m.end !== end || m.refersTo) return false;
  if (m.kind === "organization") return !m.code;
  return m.kind === "person" && !m.code && /^given name/.test(m.reason ?? "");
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
  heads: OrganisationHeads = new Map(),
): Mention[] {
  let out = [...mentions];
  sentences.forEach((s, sentenceIndex) => {
    s.tokens.forEach((t, comma) => {
      if (t.text !== ",") return;
      const found = appositionAt(s.tokens, comma, out, text, heads);
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
        const there = mentionAt(out, at, at + name.length);
        if (there && !isOpenToApposition(there, at, at + name.length)) continue;
        if (there) out = out.filter((m) => m !== there);
        const si = sentences.findIndex((x) => x.start <= at && at < x.end);
        if (si >= 0) out.push(made(at, si));
      }
      out.sort((a, b) => a.start - b.start);
    });
  });
  return out;
}

/**
 * Reads a file of organisation head nouns (`term <TAB> role`, one or two lower-case words and a
 * three-letter CAMEO role) into `heads`; each bad line becomes an issue.
 */
export function readOrganisationHeads(
  file: string,
  content: string,
  issues: DictIssue[],
  heads: Map<string, string>,
): void {
  for (const row of readDictRows(file, content, ["term", "role"], issues)) {
    const [term = "", role = ""] = row.fields;
    if (!/^[a-z][a-z-]*(?: [a-z][a-z-]*)?$/.test(term) || !/^[A-Z]{3}$/.test(role)) {
      issues.push({
        file,
        line: row.line,
        message: "expected: one or two lower-case words <TAB> a three-letter role",
      });
      continue;
    }
    heads.set(term, role);
  }
}
