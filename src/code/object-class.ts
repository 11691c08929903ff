// The object-class sense check: a CAMEO code whose WordNet seed senses are physical acts (seize,
// arrest, abduct, invade) or acts done to people (detain, expel, release, assassinate) needs a
// direct object of the kind those senses land on (data/senses/object-classes.tsv, generated from
// the senses' lexicographer files and frames). When the head noun of the verb's object is abstract
// (data/senses/abstract-nouns.txt, with the lexicographer file of its usual sense) and that file
// is not among the code's, the verb is used in another sense: "arrested the decline" (noun.act),
// "seized the opportunity" (noun.state), "released a statement" (noun.communication), "mobilised
// support" (noun.act). A possession stays an object of seizure ("seized assets": noun.possession).
import { SitrepError } from "../errors.ts";
import { nounBefore } from "./argument-kinds.ts";
import { objectHead } from "./object-sense.ts";
import type { SentenceView } from "./sentence-view.ts";
import type { DataLine } from "./tsv-lines.ts";

/** A noun lexicographer file as WordNet names it ("noun.state", "noun.Tops"). */
const NOUN_FILE = /^noun\.[A-Za-z]+$/;

/** Rows of object-classes.tsv: `CODE<TAB>noun.FILE|...`; a wrong line is a coded error naming it. */
export function parseObjectClasses(lines: readonly DataLine[], into: Map<string, ReadonlySet<string>>): void {
  for (const line of lines) {
    const [code = "", classes = "", ...rest] = line.text.split("\t").map((f) => f.trim());
    const files = classes.split("|");
    if (!/^\d{2,4}$/.test(code) || !files.every((f) => NOUN_FILE.test(f)) || rest.length)
      throw new SitrepError("E_DICT_SYNTAX", `${line.where}: expected "CODE<TAB>noun.FILE|noun.FILE..."`);
    // (Folders are read from the user's last one to ours: the first row read for a code wins.)
    if (!into.has(code)) into.set(code, new Set(files));
  }
}

/**
 * Lines of abstract-nouns.txt: `noun` or `noun<TAB>noun.FILE` (the lexicographer file of its usual
 * sense). Every noun goes into `nouns`; those with a file also into `classes`.
 */
export function parseAbstractNouns(
  lines: readonly DataLine[],
  nouns: Set<string>,
  classes: Map<string, string>,
): void {
  for (const line of lines) {
    const [noun = "", file, ...rest] = line.text.split("\t").map((f) => f.trim());
    if (!noun || rest.length || (file !== undefined && !NOUN_FILE.test(file)))
      throw new SitrepError("E_DICT_SYNTAX", `${line.where}: expected "noun" or "noun<TAB>noun.FILE"`);
    nouns.add(noun);
    if (file && !classes.has(noun)) classes.set(noun, file);
  }
}

/**
 * The row of `code` itself: a row describes the seed senses of that code, and a code without seeds
 * of its own (or one another dictionary invents, as PETRARCH's toy "break relations" 1717) may be
 * coded by verbs of quite other senses.
 */
export function objectClassesOf(
  rows: ReadonlyMap<string, ReadonlySet<string>>,
  code: string,
): ReadonlySet<string> | undefined {
  return rows.get(code);
}

/** Words of a noun phrase before its head ("the new", "the party 's"). */
const PHRASE = /^(DET|ADJ|NOUN|NUM|PROPN|PART)$/;

/**
 * Whether the noun at `head` heads the subject, not a prepositional phrase inside it: in "the
 * leader of the protest was arrested" it is the leader who is arrested, not the protest.
 */
function headsSubject(view: SentenceView, head: number): boolean {
  let k = head - 1;
  while (k >= 0 && PHRASE.test(view.tokens[k]!.pos) && !view.groupAt[k]) k--;
  return k < 0 || (view.tokens[k]!.pos !== "ADP" && !view.groupAt[k]);
}

/** How an explanation names what a code's object may be. */
function describe(allowed: ReadonlySet<string>): string {
  return allowed.has("noun.artifact")
    ? "a person, group, place, thing or possession"
    : "a person, group or place";
}

/**
 * Why a verbal trigger is in another sense by the class of its direct object, or null. Only a
 * match that took no actor as its target is read (a recognised actor is a person or a group), and
 * only a noun outside the pattern's own words ("exchanged fire" keeps its noun).
 */
export function objectClassMisfit(
  view: SentenceView,
  m: { readonly first: number; readonly last: number; readonly targets: readonly unknown[] },
  code: string,
  rows: ReadonlyMap<string, ReadonlySet<string>>,
  nounClasses: ReadonlyMap<string, string>,
): string | null {
  if (view.tokens[m.first]!.pos !== "VERB") return null;
  const allowed = objectClassesOf(rows, code);
  if (!allowed) return null;
  const misfit = (head: number, role: string) => {
    const file = nounClasses.get(view.lemmas[head]!) ?? nounClasses.get(view.words[head]!);
    if (!file || allowed.has(file)) return null;
    return `"${view.tokens[m.first]!.text}": ${role} "${view.tokens[head]!.text}" is ${file}, code ${code} needs ${describe(allowed)}: another sense of the word`;
  };
  // A passive's subject is what is acted on ("the decline was arrested", "a statement released by").
  const before = nounBefore(view, m.first);
  if (before?.passive && headsSubject(view, before.head)) {
    const why = misfit(before.head, "what undergoes it,");
    if (why) return why;
  }
  // (A pattern that ends in a noun of its own, "release|free .. &PRISONER", named its object.)
  if (m.targets.length || !/^(VERB|ADP|PART|ADV)$/.test(view.tokens[m.last]!.pos)) return null;
  // A pattern that ends in a preposition puts a topic after it when the act is done to people
  // ("appealed for cooperation", "sued for damages"), but what is moved or struck after a physical
  // act ("withdrew from the race", "fired on the convoy").
  if (view.tokens[m.last]!.pos === "ADP" && !allowed.has("noun.artifact")) return null;
  const head = objectHead(view, m.last);
  if (head === null) return null;
  // "a haul of cocaine", "control of the city": a measure or a relation names what it is of, and
  // that is what is acted on (an actor, or no noun, after "of" is no misfit).
  if (view.words[head + 1] === "of") {
    const inner = objectHead(view, head + 1);
    return inner === null ? null : misfit(inner, "object");
  }
  return misfit(head, "object");
}
