// Reported speech read for the clause: "We will not tolerate attacks on Gondor," the Arnorian
// minister said: a first-person subject inside a quotation is its speaker, named after it.
import type { CueMatch } from "./clause-analyse.ts";
import type { ActorGroup, SentenceView } from "./sentence-view.ts";

/** First-person subject pronouns: inside a quotation they stand for its speaker. */
const FIRST_PERSON = new Set(["we", "i"]);
const QUOTE_MARKS = new Set(['"', "“", "”", "‘", "’", "'"]);

/**
 * The speaker of a quotation whose clause at `start` has a first-person subject ("we",
 * "I"), named after the quotation ('..., "X said', '..., said X'); null otherwise. Only when a
 * quotation mark opens before the pronoun, so narration in the first person is left alone.
 */
export function firstPersonSpeaker(
  view: SentenceView,
  cues: readonly CueMatch[],
  start: number,
): ActorGroup | null {
  let k = start - 1;
  if (!FIRST_PERSON.has(view.words[k] ?? "")) return null;
  let quoted = false;
  for (let j = k - 1; j >= 0 && !quoted; j--) quoted = QUOTE_MARKS.has(view.words[j]!);
  if (!quoted) return null;
  for (const c of cues) {
    // A finite saying verb after the quotation: '"...," X said' or '"...," said X'.
    if (c.cue.kind !== "say" || c.first <= start || view.words[c.first]!.endsWith("ing")) continue;
    let before = c.first - 1;
    while (before > start && /^(ADV|AUX)$/.test(view.tokens[before]!.pos)) before--;
    const g = view.groupAt[before];
    if (g) {
      // '..., the Arnorian minister said': the speaker's phrase follows the closing quotation.
      let lead = g.first - 1;
      while (lead > start && /^(DET|ADJ)$/.test(view.tokens[lead]!.pos)) lead--;
      return QUOTE_MARKS.has(view.words[lead] ?? "") || view.words[lead] === "," ? g : null;
    }
    if (QUOTE_MARKS.has(view.words[before] ?? "") || view.words[before] === ",") {
      k = c.last + 1;
      while (view.tokens[k]?.pos === "DET" || view.tokens[k]?.pos === "ADJ") k++;
      const after = view.groupAt[k];
      if (after && after.first === k) return after;
    }
    return null;
  }
  return null;
}
