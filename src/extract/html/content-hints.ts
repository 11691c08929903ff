// Class/id hints and boilerplate phrases, read from data/html/ (plain files users can edit).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SitrepError } from "../../errors.ts";
import { loadBylineWords } from "../text/byline-parse.ts";
import { charIn, trimEndWhere } from "../trim-chars.ts";
import { type PitchRules, pitchRulesFrom } from "./content-pitches.ts";

const PHRASE_END = charIn(/[\s:.!?»›>→|•·…-]/u);

export type HintKind = "drop" | "negative" | "positive";

export interface ContentHints {
  /** word -> kind, from data/html/class-id-hints.tsv. */
  readonly words: ReadonlyMap<string, HintKind>;
  /** Lowercased phrases from data/html/boilerplate-phrases.txt. */
  readonly phrases: ReadonlySet<string>;
  /** Tool-bar labels from data/html/toolbar-labels.txt: chrome only in a run of labels. */
  readonly labels: ReadonlySet<string>;
  /** Headings that open a comment or trackback thread, from data/html/thread-headings.txt. */
  readonly threadHeadings: ReadonlySet<string>;
  /** Agency, desk and job words of bylines (data/chrome/byline-words.txt): not parts of a name. */
  readonly bylineWords: readonly RegExp[];
  /** Calls to action ("Subscribe to our newsletter"), from data/html/pitch-lines.tsv. */
  readonly pitches: PitchRules;
  /** Memo of classifyAttributes: pages repeat the same class strings hundreds of times. */
  readonly memo: Map<string, HintKind | null>;
}

/** The memo is cleared when it grows past this, so a hostile page cannot grow it without bound. */
const MEMO_LIMIT = 50_000;

function dataLines(file: string): { line: string; lineNo: number }[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new SitrepError("E_DICT_NOT_FOUND", `cannot read ${file}`, file);
  }
  return text
    .split(/\r?\n/)
    .map((line, i) => ({ line: line.trim(), lineNo: i + 1 }))
    .filter(({ line }) => line !== "" && !line.startsWith("#"));
}

const KINDS = new Set<string>(["drop", "negative", "positive"]);

export function loadContentHints(dataDir: string): ContentHints {
  const words = new Map<string, HintKind>();
  const hintsFile = join(dataDir, "html", "class-id-hints.tsv");
  for (const { line, lineNo } of dataLines(hintsFile)) {
    const [kind, word] = line.split("\t").map((s) => s.trim());
    if (!kind || !word || !KINDS.has(kind)) {
      throw new SitrepError("E_DICT_SYNTAX", `${hintsFile}:${lineNo}: expected "kind<TAB>word"`, hintsFile);
    }
    words.set(word.toLowerCase(), kind as HintKind);
  }
  const phrases = new Set<string>();
  for (const { line } of dataLines(join(dataDir, "html", "boilerplate-phrases.txt"))) {
    phrases.add(normalizePhrase(line));
  }
  const labels = new Set<string>();
  for (const { line } of dataLines(join(dataDir, "html", "toolbar-labels.txt"))) {
    labels.add(normalizePhrase(line));
  }
  const threadHeadings = new Set<string>();
  for (const { line } of dataLines(join(dataDir, "html", "thread-headings.txt"))) {
    threadHeadings.add(normalizeThreadHeading(line));
  }
  return {
    words,
    phrases,
    labels,
    threadHeadings,
    bylineWords: loadBylineWords(dataDir, true),
    pitches: loadPitchRules(join(dataDir, "html", "pitch-lines.tsv")),
    memo: new Map(),
  };
}

function loadPitchRules(file: string): PitchRules {
  const lines = dataLines(file).map(({ line, lineNo }) => {
    const [kind = "", phrase = ""] = line.split("\t").map((s) => s.trim());
    return { kind, phrase, lineNo };
  });
  try {
    return pitchRulesFrom(lines, file);
  } catch (error) {
    throw new SitrepError("E_DICT_SYNTAX", (error as Error).message, file);
  }
}

/** Lowercase letters and spaces only: counts, brackets and quotes around the words are dropped. */
function normalizeThreadHeading(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}'’ ]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** "25 Comments", "Comments (25)", "12 Responses to “Title”": the heading of a comment thread. */
export function isThreadHeading(hints: ContentHints, heading: string): boolean {
  if (heading.length > 200) return false;
  const text = normalizeThreadHeading(heading);
  if (hints.threadHeadings.has(text)) return true;
  const to = text.indexOf(" to ");
  return to > 0 && hints.threadHeadings.has(text.slice(0, to));
}

/** Lowercase, trailing punctuation and arrows removed, spaces collapsed. */
export function normalizePhrase(s: string): string {
  return trimEndWhere(s.toLowerCase(), PHRASE_END).replace(/\s+/g, " ").trim();
}

/** Splits `related-posts shareBar` into related, posts, share, bar (lowercase). */
export function attributeWords(value: string): string[] {
  // Class names are nearly always ASCII: one pass over the characters, no Unicode regex.
  return NON_ASCII_RE.test(value) ? unicodeAttributeWords(value) : asciiAttributeWords(value);
}

const NON_ASCII_RE = /[^\x00-\x7f]/;

function asciiAttributeWords(value: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= value.length; i++) {
    const c = i < value.length ? value.charCodeAt(i) : 0;
    const upper = c >= 65 && c <= 90;
    const alnum = upper || (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    const prev = i > 0 ? value.charCodeAt(i - 1) : 0;
    // A word ends at a separator, and at a capital after a lower-case letter ("shareBar").
    const camel = upper && prev >= 97 && prev <= 122;
    if (start >= 0 && (!alnum || camel)) {
      words.push(value.slice(start, i).toLowerCase());
      start = -1;
    }
    if (alnum && start < 0) start = i;
  }
  return words;
}

function unicodeAttributeWords(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * The strongest hint among the words: drop beats negative beats positive. An element that also
 * names itself as body ("post-content has-comments") is only negative: dropping it would lose the text.
 */
export function classifyAttributes(hints: ContentHints, classAndId: string): HintKind | null {
  // The memo first: most names were seen before, and a blank one is never stored.
  const known = hints.memo.get(classAndId);
  if (known !== undefined) return known;
  if (!classAndId.trim()) return null;
  if (hints.memo.size >= MEMO_LIMIT) hints.memo.clear();
  const kind = classifyWords(hints, classAndId);
  hints.memo.set(detachedCopy(classAndId), kind);
  return kind;
}

/**
 * The string's characters in a string of their own. An attribute value the parser cut from the
 * page is a slice that keeps the whole page's HTML alive; a memo key outlives the page, so it must
 * not be one (kept as they were, the keys held every page seen: +16 MB peak on 181 pages).
 */
export function detachedCopy(s: string): string {
  // Joining flattens into a new string; the slice then refers to that small string alone.
  return ` ${s}`.slice(1);
}

/**
 * classifyAttributes of an element's class and id. An element with only one of them (most) is
 * looked up by that attribute's own string: joining the two for every element of a page cost more
 * than the memo lookup that follows.
 */
export function classifyElementNames(
  hints: ContentHints,
  klass: string | undefined,
  id: string | undefined,
): HintKind | null {
  if (id === undefined) return klass === undefined ? null : classifyAttributes(hints, klass);
  return classifyAttributes(hints, klass === undefined ? id : `${klass} ${id}`);
}

function classifyWords(hints: ContentHints, classAndId: string): HintKind | null {
  let drop = false;
  let negative = false;
  let positive = false;
  for (const word of attributeWords(classAndId)) {
    const kind =
      hints.words.get(word) ??
      (word.endsWith("s") ? hints.words.get(word.slice(0, -1)) : undefined) ??
      compoundHint(hints, word);
    if (kind === "drop") drop = true;
    else if (kind === "negative") negative = true;
    else if (kind === "positive") positive = true;
  }
  if (drop) return positive ? "negative" : "drop";
  if (negative) return "negative";
  return positive ? "positive" : null;
}

/**
 * Layout words that old templates glue to a hint word without a separator ("commentbody",
 * "relatedlinks", "sharebox"). Only these count as the glued part, so "commentary" (a word of its
 * own) stays unknown.
 */
const LAYOUT_SUFFIXES = [
  ..."body list box wrap wrapper area block container holder link links inner outer item items section text panel module thread form count title head header".split(
    " ",
  ),
]
  .flatMap((w) => [w, `s${w}`])
  // Longest first: the hint word is then tried shortest first, as a left-to-right cut would.
  .sort((a, b) => b.length - a.length);
/** Hint words shorter than this are not looked for inside compounds ("ad" in "header"). */
const MIN_COMPOUND_HINT_CHARS = 5;

function compoundHint(hints: ContentHints, word: string): HintKind | undefined {
  // A suffix test per layout word, not a regex per cut: pages with thousands of generated class
  // names ("css-1q2w3e") made the cut loop a visible share of extraction time.
  if (word.length < MIN_COMPOUND_HINT_CHARS + 3) return undefined;
  for (const suffix of LAYOUT_SUFFIXES) {
    if (word.length - suffix.length < MIN_COMPOUND_HINT_CHARS || !word.endsWith(suffix)) continue;
    const kind = hints.words.get(word.slice(0, word.length - suffix.length));
    if (kind) return kind;
  }
  return undefined;
}

/** Longest phrase, in words, tried at each position of a label run. */
const MAX_PHRASE_WORDS = 4;

/**
 * A short line made only of stock labels, in any order and with any separators: a share or tool
 * bar read as text ("Print | E-mail | Share", "Facebook Twitter Email"). Each word must start a
 * listed phrase that the following words complete.
 */
export function isLabelRun(hints: ContentHints, normalized: string): boolean {
  const words = normalized.split(/[\s|•·/,;+]+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length < 2 || words.length > 12) return false;
  let i = 0;
  while (i < words.length) {
    let matched = 0;
    for (let n = Math.min(MAX_PHRASE_WORDS, words.length - i); n >= 1 && matched === 0; n--) {
      const phrase = words
        .slice(i, i + n)
        .join(" ")
        .replace(/[:.!?»›>→]+$/u, "");
      if (hints.phrases.has(phrase) || hints.labels.has(phrase)) matched = n;
    }
    if (matched === 0) return false;
    i += matched;
  }
  return true;
}

export function isBoilerplatePhrase(hints: ContentHints, text: string): boolean {
  const p = normalizePhrase(text);
  if (p === "") return true;
  if (hints.phrases.has(p)) return true;
  if (p.length > 80) return false;
  if (isLabelRun(hints, p)) return true;
  for (const phrase of hints.phrases) {
    if (phrase.length >= 6 && p.startsWith(phrase) && /\W/u.test(p.charAt(phrase.length))) return true;
  }
  return false;
}
