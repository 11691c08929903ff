// A name in our office-holder list may belong to someone else: "Michael Johnson, 34, of Denver"
// or "Michael Johnson, a professor at the university" is not the Speaker of the House. Where the
// text itself describes the person in a way an office holder would not be introduced (an age and
// a home town, or "a"/"an" with an occupation that is not the listed office), the text wins: every
// mention of that name in the document becomes an unlisted person, and the passes after this one
// (apposed-people.ts, person-country.ts) code them from what the text says.
import type { Mention } from "../../types.ts";

// ", 34, of Denver": the age-and-home-town apposition news gives private people.
const AGE_AND_TOWN = /^\s*,\s*(\d{1,3})\s*,\s*of\s+(\p{Lu}[\p{L}-]*)/u;
// ", a professor at", ", an elderly farmer from": an indefinite description right after the name.
const INDEFINITE_APPOSITION = /^\s*,\s*(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}?$/iu;
// "Jane Roe, a former senator": an office she held before, which our list may not date.
const FORMER = /\b(?:former|ex|onetime|one-time|retired)\b/i;
// The role part of a code ("USALEG" -> "LEG"), or the code itself when it is a role alone.
const roleOf = (code: string | null) => (code && code.length >= 6 ? code.slice(3, 6) : code);

/** A person mention from the office-holder list, written as the name alone (no title before it). */
function isListedNameAlone(m: Mention): boolean {
  if (m.kind !== "person" || m.refersTo || m.form !== "name" || !m.source?.includes("people.tsv"))
    return false;
  return m.text.split(/\s+/).length <= m.name.split(/\s+/).length;
}

/** Why the text says the listed person at k is someone else, or null. */
function otherPerson(mentions: readonly Mention[], k: number, text: string): string | null {
  const m = mentions[k]!;
  const after = text.slice(m.end, m.end + 40);
  const age = AGE_AND_TOWN.exec(after);
  if (age) return `aged ${age[1]}, of ${age[2]}`;
  const next = mentions[k + 1];
  if (next?.kind !== "agent" || !next.code || next.sentenceIndex !== m.sentenceIndex) return null;
  const gap = text.slice(m.end, next.start);
  if (!INDEFINITE_APPOSITION.test(gap) || FORMER.test(gap)) return null;
  // "Jane Roe, a senator from Ohio": the office our list gives her, so the same person. Someone
  // our list has out of office (ELI) held other offices, any of which may be the one named.
  if (roleOf(next.code) === roleOf(m.code) || roleOf(m.code) === "ELI") return null;
  return `"${gap.replace(/^\s*,\s*/, "")}${next.text}"`;
}

/**
 * Returns the mentions with every listed person whom the text describes as someone else made an
 * unlisted person (no code, their own written name), all through the document.
 */
export function unlistDescribedNamesakes<T extends Mention>(mentions: readonly T[], text: string): T[] {
  const others = new Map<string, { written: string; why: string }>();
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (!isListedNameAlone(m) || others.has(m.name)) continue;
    const why = otherPerson(mentions, k, text);
    if (why) others.set(m.name, { written: m.text, why });
  }
  if (!others.size) return mentions as T[];
  return mentions.map((m) => {
    const other = m.kind === "person" && !m.refersTo ? others.get(m.name) : undefined;
    if (!other) return m;
    const { source: _listed, ...rest } = m;
    return {
      ...rest,
      name: other.written,
      code: null,
      reason: `not ${m.name} of our list: the text describes ${other.written} as ${other.why}`,
    } as T;
  });
}
