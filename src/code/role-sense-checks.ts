// Whether a drafted event's code fits who does it and how the trigger is used: the checks that
// catch a trigger read in its event sense when the clause shows another ("the story demonstrates
// the danger", "police blocked the road", "warned residents to boil water", "students travelled to
// Mexico"). Each looks only at the actors' roles and the words right after the trigger.
import type { Actor, SentenceView } from "./sentence-view.ts";

/** Organs of a state, agencies of IGOs: they do not march, block roads or go on hunger strike. */
const STATE_ORGANS = /(GOV|MIL|COP|JUD|LEG|SPY)$/;
/** Private people: their journeys are no visits CAMEO codes (042/043 are official visits). */
const PRIVATE_ROLES = /^([A-Z]{3})?(CVL|REF|EDU|LAB|MED|BUS)$/;

/** Protest codes that describe a crowd's act: demonstrate, hunger strike, riot. */
const CROWD_PROTEST = /^14[125]/;
/** Obstruct or block (144): a crowd's protest, or a state organ's coercion ("police blocked protesters"). */
const OBSTRUCT = /^144/;
/** Travel codes: make a visit, host a visit. */
const VISIT = /^04[23]/;
/** Words after "demonstrate" that make it "show" (a direct object or a clause): "demonstrates the danger", "demonstrated that". */
const SHOWS = /^(DET|PRON|SCONJ|ADJ|NOUN|NUM)$/;
/** Verbs that are the demonstration itself (not "stage" or "hold", whose object is the protest). */
const MARCH_VERBS = new Set(["demonstrate", "march"]);

function isStateOrgan(a: Actor): boolean {
  return a.code.startsWith("IGO") || STATE_ORGANS.test(a.code);
}

/** Why a reading does not fit, and the code that does when the act is another one CAMEO codes. */
export interface Misfit {
  readonly why: string;
  readonly recode?: string;
}

/**
 * Why this reading of the trigger does not fit its actors or its clause, or null when it may.
 * `anchor`/`last`: the trigger's first and last token; `code`: the drafted CAMEO code.
 */
export function roleSenseMisfit(
  view: SentenceView,
  anchor: number,
  last: number,
  code: string,
  source: Actor,
  target: Actor | null,
): Misfit | null {
  if (CROWD_PROTEST.test(code) && isStateOrgan(source))
    return {
      why: `a crowd's protest (${code}) by a state organ (${source.code}): another sense of the word`,
    };
  if (OBSTRUCT.test(code) && isStateOrgan(source))
    return { why: `a state organ (${source.code}) that blocks coerces, it does not protest`, recode: "170" };
  // The word right after the marching verb itself: a pattern that goes on past it ("demonstrated
  // against the tax law") ends on a noun whose next word says nothing about the verb.
  const afterVerb = MARCH_VERBS.has(view.lemmas[anchor] ?? "") ? anchor + 1 : last + 1;
  if (code.startsWith("141") && SHOWS.test(view.tokens[afterVerb]?.pos ?? ""))
    return {
      why: `"${view.tokens[anchor]!.text}" with an object or a clause is "show", not a demonstration`,
    };
  if (VISIT.test(code) && PRIVATE_ROLES.test(source.code))
    return { why: `a private person's journey (${source.code}), not an official visit` };
  // "warned residents to boil their water", "warned the WHO to be cautious": a warning to do
  // something is advice; CAMEO's threats (13) say what the threatener will do.
  if (code.startsWith("13") && /^(VERB)$/.test(view.tokens[anchor]!.pos)) {
    for (let k = last + 1; k < Math.min(view.tokens.length - 1, last + 8); k++) {
      const pos = view.tokens[k]!.pos;
      if (view.words[k] === "to" && /^(VERB|AUX)$/.test(view.tokens[k + 1]!.pos) && k > last + 1)
        return {
          why: `"${view.tokens[anchor]!.text} X to do" is advice or an appeal, not a threat`,
          recode: "020",
        };
      if (pos === "PUNCT" || pos === "VERB" || pos === "SCONJ") break;
    }
  }
  return null;
}
