// What drafting reads off a clause beyond the matched pattern: whether a token opens the sentence,
// the subject after an opening participle clause, whether an object is followed by a complement
// that names it ("called the move illegal": naming, not a phone call), and which roles bear arms
// or act with authority. Kept apart from event-drafts.ts, which decides how these combine.
import type { Actor, ActorGroup, SentenceView } from "./sentence-view.ts";

/** Roots of verbal reactions to another actor's act: statements, praise, demands, criticism, rejection, threats. */
export const REACTION_ROOTS = new Set(["01", "05", "10", "11", "12", "13"]);

/** CAMEO roots 01-08: statements, appeals, intents, consultation, cooperation, aid, yielding. */
export const COOPERATIVE_ROOTS = /^0[1-8]/;

/** CAMEO roles that bear arms: military, police, intelligence, rebels, insurgents, separatists, unaffiliated armed forces. */
const ARMED_ROLES = new Set(["MIL", "COP", "SPY", "REB", "INS", "SEP", "UAF"]);

/** Roles that arrest, seize, ban or charge: police, courts, governments, the military. */
export const AUTHORITY_ROLES = /(COP|JUD|GOV|MIL)$/;

/** Whether token i starts the sentence or the text after a colon or a dash. */
export function opensSentence(view: SentenceView, i: number): boolean {
  const before = view.words[i - 1];
  return i === 0 || before === ":" || before === "—" || before === "–";
}

/** The subject of the main clause after an opening participle clause: the first actor after its comma. */
export function subjectAfterComma(view: SentenceView, from: number): ActorGroup | null {
  let j = from + 1;
  while (j < view.tokens.length && view.words[j] !== ",") {
    if (view.tokens[j]!.pos === "VERB" && !view.words[j]!.endsWith("ing")) return null;
    j++;
  }
  for (let k = j + 1; k < Math.min(view.tokens.length, j + 9); k++) {
    const g = view.groupAt[k];
    if (g) return g.first === k ? g : null;
    if (/^(VERB|AUX|SCONJ)$/.test(view.tokens[k]!.pos) || view.words[k] === ",") {
      // "an independent, bipartisan US government entity": commas between adjectives stay inside.
      if (view.words[k] === "," && view.tokens[k - 1]?.pos === "ADJ") continue;
      return null;
    }
  }
  return null;
}

/** Possessive determiners that open a naming complement: "called Gondor his closest ally". */
const COMPLEMENT_POSSESSIVES = new Set(["his", "her", "their", "its", "our", "my", "your"]);
const QUOTE_MARKS = new Set(['"', "“", "‘", "'"]);
// Not the bare apostrophe: it is also a quotation mark ("called him 'a thug'").
const POSSESSIVE_MARKS = new Set(["'s", "’s"]);
/**
 * An object complement right after the object: "a/an ...", a quotation, or an adjective that ends
 * the phrase ("called the move illegal"; not "last week", whose adjective opens a noun phrase).
 * When the actor only owns the object ("called Greece's decision unacceptable"), the complement
 * follows the owned noun phrase.
 */
export function namesObject(view: SentenceView, objectLast: number): boolean {
  const n = view.words.length;
  let k = objectLast + 1;
  const owned = POSSESSIVE_MARKS.has(view.words[k] ?? "");
  if (owned) k++;
  // The actor owns or modifies the object ("Greece's decision", "the Greek decision"): the
  // complement follows the object's head, the last noun of its run of adjectives and nouns.
  if (owned || /^(NOUN|PROPN)$/.test(view.tokens[k]?.pos ?? "")) {
    while (
      k < n &&
      /^(ADJ|NOUN|PROPN)$/.test(view.tokens[k]!.pos) &&
      /^(NOUN|PROPN)$/.test(view.tokens[k + 1]?.pos ?? "")
    )
      k++;
    if (k >= n || !/^(NOUN|PROPN)$/.test(view.tokens[k]!.pos)) return false;
    k++;
  }
  const next = view.words[k];
  if (next === undefined) return false;
  // An opening quotation mark may come glued to its first word ("'a" from the tokenizer).
  // ("called the voters his coalition": a possessive determiner opens the complement as "a" does.)
  if (next === "a" || next === "an" || QUOTE_MARKS.has(next.charAt(0)) || COMPLEMENT_POSSESSIVES.has(next))
    return true;
  return view.tokens[k]!.pos === "ADJ" && !/^(NOUN|PROPN|NUM|ADJ)$/.test(view.tokens[k + 1]?.pos ?? "");
}

/** Whether an actor's code holds an armed role ("NGAMIL", "REB"). */
export function isArmed(actor: Actor): boolean {
  const chunks = actor.code.match(/.{3}/g) ?? [];
  return chunks.some((c) => ARMED_ROLES.has(c));
}
