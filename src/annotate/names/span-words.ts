// What the words of a candidate span say about how to cut or type it: a person "of" a body, names
// joined by "&", adjectives only, words no dictionary phrase covers, and its initials.
import type { classifySpan } from "./name-classify.ts";
import { isParticle, isWordToken } from "./name-spans.ts";
import type { NameFinderInput, NameItem } from "./name-types.ts";

/**
 * "Jane Roe of Acme Corp.", "Economist Sam Okafor of First Union": a person's name, "of", and the
 * body they work for are two names. The left part must start (after any title) with a given name.
 */
export function splitPersonOfOrganisation(
  input: NameFinderInput,
  cover: readonly (NameItem | null)[],
  span: { from: number; to: number },
  deps: Parameters<typeof classifySpan>[3],
): { from: number; to: number }[] {
  const { tokens } = input;
  let of = -1;
  for (let k = span.from + 1; k < span.to - 1; k++)
    if (tokens[k]!.text === "of") {
      of = k;
      break;
    }
  if (of < 0) return [span];
  let k = span.from;
  while (
    k < of &&
    (deps.tables.honorifics.has(tokens[k]!.key) ||
      deps.tables.personNouns.has(tokens[k]!.key) ||
      cover[k]?.type === "title" ||
      !isWordToken(tokens[k]!.text))
  )
    k++;
  const left = wordIndexes(input, { from: k, to: of });
  const isPerson =
    left.length >= 2 &&
    !cover[left[0]!] &&
    deps.givenNames.has(tokens[left[0]!]!.key) &&
    left.every((w) => !deps.tables.organisationWords.has(tokens[w]!.key));
  return isPerson
    ? [
        { from: span.from, to: of },
        { from: of + 1, to: span.to },
      ]
    : [span];
}

/** '"&" between names' when a capitalised word stands on each side of an "&" inside the span. */
export function joinsByAmpersand(input: NameFinderInput, span: { from: number; to: number }): string | null {
  const { tokens } = input;
  for (let k = span.from + 1; k < span.to - 1; k++)
    if (tokens[k]!.key === "&" && isWordToken(tokens[k - 1]!.text) && isWordToken(tokens[k + 1]!.text))
      return '"&" between names';
  return null;
}

/** "European", "Olympic": a span of adjectives written with a capital names no body by its place. */
export function onlyProperAdjectives(
  input: NameFinderInput,
  span: { from: number; to: number },
  tables: { properAdjectives: ReadonlySet<string> },
): boolean {
  return wordIndexes(input, span).every((k) => tables.properAdjectives.has(input.tokens[k]!.key));
}

/** Whether [from, to) holds a word no dictionary phrase covers ("Kenya 2" holds none). */
export function uncoveredWords(
  input: NameFinderInput,
  cover: readonly (NameItem | null)[],
  span: { from: number; to: number },
): boolean {
  return wordIndexes(input, span).some((k) => !cover[k]);
}

export function wordIndexes(input: NameFinderInput, span: { from: number; to: number }): number[] {
  const out: number[] = [];
  for (let k = span.from; k < span.to; k++) {
    const t = input.tokens[k]!;
    if (isWordToken(t.text) && !isParticle(t.text)) out.push(k);
  }
  return out;
}

/** "Federal Bureau of Investigation" -> "FBI": first letters of the capitalised words. */
export function initials(input: NameFinderInput, span: { from: number; to: number }): string {
  let out = "";
  for (const k of wordIndexes(input, span)) {
    const t = input.tokens[k]!.text;
    if (t[0] === t[0]!.toUpperCase()) out += t[0];
  }
  return out;
}
