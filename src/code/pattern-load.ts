// Parses the coder's pattern language (data/verbs/README.md): synonym sets, verb and noun
// patterns, cue phrases (intent, refusal, saying, hedges) and the cue→code map.
import { SitrepError } from "../errors.ts";
import { type DataLine, dataLines } from "./tsv-lines.ts";

/** One element of a pattern. `words` lists the lemmas or surface forms a token may have. */
export type PatternElement =
  | {
      readonly kind: "word";
      readonly words: ReadonlySet<string>;
      readonly optional: boolean;
      /** Match the surface form only, not the lemma (TABARI dictionaries list every form). */
      readonly surface?: boolean;
      /** `word^`: the word heads its noun phrase, no noun follows it ("held a raid", not "held a raid suspect"). */
      readonly head?: boolean;
    }
  | { readonly kind: "gap"; readonly max?: number }
  | { readonly kind: "target"; readonly optional: boolean };

export interface Pattern {
  readonly code: string;
  readonly elements: readonly PatternElement[];
  /** Meet, agree, discuss, sign: the event goes both ways between the actors. */
  readonly reciprocal: boolean;
  /**
   * `@dyad`: the event needs a target (an arrest, a visit, an accusation are done to someone); a
   * trigger with no target found is a word used in another sense or no event between actors.
   */
  readonly dyad?: boolean;
  /**
   * `@armed`: the word names a use of force only when it has a target or an armed source (military,
   * police, rebels): "troops struck camps near the border", not "it struck me as political".
   */
  readonly armed?: boolean;
  /**
   * The roles run against the clause: the subject receives and the later actor acts (a TABARI
   * pattern "+ * MONEY $": "X received money from Y" is Y giving to X).
   */
  readonly inverted?: boolean;
  /**
   * `@undergone`: the subject undergoes the act and its doer is the institution the act implies
   * ("is serving a prison term", "faces charges"): src/code/implied-agents.ts.
   */
  readonly undergone?: boolean;
  /**
   * `@noun`: the trigger names the event only as a noun, with its agent in a by-phrase ("the
   * detention of X by Y", src/code/noun-events.ts); its verb reading (a gerund, a verb of the
   * same spelling) is another word's business.
   */
  readonly nounOnly?: boolean;
  /**
   * `@light`: the trigger is a light verb whose object noun names the event ("carried out raids",
   * "lodged a complaint"): it must be a verb here ("the hold on aid" is no act of holding).
   */
  readonly light?: boolean;
  /**
   * `@reason`: the pattern's last word is a preposition that gives the reason ("criticised X for
   * its policy", "blasted X over the law"); a time phrase after it ("for the third time", "over the
   * weekend") is no reason, and the pattern does not match.
   */
  readonly reason?: boolean;
  /** `file:line` of the pattern, for --explain. */
  readonly where: string;
  /** The pattern as written, for --explain. */
  readonly text: string;
  /** How many literal words the pattern names: longer patterns are more specific and win. */
  readonly weight: number;
}

export type Synsets = ReadonlyMap<string, ReadonlySet<string>>;

function syntaxError(where: string, detail: string): never {
  throw new SitrepError("E_DICT_SYNTAX", `${where}: ${detail}`);
}

/** `&NAME = member, member, ...` lines; members may name other sets defined earlier. */
export function parseSynsets(lines: readonly DataLine[], into = new Map<string, Set<string>>()) {
  for (const line of lines) {
    const m = /^\s*(&[A-Z][A-Z0-9_]*)\s*=\s*(.+)$/.exec(line.text);
    if (!m) syntaxError(line.where, `expected "&NAME = word, word, ..." but found "${line.text.trim()}"`);
    const members = into.get(m[1]!) ?? new Set<string>();
    for (const raw of m[2]!.split(",")) {
      const word = raw.trim().toLowerCase();
      if (!word) continue;
      if (word.startsWith("&")) {
        const other = into.get(word.toUpperCase());
        if (!other) syntaxError(line.where, `set ${word} is used before it is defined`);
        for (const w of other) members.add(w);
      } else members.add(word);
    }
    into.set(m[1]!, members);
  }
  return into;
}

function parseWordAlternatives(text: string, synsets: Synsets, where: string): Set<string> {
  const words = new Set<string>();
  for (const alt of text.split("|")) {
    if (!alt) syntaxError(where, `empty alternative in "${text}"`);
    if (alt.startsWith("&")) {
      const set = synsets.get(alt.toUpperCase());
      if (!set) syntaxError(where, `unknown synonym set ${alt}`);
      for (const w of set) addWord(words, w);
    } else addWord(words, alt.toLowerCase().replace(/_/g, " "));
  }
  return words;
}

// A hyphen inside a word ("sit-in", "cease-fire", "lathi-charge"): the tokenizer keeps some such
// words whole ("co-operation") and cuts others at the hyphen ("sit", "-", "in"), so the word is
// also matched as its parts with the hyphen between them (pattern-match.ts asks that hyphen to
// touch both parts, as one inside a word does).
const INNER_HYPHEN = /(?<=[a-z0-9])-(?=[a-z0-9])/g;

function addWord(words: Set<string>, word: string): void {
  words.add(word);
  if (word.includes("-")) words.add(word.replace(INNER_HYPHEN, " - "));
}

/** Parses the elements of one pattern (everything after the code). */
export function parseElements(
  body: string,
  synsets: Synsets,
  where: string,
): {
  elements: PatternElement[];
  reciprocal: boolean;
  dyad: boolean;
  inverted: boolean;
  undergone: boolean;
  armed: boolean;
  nounOnly: boolean;
  light: boolean;
  reason: boolean;
} {
  const elements: PatternElement[] = [];
  let nounOnly = false;
  let light = false;
  let reason = false;
  let reciprocal = false;
  let dyad = false;
  let armed = false;
  let inverted = false;
  let undergone = false;
  for (const raw of body.trim().split(/\s+/)) {
    if (raw === "@recip") {
      reciprocal = true;
      continue;
    }
    if (raw === "@dyad") {
      dyad = true;
      continue;
    }
    if (raw === "@armed") {
      armed = true;
      continue;
    }
    if (raw === "@inverse") {
      inverted = true;
      continue;
    }
    if (raw === "@undergone") {
      undergone = true;
      continue;
    }
    if (raw === "@noun") {
      nounOnly = true;
      continue;
    }
    if (raw === "@light") {
      light = true;
      continue;
    }
    if (raw === "@reason") {
      reason = true;
      continue;
    }
    if (raw === "..") {
      elements.push({ kind: "gap" });
      continue;
    }
    const optional = raw.startsWith("(") && raw.endsWith(")");
    const headed = optional ? raw.slice(1, -1) : raw;
    const head = headed.length > 1 && headed.endsWith("^");
    const inner = head ? headed.slice(0, -1) : headed;
    if (inner === "+") {
      elements.push({ kind: "target", optional });
      continue;
    }
    if (!/^[&a-zA-Z0-9'_|-]+$/.test(inner)) syntaxError(where, `cannot read pattern element "${raw}"`);
    elements.push({
      kind: "word",
      words: parseWordAlternatives(inner, synsets, where),
      optional,
      ...(head ? { head } : {}),
    });
  }
  const first = elements[0];
  if (first?.kind !== "word" || first.optional)
    syntaxError(where, "a pattern must start with a required word (the trigger)");
  return { elements, reciprocal, dyad, inverted, undergone, armed, nounOnly, light, reason };
}

/** `CODE pattern...` lines of a pattern file. Codes must exist in the ontology. */
export function parsePatterns(
  lines: readonly DataLine[],
  synsets: Synsets,
  knownCodes: ReadonlySet<string>,
): Pattern[] {
  const out: Pattern[] = [];
  for (const line of lines) {
    const m = /^\s*(\d{2,4})\s+(.+)$/.exec(line.text);
    if (!m) syntaxError(line.where, `expected "CODE pattern" but found "${line.text.trim()}"`);
    const code = m[1]!;
    if (!knownCodes.has(code)) syntaxError(line.where, `CAMEO code ${code} is not in data/ontology`);
    const { elements, reciprocal, dyad, inverted, undergone, armed, nounOnly, light, reason } = parseElements(
      m[2]!,
      synsets,
      line.where,
    );
    // Specificity: every required word counts, so "war crimes" outweighs "crimes".
    let weight = 0;
    for (const e of elements)
      if (e.kind === "word" && !e.optional)
        weight += Math.min(...[...e.words].map((w) => w.split(" ").length));
    out.push({
      code,
      elements,
      reciprocal,
      dyad,
      ...(inverted ? { inverted } : {}),
      ...(undergone ? { undergone } : {}),
      ...(armed ? { armed } : {}),
      ...(nounOnly ? { nounOnly } : {}),
      ...(light ? { light } : {}),
      ...(reason ? { reason } : {}),
      where: line.where,
      text: m[2]!.trim(),
      weight,
    });
  }
  return out;
}

export const CUE_KINDS = [
  "intent",
  "refuse",
  "threaten",
  "appeal",
  "demand",
  "deny",
  "fail",
  "say",
  "according",
  "negation",
  "future",
  "hypothetical",
  "reported",
] as const;
export type CueKind = (typeof CUE_KINDS)[number];

export interface Cue {
  readonly kind: CueKind;
  readonly elements: readonly PatternElement[];
  readonly where: string;
  readonly text: string;
}

/** `kind<TAB>phrase` lines of data/verbs/cues.tsv. The phrase uses the pattern elements. */
export function parseCues(lines: readonly DataLine[], synsets: Synsets): Cue[] {
  return lines.map((line) => {
    const [kind, phrase] = line.text.split("\t").map((s) => s.trim());
    if (!kind || !phrase || !(CUE_KINDS as readonly string[]).includes(kind))
      syntaxError(line.where, `expected "KIND<TAB>phrase" with KIND one of ${CUE_KINDS.join(", ")}`);
    const { elements } = parseElements(phrase, synsets, line.where);
    return { kind: kind as CueKind, elements, where: line.where, text: phrase };
  });
}

export interface CueMapRow {
  readonly kind: CueKind;
  /** CAMEO code prefix of the governed action, or `*` for any. */
  readonly actionPrefix: string;
  /** The CAMEO code the combination is coded as. */
  readonly code: string;
  readonly where: string;
}

/** `kind<TAB>action-prefix<TAB>code` lines of data/verbs/cue-codes.tsv. */
export function parseCueMap(lines: readonly DataLine[], knownCodes: ReadonlySet<string>): CueMapRow[] {
  return lines
    .filter((line) => !line.text.startsWith("kind\t"))
    .map((line) => {
      const [kind, prefix, code] = line.text.split("\t").map((s) => s.trim());
      if (!kind || !prefix || !code || !(CUE_KINDS as readonly string[]).includes(kind))
        syntaxError(line.where, 'expected "KIND<TAB>ACTION-PREFIX<TAB>CODE"');
      if (prefix !== "*" && !/^\d{2,4}$/.test(prefix))
        syntaxError(line.where, `bad action prefix "${prefix}"`);
      if (!knownCodes.has(code)) syntaxError(line.where, `CAMEO code ${code} is not in data/ontology`);
      return { kind: kind as CueKind, actionPrefix: prefix, code, where: line.where };
    });
}

/** A CAMEO code prefix whose events need a target (data/verbs/needs-target.tsv), or `-` to exempt. */
export interface TargetRule {
  readonly prefix: string;
  readonly needed: boolean;
  readonly where: string;
}

/** `CODE-PREFIX<TAB>why` lines; why `-` exempts the prefix from a shorter one. */
export function parseTargetRules(lines: readonly DataLine[]): TargetRule[] {
  return lines.map((line) => {
    const [prefix = "", why = ""] = line.text.split("\t").map((s) => s.trim());
    if (!/^\d{2,4}$/.test(prefix) || !why)
      syntaxError(line.where, 'expected "CODE-PREFIX<TAB>why" (why "-" exempts)');
    return { prefix, needed: why !== "-", where: line.where };
  });
}

export interface Discard {
  readonly words: readonly string[];
  /** True when the phrase discards the whole story, false for just the sentence. */
  readonly story: boolean;
  readonly where: string;
}

/** data/discards.txt: one phrase a line; a leading `+` discards the whole story. */
export function parseDiscards(lines: readonly DataLine[]): Discard[] {
  return lines.map((line) => {
    const text = line.text.trim();
    const story = text.startsWith("+");
    const words = (story ? text.slice(1) : text)
      .toLowerCase()
      .replace(/_/g, " ")
      .split(/\s+/)
      .filter(Boolean);
    if (!words.length) syntaxError(line.where, "empty discard phrase");
    return { words, story, where: line.where };
  });
}

export { dataLines };
