// The one accused or criticised in the clause that says what the accusation or criticism is:
// "the government alleges that the company falsified the results", "Kenya charged that Ugandan
// troops had crossed the border", "X alleged that Gondor's envoy had lied" (the possessor of the
// clause's subject), and "X criticised the statement, saying the president was out of touch" (the
// speech after a criticism names whom it is aimed at). Without it the event would have no target
// although the sentence names one.
import type { ActorGroup, SentenceView } from "./sentence-view.ts";

/** Words that may come between the clause's "that" and its subject ("that the", "that its own"). */
const LEAD = /^(DET|ADJ|NUM|PRON)$/;
/** Prepositions that may follow a possessed subject's noun ("Gondor's call with Arnor was ..."). */
const NOUN_PREPOSITIONS = new Set(["with", "of", "to", "on", "in", "for", "against"]);
/** Verbs of saying that introduce a criticism's content after a comma (", saying ..."). */
const SAYING = new Set([
  "saying",
  "adding",
  "arguing",
  "claiming",
  "charging",
  "insisting",
  "noting",
  "stating",
]);

/** Modal verbs of possibility and prediction. */
const MODALS = new Set(["could", "would", "may", "might", "can", "will", "should", "'ll", "’ll"]);

/** Whether the word at `k` is a possessive "'s". */
function isPossessive(view: SentenceView, k: number): boolean {
  return view.words[k] === "'s" || view.words[k] === "’s";
}

/**
 * The index of the verb that makes the group at `g` a clause's subject: right after it, after
 * adverbs, or after "'s" and the possessed noun ("Gondor's envoy had", "Gondor's call with the
 * Arnorian king was"); else -1.
 */
function subjectVerb(view: SentenceView, g: ActorGroup): number {
  const n = view.tokens.length;
  let v = g.last + 1;
  if (isPossessive(view, v)) {
    v++;
    while (v < n && /^(ADJ|NOUN|PROPN)$/.test(view.tokens[v]!.pos)) v++;
    // (A short prepositional phrase after the possessed noun: "call with his counterpart".)
    if (NOUN_PREPOSITIONS.has(view.words[v] ?? "")) {
      const end = Math.min(n, v + 6);
      let k = v + 1;
      while (k < end && /^(DET|PRON|ADJ|NOUN|PROPN|NUM)$/.test(view.tokens[k]!.pos)) k++;
      v = k;
    }
  }
  while (v < n && view.tokens[v]!.pos === "ADV") v++;
  return /^(VERB|AUX)$/.test(view.tokens[v]?.pos ?? "") ? v : -1;
}

/**
 * The subject of the clause right after token `last` (after an optional "that"), when it is an
 * actor (or the possessor of the subject's noun) and a verb follows it; else null.
 */
export function accusedInClause(view: SentenceView, last: number): ActorGroup | null {
  let k = last + 1;
  if (view.words[k] === "that") k++;
  else if (view.words[k] === ",") return null;
  while (k < view.tokens.length && !view.groupAt[k] && LEAD.test(view.tokens[k]!.pos)) k++;
  const g = view.groupAt[k];
  if (!g || g.first !== k) return null;
  // (The group must be the clause's subject: a verb or auxiliary follows it, maybe after "'s"
  // or an adverb: "the company had copied", "police are", "Uganda secretly armed".)
  return subjectVerb(view, g) >= 0 ? g : null;
}

/**
 * "criticised the statement, saying the president was out of touch": the first actor other than
 * `source` that is the subject of a clause in the speech after the criticism (", saying ...",
 * within a few words of the trigger's end `last`); else null.
 */
export function criticisedInSpeech(view: SentenceView, last: number, source: ActorGroup): ActorGroup | null {
  const n = view.tokens.length;
  let k = last + 1;
  // The comma must end the trigger's own short clause: no verb or other clause before it.
  for (; k < Math.min(n, last + 10); k++) {
    if (view.words[k] === ",") break;
    if (/^(VERB|AUX|SCONJ)$/.test(view.tokens[k]!.pos)) return null;
  }
  if (view.words[k] !== "," || !SAYING.has(view.words[k + 1] ?? "")) return null;
  for (let i = k + 2; i < n && view.words[i] !== ";"; i++) {
    const g = view.groupAt[i];
    if (!g || g.first !== i) continue;
    const same = g.members.every((a) => source.members.some((s) => s.code === a.code));
    // (Not a forecast: "saying French farmers would suffer" names who may be hurt, not whom.)
    const v = same || view.tokens[i]!.pos === "PRON" ? -1 : subjectVerb(view, g);
    if (v >= 0 && !MODALS.has(view.words[v]!)) return g;
    i = g.last;
  }
  return null;
}
