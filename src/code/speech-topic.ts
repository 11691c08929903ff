// What a reaction is about names its target: "Kenya complained about Somali incursions",
// "Gondor warned of Arnorian aggression", "voiced anger over Rohan's decision". A verb of
// speaking or reacting (CAMEO roots 01, 05, 10–13) takes its topic with about/over/of, and an
// actor that opens that phrase (possessor or modifier of the topic noun, or the topic itself) is
// whom the reaction is aimed at. (Used only when the clause gives no object or to/against-phrase.)
import type { ActorGroup, SentenceView } from "./sentence-view.ts";
import { timePhraseEnd } from "./time-phrase.ts";

/** Prepositions that introduce the topic of speech or feeling. */
const TOPIC_PREPOSITIONS = new Set(["about", "over", "of"]);
/** How far after the trigger the topic phrase may open. */
const TOPIC_WINDOW = 4;

/** Lawsuits and verdicts (115, 116): "sued X over Y", "convicted over Y" give the reason, not a target. */
const REASON_CODES = /^11[56]/;

/** The actor opening the topic phrase after the trigger's last token, or null. */
export function topicActor(view: SentenceView, verbLast: number, code: string): ActorGroup | null {
  if (REASON_CODES.test(code)) return null;
  // "voiced concern on Thursday over ...": the day between the verb and its topic is stepped over.
  const last = timePhraseEnd(view, verbLast);
  for (let j = last + 1; j < Math.min(view.tokens.length, last + 1 + TOPIC_WINDOW); j++) {
    const t = view.tokens[j]!;
    if (TOPIC_PREPOSITIONS.has(view.words[j]!)) {
      let k = j + 1;
      while (k < view.tokens.length && /^(DET|ADJ)$/.test(view.tokens[k]!.pos) && !view.groupAt[k]) k++;
      const g = view.groupAt[k];
      return g && g.first === k ? g : null;
    }
    if (t.pos !== "ADV" && t.pos !== "DET" && t.pos !== "ADJ" && t.pos !== "NOUN") return null;
  }
  return null;
}
