// PETRARCH's new_actor_length: with it above 0, a proper-noun phrase that no dictionary names, of at
// most that many words, is an actor of its own, coded with its words ("the Ministry of Magic" →
// "\"THE MINISTRY OF MAGIC\""), so that events between unlisted actors are still coded.
import type { Token } from "../../types.ts";
import type { Unit } from "./petrarch-compounds.ts";

/** Day and month names head time phrases ("on Wednesday"), never actors. */
const TIME_WORDS = new Set(
  "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december today yesterday tomorrow".split(
    " ",
  ),
);

const isNounish = (t: Token) => t.pos === "PROPN" || t.pos === "NOUN";

/** Proper-noun phrases over tokens no dictionary actor covers, each at most maxWords words long. */
export function newActorUnits(
  tokens: readonly Token[],
  covered: ReadonlySet<number>,
  maxWords: number,
): Unit[] {
  const out: Unit[] = [];
  if (maxWords <= 0) return out;
  for (let i = 0; i < tokens.length; ) {
    const first = i;
    let k = i;
    if (tokens[k]?.text.toLowerCase() === "the") k++;
    const words: string[] = first < k ? ["THE"] : [];
    let proper = false;
    let last = -1;
    while (k < tokens.length && !covered.has(k)) {
      const t = tokens[k]!;
      const w = t.text.toLowerCase();
      if (isNounish(t)) {
        proper ||= t.pos === "PROPN" && !TIME_WORDS.has(w);
        if (TIME_WORDS.has(w)) break;
        words.push(t.text.toUpperCase());
        last = k;
      } else if ((w === "'s" || w === "of") && last === k - 1 && tokens[k + 1] && isNounish(tokens[k + 1]!)) {
        if (w === "of") words.push("OF");
      } else break;
      k++;
    }
    const touches = covered.has(first - 1) || covered.has(last + 1);
    if (last >= first && proper && !touches && words.length <= maxWords && !covered.has(first))
      // PETRARCH writes a new actor's code as its quoted words, apart from dictionary codes.
      out.push({ codes: [`"${words.join(" ")}"`], first, last, anonymous: false });
    i = Math.max(k, first + 1);
  }
  return out;
}
