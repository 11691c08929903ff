// Sense checks by what WordNet lets the trigger's senses take (data/senses/argument-kinds.tsv,
// generated from the seed senses of each CAMEO code): a code whose senses only let a person act is
// another sense when the noun doing it is a document, an idea or an act ("a report examining the
// plans", "the storm hit"), and a passive of force or obstruction whose subject is abstract is
// another sense ("efforts were hit", "a deal was struck"). (The OBJECT column is not used yet: an
// abstract object of a person-only code cost the PETRARCH suite 0.845 -> 0.785.)
import { SitrepError } from "../errors.ts";
import { POSSESSIVE_ENDINGS } from "./object-sense.ts";
import type { SentenceView } from "./sentence-view.ts";
import { thingSubjectStart } from "./thing-subject.ts";
import type { DataLine } from "./tsv-lines.ts";

export type SubjectKind = "somebody" | "any";
export type ObjectKind = "somebody" | "something" | "any";
export interface ArgumentKinds {
  readonly subject: SubjectKind;
  readonly object: ObjectKind;
}

/** Rows of argument-kinds.tsv: `CODE<TAB>SUBJECT<TAB>OBJECT`; a wrong line is a coded error naming it. */
export function parseArgumentKinds(lines: readonly DataLine[], into: Map<string, ArgumentKinds>): void {
  for (const line of lines) {
    const [code = "", subject = "", object = "", ...rest] = line.text.split("\t").map((f) => f.trim());
    if (
      !/^\d{2,4}$/.test(code) ||
      (subject !== "somebody" && subject !== "any") ||
      (object !== "somebody" && object !== "something" && object !== "any") ||
      rest.length
    )
      throw new SitrepError(
        "E_DICT_SYNTAX",
        `${line.where}: expected "CODE<TAB>somebody|any<TAB>somebody|something|any"`,
      );
    // (Folders are read from the user's last one to ours: the first row read for a code wins.)
    if (!into.has(code)) into.set(code, { subject, object });
  }
}

/** The row of `code`, or of the longest of its prefixes that has one (1711 → 171 → 17). */
export function argumentKindsOf(
  kinds: ReadonlyMap<string, ArgumentKinds>,
  code: string,
): ArgumentKinds | undefined {
  for (let n = code.length; n >= 2; n--) {
    const row = kinds.get(code.slice(0, n));
    if (row) return row;
  }
  return undefined;
}

/** Roots of force and obstruction, whose object is whatever a blow or a blockade lands on. */
const FORCE_OR_OBSTRUCT = /^(18|19|20|144)/;
/** Auxiliaries of a passive ("was struck", "were being captured", "got arrested"). */
const PASSIVE_AUX = new Set(["be", "get"]);

function isAbstract(view: SentenceView, k: number, abstractNouns: ReadonlySet<string>): boolean {
  return abstractNouns.has(view.lemmas[k]!) || abstractNouns.has(view.words[k]!);
}

/**
 * The head noun of the phrase right before the verb at `anchor` (past adverbs), when it names no
 * actor, and whether the verb is a passive ("was captured", "the data captured by"): then the noun
 * is what is acted on, else who acts.
 */
export function nounBefore(view: SentenceView, anchor: number): { head: number; passive: boolean } | null {
  let k = anchor - 1;
  while (k >= 0 && view.tokens[k]!.pos === "ADV") k--;
  let passive = false;
  while (k >= 0 && (view.tokens[k]!.pos === "AUX" || view.tokens[k]!.pos === "ADV")) {
    if (PASSIVE_AUX.has(view.lemmas[k]!)) passive = true;
    k--;
  }
  const participle = /(ed|en)$/.test(view.words[anchor]!) || view.tokens[anchor]!.pos === "VERB";
  if (k < 0 || view.tokens[k]!.pos !== "NOUN" || view.groupAt[k]) return null;
  // "the data captured by the system": a participle right after a noun, with its agent after "by".
  const reducedPassive =
    k === anchor - 1 && /(ed|en)$/.test(view.words[anchor]!) && view.words[anchor + 1] === "by";
  passive = (passive && participle && !view.words[anchor]!.endsWith("ing")) || reducedPassive;
  return { head: k, passive };
}

/** Words of a noun phrase before its head ("the FDA 's preliminary inspection"). */
const PHRASE = new Set(["DET", "ADJ", "NOUN", "NUM", "PROPN", "PART"]);

/**
 * Whether an actor owns the noun phrase whose head is `head` ("the FDA's inspection raised",
 * "the UN report accused"): the owner acts through its document or its act.
 */
function ownedByActor(view: SentenceView, head: number): boolean {
  for (let k = head - 1; k >= 0; k--) {
    if (view.groupAt[k]) return true;
    if (!PHRASE.has(view.tokens[k]!.pos) && !POSSESSIVE_ENDINGS.has(view.words[k]!)) return false;
  }
  return false;
}

/**
 * Why a verbal trigger is in another sense by the kind of noun that does it or undergoes it, or
 * null. `agentless`: nouns no usual sense of which can act (a document, an idea, an act);
 * `abstractNouns`: nouns whose usual sense is abstract (both generated from WordNet).
 */
export function argumentKindMisfit(
  view: SentenceView,
  m: { readonly first: number; readonly last: number; readonly targets: readonly unknown[] },
  code: string,
  kinds: ReadonlyMap<string, ArgumentKinds>,
  agentless: ReadonlySet<string>,
  abstractNouns: ReadonlySet<string>,
): string | null {
  const anchor = m.first;
  if (view.tokens[anchor]!.pos !== "VERB") return null;
  const row = argumentKindsOf(kinds, code);
  const text = view.tokens[anchor]!.text;
  const before = nounBefore(view, anchor);
  if (
    before &&
    !before.passive &&
    row?.subject === "somebody" &&
    thingSubjectStart(view, before.head + 1, agentless) >= 0 &&
    !ownedByActor(view, before.head)
  ) {
    const lemma = view.lemmas[before.head]!;
    if (agentless.has(lemma) || agentless.has(view.words[before.head]!))
      return `"${view.tokens[before.head]!.text} ${text}": a thing does it, and the act's senses are done by people`;
  }
  if (before?.passive && FORCE_OR_OBSTRUCT.test(code) && isAbstract(view, before.head, abstractNouns))
    return `"${view.tokens[before.head]!.text} ... ${text}": what is acted on is abstract: another sense of the word`;
  return null;
}
