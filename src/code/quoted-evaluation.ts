// Reported speech whose words come first and whose speaker comes after: '"Arnor has acted
// recklessly," the Gondorian minister said', 'Arnor's plan is illegal, said Gondor's envoy'. News
// attributes most comments this way, so the complement before the saying verb is read like the
// complement after it (evaluative-speech.ts), and the speaker named after the quotation, not the
// nearest actor before the verb (which is inside the quotation), is who made the comment.
import type { CueMatch } from "./clause-analyse.ts";
import type { ActorGroup, SentenceView } from "./sentence-view.ts";

const QUOTE_MARKS = new Set(['"', "“", "”", "‘", "’", "'", "``", "''"]);

/** A complement before its saying verb, and the speaker named after it. */
export interface FrontedComplement {
  /** The saying verb. */
  readonly verb: number;
  /** The complement's tokens, inclusive (quotation marks and the closing comma left out). */
  readonly from: number;
  readonly to: number;
  readonly speaker: ActorGroup;
}

/** Quotation marks and a comma that close a fronted complement, read back from `k`. */
function closeBefore(view: SentenceView, k: number): number | null {
  let j = k;
  let closed = false;
  while (j >= 0 && (QUOTE_MARKS.has(view.words[j]!) || view.words[j] === ",")) {
    closed = true;
    j--;
  }
  return closed ? j : null;
}

/**
 * The fronted complement of the saying verb at `verb` ('"…," X said', '…, said X'), or null when
 * the verb has none. The complement runs from the sentence's start (past an opening quotation
 * mark) to the comma or quotation mark before the speaker; the verb must end its clause (only a
 * time or place phrase may follow, not "that …": then the complement comes after it).
 */
export function frontedComplement(view: SentenceView, verb: number): FrontedComplement | null {
  const next = view.tokens[verb + 1];
  if (next && (next.pos === "SCONJ" || view.words[verb + 1] === "that")) return null;
  let speaker: ActorGroup | null = null;
  let end: number | null = null;
  let before = verb - 1;
  while (before > 0 && /^(ADV|AUX)$/.test(view.tokens[before]!.pos)) before--;
  const g = view.groupAt[before];
  if (g) {
    // '…, the Arnorian minister said': the speaker's phrase follows the closing comma or quote.
    let lead = g.first - 1;
    while (lead > 0 && /^(DET|ADJ)$/.test(view.tokens[lead]!.pos)) lead--;
    end = closeBefore(view, lead);
    speaker = g;
  } else {
    // '…," said the Arnorian minister': the speaker follows the verb.
    end = closeBefore(view, verb - 1);
    let k = verb + 1;
    while (k < view.tokens.length && /^(DET|ADJ)$/.test(view.tokens[k]!.pos)) k++;
    const after = view.groupAt[k];
    speaker = after && after.first === k ? after : null;
  }
  if (!speaker || end === null) return null;
  let from = 0;
  while (from < end && QUOTE_MARKS.has(view.words[from]!)) from++;
  if (from >= end) return null;
  // No other saying verb of the sentence governs the fronted words ('X said: "…," adding …').
  for (let k = from; k <= end; k++) if (view.words[k] === ":" || view.words[k] === ";") return null;
  return { verb, from, to: end, speaker };
}

/** Saying cues whose complement is fronted, with that complement. */
export function frontedComplements(
  view: SentenceView,
  cues: readonly CueMatch[],
  sayVerbs: ReadonlySet<string>,
): FrontedComplement[] {
  const out: FrontedComplement[] = [];
  for (const c of cues) {
    if (c.cue.kind !== "say" || !sayVerbs.has(view.lemmas[c.first]!)) continue;
    const f = frontedComplement(view, c.first);
    if (f) out.push(f);
  }
  return out;
}
