// Event nouns with their agent inside the noun phrase: "the occupation of Crimea by Russia", "the
// removal by police of ...", "tariffs imposed by China". A one-word trigger used as a noun names
// an event only when its noun phrase says, with a by-phrase, who acted: a bare "the attacks",
// "the ban" is a topic or a thing, and a possessor or modifier ("Russia's invasion", "the Hong
// Kong protests", "a police raid") mostly names an event as background in news, not a report of
// it (and "the journalist's arrest" names its victim). The agent is then the event's source, not
// the clause's subject, and the actor its of/on/against-phrase names is the target.
import { nounPartiesOf } from "./noun-parties.ts";
import { isUndergoerAct, PLACE_PREPOSITIONS, possessorBefore } from "./noun-undergoers.ts";
import type { ActorGroup, SentenceView } from "./sentence-view.ts";

/**
 * Prepositions that name the one an event noun is done to or with: "invasion of", "raid on",
 * "offensive in", "meeting with", "visit to".
 */
const PATIENT_PREPOSITIONS = new Set([
  "of",
  "on",
  "against",
  "into",
  "upon",
  "over",
  "at",
  "in",
  "with",
  "to",
  "toward",
  "towards",
]);
/** Words between a preposition and the head of its actor: "of [the three] soldiers". */
const NOUN_PHRASE_LEAD = /^(DET|ADJ|NUM)$/;
/** How far after the noun a by-agent may come: "the removal [of pencil sharpeners] by police". */
const AGENT_WINDOW = 7;

export interface NounAgent {
  /** Who did it. */
  readonly agent: ActorGroup;
  /** The actor an of/on/against-phrase after the noun names, if any. */
  readonly patient: ActorGroup | null;
}

function groupStartingAt(view: SentenceView, k: number): ActorGroup | null {
  while (k < view.tokens.length && NOUN_PHRASE_LEAD.test(view.tokens[k]!.pos)) k++;
  const g = view.groupAt[k];
  return g && g.first === k ? g : null;
}

/** The actor a patient preposition right after the noun introduces: "invasion [of Ukraine]". */
function patientAfter(
  view: SentenceView,
  anchor: number,
  skip: ActorGroup | null,
  undergoer = false,
): ActorGroup | null {
  for (let j = anchor + 1; j < Math.min(view.tokens.length, anchor + AGENT_WINDOW); j++) {
    const t = view.tokens[j]!;
    if (t.pos === "PUNCT" || t.pos === "AUX" || t.pos === "SCONJ") return null;
    if (t.pos === "VERB" && !view.words[j]!.endsWith("ed")) return null;
    if (skip && j >= skip.first && j <= skip.last) {
      j = skip.last;
      continue;
    }
    // ("the activist's detention in Egypt": for an act on a person, "in"/"at" names the place.)
    if (PATIENT_PREPOSITIONS.has(view.words[j]!) && !(undergoer && PLACE_PREPOSITIONS.has(view.words[j]!))) {
      const g = groupStartingAt(view, j + 1);
      if (g && g !== skip) return g;
    }
  }
  return null;
}

/**
 * "the occupation [of Crimea] by Russia", "the removal by police", "tariffs imposed [last year] by
 * China": a by-agent of the noun itself or of a participle right after it, before any clause break.
 */
function byAgentAfter(view: SentenceView, anchor: number, code = ""): ActorGroup | null {
  const fromNamesAgent = FROM_AGENT_ROOTS.has(code.slice(0, 2));
  for (let j = anchor + 1; j < Math.min(view.tokens.length, anchor + AGENT_WINDOW); j++) {
    const t = view.tokens[j]!;
    const w = view.words[j]!;
    if (w === "by") return groupStartingAt(view, j + 1);
    // "a complaint from Faull", "a request from the US", "threats from Iran": a said act comes
    // from its speaker ("extradition from the UK", "withdrawal from Syria" name a place).
    if (w === "from" && fromNamesAgent) {
      const g = groupStartingAt(view, j + 1);
      if (g) return g;
    }
    if (t.pos === "PUNCT" || t.pos === "AUX" || t.pos === "SCONJ" || t.pos === "PRON") return null;
    // A finite verb ends the noun phrase; a participle that modifies the noun ("imposed") does not.
    if (t.pos === "VERB" && !w.endsWith("ed") && !w.endsWith("en")) return null;
    const g = view.groupAt[j];
    // "the raid on Gondor by Arnor", "the killing of three soldiers by militants": a patient in
    // between is stepped over, a second by-less actor ends it.
    if (g && !PATIENT_PREPOSITIONS.has(view.words[prepositionBefore(view, g.first)] ?? "")) return null;
  }
  return null;
}

/**
 * CAMEO roots of acts done by saying something (appeal, demand, disapprove, reject, threaten):
 * their noun's from-phrase names who said it. Other acts' from-phrase names a place or a source.
 */
const FROM_AGENT_ROOTS = new Set(["02", "10", "11", "12", "13"]);

/** The position of the word before a noun phrase's determiners, numbers and adjectives. */
function prepositionBefore(view: SentenceView, first: number): number {
  let k = first - 1;
  while (k > 0 && NOUN_PHRASE_LEAD.test(view.tokens[k]!.pos) && !view.groupAt[k]) k--;
  return k;
}

/**
 * A state named by its demonym ("Russian", "Israeli"): the adjective of a nation, which before an
 * act noun names its agent ("the American invasion of Iraq"). A name itself before the noun
 * mostly names the patient or the topic ("the Ukraine invasion", "the Trump impeachment", "the
 * Hong Kong protests").
 */
export function isDemonym(view: SentenceView, g: ActorGroup): boolean {
  const actor = g.members[0]!;
  return view.mentions.some(
    (m) => m.kind === "state" && m.form === "demonym" && m.start < actor.end && actor.start < m.end,
  );
}

/**
 * "the Russian annexation of Crimea", "Israeli air raids on Gaza", "the government crackdown on
 * protesters": an actor that modifies the event noun (maybe past a compound noun or two) names
 * who acted, when the noun also names, with a preposition, whom the act is done to.
 */
function modifierAgent(view: SentenceView, anchor: number): NounAgent | null {
  let k = anchor - 1;
  while (k > 0 && anchor - k <= MAX_COMPOUND && view.tokens[k]!.pos === "NOUN" && !view.groupAt[k]) k--;
  const owner = view.groupAt[k];
  if (!owner || owner.last !== k) return null;
  // A whole compound of actors ("China and Russia talks") is a party list, not a modifier; a bare
  // role ("police raids", "government crackdowns") mostly names a kind of act, not one event.
  if (owner.members.length > 1 || view.bareAgents.has(owner.members[0]!)) return null;
  if (!isDemonym(view, owner)) return null;
  const patient = patientAfter(view, anchor, owner);
  return patient ? { agent: owner, patient } : null;
}

/**
 * The agent of an event noun at `anchor` and the patient it names, or null when the noun phrase
 * names no agent (then the noun is a topic, a thing or a name, not an event to code). `mutual`:
 * the event is one both parties take part in (talks, a call, a deal: noun-parties.ts).
 */
export function nounAgentOf(view: SentenceView, anchor: number, code = "", mutual = false): NounAgent | null {
  // (The tagger reads some event nouns after a possessive as adjectives: "the CIA's offensive".)
  const pos = view.tokens[anchor]?.pos;
  if (pos !== "NOUN" && !(pos === "ADJ" && POSSESSIVE_MARKS.has(view.words[anchor - 1] ?? ""))) return null;
  // "India-Pakistan talks", "a phone call between Putin and Biden", "the visit of the Chinese
  // president to Pakistan": the parties of the noun phrase (noun-parties.ts).
  const parties = nounPartiesOf(view, anchor, code, mutual);
  if (parties) return parties;
  // "the journalist's arrest (by police)": the possessor of an act on a person underwent it
  // (noun-undergoers.ts); only a by-phrase names the agent.
  const undergoer = code !== "" && isUndergoerAct(code, view.words[anchor]!);
  const sufferer = undergoer ? possessorBefore(view, anchor) : null;
  const after = byAgentAfter(view, anchor, code);
  if (after) return { agent: after, patient: sufferer ?? patientAfter(view, anchor, after, undergoer) };
  if (sufferer) return null;
  // "Russia's invasion of Ukraine", "the CIA's offensive against the Taliban": a possessor is the
  // agent when the noun names whom the act is done to as well (without it, "the journalist's
  // arrest" names its victim, and "Gondor's protests" mostly a topic).
  let k = anchor - 1;
  while (k > 0 && k >= anchor - MAX_MODIFIERS && /^(ADJ|ADV)$/.test(view.tokens[k]!.pos)) k--;
  if (!POSSESSIVE_MARKS.has(view.words[k]!)) return modifierAgent(view, anchor);
  const owner = view.groupAt[k - 1];
  if (!owner || owner.last !== k - 1) return null;
  const patient = patientAfter(view, anchor, owner, undergoer);
  return patient ? { agent: owner, patient } : null;
}

const POSSESSIVE_MARKS = new Set(["'s", "’s", "'", "’"]);
/** Adjectives between a possessor and its event noun: "Russia's [illegal, full-scale] invasion". */
const MAX_MODIFIERS = 3;
/** Nouns between an actor modifier and its event noun: "Israeli [air] strikes", "US [trade] talks". */
const MAX_COMPOUND = 2;
