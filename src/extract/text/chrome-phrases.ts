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
const ASCII_WORD_RUN = /[a-z0-9]+/g;
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
    index = { byWord, bySymbol };
    indexes.set(phrases, index);
  }
  return index;
}

/** The kinds of chrome phrase found in `text`. */
export function matchChromeKinds(text: string, phrases: readonly ChromePhrase[]): Set<ChromeKind> {
  const kinds = new Set<ChromeKind>();
  const { byWord, bySymbol } = indexOf(phrases);
  const lower = text.toLowerCase();
  // On ASCII text the Unicode classes of WORD_RUN reduce to [a-z0-9], a much cheaper pattern.
  const words = NON_ASCII.test(text) ? lower.match(WORD_RUN) : lower.match(ASCII_WORD_RUN);
  for (const word of new Set(words)) {
    for (const p of byWord.get(word) ?? []) if (!kinds.has(p.kind) && p.pattern.test(text)) kinds.add(p.kind);
  }
  for (const [symbol, p] of bySymbol) if (text.includes(symbol) && p.pattern.test(text)) kinds.add(p.kind);
  return kinds;
}
