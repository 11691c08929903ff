// The crowd sense of "demonstrate", "march", "rally", "gather" takes no object. WordNet gives the
// protest sense of demonstrate/march (demonstrate.v.3 "march in protest; take part in a
// demonstration") only the frames "Somebody ----s" and "Somebody ----s PP", and the lexicon's own
// 141 patterns put a preposition after these verbs ("demonstrate (against|outside|in) (+)",
// "gather (in|at|outside) (+)"). A noun phrase right after the verb is therefore its object, and the
// verb is used in another sense: "demonstrated its ability" (show), "demonstrated FidorSafe"
// (present), "rallied support" (muster), "gathered evidence" (collect). News uses these senses far
// more often than the protest one.
import { objectHead } from "./object-sense.ts";
import type { Pattern } from "./pattern-load.ts";
import type { SentenceView } from "./sentence-view.ts";
import { timePhraseEnd } from "./time-phrase.ts";

/** Demonstrations (141) by a crowd: the code whose verbs the lexicon writes without an object. */
const CROWD_PROTEST = "141";

/**
 * Verbs of the lexicon's crowd patterns: a 141 pattern that opens with the verb and follows it only
 * by an optional preposition and an optional target ("demonstrate|rally|march (against|in) (+)").
 */
export function crowdVerbsOf(patterns: readonly Pattern[]): Set<string> {
  const out = new Set<string>();
  for (const p of patterns) {
    if (p.code !== CROWD_PROTEST) continue;
    const [verb, preposition, target, ...rest] = p.elements;
    if (verb?.kind !== "word" || rest.length) continue;
    if (preposition?.kind !== "word" || !preposition.optional) continue;
    if (target && (target.kind !== "target" || !target.optional)) continue;
    for (const w of verb.words) if (!w.includes(" ")) out.add(w);
  }
  return out;
}

/**
 * Why a crowd verb is used in another sense here, or null: it is the clause's verb and a noun
 * phrase that names no actor follows it, past any time phrase ("demonstrated Sunday outside" keeps
 * its protest): a noun ("their support", "the new missile") or a name the annotator does not know
 * as an actor ("demonstrated FidorSafe").
 */
export function crowdVerbObjectMisfit(
  view: SentenceView,
  m: { readonly first: number; readonly last: number; readonly targets: readonly unknown[] },
  code: string,
  crowdVerbs: ReadonlySet<string>,
): string | null {
  const anchor = m.first;
  if (code !== CROWD_PROTEST || m.targets.length || m.last !== anchor) return null;
  if (view.tokens[anchor]!.pos !== "VERB" || !crowdVerbs.has(view.lemmas[anchor]!)) return null;
  const after = timePhraseEnd(view, anchor);
  const next = after + 1;
  const token = view.tokens[next];
  if (!token || view.groupAt[next]) return null;
  const named =
    token.pos === "PROPN" &&
    !view.mentions.some((x) => x.kind === "date" && x.start <= token.start && x.end > token.start);
  const head = named ? next : objectHead(view, after);
  if (head === null) return null;
  return `"${view.tokens[anchor]!.text}" has an object ("${view.tokens[head]!.text}"): the crowd sense takes none, another sense of the word`;
}
