// Countries named as the place of something: "shot down over Ukraine", "clashes near the border
// with Belarus", "fighting across Syria". The actor engine reports a country's name as a state
// (an actor) and gives it a point only after its own short list of prepositions; this step gives
// such a state mention its country's point when the words before it say where, so that the
// locate stage can place the event there instead of at the dateline city.
import type { Mention, Sentence } from "../../types.ts";
import type { Gazetteer } from "../gazetteer/index.ts";
import { toPlace } from "./place-point.ts";

/**
 * Prepositions that put what comes next as a place, then optional words naming a part of it or
 * its edge ("the border with", "the north of", "the skies over"). "over" is handled apart: it
 * is spatial only after a verb of flight or fire ("sanctions over Ukraine" is a topic).
 */
const PLACE_BEFORE =
  /\b(?:in|at|near|inside|outside|across|throughout|within|into|around|along|on|off|over)\s+(?:the\s+)?(?:(?:\w+ern|central)\s+)?(?:(?:border|borders|frontier|coast|outskirts|north|south|east|west|centre|center|heart|skies|airspace|territory|waters|parts?|regions?|areas?|side)\s+(?:with|of|over)\s+(?:the\s+)?(?:(?:\w+ern|central)\s+)?)?$/i;
/** The same, for prepositions that never take a place alone ("on", "off" need "the border of"...). */
const NEEDS_PART_WORD = /\b(?:on|off)\s+(?:the\s+)?$/i;
/** A spatial "over" needs one of these verbs (or their forms) earlier in the sentence. */
const FLIGHT_OR_FIRE =
  /\b(?:fl(?:y|ies|ew|own|ying|ights?)|shot|shoot\w*|down(?:ed|ing)?|crash\w*|fired?|firing|drop\w*|intercept\w*|patrol\w*|hover\w*|launch\w*|explod\w*|spott\w*|detect\w*|track\w*|airspace|overfl\w*|missiles?|drones?|jets?|aircraft|planes?)\b/i;
/** How far before a mention the introducing words are looked for (characters). */
const LOOKBACK_CHARS = 48;

/** True when the words right before `start` (within its sentence) put a place there. */
export function introducesPlace(text: string, sentenceStart: number, start: number): boolean {
  const before = text.slice(Math.max(sentenceStart, start - LOOKBACK_CHARS), start);
  if (!PLACE_BEFORE.test(before)) return false;
  if (NEEDS_PART_WORD.test(before)) return false;
  if (/\bover\s+(?:the\s+)?$/i.test(before)) {
    return FLIGHT_OR_FIRE.test(text.slice(sentenceStart, start));
  }
  return true;
}

/**
 * Gives each state mention named by its country's name ("Ukraine", not "Ukrainian" or "Kyiv")
 * and introduced as a place (introducesPlace) the country's point; other mentions are returned
 * unchanged (the same objects).
 */
export function placeCountryMentions(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
  gazetteer: Gazetteer,
): Mention[] {
  return mentions.map((m) => {
    if (m.kind !== "state" || m.form !== "name" || m.place || !m.code || !/^[A-Z]{3}$/.test(m.code)) return m;
    const sentenceStart = sentences[m.sentenceIndex]?.start ?? 0;
    if (!introducesPlace(text, sentenceStart, m.start)) return m;
    const country = gazetteer.countryCentroid(m.code);
    return country ? { ...m, place: toPlace(country) } : m;
  });
}
