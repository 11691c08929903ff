// Generates data/senses/object-classes.tsv: for each CAMEO code with verb seeds in
// data/verbs/wordnet-seeds.tsv, the WordNet noun lexicographer files the head of its direct object
// may have, from what the seed senses are. A sense of bodily or physical action (WordNet's
// verb.contact, verb.competition, verb.body, verb.change, verb.motion, verb.consumption: seize,
// arrest, abduct, torture, attack, invade) lands on a person, a group, a place, a made thing, a
// body or a possession, never on an act, an idea, a state or an event; a social or possession
// sense whose sentence frames only take a person as object ("Somebody ----s somebody": detain,
// expel, deport, extradite, release, assassinate) lands on a person, a group or a place standing
// for its people. So "arrested the decline", "seized the opportunity", "freed the knowledge",
// "released a statement", "mobilised support" use another sense of the verb
// (src/code/object-class.ts). A code with any seed sense of saying, thinking or feeling
// (verb.communication, verb.cognition, verb.emotion, ...), a sense of giving, or a social sense that
// takes "something" ("boycotted the election", "ratified the treaty"), may take any object and
// gets no row; so does a code whose seeds take no object at all. Codes without seeds of their own
// get no row: a row describes only the seed senses of its own code.
// The output is the same on every run: `npm run generate:object-classes`; `--out DIR` writes elsewhere.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { WordNet } from "./wordnet-read.ts";

const ROOT = join(import.meta.dirname, "..");
const OUT = process.argv.includes("--out")
  ? process.argv[process.argv.indexOf("--out") + 1]!
  : join(ROOT, "data", "senses");

/** Verb lexicographer files of acts done with the body or by force on what is there. */
const PHYSICAL = new Set([
  "verb.contact",
  "verb.competition",
  "verb.body",
  "verb.change",
  "verb.motion",
  "verb.consumption",
]);
/** Frames whose object is "somebody" (wninput(5WN)): 9 "Somebody ----s somebody", 10, 14, 17, 18, 20, 24, 25, 30. */
const PERSON_OBJECT = new Set([9, 10, 14, 17, 18, 20, 24, 25, 30]);
/** Frames whose object is "something": 8 "Somebody ----s something", 11, 5, 15, 16, 19, 21, 31. */
const THING_OBJECT = new Set([5, 8, 11, 15, 16, 19, 21, 31]);
/** Frames of giving: "Somebody ----s somebody something", "Somebody ----s something to somebody". */
const GIVING = new Set([14, 15]);

/**
 * Noun lexicographer files of who can undergo an act done to people: persons, groups, their
 * places, and holdings that stand for their owners in law ("sued his estate", "the fund").
 */
const PEOPLE = ["noun.Tops", "noun.person", "noun.group", "noun.location", "noun.animal", "noun.possession"];
/** Noun files of what a physical act lands on: people and places, things, bodies, matter, holdings. */
const CONCRETE = [
  ...PEOPLE,
  "noun.artifact",
  "noun.object",
  "noun.body",
  "noun.substance",
  "noun.food",
  "noun.plant",
  "noun.possession",
  // Writings are things too: "seized documents", "passports were confiscated" (document.n.1 is a
  // communication in WordNet).
  "noun.communication",
];

/** What the object of one seed sense may be: a list of noun files, null (anything), or "none" (no object). */
function senseClasses(lexFile: string, frames: readonly number[]): readonly string[] | null | "none" {
  const person = frames.some((f) => PERSON_OBJECT.has(f));
  const thing = frames.some((f) => THING_OBJECT.has(f));
  if (!person && !thing) return "none";
  if (PHYSICAL.has(lexFile)) return CONCRETE;
  // Whatever the sense is about, frames that only take "somebody" take a person ("entreat",
  // "convict", "detain"); its group or country stands for it.
  if (!thing) return PEOPLE;
  // Taking holdings ("confiscated weapons", "looted the shops", "seized assets"); a sense of giving
  // (frames 14, 15: "Somebody ----s somebody something / something to somebody") may give or fund
  // anything ("a project funded by China").
  if (lexFile === "verb.possession" && !frames.some((f) => GIVING.has(f))) return CONCRETE;
  return null;
}

function main() {
  const wn = new WordNet();
  const byCode = new Map<string, Set<string> | null>();
  const seeds = readFileSync(join(ROOT, "data", "verbs", "wordnet-seeds.tsv"), "utf8");
  for (const line of seeds.split("\n")) {
    if (!line.trim() || line.startsWith("#")) continue;
    const [code = "", senses = ""] = line.split("\t");
    // Contact codes (040-046) are checked by their participant verbs (src/code/object-sense.ts):
    // "welcomed memos from" is a contact with their sender in dictionaries that code it so.
    if (code.startsWith("04")) continue;
    for (const seed of senses.split(" ")) {
      const m = /^(.+)\.v\.(\d+)$/.exec(seed);
      if (!m) continue;
      const word = m[1]!.replace(/_/g, " ");
      const offset = wn.senses(word, "v")[Number(m[2]) - 1];
      if (!offset) throw new Error(`wordnet-seeds.tsv: no verb sense ${seed}`);
      const synset = wn.synset(offset, "v");
      const at = synset.words.indexOf(word) + 1;
      const frames = synset.frames.filter((f) => f.word === 0 || f.word === at).map((f) => f.frame);
      const classes = senseClasses(synset.lexFile, frames);
      if (classes === "none") continue;
      if (byCode.get(code) === null) continue;
      if (classes === null) {
        byCode.set(code, null);
        continue;
      }
      const set = byCode.get(code) ?? new Set<string>();
      for (const c of classes) set.add(c);
      byCode.set(code, set);
    }
  }
  const rows = [...byCode]
    .filter((e): e is [string, Set<string>] => e[1] !== null)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, set]) => `${code}\t${[...set].sort().join("|")}`);
  const header = [
    "# The WordNet 3.1 noun lexicographer files the head of a CAMEO code's direct object may have,",
    "# from the lexicographer files and sentence frames of the code's seed senses in",
    "# verbs/wordnet-seeds.tsv (physical acts: people, places, things, holdings; acts done to people:",
    "# people, groups, places). Codes that may take any object have no row. Generated by",
    "# scripts/generate-object-classes.ts (npm run generate:object-classes); edit the generator or the seeds.",
    "# CODE<TAB>noun.FILE|noun.FILE...",
  ];
  writeFileSync(join(OUT, "object-classes.tsv"), `${[...header, ...rows].join("\n")}\n`);
  console.log(`object-classes.tsv: ${rows.length} codes`);
}

main();
