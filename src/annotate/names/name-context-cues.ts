// Person and body cues in the words right around a name, read by the classifier
// (name-classify.ts): an apposition after the name ("Jane Roe, 43," "Jane Roe, the union's
// president") or before it ("The speaker of the parliament, Jane Roe,"), the party-and-state tag
// of US papers ("Jane Roe, R-Ohio"), an age before a name ("a 27-year-old Roe"), a word of family
// after its possessive ("Roe's widow"), and "of" with a name after an agent noun ("University of
// Kordavia").
import { isCapitalised, isWordToken } from "./name-spans.ts";
import type { NameTables } from "./name-tables.ts";
import type { NameFinderInput, NameItem } from "./name-types.ts";

// The apostrophe that opens a possessive "'s" (the match tokens split "union's" as union ' s).
const POSSESSIVE_MARKS = new Set(["'", "’"]);
const ARTICLES = new Set(["a", "an", "the", "his", "her", "their", "its"]);
// How many words of an apposition may come before its role noun ("Jane Roe, the union's president").
const APPOSITION_REACH = 6;

/** ", R-W.Va." or "(D-Calif.)" right after token `to`: a party letter, a hyphen and a state. */
export function partyStateTag(input: NameFinderInput, to: number): boolean {
  const { tokens } = input;
  const open = tokens[to]?.key;
  if (open !== "," && open !== "(") return false;
  const party = tokens[to + 1];
  const hyphen = tokens[to + 2];
  const state = tokens[to + 3];
  return (
    !!party &&
    !!hyphen &&
    !!state &&
    /^[RDI]$/.test(party.text) &&
    hyphen.key === "-" &&
    hyphen.start === party.end &&
    state.start === hyphen.end &&
    isCapitalised(state.text)
  );
}

/** "Jane Roe, 43," or "Jane Roe, the union's president": an apposition that says who she is. */
export function appositionAfter(
  input: NameFinderInput,
  cover: readonly (NameItem | null)[],
  to: number,
  tables: NameTables,
): { evidence: string; role: string | null; ownerRole?: string } | null {
  const { tokens } = input;
  if (tokens[to]?.key !== ",") return null;
  const next = tokens[to + 1];
  if (!next) return null;
  if (/^\d{1,2}$/.test(next.text) && tokens[to + 2]?.key === ",")
    return { evidence: "age after", role: null };
  if (!ARTICLES.has(next.key)) return bareRoleAfter(input, cover, to, tables);
  // "the union's president": the body's role beats the office's ("president" of what?).
  let bodyRole: string | null = null;
  // The role of a body the office is said to be of ("the union's"), kept apart from a role the
  // office word alone gives ("the president": of a state, a firm or a club?).
  let ownerRole: string | null = null;
  for (let k = to + 2; k < Math.min(tokens.length, to + 2 + APPOSITION_REACH); k++) {
    const t = tokens[k]!;
    if (t.key === "," || t.key === "." || input.sentenceOf[k] !== input.sentenceOf[to]) break;
    const c = cover[k];
    const orgRole = tables.organisationWords.get(t.key) ?? (c?.type === "agent" ? c.role : null);
    if (orgRole) {
      bodyRole ??= orgRole;
      if (POSSESSIVE_MARKS.has(tokens[c?.type === "agent" ? c.to : k + 1]?.key ?? "")) ownerRole ??= orgRole;
    }
    if (tables.personNouns.has(t.key) || c?.type === "title")
      return {
        evidence: `apposition "${t.text}"`,
        role: bodyRole ?? (c?.type === "title" ? (c.role ?? null) : null),
        ...(ownerRole ? { ownerRole } : {}),
      };
  }
  return null;
}

// Words that tie a bare role to its body or field: "leader of", "spokesman for", "coach at".
const ROLE_TIES = new Set(["of", "for", "at", "with"]);
// How many lower-case words may open a bare role before its noun ("executive director").
const BARE_ROLE_REACH = 3;

/**
 * "Jane Roe, leader of the party," "Jane Roe, executive director of X": wire copy drops the
 * article before a role the person holds in a body named after it. Lower-case words only, and the
 * role noun must be tied to what follows by "of", "for", "at" or "with", so "Paris, capital of
 * France" (no person noun) and lists ("Roe, Okafor, Musa") stay out.
 */
function bareRoleAfter(
  input: NameFinderInput,
  cover: readonly (NameItem | null)[],
  to: number,
  tables: NameTables,
): { evidence: string; role: string | null } | null {
  const { tokens, sentenceOf } = input;
  for (let k = to + 1; k < Math.min(tokens.length - 1, to + 1 + BARE_ROLE_REACH); k++) {
    const t = tokens[k]!;
    if (t.text !== t.key || !isWordToken(t.text) || sentenceOf[k] !== sentenceOf[to]) return null;
    const c = cover[k];
    const isRole = tables.personNouns.has(t.key) || (c?.type === "title" && c.to === k + 1);
    if (isRole && ROLE_TIES.has(tokens[k + 1]!.key))
      return { evidence: `apposition "${t.text}"`, role: c?.type === "title" ? (c.role ?? null) : null };
  }
  return null;
}

/**
 * "The speaker of the parliament, Jane Roe, told ...": a role noun in the phrase that ends with a
 * comma right before the name, the phrase opened by an article or a possessive.
 */
const APPOSITION_BEFORE_REACH = 8;
export function appositionBefore(
  input: NameFinderInput,
  cover: readonly (NameItem | null)[],
  from: number,
  tables: NameTables,
): string | null {
  const { tokens, sentenceOf } = input;
  if (from < 3 || tokens[from - 1]!.key !== ",") return null;
  let role: string | null = null;
  let opened = false;
  for (let k = from - 2; k >= Math.max(0, from - 2 - APPOSITION_BEFORE_REACH); k--) {
    const t = tokens[k]!;
    if (t.key === "," || sentenceOf[k] !== sentenceOf[from]) break;
    if (tables.personNouns.has(t.key) || cover[k]?.type === "title") role = t.text;
    opened = ARTICLES.has(t.key);
  }
  return opened ? role : null;
}

/** "a 27-year-old Roe": an age written as one hyphenated adjective right before the name. */
export function ageBefore(input: NameFinderInput, from: number): string | null {
  const { tokens, sentenceOf } = input;
  if (from < 5 || sentenceOf[from - 5] !== sentenceOf[from]) return null;
  const [n, h1, year, h2, old] = [5, 4, 3, 2, 1].map((d) => tokens[from - d]!);
  const glued = [h1, year, h2, old].every((t, k) => t!.start === [n, h1, year, h2][k]!.end);
  if (!glued || !/^\d{1,3}$/.test(n!.text) || h1!.key !== "-" || h2!.key !== "-") return null;
  return /^(?:year|month)$/.test(year!.key) && old!.text === "old"
    ? `age "${n!.text}-${year!.text}-old" before`
    : null;
}

/** "Roe's widow", "Okafor's sons": a word of family right after the name's possessive. */
export function kinAfterPossessive(input: NameFinderInput, to: number, tables: NameTables): string | null {
  const { tokens, sentenceOf } = input;
  const mark = tokens[to];
  if (mark?.key !== "'" || mark.start !== tokens[to - 1]!.end) return null;
  // The match tokens split "Roe's" into Roe ' s.
  const s = tokens[to + 1];
  const at = s && s.key === "s" && s.start === mark.end ? to + 2 : to + 1;
  const noun = tokens[at];
  if (!noun || sentenceOf[at] !== sentenceOf[to]) return null;
  return noun.text === noun.key && tables.kinNouns.has(noun.key) ? `"${noun.text}" of it after` : null;
}

/** "of Michigan", "of Kordavia": "of" at token `of` and a capitalised word no dictionary covers before `to`. */
export function namedAfterOf(
  input: NameFinderInput,
  cover: readonly (NameItem | null)[],
  of: number,
  to: number,
): boolean {
  const { tokens } = input;
  if (tokens[of]?.key !== "of") return false;
  for (let k = of + 1; k < to; k++)
    if (!cover[k] && isWordToken(tokens[k]!.text) && isCapitalised(tokens[k]!.text)) return true;
  return false;
}
