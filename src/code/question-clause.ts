// "Couldn't the Department of Defense make similar demands of any firm?", "will the central bank
// ease, and add to demand?", "What would Gondor gain by attacking Arnor?": a question asks whether
// an act happens; it asserts none (bench/audit/GUIDELINES.md codes what a sentence asserts or
// reports). A trigger inside a yes/no question (a segment that opens with an auxiliary or a modal)
// or a question about who or what is hypothetical. "Why" and "when" questions presuppose their
// act ("Why did Gondor attack Arnor?") and stay; so does the verb that introduces a quoted question
// ('"Is this fair?" she asked the minister').
import type { SentenceView } from "./sentence-view.ts";

/** Words that open a question about a participant or an amount, not about a known act's reason. */
const QUESTION_WORDS = new Set(["who", "whom", "what", "which", "whether"]);
/** Marks that open a quotation or end a segment of a question. */
const OPENERS = new Set(['"', "“", "‘", "'", "«", ",", ";", ":", "(", "—", "–"]);
/** Conjunctions and adverbs that may come before the question's auxiliary ("so will the bank ..."). */
const LEADS = new Set(["so", "and", "but", "then", "or", "now", "yet"]);

/** Whether the token at `anchor` lies in a question that does not assert its act. */
export function inQuestion(view: SentenceView, anchor: number): boolean {
  const n = view.tokens.length;
  let end = -1;
  for (let k = anchor + 1; k < n; k++) {
    const w = view.words[k]!;
    if (w === "?") {
      end = k;
      break;
    }
    // A full stop or a closing quotation mark before any "?" ends the span: the act is outside.
    if (w === "." || w === "!" || w === "”" || (w === '"' && k > anchor + 1)) return false;
  }
  if (end < 0) return false;
  // The question opens at the sentence start or an opening quotation mark before the trigger.
  let start = 0;
  for (let k = anchor - 1; k >= 0; k--)
    if (view.words[k] === '"' || view.words[k] === "“") {
      start = k + 1;
      break;
    }
  // Any segment of the question (after its start, a comma or a colon) that opens with an
  // auxiliary, or a question word, makes it one that asks.
  for (let k = start; k < end; k++) {
    if (k !== start && !OPENERS.has(view.words[k - 1]!)) continue;
    let j = k;
    while (j < end && LEADS.has(view.words[j]!)) j++;
    const t = view.tokens[j];
    if (!t) continue;
    if (t.pos === "AUX" && view.tokens[j + 1]?.pos !== "VERB") return true;
    if (QUESTION_WORDS.has(view.words[j]!)) return true;
    if (view.words[j] === "how" && /^(many|much)$/.test(view.words[j + 1] ?? "")) return true;
  }
  return false;
}
