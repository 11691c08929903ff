// Long forms defined by the acronym after them: "the Organisation for Security and Cooperation in
// Europe (OSCE)", "the State Law and Order Restoration Council (SLORC)". A name that holds "and"
// or "in" is cut by the span finder into pieces ("Organisation for Security", "Cooperation",
// "Europe"); the bracketed acronym says where the whole name begins: the capitalised words whose
// first letters spell it, joined by the small words names use. Those words become one organisation.
import type { Classified } from "./name-classify.ts";
import { isAcronym, isCapitalised, isWordToken } from "./name-spans.ts";
import type { NameFinderInput, NameItem } from "./name-types.ts";
import { initials } from "./span-words.ts";

// Small words that may stand inside a long form between its capitalised words.
const JOINERS = new Set(["and", "of", "for", "in", "on", "the", "&", "de", "des", "du", "la", "le", "to"]);
// Items a long form may hold: countries, capitals, demonyms, titles and agent nouns ("Iraqi News Agency").
const INNER = new Set(["state", "capital", "title", "agent", "metonym"]);

/**
 * Finds each "Long Form (LF)" whose initials spell the acronym and puts one organisation span in
 * place of the spans it overlaps. Returns the spans in text order.
 */
export function joinDefinedLongForms(
  input: NameFinderInput,
  cover: readonly (NameItem | null)[],
  spans: Classified[],
): Classified[] {
  const { tokens, sentenceOf } = input;
  const longForms: Classified[] = [];
  for (let k = 1; k + 2 < tokens.length; k++) {
    if (tokens[k]!.key !== "(" || tokens[k + 2]!.key !== ")") continue;
    const acronym = tokens[k + 1]!.text;
    if (!isAcronym(acronym) || acronym.length < 3) continue;
    const from = longFormStart(input, cover, k, acronym);
    if (from < 0 || sentenceOf[from] !== sentenceOf[k]) continue;
    longForms.push({
      from,
      to: k,
      kind: "organization",
      role: null,
      // "Iraqi News Agency": the country a demonym or country name inside it says.
      country: countryInside(cover, from, k),
      sex: null,
      evidence: `defined as "${acronym}"`,
    });
  }
  if (!longForms.length) return spans;
  const out = spans.filter(
    (c) => !longForms.some((l) => c.from < l.to && l.from < c.to) || c.kind === "person",
  );
  // A person's name inside the words is no long form of a body.
  for (const l of longForms)
    if (!out.some((c) => c.from < l.to && l.from < c.to)) {
      out.push(l);
    }
  return out.sort((a, b) => a.from - b.from);
}

/** The first token of the long form ending before `open`, or -1 when its initials do not spell the acronym. */
function longFormStart(
  input: NameFinderInput,
  cover: readonly (NameItem | null)[],
  open: number,
  acronym: string,
): number {
  const { tokens } = input;
  let letters = "";
  // Walk back over capitalised words and joiners; each capitalised word adds its initial in front.
  for (let k = open - 1; k >= 0 && open - k <= acronym.length * 3; k--) {
    const t = tokens[k]!;
    if (cover[k] && !INNER.has(cover[k]!.type)) return -1;
    if (isWordToken(t.text) && isCapitalised(t.text)) {
      letters = t.text[0]! + letters;
      if (!acronym.endsWith(letters)) return -1;
      if (letters === acronym) return k;
    } else if (!JOINERS.has(t.key)) return -1;
  }
  return -1;
}

function countryInside(cover: readonly (NameItem | null)[], from: number, to: number): string | null {
  for (let k = from; k < to; k++) {
    const c = cover[k];
    if (c && (c.type === "state" || c.type === "capital") && c.iso3) return c.iso3;
  }
  return null;
}

/**
 * Acronyms defined in the text, "Long Form Name (LFN)" or "LFN (Long Form Name)": each acronym
 * with the span of its long form, which becomes an organisation (spans in text order).
 */
export function definedAcronyms(
  input: NameFinderInput,
  spans: readonly Classified[],
): Map<string, Classified> {
  const { tokens } = input;
  const acronyms = new Map<string, Classified>();
  for (let s = 0; s + 1 < spans.length; s++) {
    const a = spans[s]!;
    const b = spans[s + 1]!;
    if (tokens[a.to]?.key !== "(" || b.from !== a.to + 1 || tokens[b.to]?.key !== ")") continue;
    const [long, short] = b.to - b.from === 1 && isAcronym(tokens[b.from]!.text) ? [a, b] : [b, a];
    if (short.to - short.from !== 1 || !isAcronym(tokens[short.from]!.text)) continue;
    if (long.kind === "person" || initials(input, long) !== tokens[short.from]!.text) continue;
    long.kind = "organization";
    long.evidence ||= `defined as "${tokens[short.from]!.text}"`;
    acronyms.set(tokens[short.from]!.text, long);
  }
  return acronyms;
}
