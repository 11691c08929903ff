// Who does what a pattern match names, and to whom, read off its clause: the cues that govern
// the trigger, its subject (or a passive's by-agent, a participle's main subject, a noun's own
// agent), and its object. The first step of drafting; event-drafts.ts combines the steps.
import { mainSubject, participleOfThing, purposeOf, refineTarget } from "./actor-roles.ts";
import { adverbialGerundDoer, isAdverbialGerund } from "./adverbial-gerund.ts";
import { bareParticiplePassive } from "./bare-participle.ts";
import {
  type CueMatch,
  coordinatedPassiveBefore,
  isPassive,
  subjectBefore,
  verbGroupStart,
} from "./clause-analyse.ts";
import type { DraftContext, DraftState } from "./clause-draft-state.ts";
import { type Governor, governorOf } from "./clause-governor.ts";
import {
  addresseeFrom,
  adversaryInObject,
  agentOfObject,
  objectAfter,
  passiveAgent,
} from "./clause-objects.ts";
import { FORCE_ROOTS } from "./clause-scope.ts";
import { firstPersonSpeaker } from "./clause-speech.ts";
import { sharedObjectVerb } from "./coordinated-verbs.ts";
import { opensSentence, REACTION_ROOTS, subjectAfterComma } from "./draft-clause-reading.ts";
import { nounAgentOf } from "./noun-events.ts";
import { isMutualPattern } from "./noun-parties.ts";
import { isUndergoerAct, possessorBefore } from "./noun-undergoers.ts";
import type { PatternMatch } from "./pattern-match.ts";
import type { ActorGroup, SentenceView } from "./sentence-view.ts";
import { topicActor } from "./speech-topic.ts";
import { mainSubjectIsThing, mainVerbStart, sourceOutsideThingSubject } from "./thing-subject.ts";

/**
 * Words that open a complement clause when a pattern ends on them ("deny having"). Not "that":
 * what a "that" clause is about may name the other side ("hopeful that the talks with X").
 */
const COMPLEMENT_OPENERS = new Set(["having"]);

/** Roots of requests (appeal, demand): their addressee is whom the request is made of. */
const REQUEST_ROOTS = new Set(["02", "10"]);

/** The cues that govern the verb group starting at `start`, innermost first (at most four). */
export function cueChain(view: SentenceView, cues: readonly CueMatch[], start: number): Governor[] {
  const chain: Governor[] = [];
  for (let s = start; chain.length < 4; ) {
    const g = governorOf(view, cues, s);
    if (!g) break;
    chain.push(g);
    s = verbGroupStart(view, g.match.first);
  }
  return chain;
}

/**
 * The clause reading of a match: its cue chain, source and target as the clause gives them, and
 * the starting code, modality and confidence; null (with a reason) when the trigger only
 * modifies a noun that names no actor.
 */
export function readParticipants(
  ctx: DraftContext,
  view: SentenceView,
  m: PatternMatch,
  cues: readonly CueMatch[],
  reasons: string[],
): DraftState | null {
  const anchor = m.first;
  const verbal = /^(VERB|AUX)$/.test(view.tokens[anchor]!.pos);
  const start = verbGroupStart(view, anchor);
  const chain = cueChain(view, cues, start);
  if (verbal && !chain.length && participleOfThing(view, anchor, start)) {
    reasons.push(`${m.pattern.where}: "${m.pattern.text}" modifies the noun before it, which names no actor`);
    return null;
  }
  const subjectAt = (k: number): ActorGroup | null => {
    for (let j = k; j < chain.length; j++) {
      if (chain[j]!.inner) return chain[j]!.inner;
      // "said the talks had ...": the complement's subject is named but is no actor.
      // ("agreed that the two countries should ...": the parties who agree are the ones meant.)
      if (chain[j]!.nounSubject && chain[j]!.match.cue.kind !== "intent") return null;
    }
    const outer = chain.length ? verbGroupStart(view, chain[chain.length - 1]!.match.first) : start;
    // '"We will oppose it," the minister said': a first-person subject in a quotation is its speaker.
    return subjectBefore(view, outer) ?? firstPersonSpeaker(view, cues, outer);
  };
  // "an arrangement mediated by Qatar": a participle right after a noun, with its own by-agent,
  // is a reduced passive relative clause; the agent is its source and the noun no actor.
  const participleAfterNoun =
    /^(VERB|ADJ)$/.test(view.tokens[anchor]!.pos) && view.words[anchor]!.endsWith("ed");
  // A noun that is part of an actor ("the Calenardhon government condemned an attack by ...")
  // is the clause's subject, not the head of a reduced relative clause.
  const reducedAgent =
    participleAfterNoun && view.tokens[anchor - 1]?.pos === "NOUN" && !view.groupAt[anchor - 1]
      ? passiveAgent(view, anchor)
      : null;
  // "a project funded by Gondor", "the deal, brokered by Qatar": the one acted on is the noun the
  // participle follows; when that noun names no actor the act has no actor target, and the
  // clause's own subject ("Bajwa and Fang held talks on ... a project funded by China") is not it.
  const head = view.words[anchor - 1] === "," ? anchor - 2 : anchor - 1;
  const undergoerIsThing =
    participleAfterNoun && start === anchor && view.tokens[head]?.pos === "NOUN" && !view.groupAt[head];
  const passive =
    reducedAgent !== null ||
    (verbal && isPassive(view, start, anchor)) ||
    postNominalPassive(view, anchor, start) ||
    bareParticiplePassive(view, m, start);
  // "Russian forces shelled Kharkiv, killing five civilians": the participle shares the main subject.
  const participle = verbal && view.words[anchor]!.endsWith("ing") && view.words[start - 1] === ",";
  // "Kenya deployed police to Haiti to fight gangs": a purpose infinitive shares the subject of
  // the verb it attaches to, unless that verb hands the action to its object ("allowed X to").
  const purpose = verbal && view.words[start - 1] === "to" && purposeOf(view, start - 1);
  let source: ActorGroup | null;
  // A gap may have stepped over the object: "accused [Ukraine] of shelling".
  let inside: ActorGroup | null = null;
  // (A bare role inside the match is the pattern's own word: "sent [troops]", "deployed riot [police]".)
  // (Except for force and coercion, where it is the victim: "killed six [militants]".)
  const victimRole = FORCE_ROOTS.has(m.pattern.code.slice(0, 2));
  for (let i = m.first + 1; i <= m.last && !inside; i++) {
    const g = view.groupAt[i];
    if (g && (victimRole || !g.members.every((a) => view.bareAgents.has(a)))) inside = g;
  }
  let target: ActorGroup | null = m.targets[0] ?? inside;
  target = refineTarget(view, target);
  if (passive) {
    // "was hauled out by the UK police and taken into custody": a participle coordinated with a
    // passive verb shares its subject (the one acted on) and, naming none, its by-agent; the
    // agent of the first verb is no subject of the second.
    // (When the first verb's subject is no known actor, the clause is read as before.)
    const coordinated = verbal ? coordinatedPassiveBefore(view, start) : -1;
    const earlierSubject = coordinated >= 0 ? subjectBefore(view, verbGroupStart(view, coordinated)) : null;
    const earlier = earlierSubject ? coordinated : -1;
    // (Not for an act only an institution does: "arrested by police and sentenced" is the court's
    // sentence, implied-agents.ts.)
    const shared = earlier >= 0 ? passiveAgent(view, earlier) : null;
    const sharedAgent = shared && !ctx.implied?.(view, anchor, m.last, m.pattern.code, null) ? shared : null;
    // "were killed by police": the by-phrase follows the verb itself, even when the pattern's
    // own object words ("kill .. police") stepped over it.
    source = passiveAgent(view, anchor) ?? passiveAgent(view, m.last) ?? sharedAgent;
    // "were killed by police": the agent the pattern's gap stepped over is no target.
    if (target && source && target.first === source.first) target = null;
    target = target ?? earlierSubject ?? (undergoerIsThing ? null : subjectAt(0));
  } else {
    // "expelled two British diplomats after accusing them": the main clause's subject accuses.
    const gerundDoer =
      verbal && !chain.length && isAdverbialGerund(view, anchor, start)
        ? adverbialGerundDoer(view, start, m.last)
        : undefined;
    source =
      gerundDoer !== undefined
        ? gerundDoer
        : (participle || purpose) && !chain.length
          ? (mainSubject(view, start, purpose && !participle) ??
            (participle && mainSubjectIsThing(view, start) ? null : subjectAt(0)))
          : subjectAt(0);
    // "travellers in Mongolia after an outbreak of plague killed a couple": a subject that is a
    // thing (thing-subject.ts) lends the act no actor named outside it.
    const subjectVerb =
      (participle || purpose || gerundDoer !== undefined) && !chain.length
        ? mainVerbStart(view, start)
        : chain.length
          ? verbGroupStart(view, chain[chain.length - 1]!.match.first)
          : start;
    const agentless = ctx.rules.dict.agentlessNouns;
    // (No other side stands in for it either: not a reciprocal's target, nor an inverse's.)
    if (
      source &&
      agentless &&
      subjectVerb >= 0 &&
      sourceOutsideThingSubject(view, subjectVerb, source, agentless)
    ) {
      reasons.push(
        `${m.pattern.where}: "${m.pattern.text}": its subject is a thing, not an actor named elsewhere`,
      );
      return null;
    }
    // "Expressing concern over X, a US government body said ...": a participle clause that opens
    // the sentence (or the text after a headline's colon) shares the subject of the clause after it.
    if (
      !source &&
      verbal &&
      !chain.length &&
      view.words[anchor]!.endsWith("ing") &&
      opensSentence(view, start)
    )
      source = subjectAfterComma(view, m.last);
    // "denied having sex with ...": a pattern that ends on the opener of a complement clause has
    // that clause after it, not an object; its actors belong to the act it names.
    if (!target && !COMPLEMENT_OPENERS.has(view.words[m.last]!))
      target = refineTarget(
        view,
        objectAfter(view, m.last, ctx.rules.options.targetWindow, ctx.rules.options.anyPrepositionTarget),
      );
    // "dropped an investigation into a rape allegation against X": whom the object is set against.
    if (!target && !COMPLEMENT_OPENERS.has(view.words[m.last]!))
      target = refineTarget(view, adversaryInObject(view, m.last));
    // "threatened to assault and murder a U.S. official": the next verb's object is this one's too.
    const sharing = verbal && !target ? sharedObjectVerb(view, m.last) : -1;
    if (sharing >= 0) target = refineTarget(view, objectAfter(view, sharing, 0));
    // "seeking Assange's extradition from the UK": a request is addressed to the one it is asked from.
    const addressee =
      target && REQUEST_ROOTS.has(m.pattern.code.slice(0, 2)) ? addresseeFrom(view, target) : null;
    if (addressee) target = addressee;
    // "condemned the move announced by Pompeo", "oppose violations of law by China": a reaction to
    // an act is aimed at whoever did the act its object names.
    if (!target && REACTION_ROOTS.has(m.pattern.code.slice(0, 2)))
      target = agentOfObject(view, m.last) ?? topicActor(view, m.last, m.pattern.code);
  }
  // '"…," said the minister': the speaker named after a fronted quotation made the comment.
  if (m.doer) source = m.doer;
  // "the opposition leader's killing (by gunmen)": a gerund after a possessive is a noun whose
  // possessor underwent the act (noun-undergoers.ts), not its subject.
  const sufferer =
    verbal && view.words[anchor]!.endsWith("ing") && isUndergoerAct(m.pattern.code, view.words[anchor]!)
      ? possessorBefore(view, anchor)
      : null;
  if (sufferer) {
    source = passiveAgent(view, m.last);
    target = sufferer;
  }
  // "the occupation of Crimea by Russia", "tariffs imposed by China": the noun phrase names who acted.
  const nounAgent = verbal ? null : nounAgentOf(view, anchor, m.pattern.code, isMutualPattern(m.pattern));
  if (nounAgent) {
    source = nounAgent.agent;
    target = refineTarget(view, m.targets[0] ?? nounAgent.patient);
    if (target && (target.first === source.first || target === inside))
      target = m.targets[0] ?? nounAgent.patient;
    if (target && target.first === source.first) target = null;
  }
  let confidence = verbal ? 0.9 : 0.8;
  if (passive) confidence -= 0.1;
  return {
    m,
    anchor,
    start,
    verbal,
    chain,
    subjectAt,
    passive,
    participle,
    purpose,
    inside,
    nounAgent,
    source,
    target,
    code: m.pattern.code,
    modality: "asserted",
    negated: false,
    attribution: null,
    confidence,
    sayer: null,
    speaker: null,
    reportedActors: [],
  };
}

/**
 * "firms accused by the Afghan government of fraud", "the convoy attacked by Arnorian forces": a
 * participle right after a noun phrase (an actor or not) with its by-agent right after it is a
 * reduced passive relative clause, even where the noun is an actor (then it is the one acted on);
 * so is one set off by a comma after the noun ("the rebels, backed by Gondor").
 * (An active verb is not followed by "by" and an actor; "responded by shelling" names no actor.)
 */
export function postNominalPassive(view: SentenceView, anchor: number, start: number): boolean {
  if (start !== anchor || !/(ed|en)$/.test(view.words[anchor]!)) return false;
  if (!/^(VERB|ADJ)$/.test(view.tokens[anchor]!.pos)) return false;
  // ("Police detained the rebels, backed by Gondor": also after a comma that follows the noun.)
  const head = view.words[anchor - 1] === "," ? anchor - 2 : anchor - 1;
  if (!/^(NOUN|PROPN)$/.test(view.tokens[head]?.pos ?? "") && !view.groupAt[head]) return false;
  if (view.words[anchor + 1] !== "by") return false;
  const agent = passiveAgent(view, anchor);
  return agent !== null && agent.first > anchor;
}
