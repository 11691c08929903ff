// Reads data/verbs/wordnet-seeds.tsv (the CAMEO seed senses the WordNet-derived lexicon is
// generated from) and data/verbs/wordnet-exclude.tsv (reviewed noise words). The coder never
// needs them at run time (it reads the generated data/verbs/wordnet/*.txt); `sitrep dict check`
// and scripts/generate-verbs.ts parse them with these functions so a bad line names its file:line.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { SitrepError } from "../errors.ts";
import { type DataLine, dataLines, readDataFile } from "./tsv-lines.ts";

export interface SeedSense {
  readonly word: string;
  readonly pos: "v" | "n";
  /** WordNet 3.1 sense number (1 = most frequent). */
  readonly sense: number;
  /** A noun seed written `word.n.N~` also brings its hyponyms. */
  readonly hyponyms: boolean;
}

export interface SeedLine {
  readonly code: string;
  readonly senses: readonly SeedSense[];
  /** Verbs that take the code's nouns as object ("hold" talks). */
  readonly light: readonly string[];
  /** Prepositions that introduce the target after a noun ("talks with"). */
  readonly preps: readonly string[];
  readonly recip: boolean;
  readonly dyad: boolean;
  /**
   * `frame:over|for`: the prepositions of the code's verb frame "VERB + PREP" (an actor right after
   * the verb, then the preposition: "blasted Arnor over ...", "credited Gondor for ..."). A word of
   * the seed sense whose sense is a rare one of its word, and a hand-written trigger of another
   * code, fire only in that frame; empty without the flag.
   */
  readonly frame: readonly string[];
  /**
   * `object`: a word of the seed sense (or a troponym) for which that sense is a rare one fires
   * when WordNet's frames give the sense a person as object, and only with an actor right after
   * it ("hanged two smugglers" for execute.v.1, not "hanged a picture").
   */
  readonly object?: boolean;
  readonly where: string;
}

const FLAGS = new Set(["recip", "dyad", "object"]);
const FRAME_FLAG = /^frame:([a-z]+(?:\|[a-z]+)*)$/;

function syntaxError(where: string, detail: string): never {
  throw new SitrepError("E_DICT_SYNTAX", `${where}: ${detail}`);
}

/** `CODE<TAB>SEEDS<TAB>LIGHT-VERBS<TAB>PREPOSITIONS<TAB>FLAGS` lines; codes must be known. */
export function parseSeedLines(lines: readonly DataLine[], knownCodes?: ReadonlySet<string>): SeedLine[] {
  return lines.map((line) => {
    const [code = "", senses = "", light = "", preps = "", flags = ""] = line.text
      .split("\t")
      .map((s) => s.trim());
    if (!/^\d{2,4}$/.test(code)) syntaxError(line.where, `expected a CAMEO code first, found "${code}"`);
    if (knownCodes && !knownCodes.has(code))
      syntaxError(line.where, `CAMEO code ${code} is not in data/ontology`);
    const parsed = senses
      .split(/\s+/)
      .filter(Boolean)
      .map((s) => {
        const m = /^([a-z][a-z_'-]*)\.(v|n)(?:\.(\d+))?(~?)$/.exec(s);
        if (!m)
          syntaxError(line.where, `cannot read seed "${s}": write word.v.N or word.n.N (~ for hyponyms)`);
        return {
          word: m[1]!.replace(/_/g, " "),
          pos: m[2] as "v" | "n",
          sense: Number(m[3] ?? 1),
          hyponyms: m[4] === "~",
        };
      });
    if (!parsed.length) syntaxError(line.where, "no seed sense");
    const flagList = flags.split(/\s+/).filter(Boolean);
    for (const f of flagList)
      if (!FLAGS.has(f) && !FRAME_FLAG.test(f))
        syntaxError(line.where, `unknown flag "${f}" (recip, dyad, object, frame:PREP|PREP)`);
    const frameFlag = flagList.map((f) => FRAME_FLAG.exec(f)).find(Boolean);
    const words = (field: string) => {
      const list = field.split("|").filter(Boolean);
      for (const w of list) if (!/^[a-z_'-]+$/.test(w)) syntaxError(line.where, `cannot read word "${w}"`);
      return list;
    };
    return {
      code,
      senses: parsed,
      light: words(light),
      preps: words(preps),
      recip: flagList.includes("recip"),
      dyad: flagList.includes("dyad"),
      frame: frameFlag ? frameFlag[1]!.split("|") : [],
      ...(flagList.includes("object") ? { object: true } : {}),
      where: line.where,
    };
  });
}

/**
 * Excluded words: `word` (never generated), `CODE<TAB>word` (not for that code) or
 * `alone<TAB>word` (no one-word noun line: the word names an event only inside its phrases,
 * "stage a rally", not as "Gondor's rally"), `light<TAB>word` (no line with the general light
 * verbs: "made a killing", "hold fire" are idioms), `object<TAB>word` (no line with an actor
 * object, seed flag `object`: "kept the prisoners"), `_` for spaces. A `word` or `CODE<TAB>word`
 * line leaves the actor-object line of a seed with the flag: "executed the plan" is noise,
 * "executed three men" is not. `cue<TAB>word`: no cue noun (scripts/generate-cue-nouns.ts).
 */
export function parseExclusions(lines: readonly DataLine[]): Set<string> {
  const out = new Set<string>();
  for (const line of lines) {
    const cells = line.text.split("\t").map((s) => s.trim());
    if (cells.length > 2 || (cells.length === 2 && !/^(\d{2,4}|alone|light|object|cue)$/.test(cells[0]!)))
      syntaxError(
        line.where,
        'expected "word", "CODE<TAB>word", "alone<TAB>word", "light<TAB>word", "object<TAB>word" or "cue<TAB>word"',
      );
    const word = cells[cells.length - 1]!.replace(/_/g, " ");
    if (!/^[a-z][a-z '-]*$/.test(word)) syntaxError(line.where, `cannot read word "${word}"`);
    out.add(cells.length === 2 ? `${cells[0]}\t${word}` : word);
  }
  return out;
}

/** The general light verbs and their target prepositions (verbs/light-verbs.tsv). */
export interface LightVerbs {
  readonly verbs: readonly string[];
  readonly preps: readonly string[];
  /**
   * Aspect verbs that carry an event noun on from before ("resumed its criticism of X", "renewed
   * sanctions on X", "stepped up attacks on X"): joined to every event noun, whatever its own
   * light verbs (`aspect<TAB>WORD|WORD...`).
   */
  readonly aspect?: readonly string[];
  /**
   * Verbs whose subject receives the event a noun names from the actor after "from"/"by" ("faced
   * scrutiny from X", "received a visit from X", "came under attack from X"): joined to every
   * event noun of a one-way code as `@inverse` lines (`received<TAB>WORD|WORD...`).
   */
  readonly received?: readonly string[];
}

/** `verbs<TAB>WORD|WORD...`, `preps<TAB>WORD|WORD...`, `aspect<TAB>...` and `received<TAB>...` lines. */
export function parseLightVerbs(lines: readonly DataLine[]): LightVerbs {
  const out: { verbs: string[]; preps: string[]; aspect?: string[]; received?: string[] } = {
    verbs: [],
    preps: [],
  };
  for (const line of lines) {
    const [kind = "", words = "", ...rest] = line.text.split("\t").map((s) => s.trim());
    if (!["verbs", "preps", "aspect", "received"].includes(kind) || rest.length)
      syntaxError(
        line.where,
        'expected "verbs<TAB>WORD|WORD...", "preps<TAB>WORD|WORD...", "aspect<TAB>WORD|WORD..." or "received<TAB>WORD|WORD..."',
      );
    if (kind === "aspect") out.aspect ??= [];
    if (kind === "received") out.received ??= [];
    for (const w of words.split("|").filter(Boolean)) {
      if (!/^[a-z_'-]+$/.test(w)) syntaxError(line.where, `cannot read word "${w}"`);
      (out[kind as keyof typeof out] as string[]).push(w);
    }
  }
  return out;
}

/** The tables of a data folder (checked by `sitrep dict check`); absent files read as empty. */
export function loadWordnetSeeds(dataDir: string, knownCodes?: ReadonlySet<string>) {
  const read = (name: string) => {
    const path = join(dataDir, "verbs", name);
    return existsSync(path) ? dataLines(readDataFile(path), `verbs/${name}`) : [];
  };
  return {
    seeds: parseSeedLines(read("wordnet-seeds.tsv"), knownCodes),
    excluded: parseExclusions(read("wordnet-exclude.tsv")),
    light: parseLightVerbs(read("light-verbs.tsv")),
  };
}
