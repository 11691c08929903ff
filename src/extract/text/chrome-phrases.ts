// Loads data/chrome/phrases.txt: known web-chrome phrases, grouped by kind (see the file's header).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { SitrepError } from "../../errors.ts";

export type ChromeKind =
  | "cta"
  | "promo"
  | "social"
  | "signup"
  | "cookie"
  | "ad"
  | "widget"
  | "footer"
  | "nav"
  | "credit"
  | "bio";

const KINDS: readonly ChromeKind[] = [
  "cta",
  "promo",
  "social",
  "signup",
  "cookie",
  "ad",
  "widget",
  "footer",
  "nav",
  "credit",
  "bio",
];

export interface ChromePhrase {
  readonly kind: ChromeKind;
  readonly phrase: string;
  readonly pattern: RegExp;
  /** Where it was written, for explanations: `phrases.txt:12`. */
  readonly source: string;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** `=share` matches a line that is only "Share"; `make * your homepage` -> /(?<![\p{L}\p{N}])make(?:\s+\S+){1,3}\s+your\s+homepage(?![\p{L}\p{N}])/iu */
function compilePhrase(phrase: string): RegExp {
  const whole = phrase.startsWith("=");
  const anchored = whole || phrase.startsWith("^");
  const body = (anchored ? phrase.slice(1) : phrase).trim();
  const words = body.split(/\s+/).map((w) => (w === "*" ? null : escapeRegExp(w).replace(/'/g, "['’]")));
  let source = "";
  for (const [i, w] of words.entries()) {
    if (w === null) source += "(?:\\s+\\S+){1,3}";
    else source += (i === 0 ? "" : "\\s+") + w;
  }
  source = source.replace(/^\(\?:\\s\+\\S\+\)\{1,3\}/, "\\S+(?:\\s+\\S+){0,2}");
  // Only word-like edges need a boundary: "©" or "watch:" end in punctuation.
  const lead = /^[\p{L}\p{N}]/u.test(body) ? "(?<![\\p{L}\\p{N}])" : "";
  const tail = /[\p{L}\p{N}]$/u.test(body) ? "(?![\\p{L}\\p{N}])" : "";
  const end = whole ? "[\\s\\p{P}\\p{S}]*$" : tail;
  return new RegExp(`${anchored ? "^[\\s\\p{P}\\p{S}]*" : lead}${source}${end}`, "iu");
}

export function parseChromePhrases(content: string, fileName = "phrases.txt"): ChromePhrase[] {
  const phrases: ChromePhrase[] = [];
  for (const [index, raw] of content.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const m = /^([a-z]+):\s*(.+)$/.exec(line);
    const kind = m?.[1] as ChromeKind | undefined;
    if (!m || !kind || !KINDS.includes(kind)) {
      throw new SitrepError(
        "E_DICT_SYNTAX",
        `${fileName}:${index + 1}: expected "kind: phrase" with kind one of ${KINDS.join(", ")}`,
        fileName,
      );
    }
    phrases.push({ kind, phrase: m[2]!, pattern: compilePhrase(m[2]!), source: `${fileName}:${index + 1}` });
  }
  return phrases;
}

const cache = new Map<string, readonly ChromePhrase[]>();

/**
 * The phrases of `<dataDir>/chrome/phrases.txt`, read once per data folder. A user dictionary
 * folder (`optional`) need not have the file.
 */
export function loadChromePhrases(dataDir: string, optional = false): readonly ChromePhrase[] {
  const file = join(dataDir, "chrome", "phrases.txt");
  if (optional && !existsSync(file)) return [];
  let phrases = cache.get(file);
  if (!phrases) {
    phrases = parseChromePhrases(readFileSync(file, "utf8"), file);
    cache.set(file, phrases);
  }
  return phrases;
}

const WORD_RUN = /[\p{L}\p{N}]+/gu;
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Every literal word of a phrase must be in a line it matches, so each phrase is filed under its
 * longest word (the rarest, as a rule) and a line is tested only against the phrases whose word it
 * contains — an exact filter that spares ~200 regular-expression tests per line. A phrase with no
 * word ("©") is filed under its first character.
 */
interface PhraseIndex {
  readonly byWord: ReadonlyMap<string, readonly ChromePhrase[]>;
  readonly bySymbol: readonly (readonly [string, ChromePhrase])[];
  /** Length of the shortest and longest key: other words need no look-up. */
  readonly minKeyLength: number;
  readonly maxKeyLength: number;
}

const indexes = new WeakMap<readonly ChromePhrase[], PhraseIndex>();

function indexOf(phrases: readonly ChromePhrase[]): PhraseIndex {
  let index = indexes.get(phrases);
  if (!index) {
    const byWord = new Map<string, ChromePhrase[]>();
    const bySymbol: [string, ChromePhrase][] = [];
    for (const p of phrases) {
      const words = p.phrase.toLowerCase().match(WORD_RUN) ?? [];
      const key = words.reduce((a, b) => (b.length > a.length ? b : a), "");
      if (key) byWord.set(key, [...(byWord.get(key) ?? []), p]);
      else
        bySymbol.push([
          p.phrase
            .replace(/^[\^=]/, "")
            .trim()
            .charAt(0),
          p,
        ]);
    }
    const lengths = [...byWord.keys()].map((k) => k.length);
    index = { byWord, bySymbol, minKeyLength: Math.min(...lengths), maxKeyLength: Math.max(...lengths) };
    indexes.set(phrases, index);
  }
  return index;
}

/** Runs of [a-z0-9] in lower-case ASCII text whose length could be a key, found without a pattern. */
function asciiKeyCandidates(lower: string, index: PhraseIndex): string[] {
  const found: string[] = [];
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0;
    const isWordChar = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (isWordChar) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      const length = i - start;
      if (length >= index.minKeyLength && length <= index.maxKeyLength) found.push(lower.slice(start, i));
      start = -1;
    }
  }
  return found;
}

/** The kinds of chrome phrase found in `text`. */
export function matchChromeKinds(text: string, phrases: readonly ChromePhrase[]): Set<ChromeKind> {
  const kinds = new Set<ChromeKind>();
  const index = indexOf(phrases);
  const { byWord, bySymbol } = index;
  const lower = text.toLowerCase();
  // On ASCII text the Unicode classes of WORD_RUN reduce to [a-z0-9], scanned by character code.
  const words = NON_ASCII.test(text) ? (lower.match(WORD_RUN) ?? []) : asciiKeyCandidates(lower, index);
  // Few words are index keys, so repeated words are skipped only once found (no Set of every word).
  let tested: Set<string> | null = null;
  for (const word of words) {
    const candidates = byWord.get(word);
    if (!candidates || tested?.has(word)) continue;
    tested ??= new Set();
    tested.add(word);
    for (const p of candidates) if (!kinds.has(p.kind) && p.pattern.test(text)) kinds.add(p.kind);
  }
  for (const [symbol, p] of bySymbol) if (text.includes(symbol) && p.pattern.test(text)) kinds.add(p.kind);
  return kinds;
}
