// Post-rules over wink-nlp's sentence boundaries. wink splits well on ordinary prose but
// stumbles on newswire: ranks it does not know ("Adm."), list numbers ("1."), closing quotes,
// datelines, URLs without a scheme and "." + '"' + capital. Each rule below fixes one such case;
// they run in order over one array of flags, `starts[i]` = 1 when token i opens a sentence.
import type { Token } from "../types.ts";
import { splitHeadlineDatelines } from "./headline-datelines.ts";
import type { Abbreviations } from "./sentence-abbreviations.ts";

const TERMINAL = /^[.!?…]+$/u;
const ELLIPSIS = /^(?:\.{2,}|…)$/u;
const CLOSER = /^["'”’»)\]]$/u;
const OPENER = /^["'“‘«([]$/u;
const DASH = /^(?:-{1,3}|[–—―])$/u;
const BULLET = /^(?:[-*•·▪●◦–—]|\d{1,2}[.)])$/u;
const LIST_NUMBER = /^\d{1,2}\.?$/u;
const INITIAL = /^\p{Lu}\.$/u;
const STARTS_UPPER = /^\p{Lu}/u;
const STARTS_LOWER = /^\p{Ll}/u;
const MIXED_CASE = /^\p{Ll}+\p{Lu}/u;
const STARTS_DIGIT = /^\p{Nd}/u;
/** What may follow "6 p.m." in the same sentence: a zone ("GMT"), a weekday or a month name. */
const TIME_CONTINUATION =
  /^(?:\p{Lu}{2,5}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December|Eastern|Central|Pacific|Mountain)$/u;
/** A wire dateline before its dash: "ISLAMABAD (Reuters)", "BEIJING, June 16 (Xinhua)". */
const DATELINE = /^\p{Lu}[\p{Lu}\p{M} .'’-]*(?:,[^()\n]{1,40})?\s*\([^()\n]{1,30}\)$/u;
/** Longer than any real dateline; keeps the test cheap when a long run of breaks was undone. */
const MAX_DATELINE_LENGTH = 120;

function isDateline(text: string, start: number, end: number): boolean {
  return end - start <= MAX_DATELINE_LENGTH && DATELINE.test(text.slice(start, end));
}

/** Parts of speech that open a clause rather than continue a name ("the U.S. He said"). */
const CLAUSE_STARTERS: ReadonlySet<string> = new Set(["DET", "PRON", "ADP", "CCONJ", "SCONJ", "ADV", "AUX"]);
/** Parts of speech after which a line break does not end the sentence (wrapped text). */
const CONTINUING: ReadonlySet<string> = new Set(["DET", "ADP", "CCONJ", "SCONJ", "AUX", "PART"]);

interface View {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly abbreviations: Abbreviations;
}

function gapBefore(view: View, i: number): string {
  return view.text.slice(view.tokens[i - 1]!.end, view.tokens[i]!.start);
}

/** The word that ends just before token i, with a glued standalone period: "Adm" + "." = "Adm.". */
function wordEndingBefore(view: View, i: number): string {
  const last = view.tokens[i - 1]!;
  const previous = view.tokens[i - 2];
  if (last.text === "." && previous && previous.end === last.start) return `${previous.text}.`;
  return last.text;
}

function isNameContinuation(token: Token): boolean {
  return token.pos === "PROPN" || INITIAL.test(token.text);
}

/** Would a sentence break before token i wrongly cut after an abbreviation or an initial? */
function abbreviationForbidsBreak(view: View, i: number): boolean {
  const word = wordEndingBefore(view, i);
  const next = view.tokens[i]!;
  const joinsLower = STARTS_LOWER.test(next.text) || STARTS_DIGIT.test(next.text);
  const kind = view.abbreviations.get(word);
  if (kind === "title") return true;
  if (kind === "number") return joinsLower;
  if (kind === "final" || kind === "time") return joinsLower || /^[,;:)\-–—]/u.test(next.text);
  if (INITIAL.test(word)) return isNameContinuation(next);
  // An unknown abbreviation kept whole by wink ("Brig.Gen.", "approx.") before a lower-case word.
  const last = view.tokens[i - 1]!.text;
  return joinsLower && last.length > 1 && last.endsWith(".") && /^\p{L}/u.test(last);
}

/** Does the period ending before token i close a sentence even though wink saw none? */
function periodForcesBreak(view: View, endIndex: number, next: Token, starts: Uint8Array): boolean {
  const end = view.tokens[endIndex]!;
  const upperNext = STARTS_UPPER.test(next.text);
  if (TERMINAL.test(end.text)) {
    if (!upperNext) return false;
    if (end.text === "." && endIndex > 0 && view.tokens[endIndex - 1]!.end === end.start) {
      const word = `${view.tokens[endIndex - 1]!.text}.`;
      if (view.abbreviations.has(word) || INITIAL.test(word)) return false;
      if (isListMarkerAt(view, endIndex - 1, starts)) return false;
    }
    return ELLIPSIS.test(end.text) ? next.pos !== "PROPN" : true;
  }
  // "Plan B. The talks", "in Jan. Talks resumed", "at 6 p.m. Rescue teams", "the U.S. He
  // said": an abbreviation that may close a sentence, then a capitalised word that does not go
  // on with it ("John F. Kennedy", "6 p.m. Monday"). After "U.S." and the like a capitalised
  // noun usually belongs to a name ("the U.S. Justice Department"), so only a function word
  // ("The", "He", "But") ends the sentence there.
  if (!upperNext) return false;
  const kind = view.abbreviations.get(end.text);
  if (kind === "time") return !TIME_CONTINUATION.test(next.text);
  if (kind === "final") return CLAUSE_STARTERS.has(next.pos);
  if (INITIAL.test(end.text) || kind === "number") return next.pos !== "PROPN";
  return false;
}

/** A list number opens a sentence or follows a colon: "were: 1. withdraw troops", "3. Pay". */
function isListMarkerAt(view: View, numberIndex: number, starts: Uint8Array): boolean {
  const number = view.tokens[numberIndex]!;
  if (!LIST_NUMBER.test(number.text)) return false;
  if (numberIndex === 0 || starts[numberIndex]) return true;
  const before = view.tokens[numberIndex - 1]!.text;
  return before === ":" || before === ";";
}

/**
 * For each token, how many line breaks lie between it and the previous token (capped at 2:
 * two or more is a paragraph break, since the gap holds only whitespace).
 */
function countNewlinesBefore(text: string, tokens: readonly Token[]): Uint8Array {
  const counts = new Uint8Array(tokens.length);
  for (let i = 1; i < tokens.length; i++) {
    const from = tokens[i - 1]!.end;
    const to = tokens[i]!.start;
    if (to - from === 1 && text.charCodeAt(from) === 32) continue;
    let count = 0;
    for (let c = from; c < to && count < 2; c++) if (text.charCodeAt(c) === 10) count++;
    counts[i] = count;
  }
  return counts;
}

/** Cheap test first: most tokens do not start with sentence-final punctuation. */
function isTerminal(text: string): boolean {
  const code = text.charCodeAt(0);
  return (code === 46 || code === 33 || code === 63 || code === 0x2026) && TERMINAL.test(text);
}

/**
 * Returns the index of the first token of each sentence, starting with 0. `winkStarts` marks
 * the tokens where wink-nlp opened a sentence.
 */
export function fixSentenceStarts(
  text: string,
  tokens: readonly Token[],
  winkStarts: Uint8Array,
  abbreviations: Abbreviations,
): number[] {
  const view: View = { text, tokens, abbreviations };
  const n = tokens.length;
  if (n === 0) return [];
  const starts = winkStarts;
  starts[0] = 1;

  // 1. A closing quote or bracket glued to the period stays with its sentence: '... agree."'.
  for (let i = 1; i < n; i++) {
    if (!starts[i]) continue;
    let j = i;
    while (j < n && CLOSER.test(tokens[j]!.text) && tokens[j]!.start === tokens[j - 1]!.end) j++;
    if (j === i) continue;
    starts[i] = 0;
    if (j < n) starts[j] = 1;
    i = j;
  }

  let sentenceStart = 0;
  for (let i = 1; i < n; i++) {
    if (!starts[i]) continue;
    const gap = gapBefore(view, i);
    const previous = tokens[i - 1]!;
    const current = tokens[i]!;
    let keep = true;
    // 2. No sentence ends where there is no space: URLs ("www.un.org"), "U.S.-led".
    if (gap === "") keep = false;
    // 3. Abbreviations and initials: "Adm. Lisa Franchetti", "Sept. 11", "John F. Kennedy".
    else if (abbreviationForbidsBreak(view, i)) keep = false;
    // 4. A wire dateline never stands alone: "ISLAMABAD (Reuters) -" / "BEIJING, June 16 (Xinhua)".
    else if (DASH.test(previous.text)) keep = false;
    else if (DASH.test(current.text) && !TERMINAL.test(previous.text) && !CLOSER.test(previous.text))
      keep = false;
    // A quote ending in "!" or "?" goes on with a lower-case word: '"Enough!" he shouted'.
    else if (CLOSER.test(previous.text) && STARTS_LOWER.test(current.text)) keep = false;
    // Newswire does not start a sentence in lower case after a period: "Foods LLC. located in",
    // "From Sept 9. till". Brand names such as "iPhone" may, so they keep the break.
    else if (previous.text.endsWith(".") && STARTS_LOWER.test(current.text) && !MIXED_CASE.test(current.text))
      keep = false;
    else if (isDateline(text, tokens[sentenceStart]!.start, previous.end)) keep = false;
    // 5. A list number belongs to the item it opens: "were: 1. withdraw troops", "3. Pay".
    else if (previous.text === "." && i >= 2 && isListMarkerAt(view, i - 2, starts)) keep = false;
    else if (LIST_NUMBER.test(previous.text) && previous.text.endsWith(".")) {
      keep = !isListMarkerAt(view, i - 1, starts);
    }
    if (keep) sentenceStart = i;
    else starts[i] = 0;
  }

  // 6. Split where wink merged: '... agree." Then', 'Nobody knew... The talks', 'Plan B. The'.
  for (let i = 0; i < n - 1; i++) {
    const token = tokens[i]!;
    if (!token.text.endsWith(".") && !isTerminal(token.text)) continue;
    let j = i + 1;
    while (j < n && CLOSER.test(tokens[j]!.text) && tokens[j]!.start === tokens[j - 1]!.end) j++;
    if (j >= n || starts[j] || tokens[j]!.start === tokens[j - 1]!.end) continue;
    let next = tokens[j]!;
    if (OPENER.test(next.text) && j + 1 < n) next = tokens[j + 1]!;
    if (periodForcesBreak(view, i, next, starts) && !(j === i + 1 && abbreviationForbidsBreak(view, j)))
      starts[j] = 1;
  }

  // 6b. A headline run into its story's dateline: "... warns cleric X KARACHI: Firebrand ...".
  splitHeadlineDatelines(text, tokens, starts);

  // 7. Line breaks inside a paragraph end a sentence after final punctuation, around list items,
  //    and before a capitalised line unless the previous line stops mid-phrase.
  const newlines = countNewlinesBefore(text, tokens);
  let lineStart = 0;
  for (let i = 1; i < n; i++) {
    if (newlines[i] !== 1) continue;
    const previous = tokens[i - 1]!;
    const current = tokens[i]!;
    if (
      BULLET.test(tokens[lineStart]!.text) ||
      BULLET.test(current.text) ||
      TERMINAL.test(previous.text) ||
      previous.text === ":" ||
      (STARTS_UPPER.test(current.text) &&
        previous.text !== "," &&
        !DASH.test(previous.text) &&
        !CONTINUING.has(previous.pos))
    ) {
      starts[i] = 1;
    } else if (STARTS_LOWER.test(current.text)) {
      starts[i] = 0;
    }
    lineStart = i;
  }

  // 8. A paragraph break always ends a sentence, whatever the rules above decided.
  const result: number[] = [0];
  for (let i = 1; i < n; i++) {
    if (starts[i] || newlines[i]! >= 2) result.push(i);
  }
  return capSentenceLength(tokens, result);
}

/**
 * Longer than any sentence of running prose: newswire sentences run to 100–150 tokens at most
 * (long wire ledes with lists); a longer "sentence" is a table, a list or text without punctuation.
 * Later steps (actor grouping, clause analysis, pattern matching) do work that grows faster than
 * a sentence's length, so capping it keeps every document's cost linear in its size.
 */
export const MAX_SENTENCE_TOKENS = 300;
/** Where a cut prefers to fall: after a clause-ending mark in the last part of the window. */
const CLAUSE_MARK = /^[;:,]$/u;

/** 9. Cuts every sentence of more than MAX_SENTENCE_TOKENS tokens, after a clause mark when one is near. */
function capSentenceLength(tokens: readonly Token[], starts: number[]): number[] {
  const out: number[] = [];
  for (let s = 0; s < starts.length; s++) {
    let first = starts[s]!;
    const end = starts[s + 1] ?? tokens.length;
    out.push(first);
    while (end - first > MAX_SENTENCE_TOKENS) {
      let cut = first + MAX_SENTENCE_TOKENS;
      for (let i = cut - 1; i > first + MAX_SENTENCE_TOKENS / 2; i--) {
        if (CLAUSE_MARK.test(tokens[i]!.text)) {
          cut = i + 1;
          break;
        }
      }
      out.push(cut);
      first = cut;
    }
  }
  return out;
}
