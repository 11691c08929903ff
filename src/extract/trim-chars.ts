// Trimming a set of characters from the ends of a string by a loop, not by a regex such as
// /[\s.,]+$/: an engine that backtracks tries that pattern at every position of a long run that
// does not reach the end, quadratic in the run (80 KB of " ." took 25 s). Issue 11.

/** `text` without the characters at its end for which `isTrimmed` holds. */
export function trimEndWhere(text: string, isTrimmed: (char: string) => boolean): string {
  let end = text.length;
  while (end > 0 && isTrimmed(text[end - 1]!)) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** `text` without the characters at its start for which `isTrimmed` holds. */
export function trimStartWhere(text: string, isTrimmed: (char: string) => boolean): string {
  let start = 0;
  while (start < text.length && isTrimmed(text[start]!)) start++;
  return start === 0 ? text : text.slice(start);
}

/** A test of one character against a character class written as a regex, e.g. /[\s.,]/. */
export function charIn(charClass: RegExp): (char: string) => boolean {
  return (char) => charClass.test(char);
}
