// Whether a drafted event's code fits who does it and how the trigger is used: the checks that
// catch a trigger read in its event sense when the clause shows another ("the story demonstrates
// the danger", "police blocked the road", "warned residents to boil water", "students travelled to
// Mexico", "thousands of Venezuelans arrived in Brazil"). Each looks only at the actors' roles, how
// they are named and the words right after the trigger.
import type { DraftedEvent } from "./drafted-event.ts";
import type { Actor } from "./sentence-view.ts";

/** Organs of a state, agencies of IGOs: they do not march, block roads or go on hunger strike. */
const STATE_ORGANS = /(GOV|MIL|COP|JUD|LEG|SPY)$/;
/** Private people: their journeys are no visits CAMEO codes (042/043 are official visits). */
const PRIVATE_ROLES = /^([A-Z]{3})?(CVL|REF|EDU|LAB|MED|BUS)$/;

/**
 * Codes only policy makers and authorities do: consider a policy option, grant diplomatic
 * recognition, impose administrative sanctions, arrest, expel or deport, repress.
 */
const POLICY_ACTS = /^(014|054|17[2-5])/;
/** Private people, firms and trades (CAMEO sectors), with or without a country. */
const PRIVATE_OR_TRADE = /^([A-Z]{3})?(CVL|REF|EDU|LAB|MED|BUS|AGR|HLH)$/;
/** The public at large (civilians, refugees): "residents", "people", "the public". */
const PUBLIC_AT_LARGE = /^([A-Z]{3})?(CVL|REF)$/;

/** Hospitals, doctors and nurses (CAMEO HLH), with or without a country. */
const HEALTH_ROLE = /^([A-Z]{3})?HLH$/;

/** Protest codes that describe a crowd's act: demonstrate, hunger strike, riot. */
const CROWD_PROTEST = /^14[125]/;
/** Obstruct or block (144): a crowd's protest, or a state organ's coercion ("police blocked protesters"). */
const OBSTRUCT = /^144/;
/** Police and courts (CAMEO COP, JUD), with or without a country. */
const LAW_ENFORCERS = /^([A-Z]{3})?(COP|JUD)$/;
/** Who interrogates: police, courts and prosecutors, intelligence services. */
const INTERROGATORS = /^([A-Z]{3})?(COP|JUD|SPY)$/;
/** Verbs that are interrogation only in such hands ("the senator questioned the plan" challenges it). */
const QUESTIONING = new Set(["question", "grill"]);
/** Courts (CAMEO JUD), with or without a country. */
const COURTS = /^([A-Z]{3})?JUD$/;
/** Verbs of dismissing a case: a court's ruling against a claim, or a party dropping its own. */
const DISMISSING = new Set(["dismiss", "quash", "throw", "toss"]);
/** Legal claims a court rules on. */
const LEGAL_CLAIMS = new Set(["lawsuit", "suit", "case", "petition", "motion", "complaint", "challenge"]);
/** Travel codes: make a visit, host a visit. */
const VISIT = /^04[23]/;
/** Words after "demonstrate" that make it "show" (a direct object or a clause): "demonstrates the danger", "demonstrated that". */
const SHOWS = /^(DET|PRON|SCONJ|ADJ|NOUN|NUM)$/;
/**
 * Verbs that are the demonstration itself (not "stage" or "hold", whose object is the protest):
 * the word after the verb decides, not the word after an optional preposition the pattern took
 * ("rallied against the dam" is a rally; "rallied support" is not).
 */
const MARCH_VERBS = new Set(["demonstrate", "march", "rally"]);
// Demonstrating verbs whose object is the site protested at, not a thing shown ("picketed the
// embassy", picket.v.1): an object does not make them "show".
const SITE_OBJECT = new Set(["picket"]);
// Verbs of a crowd coming together (WordNet gather.v.3 "assemble", converge, congregate, camp,
// throng, flock): a demonstration only when those who gather are named as protesters
// ("protesters gathered in the square"), not officials gathering for a summit.
const GATHERING = new Set(["gather", "assemble", "converge", "congregate", "camp", "throng", "flock"]);
/** An actor named by a word for people who protest ("Iran protesters", "striking workers"). */
const PROTESTER_NAME =
  /\b(protesters?|protestors?|demonstrators?|marchers?|rioters?|strikers?|picketers?|dissidents?)$/i;

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
export function roleSenseMisfit(drafted: DraftedEvent): Misfit | null {
  const { view, anchor, last, code, source, target } = drafted;
  if (CROWD_PROTEST.test(code) && isStateOrgan(source))
    return {
      why: `a crowd's protest (${code}) by a state organ (${source.code}): another sense of the word`,
    };
  if (OBSTRUCT.test(code) && isStateOrgan(source))
    return { why: `a state organ (${source.code}) that blocks coerces, it does not protest`, recode: "170" };
  // The word right after the marching verb itself: a pattern that goes on past it ("demonstrated
  // against the tax law") ends on a noun whose next word says nothing about the verb.
  const afterVerb = MARCH_VERBS.has(view.lemmas[anchor] ?? "") ? anchor + 1 : last + 1;
  if (code.startsWith("141") && GATHERING.has(view.lemmas[anchor] ?? "") && !PROTESTER_NAME.test(source.name))
    return {
      why: `"${view.tokens[anchor]!.text}" by ${source.code} who are not named as protesters: a gathering, no demonstration`,
    };
  if (
    code.startsWith("141") &&
    !SITE_OBJECT.has(view.lemmas[anchor] ?? "") &&
    SHOWS.test(view.tokens[afterVerb]?.pos ?? "")
  )
    return {
      why: `"${view.tokens[anchor]!.text}" with an object or a clause is "show", not a demonstration`,
    };
  if (code === "090" && QUESTIONING.has(view.lemmas[anchor] ?? "") && !INTERROGATORS.test(source.code))
    return {
      why: `"${view.tokens[anchor]!.text}" by ${source.code} challenges or asks; only police, courts and intelligence interrogate`,
    };
  if (code === "120" && DISMISSING.has(view.lemmas[anchor] ?? "") && !COURTS.test(source.code)) {
    const claims = view.lemmas.slice(anchor + 1, last + 1).some((l) => LEGAL_CLAIMS.has(l));
    if (claims)
      return {
        why: `${source.code} dismissing a legal claim drops its own: only a court's dismissal rejects another's`,
      };
  }
  // CAMEO 192 is taking territory by force; police or a court that seize something confiscate it.
  if (code.startsWith("192") && LAW_ENFORCERS.test(source.code))
    return { why: `seizing by ${source.code} is confiscation, not occupying territory`, recode: "1711" };
  if (VISIT.test(code) && PRIVATE_ROLES.test(source.code))
    return { why: `a private person's journey (${source.code}), not an official visit` };
  // "52,000 Venezuelans have arrived in Brazil", "Russians travelling to the UK": a country named
  // by the plural of its people is its people, whose journeys are migration and travel.
  if (VISIT.test(code) && namedByItsPeople(view, source))
    return {
      why: `${source.code} is named by its people ("${peopleWord(view, source)}"): their journey is no official visit`,
    };
  // "growers charged that the rule would harm them": an arrest or a charge (17) whose verb opens a
  // that-clause reports a claim, an accusation (112), not a legal act on someone
  // (read before the policy-act check: anyone may make an accusation).
  if (code.startsWith("17") && view.tokens[anchor]!.pos === "VERB" && view.words[last + 1] === "that")
    return { why: `"${view.tokens[anchor]!.text} that ..." states a claim, an accusation`, recode: "112" };
  // "many people consider it ineffective", "the company is pondering licensing", "voters purged
  // Congress": CAMEO's "consider policy option" (014), "grant diplomatic recognition" (054) and the
  // coercion of authorities (172-175: sanctions, arrests, deportations, repression) are acts of
  // those who make policy or enforce it; a private person's or a firm's is another sense.
  if (POLICY_ACTS.test(code) && PRIVATE_OR_TRADE.test(source.code))
    return {
      why: `${code} is a policy maker's act; a private person or firm (${source.code}) is another sense`,
    };
  // "a trip to Walter Reed hospital for an exam": going to a hospital or a doctor is a matter of
  // health; CAMEO's visits are made to a political actor, who hosts them.
  if (VISIT.test(code) && target && HEALTH_ROLE.test(target.code))
    return {
      why: `a visit to a hospital or doctor (${target.code}) is a health matter, not an official visit`,
    };
  // "warned residents to boil their water", "warned the WHO to be cautious": a warning to do
  // something is advice; CAMEO's threats (13) say what the threatener will do.
  if (code.startsWith("13") && /^(VERB)$/.test(view.tokens[anchor]!.pos)) {
    for (let k = last + 1; k < Math.min(view.tokens.length - 1, last + 8); k++) {
      const pos = view.tokens[k]!.pos;
      if (view.words[k] === "to" && /^(VERB|AUX)$/.test(view.tokens[k + 1]!.pos) && k > last + 1)
        // (Told to the public, "warned residents to stay indoors", it is public advice,
        // which the audit guideline does not code: no appeal to a political actor.)
        return target && PUBLIC_AT_LARGE.test(target.code)
          ? {
              why: `"${view.tokens[anchor]!.text} X to do" told to the public (${target.code}) is advice, no appeal to an actor`,
            }
          : {
              why: `"${view.tokens[anchor]!.text} X to do" is advice or an appeal, not a threat`,
              recode: "020",
            };
      if (pos === "PUNCT" || pos === "VERB" || pos === "SCONJ") break;
    }
  }
  // "I was bombarded by the media", "the press attacked the minister": the media bear no arms;
  // their force is words (criticism when aimed at someone, else no act CAMEO codes).
  if (FORCE.test(code) && MEDIA.test(source.code))
    return target
      ? { why: `force (${code}) by the media (${source.code}) is in words: criticism`, recode: "111" }
      : { why: `force (${code}) by the media (${source.code}) is in words, at no one named` };
  // "thanks to the rain", "complained of chest pains": a complex preposition, an ailment.
  const idiom = IDIOMS.get(view.words[anchor]!);
  if (idiom && view.words[anchor + 1] === idiom.next && (!idiom.root || code.startsWith(idiom.root)))
    return { why: `"${view.tokens[anchor]!.text} ${idiom.next}" ${idiom.is}` };
  // "she blasted off", "the crowd fired away": a verb with a particle of motion is another verb.
  if (
    VERBAL_CONFLICT.test(code) &&
    view.tokens[anchor]!.pos === "VERB" &&
    MOTION_PARTICLES.has(view.words[anchor + 1] ?? "")
  )
    return {
      why: `"${view.tokens[anchor]!.text} ${view.words[anchor + 1]}" is a verb of motion, not ${code}`,
    };
  return null;
}

/** Physical force: assault, fight, mass violence (CAMEO 18-20). */
const FORCE = /^(18|19|20)/;
/** The media (CAMEO MED), with or without a country. */
const MEDIA = /^([A-Z]{3})?MED$/;

/** Verbal conflict: disapprove, reject, accuse, threaten (CAMEO 11-13). */
const VERBAL_CONFLICT = /^1[123]/;
/** Particles that turn a verb into one of motion: "blast off", "fire away". */
const MOTION_PARTICLES = new Set(["off", "away"]);

/**
 * Trigger words that, with the word after them, are no event: "thanks to" is a preposition
 * ("because of"), "complain of" names an ailment (an official complaint is "about" or "to").
 */
const IDIOMS = new Map<string, { next: string; root?: string; is: string }>([
  ["thanks", { next: "to", is: 'is a preposition ("because of"), not thanks' }],
  ["complained", { next: "of", root: "11", is: "names an ailment, not a complaint" }],
  ["complains", { next: "of", root: "11", is: "names an ailment, not a complaint" }],
  ["complaining", { next: "of", root: "11", is: "names an ailment, not a complaint" }],
]);

/** A capitalised plural word ("Venezuelans", "Israelis"); not an abbreviation ("US"). */
const PEOPLE_PLURAL = /^[A-Z][a-z]+s$/;

/** The last word of an actor's mention in the sentence, or null. */
function peopleWord(view: DraftedEvent["view"], actor: Actor): string | null {
  let word: string | null = null;
  for (const t of view.tokens) if (t.start >= actor.start && t.end <= actor.end) word = t.text;
  return word;
}

/**
 * Whether a bare country (a code of three letters) is named here by the plural of its people's
 * name ("Venezuelans" for VEN), not by the country's own name ("the Philippines", "the US").
 */
function namedByItsPeople(view: DraftedEvent["view"], actor: Actor): boolean {
  if (actor.code.length !== 3) return false;
  const word = peopleWord(view, actor);
  return word !== null && PEOPLE_PLURAL.test(word) && !actor.name.toLowerCase().includes(word.toLowerCase());
}
