// Whom a denial answers when its sentence names no one: "The Pentagon rejected these accusations",
// "Assange, who denies the accusation, ...". A denial of responsibility (CAMEO 016) is aimed at
// whoever made the accusation, and a definite or demonstrative accusation noun ("these
// accusations", "the allegation") refers back to one the story has just told: the hostile act or
// accusation an earlier sentence reports against the denier ("the Russian and Syrian defense
// ministries accused U.S. forces of ..."). Its doers are the denial's targets, one event each.
// Only the last few sentences count (a reference back is to what the reader has just read), and
// only acts aimed at the denier's own code (the same actor, not merely its country).
import type { CodedEvent } from "../types.ts";

/** CAMEO's "deny responsibility": the code of "denied the accusation", "rejected the claims". */
const DENY = "016";

/**
 * Nouns of an accusation that a denial takes as its object: the nouns of the lexicon's own 016
 * patterns (data/verbs/01-statement.txt, "deny .. accusation|allegation|charge|claim"), WordNet's
 * accusation.n.02 {accusation, charge} and allegation.n.01, claim.n.02, in both numbers.
 */
const ACCUSATION_NOUNS = new Set([
  "accusation",
  "accusations",
  "allegation",
  "allegations",
  "charge",
  "charges",
  "claim",
  "claims",
]);

/** Determiners that make the noun refer back: "the", "these", "this", "those", "that", "such". */
const BACK_REFERRING = new Set(["the", "these", "this", "those", "that", "such"]);

/** How many sentences back the accusation may have been told. */
const LOOK_BACK = 3;

/** Whether the trigger holds an accusation noun that refers back ("rejected these accusations as"). */
function refersBackToAccusation(trigger: string): boolean {
  const words = trigger.toLowerCase().split(/\s+/);
  return words.some((w, k) => k >= 1 && ACCUSATION_NOUNS.has(w) && BACK_REFERRING.has(words[k - 1]!));
}

/**
 * The document's events with each target-less denial of a back-referring accusation aimed at the
 * doers of the latest earlier hostile act (quad class 3 or 4) against the denier; other events
 * unchanged. `events` are in sentence order, as DocCoder emits them.
 */
export function aimDenialsAtAccusers(events: readonly CodedEvent[]): CodedEvent[] {
  const out: CodedEvent[] = [];
  for (const e of events) {
    if (e.cameo.code !== DENY || e.target || e.negated || !refersBackToAccusation(e.trigger.text)) {
      out.push(e);
      continue;
    }
    const accusers = latestAccusers(events, e);
    if (!accusers.length) {
      out.push(e);
      continue;
    }
    accusers.forEach((target, k) => {
      out.push({ ...e, target, eventId: k === 0 ? e.eventId : `${e.eventId}-${k}` });
    });
  }
  return out;
}

/** The distinct doers of the hostile acts against `denial`'s source in the latest earlier sentence that has any. */
function latestAccusers(events: readonly CodedEvent[], denial: CodedEvent): CodedEvent["source"][] {
  const against = events.filter(
    (x) =>
      x.sentenceIndex < denial.sentenceIndex &&
      x.sentenceIndex >= denial.sentenceIndex - LOOK_BACK &&
      x.cameo.quadClass >= 3 &&
      !x.negated &&
      x.target?.code === denial.source.code &&
      x.source.code !== denial.source.code,
  );
  const latest = Math.max(-1, ...against.map((x) => x.sentenceIndex));
  const seen = new Set<string>();
  return against
    .filter((x) => x.sentenceIndex === latest)
    .map((x) => x.source)
    .filter((s) => !seen.has(s.code) && seen.add(s.code));
}
