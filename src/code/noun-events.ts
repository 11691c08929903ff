// Event nouns with their agent inside the noun phrase: "the occupation of Crimea by Russia", "the
// removal by police of ...", "tariffs imposed by China". A one-word trigger used as a noun names
// an event only when its noun phrase says, with a by-phrase, who acted: a bare "the attacks",
// "the ban" is a topic or a thing, and a possessor or modifier ("Russia's invasion", "the Hong
// Kong protests", "a police raid") mostly names an event as background in news, not a report of
// it (and "the journalist's arrest" names its victim). The agent is then the event's source, not
// the clause's subject, and the actor its of/on/against-phrase names is the target.
import type { ActorGroup, SentenceView } from "./sentence-view.ts";

/** Prepositions that name the one an event noun is done to: "invasion of", "raid on", "offensive in". */
const PATIENT_PREPOSITIONS = new Set(["of", "on", "against", "into", "upon", "over", "at", "in"]);
/** How far after the noun a by-agent may come: "the removal [of pencil sharpeners] by police". */
const AGENT_WINDOW = 7;

export interface NounAgent {
  /** Who did it. */
  readonly agent: ActorGroup;
  /** The actor an of/on/against-phrase after the noun names, if any. */
  readonly patient: ActorGroup | null;
}

function groupStartingAt(view: SentenceView, k: number): ActorGroup | null {
  while (k < view.tokens.length && /^(DET|ADJ)$/.test(view.tokens[k]!.pos)) k++;
  const g = view.groupAt[k];
  return g && g.first === k ? g : null;
}

/** The actor a patient preposition right after the noun introduces: "invasion [of Ukraine]". */
function patientAfter(view: SentenceView, anchor: number, skip: ActorGroup | null): ActorGroup | null {
  for (let j = anchor + 1; j < Math.min(view.tokens.length, anchor + AGENT_WINDOW); j++) {
    const t = view.tokens[j]!;
    if (t.pos === "PUNCT" || t.pos === "AUX" || t.pos === "SCONJ") return null;
    if (t.pos === "VERB" && !view.words[j]!.endsWith("ed")) return null;
    if (skip && j >= skip.first && j <= skip.last) {
      j = skip.last;
      continue;
    }
    if (PATIENT_PREPOSITIONS.has(view.words[j]!)) {
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
function byAgentAfter(view: SentenceView, anchor: number): ActorGroup | null {
  for (let j = anchor + 1; j < Math.min(view.tokens.length, anchor + AGENT_WINDOW); j++) {
    const t = view.tokens[j]!;
    const w = view.words[j]!;
    if (w === "by") return groupStartingAt(view, j + 1);
    if (t.pos === "PUNCT" || t.pos === "AUX" || t.pos === "SCONJ" || t.pos === "PRON") return null;
    // A finite verb ends the noun phrase; a participle that modifies the noun ("imposed") does not.
    if (t.pos === "VERB" && !w.endsWith("ed") && !w.endsWith("en")) return null;
    const g = view.groupAt[j];
    // "the raid on Gondor by Arnor": a patient in between is stepped over, a second by-less actor ends it.
    if (g && !PATIENT_PREPOSITIONS.has(view.words[g.first - 1] ?? "")) return null;
  }
  return null;
}

/**
 * The agent of an event noun at `anchor` and the patient it names, or null when the noun phrase
 * names no agent (then the noun is a topic, a thing or a name, not an event to code).
 */
export function nounAgentOf(view: SentenceView, anchor: number): NounAgent | null {
  // (The tagger reads some event nouns after a possessive as adjectives: "the CIA's offensive".)
  const pos = view.tokens[anchor]?.pos;
  if (pos !== "NOUN" && !(pos === "ADJ" && POSSESSIVE_MARKS.has(view.words[anchor - 1] ?? ""))) return null;
  const after = byAgentAfter(view, anchor);
  if (after) return { agent: after, patient: patientAfter(view, anchor, after) };
  // "Russia's invasion of Ukraine", "the CIA's offensive against the Taliban": a possessor is the
  // agent when the noun names whom the act is done to as well (without it, "the journalist's
  // arrest" names its victim, and "Gondor's protests" mostly a topic).
  let k = anchor - 1;
  while (k > 0 && k >= anchor - MAX_MODIFIERS && /^(ADJ|ADV)$/.test(view.tokens[k]!.pos)) k--;
  if (!POSSESSIVE_MARKS.has(view.words[k]!)) return null;
  const owner = view.groupAt[k - 1];
  if (!owner || owner.last !== k - 1) return null;
  const patient = patientAfter(view, anchor, owner);
  return patient ? { agent: owner, patient } : null;
}

const POSSESSIVE_MARKS = new Set(["'s", "’s", "'", "’"]);
/** Adjectives between a possessor and its event noun: "Russia's [illegal, full-scale] invasion". */
const MAX_MODIFIERS = 3;
