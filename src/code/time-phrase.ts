// A time adverbial right after a verb stands between it and its object or the phrase that names
// the other party: "arrested on Monday two opposition leaders", "blasted in July rebel
// strongholds", "expressed concern on Thursday over Israel's demolition". Reuters puts the day
// there as a rule. The date itself is a date mention of the annotator (src/annotate/mentions/
// date-mentions.ts); a preposition of time may open it.
import type { SentenceView } from "./sentence-view.ts";

/** Prepositions that open a time adverbial before a date: "on Monday", "in July", "during 1994". */
const TIME_PREPOSITIONS = new Set(["on", "in", "at", "during", "since", "by", "until", "earlier", "late"]);

/**
 * The last token of a time adverbial that starts right after token `last` ("on Friday", "last
 * week", "in late August"), or `last` itself when none does.
 */
export function timePhraseEnd(view: SentenceView, last: number): number {
  let j = last + 1;
  if (TIME_PREPOSITIONS.has(view.words[j] ?? "")) j++;
  const token = view.tokens[j];
  if (!token) return last;
  const date = view.mentions.find((m) => m.kind === "date" && m.start <= token.start && m.end > token.start);
  if (!date) return last;
  let end = j;
  while (end + 1 < view.tokens.length && view.tokens[end + 1]!.end <= date.end) end++;
  return end;
}
