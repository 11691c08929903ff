// Drafts the events of one pattern match, in steps that each decide one thing: who acts and on
// whom, as the clause says (clause-participants.ts); in which code and how sure, as the cues and
// the verb group say (clause-modality.ts); whether the trigger is an event at all where it
// stands (a label, a topic, the object of another event: contextRejection); who the two sides
// finally are (settleSides: reciprocal, inverse and received patterns, what a code needs); and
// the pairs of actors the events join (clause-pairs.ts).
import { accusedInClause, criticisedInSpeech } from "./accused-clause.ts";
import { placeTarget, receivedFrom, receivedObject } from "./actor-roles.ts";
import { captorOfRelease } from "./captor-release.ts";
import type { CueMatch } from "./clause-analyse.ts";
import type { Draft, DraftContext, DraftState } from "./clause-draft-state.ts";
import { readModality } from "./clause-modality.ts";
import { pairDrafts } from "./clause-pairs.ts";
import { readParticipants } from "./clause-participants.ts";
import { FORCE_ROOTS, isTopic } from "./clause-scope.ts";
import { sharedObjectVerb } from "./coordinated-verbs.ts";
import { isArmed, namesObject } from "./draft-clause-reading.ts";
import { worryRecode } from "./evaluative-speech.ts";
import { isMutualPattern } from "./noun-parties.ts";
import { personNounTarget } from "./noun-targets.ts";
import type { PatternMatch } from "./pattern-match.ts";
import type { ActorGroup, SentenceView } from "./sentence-view.ts";

export type { Draft, DraftContext } from "./clause-draft-state.ts";

/**
 * The events one pattern match codes: source and target from the clause (subject, object,
 * passive agent, cue chain), the code as cues map it, modality and negation.
 */
export function draftsFor(
  ctx: DraftContext,
  view: SentenceView,
  m: PatternMatch,
  cues: readonly CueMatch[],
  reasons: string[],
  verbAnchors: readonly number[],
): Draft[] {
  const st = readParticipants(ctx, view, m, cues, reasons);
  if (!st) return [];
  if (!readModality(ctx, view, cues, st, reasons)) return [];
  const rejected = contextRejection(view, st, verbAnchors);
  if (rejected) {
    reasons.push(`${m.pattern.where}: "${m.pattern.text}" ${rejected}`);
    return [];
  }
  const sides = settleSides(ctx, view, st, reasons);
  if (!sides) return [];
  return pairDrafts(ctx, view, st, sides.source, sides.target, reasons);
}

/**
 * Why the trigger is no event where it stands, or null: a verb that labels its object, a noun that
 * is the topic of a discussion, a noun event inside the object of another coded event.
 */
function contextRejection(view: SentenceView, st: DraftState, verbAnchors: readonly number[]): string | null {
  const { m, verbal, anchor, target, nounAgent } = st;
  // "called Omar a 'terrorist'", "called the bill a throwback": a verb with an object and its
  // complement names or labels; it is no call, visit or meeting with the object.
  if (verbal && target && m.pattern.code.startsWith("04") && namesObject(view, target.last))
    return `labels its object here ("called X a ..."), no contact`;
  if (!verbal && isTopic(view, anchor)) return "is the topic of a discussion, not an event";
  // "China condemned the attack on India": a nominal event in the object of another coded verb
  // has no known source of its own.
  const subject = st.source;
  // ... and so has one found after such a verb unless it modifies the noun ("Israeli air strikes").
  const modifies = (g: ActorGroup) =>
    view.tokens
      .slice(g.last + 1, anchor)
      .every((t) => t.pos !== "ADP" && t.pos !== "VERB" && t.pos !== "PUNCT");
  // ("condemned an attack by Osgiliath soldiers": the attack is what is condemned, coded as the
  // target of the condemnation, as PETRARCH and CAMEO's coders read it.)
  const objectOf = (v: number) =>
    v < anchor && view.tokens.slice(v + 1, anchor).every((t) => !/^(PUNCT|SCONJ|VERB|AUX)$/.test(t.pos));
  if (nounAgent && verbAnchors.some(objectOf)) return "is inside the object of another event";
  if (
    !verbal &&
    !nounAgent &&
    subject &&
    verbAnchors.some((v) => (v > subject.last && v < anchor) || (v < subject.first && !modifies(subject)))
  )
    return "is inside the object of another event";
  return null;
}

/**
 * The final source and target: a reciprocal event's parties named after it, an inverse pattern's
 * actor, a received act's doer, a place as the target of force; null (with a reason) when the
 * event lacks a side its pattern or code needs.
 */
function settleSides(
  ctx: DraftContext,
  view: SentenceView,
  st: DraftState,
  reasons: string[],
): { source: ActorGroup; target: ActorGroup | null } | null {
  const { m, verbal, anchor, chain } = st;
  let { source, target } = st;
  let code = st.code;
  // "The meeting between Egypt and Sudan": a reciprocal event whose parties are all named after it;
  // "Cairo hosted talks between Gondor and Arnor": the host is no party to the talks.
  const between = target !== null && view.words[target.first - 1] === "between";
  // "a pause in fighting between Israel and Hamas": a trigger right before its own "between" is the
  // event noun of a reciprocal pattern ("fighting|clashes between +"), even where the tagger reads
  // it as a verb ("fighting", "clashes"); the clause's subject (who calls for the pause) is no side.
  const nounBetween = between && m.first + 1 === target!.first - 1;
  // (Not when an appeal or demand names them: "called on A and B to agree a ceasefire" is the
  // caller's appeal to each.)
  const addressed = chain.some((g) => g.match.cue.kind === "appeal" || g.match.cue.kind === "demand");
  if (
    (!source || (between && (!verbal || nounBetween))) &&
    !addressed &&
    m.pattern.reciprocal &&
    target &&
    target.members.length > 1
  ) {
    source = target;
    target = null;
  }
  // "@inverse" ("faces charges in the US", "came under fire from X"): the actor the pattern took
  // acts; a subject that names no actor (a pronoun, an unknown person) leaves the act without a
  // known target, not without its doer.
  if (!source && m.pattern.inverted && m.targets[0]) {
    source = m.targets[0];
    target = null;
  }
  // "drew criticism from the opposition": the subject receives the act; its doer comes "from".
  const received =
    m.pattern.inverted || m.pattern.undergone
      ? undefined
      : (receivedFrom(view, m.first, m.last) ?? receivedObject(view, m.first, m.last));
  if (received) {
    if (!received.doer) {
      reasons.push(
        `${m.pattern.where}: "${m.pattern.text}" is received by its subject; no doer named ("from ...")`,
      );
      return null;
    }
    target = source;
    source = received.doer;
  }
  // "was sentenced to 50 weeks", "is serving a prison term": an act only an institution does,
  // with no doer named, is that institution's (implied-agents.ts).
  if (m.pattern.undergone) {
    target = source;
    source = null;
  }
  // "killed two tribesmen", "praised the candidate", "two journalists were arrested": people an
  // ordinary noun phrase names are the target when no actor stands there (noun-targets.ts).
  // Such a target only fills the side of an event that fires anyway: a pattern that needs an
  // actor for its sense (@dyad, a reciprocal, a code done to someone, force) still needs one, as
  // a common noun confirms no sense a named actor would ("meet the people", "threaten users").
  let nounTarget: ActorGroup | null = null;
  if (!target && verbal && !m.pattern.inverted && !received && ctx.nounTargets) {
    // ("assault and murder two tribesmen": the object of the verb coordinated after it, too.)
    const sharing = st.passive ? -1 : sharedObjectVerb(view, m.last);
    const last = sharing >= 0 ? sharing : m.last;
    const found = personNounTarget(view, st.start, last, st.passive, ctx.nounTargets, reasons, {
      anchor,
      code,
      docCountries: ctx.docCountries,
    });
    if (found) {
      target = nounTarget = found.group;
      reasons.push(`${m.pattern.where}: ${found.why}`);
    }
  }
  // (An @undergone pattern names the act whoever undergoes it: "he faces charges in Sweden" is
  // Sweden's charge even when "he" is no known actor; a bare passive needs its undergoer.)
  // ("the arrest of the opposition leader", "the deportation of refugees": a noun of such an act
  // whose pattern took the undergoer in, with no agent of its own, is the implied body's too.)
  const agentlessNoun = !st.verbal && !st.nounAgent && target !== null && m.targets.includes(target);
  if (
    !source &&
    (target || m.pattern.undergone) &&
    (st.passive || m.pattern.undergone || agentlessNoun) &&
    ctx.implied
  ) {
    const implied = ctx.implied(view, anchor, m.last, code, target);
    if (implied) {
      source = implied.group;
      reasons.push(`${m.pattern.where}: ${implied.why}`);
    }
  }
  // "hostages who had been held by the rebels were released": the captors let them go.
  if (!source && target && st.passive && ctx.captivityVerbs?.size) {
    const captor = captorOfRelease(view, code, anchor, ctx.captivityVerbs);
    if (captor && captor.group !== target) {
      source = captor.group;
      reasons.push(`${m.pattern.where}: ${captor.why}`);
    }
  }
  if (!source) {
    reasons.push(
      `${m.pattern.where}: "${m.pattern.text}" fired but no source actor${st.passive ? " (passive without agent)" : ""}`,
    );
    return null;
  }
  // "X alleges that the company falsified ...": an accusation aimed at its clause's subject. (A
  // past form the tagger read as an adjective, "Britain alleged/ADJ that Russia had ...", is the
  // verb here too: accusedInClause asks for a that-clause with its own subject and verb.)
  const accusing = verbal || view.tokens[anchor]!.pos === "ADJ";
  // (Complaints and criticism whose content is such a clause too: "complained that Arnor had".)
  if (!target && accusing && /^11[0-4]/.test(code)) target = accusedInClause(view, m.last);
  // "criticised the statement, saying the president was out of touch": the speech names whom.
  if (!target && verbal && /^11[0-3]/.test(code)) target = criticisedInSpeech(view, m.last, source);
  // "A and B exchanged fire, killing two soldiers": whose soldiers is not said; the participle
  // only adds to the main event.
  if (st.participle && source.members.length > 1 && target?.members.every((a) => view.bareAgents.has(a)))
    target = null;
  if (!target && FORCE_ROOTS.has(code.slice(0, 2)))
    target = placeTarget(view, anchor, source, ctx.docCountries);
  // (But an intent to use force, "decided to kill", "want to engage", names whom it is aimed at
  // or is no event: the codebook's 138x are threats against someone.)
  const forceIntent =
    FORCE_ROOTS.has(m.pattern.code.slice(0, 2)) &&
    chain.some((g) => g.match.cue.kind === "intent") &&
    !chain.some((g) => g.match.cue.kind === "threaten");
  // Concern voiced about no actor is a pessimistic comment (012), not a disapproval (11x).
  // (Concern for people a common noun names, "the victims", is no disapproval of them.)
  code = st.code = worryRecode(view, m, code, target === nounTarget ? null : target);
  // "@dyad": an arrest, a visit, an accusation is done to someone; without a target the word
  // is used in another sense ("arrested development") or names no event between actors.
  // A reciprocal event (meet, negotiate) takes two sides: a target, or a subject of two actors;
  // "the company can meet demand" has one. An event of a code done to someone
  // (needs-target.tsv) has a target too.
  // (A refusal or threat to meet is an event of its own, whoever the other side is. An intent
  // to meet is not: "the party congress is set to meet", "lawmakers prepare to meet again" say
  // a body will sit, and CAMEO's 036 is an intent to meet another side.)
  const intentOnly =
    m.pattern.reciprocal &&
    code.startsWith("03") &&
    chain.some((g) => g.match.cue.kind === "intent") &&
    !chain.some((g) => g.match.cue.kind !== "intent");
  if (
    (m.pattern.dyad ||
      m.pattern.reciprocal ||
      (ctx.rules.needsTarget(code) && source.members.every((a) => view.bareAgents.has(a)))) &&
    (!target || target === nounTarget) &&
    (code === m.pattern.code || intentOnly) &&
    // (A mutual event, a call or a deal, done by a list of parties is done between them.)
    !(isMutualPattern(m.pattern) && source.members.length > 1)
  ) {
    reasons.push(
      `${m.pattern.where}: "${m.pattern.text}" needs ${m.pattern.reciprocal ? "two sides" : "a target"} and none was found`,
    );
    return null;
  }
  if (forceIntent && (!target || target === nounTarget)) {
    reasons.push(`${m.pattern.where}: "${m.pattern.text}" is an intent to use force against no one named`);
    return null;
  }
  if (m.pattern.armed && (!target || target === nounTarget) && !source.members.some(isArmed)) {
    reasons.push(`${m.pattern.where}: "${m.pattern.text}" names force only with a target or an armed source`);
    return null;
  }
  // "Thousands protested in Cairo against price rises": a protest with no object named is aimed at
  // the protesters' own government (implied-targets.ts), as the audit's judges code it.
  if (!target && ctx.impliedTarget) {
    const implied = ctx.impliedTarget(view, anchor, code, source);
    if (implied) {
      target = implied.group;
      reasons.push(`${m.pattern.where}: ${implied.why}`);
    }
  }
  if (!target) st.confidence -= 0.2;
  return { source, target };
}
