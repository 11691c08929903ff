// What the words around a phrase say about it being a name: a capitalised word going on after it,
// a first name before it, an organisation or a list of titles before a title, "former" before an office.
import type { Composer, Item } from "./compose-state.ts";
import { NOT_NAME } from "./compose-words.ts";
import { isCapitalized, isWord } from "./match-tokens.ts";

export function startsPhrase(c: Composer, k: number) {
  const { tokens, lexicon, n, lineLimit } = c;
  return k < n && lexicon.trie.matchAt(tokens, k, lineLimit[k]).length > 0;
}

/** A capitalised word right after `to` on a running-text line: the name goes on ("Queen Elizabeth University Hospital"). */
export function nameGoesOn(c: Composer, to: number, evenBeforePhrase = false): boolean {
  const { tokens, n, headline } = c;
  if (to >= n || headline[to]) return false;
  const next = tokens[to]!;
  const gap = next.start - tokens[to - 1]!.end;
  if (next.key === "-" && gap === 0 && to + 1 < n && tokens[to + 1]!.start === next.end) {
    const after = tokens[to + 1]!;
    return isWord(after.text) && isCapitalized(after.text) && (evenBeforePhrase || !startsPhrase(c, to + 1));
  }
  return (
    gap === 1 &&
    isWord(next.text) &&
    isCapitalized(next.text) &&
    !NOT_NAME.has(next.key) &&
    (evenBeforePhrase || !startsPhrase(c, to))
  );
}

/** A capitalised word right before `from` on the same line, not a sentence start: a first name. */
export function nameBefore(c: Composer, from: number): boolean {
  const { tokens, input, headline, itemEnds } = c;
  if (from === 0 || headline[from] || itemEnds.has(from)) return false;
  const prev = tokens[from - 1]!;
  if (!isWord(prev.text) || !isCapitalized(prev.text) || NOT_NAME.has(prev.key)) return false;
  if (tokens[from]!.start - prev.end !== 1 || input.sentenceOf[from - 1] !== input.sentenceOf[from])
    return false;
  const before = from >= 2 ? tokens[from - 2]! : null;
  // "Secretary Francisco Duque": a first name after a title still makes a different person.
  return !!before && (isWord(before.text) || before.key === ",") && !/[.!?:]/.test(before.text);
}

/** "Tim Morrison said" at a sentence start: a proper noun right before a surname is another first name. */
export function givenNameBefore(c: Composer, from: number): boolean {
  const { tokens, pos, headline, itemEnds } = c;
  if (from === 0 || headline[from] || itemEnds.has(from)) return false;
  const prev = tokens[from - 1]!;
  return (
    pos[from - 1] === "PROPN" &&
    tokens[from]!.start - prev.end === 1 &&
    isWord(prev.text) &&
    isCapitalized(prev.text) &&
    !NOT_NAME.has(prev.key)
  );
}

/** "Peanut Corporation of America": a capitalised word right before, even at a sentence start. */
export function followsCapitalizedWord(c: Composer, from: number): boolean {
  const { tokens, headline, itemEnds } = c;
  if (from === 0 || headline[from] || itemEnds.has(from)) return false;
  const prev = tokens[from - 1]!;
  return (
    tokens[from]!.start - prev.end === 1 &&
    isWord(prev.text) &&
    isCapitalized(prev.text) &&
    !NOT_NAME.has(prev.key)
  );
}

/** A capitalised name (not ours, not a sentence start) right before a lower-case title. */
export function organisationBefore(c: Composer, from: number): boolean {
  const { tokens, pos, input, headline, itemEnds } = c;
  if (from < 2 || headline[from] || itemEnds.has(from) || isCapitalized(tokens[from]!.text)) return false;
  const prev = tokens[from - 1]!;
  if (!isWord(prev.text) || !isCapitalized(prev.text) || NOT_NAME.has(prev.key) || pos[from - 1] !== "PROPN")
    return false;
  return (
    input.sentenceOf[from - 2] === input.sentenceOf[from - 1] && !/[.!?:"“]/.test(tokens[from - 2]!.text)
  );
}

/** The titles of a list ending at `from`, last first: "chairman, CEO and" before "president". */
export function coordinatedTitlesBefore(c: Composer, from: number): Item[] {
  const { tokens, itemByEnd } = c;
  const titles: Item[] = [];
  let k = from;
  while (k >= 2 && (tokens[k - 1]!.key === "and" || tokens[k - 1]!.key === ",")) {
    const prev = itemByEnd.get(k - 1);
    if (prev?.value?.type !== "title") break;
    titles.push(prev);
    k = prev.from;
  }
  return titles;
}

/** The role of the first title in a list ending at `from`: "chairman, CEO and president". */
export function coordinatedRoleBefore(c: Composer, from: number): string | null {
  const first = coordinatedTitlesBefore(c, from).at(-1)?.value;
  return first?.type === "title" ? first.role : null;
}

/** "former President", "ex-minister", "Former Nigerian President": an office no longer held. */
export function formerBefore(c: Composer, from: number): boolean {
  const { tokens } = c;
  let k = from - 1;
  if (k >= 0 && tokens[k]!.key === "-" && tokens[k]!.end === tokens[from]!.start) k--;
  return k >= 0 && (tokens[k]!.key === "former" || tokens[k]!.key === "ex");
}

export function isSentenceStart(c: Composer, k: number): boolean {
  const { input } = c;
  return k === 0 || input.sentenceOf[k - 1] !== input.sentenceOf[k];
}
