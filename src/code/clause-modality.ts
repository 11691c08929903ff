// How sure and in which code a match's event is, read off the cues that govern it and its verb
// group: negation, habit, the cue chain (said, agreed to, refused, urged, denied, failed),
// future and modal verbs, conditions, planned or alleged content. The second step of drafting:
// it may also change who acts (an appeal is the appealer's; an agentless arrest the police's).
import { type CueMatch, verbGroupStart } from "./clause-analyse.ts";
import type { DraftContext, DraftState } from "./clause-draft-state.ts";
import { coordinatedInfinitive } from "./clause-governor.ts";
import {
  FUTURE,
  HYPOTHETICAL,
  inConditionalClause,
  MAPPING_KINDS,
  NEGATORS,
  sameCountry,
} from "./clause-scope.ts";
import { AUTHORITY_ROLES } from "./draft-clause-reading.ts";
import {
  accusedContent,
  completesWord,
  HABITUAL,
  lightVerbRecode,
  modalAbove,
  modalAfterNoun,
  nominalModality,
  objectOfCompletingInfinitive,
} from "./modality-checks.ts";
import { governedNounModality } from "./noun-governors.ts";
import { inQuestion } from "./question-clause.ts";
import type { SentenceView } from "./sentence-view.ts";

/** Intent cues that only wish or hope for the act (WordNet want.v.01, wish.v.02, hope.v.01). */
const DESIRES: ReadonlySet<string> = new Set(["want", "wish", "hope"]);

/** Cues that report what is said: a habit of saying ("often says that X attacked") is no habit of the act. */
const REPORTING_KINDS: ReadonlySet<string> = new Set(["say", "according", "reported"]);

/**
 * "has long accused/NOUN Zuma", "have often clashed/ADJ": a habitual adverb between an auxiliary
 * and a trigger the tagger did not read as a verb, so it falls outside the verb group.
 */
function habitBeforeGroup(view: SentenceView, start: number): string | undefined {
  const adverb = view.words[start - 1];
  if (adverb === undefined || !HABITUAL.has(adverb)) return undefined;
  return view.tokens[start - 2]?.pos === "AUX" ? adverb : undefined;
}

/**
 * Sets the state's code, modality, negation, attribution and speaker from the cue chain and the
 * verb group; false (with a reason) when the trigger is habitual, planned or alleged content.
 */
export function readModality(
  ctx: DraftContext,
  view: SentenceView,
  cues: readonly CueMatch[],
  st: DraftState,
  reasons: string[],
): boolean {
  const { m, chain, start, anchor, verbal } = st;
  const groupWords = view.words.slice(start, anchor);
  const wordsOfChain = [
    groupWords,
    ...chain.map((g) => view.words.slice(verbGroupStart(view, g.match.first), g.match.first)),
  ];
  // "the Taliban, who have long refused to negotiate": a habit of the governing cue (not of
  // saying, which may report one event) makes what it governs a custom too.
  const habit =
    groupWords.find((w) => HABITUAL.has(w)) ??
    habitBeforeGroup(view, start) ??
    chain
      .filter((g) => !REPORTING_KINDS.has(g.match.cue.kind))
      .flatMap((g) => view.words.slice(verbGroupStart(view, g.match.first), g.match.first))
      .find((w) => HABITUAL.has(w));
  if (habit) {
    reasons.push(`${m.pattern.where}: "${m.pattern.text}" is habitual ("${habit}"), not one event`);
    return false;
  }
  if (groupWords.some((w) => NEGATORS.has(w))) st.negated = !st.negated;
  readCueChain(ctx, view, st, wordsOfChain);
  // "The governor said insurers will help owners rebuild": what a speaker says another will do is
  // a prediction, not that actor's stated intent (CAMEO's 03 is the actor's own expression).
  const sayInner = chain.find((g) => g.match.cue.kind === "say" && g.inner)?.inner ?? null;
  const speaker = st.speaker;
  const foretold =
    sayInner !== null &&
    (speaker
      ? !sayInner.members.some((a) => sameCountry(a, speaker) || view.bareAgents.has(a))
      : sayInner.members.every((a) => view.bareAgents.has(a)));
  // "Police say her boss was taken into custody": an arrest, a seizure or a ban without its
  // agent, reported by the police, a court or a government, is theirs.
  if (
    st.passive &&
    !st.source &&
    st.sayer &&
    st.code.startsWith("17") &&
    st.sayer.members.every((a) => AUTHORITY_ROLES.test(a.code))
  ) {
    st.source = st.sayer;
    st.speaker = null;
  }
  const future = groupWords.some((w) => FUTURE.has(w)) || backshiftedFuture(view, chain, groupWords);
  if (future && foretold) st.modality = "hypothetical";
  else if (future) {
    const mapped = ctx.rules.mapCue("intent", st.code);
    if (mapped) st.code = mapped;
    else st.modality = "intended";
  } else if (
    (groupWords.some((w) => HYPOTHETICAL.has(w)) || modalAbove(view, start)) &&
    // "agreed that they should cooperate": the modal belongs to what is agreed or promised.
    !chain.some((g) => g.match.cue.kind === "intent" && ctx.rules.mapCue("intent", m.pattern.code))
  )
    st.modality = "hypothetical";
  // "Couldn't the Pentagon make similar demands?": a question asserts no act (question-clause.ts).
  if (st.modality === "asserted" && inQuestion(view, anchor)) st.modality = "hypothetical";
  if (st.modality === "asserted" && inConditionalClause(view, start, anchor, verbal))
    st.modality = "hypothetical";
  // "If the president asks me to deploy troops": a condition on a governing cue's verb holds for
  // what that verb governs (asks -> deploy), down the whole chain.
  else if (st.modality === "asserted" && conditionedChain(view, chain, start)) st.modality = "hypothetical";
  // "programs to finance planting", "was about to be charged": no cue governs the infinitive,
  // and what it completes is no act that happened.
  // (A purpose clause after an actor may still complete a noun: "a deal with Iran to limit ...".)
  // ("an imperative to topple a tyrant, defend rights": a list shares its first infinitive's.)
  const listHead = verbal && !chain.length ? coordinatedInfinitive(view, start) : -1;
  const completes =
    verbal && !chain.length && (!st.purpose || view.groupAt[start - 2])
      ? (completesWord(view, start) ?? (listHead >= 0 ? completesWord(view, listHead) : null))
      : null;
  if (completes) {
    reasons.push(`${m.pattern.where}: "${m.pattern.text}" ${completes}: planned or possible, not asserted`);
    return false;
  }
  // "eager to send aid to Kyiv": the noun reading inside such an infinitive is as unasserted.
  const completedObject = verbal || chain.length ? null : objectOfCompletingInfinitive(view, anchor);
  if (completedObject) {
    reasons.push(
      `${m.pattern.where}: "${m.pattern.text}" ${completedObject}: planned or possible, not asserted`,
    );
    return false;
  }
  // "charges of torture", "faces charges, including conspiring to hack": what someone is accused of.
  const accusation = chain.length ? null : accusedContent(view, start);
  if (accusation) {
    reasons.push(
      `${m.pattern.where}: "${m.pattern.text}" is the content of "${accusation}": alleged, not asserted`,
    );
    return false;
  }
  if (st.modality === "asserted" && !verbal && modalAfterNoun(view, m.last)) st.modality = "hypothetical";
  // A nominal object or a purpose clause is as planned as the verb it depends on ("will deploy
  // police to Haiti to fight gangs").
  if (st.modality === "asserted" && (!verbal || st.purpose)) {
    // "promised to continue military aid to Ukraine": the promise is CAMEO's intent code
    // itself (033), as the codebook codes it, not aid flagged as intended.
    // ("plans a visit to India", "rejected talks": a verb that wants or turns down the event noun.)
    const nominal =
      (verbal || chain.length ? null : governedNounModality(view, anchor, ctx.rules.dict.nounGovernors)) ??
      nominalModality(view, cues, anchor);
    const mapped = nominal.cue ? ctx.rules.mapCue(nominal.cue, st.code) : null;
    if (mapped) st.code = mapped;
    else st.modality = nominal.modality;
  }
  // "offered assistance to Lebanon": an offer or promise of an act is the intent code (033).
  st.code = lightVerbRecode(view, m, st.code, ctx.rules);
  return true;
}

/**
 * "Egypt announced it would send aid": reported speech shifts a speaker's "will" back to
 * "would" after a past say verb (the sequence of tenses), so such a "would" is the future the
 * speaker stated, not a condition. Only when the clause is the say verb's own complement (the
 * innermost cue, with the complement's subject named) and the say verb is in the past ("said",
 * "has announced"; "says it would" is a conditional); "would have" stays counterfactual. Whether
 * the subject is the speaker's own side (an intent) or another's (a forecast) is decided by the
 * caller as for "will".
 */
function backshiftedFuture(
  view: SentenceView,
  chain: DraftState["chain"],
  groupWords: readonly string[],
): boolean {
  const at = groupWords.indexOf("would");
  if (at < 0 || groupWords[at + 1] === "have" || groupWords.some((w) => w !== "would" && HYPOTHETICAL.has(w)))
    return false;
  const say = chain[0];
  if (say?.match.cue.kind !== "say" || !say.inner) return false;
  const verb = say.match.first;
  const word = view.words[verb]!;
  // Past forms only: "says" and "is saying" are present, and so is a bare "say".
  if (word === view.lemmas[verb] || word.endsWith("s") || word.endsWith("ing")) return false;
  // "said it would send aid if the rains failed": "would" with a condition after it is the
  // conditional mood, which the tense shift cannot be told from.
  return !view.words.slice(verb + 1).some((w) => CONDITIONS_AFTER.has(w));
}

/** Words that open a condition after the conditional "would" ("if asked", "unless", "provided that"). */
const CONDITIONS_AFTER: ReadonlySet<string> = new Set(["if", "unless", "provided", "providing", "otherwise"]);

/**
 * Whether a verb above the trigger stands in a condition ("if X asks Y to deploy", "unless Gondor
 * agrees to withdraw"): a cue of the chain, or the verb whose infinitive the trigger is.
 */
function conditionedChain(view: SentenceView, chain: DraftState["chain"], start: number): boolean {
  const conditioned = (v: number) => inConditionalClause(view, verbGroupStart(view, v), v, true);
  if (chain.some((g) => conditioned(g.match.first))) return true;
  if (view.words[start - 1] !== "to") return false;
  // The governing verb: left of "to" past its object (a pronoun, an actor, a noun phrase).
  for (let k = start - 2; k >= Math.max(0, start - 8); k--) {
    const pos = view.tokens[k]!.pos;
    if (pos === "VERB") return conditioned(k);
    if (!view.groupAt[k] && !/^(PRON|DET|ADJ|NOUN|PROPN|NUM)$/.test(pos)) return false;
  }
  return false;
}

/** Walks the cue chain outward: saying, hypothetical and failing cues, then the mapping cues. */
function readCueChain(
  ctx: DraftContext,
  view: SentenceView,
  st: DraftState,
  wordsOfChain: readonly string[][],
): void {
  const { chain, subjectAt } = st;
  for (let k = 0; k < chain.length; k++) {
    const g = chain[k]!;
    const kind = g.match.cue.kind;
    const cueWords = wordsOfChain[k + 1]!;
    const cueNegated = cueWords.some((w) => NEGATORS.has(w));
    // "Xi does not want to send the army": a wish not held is an attitude; nothing was done,
    // refused or promised (unlike "did not agree to withdraw").
    if (cueNegated && kind === "intent" && DESIRES.has(view.lemmas[g.match.first]!)) {
      st.modality = "hypothetical";
      continue;
    }
    if (cueNegated) st.negated = !st.negated;
    if (kind === "say") {
      st.sayer ??= subjectAt(k + 1);
      st.attribution = subjectAt(k + 1)?.members[0] ?? null;
      if (!g.inner) st.attribution = null;
      else if (!st.speaker) {
        st.speaker = st.attribution;
        st.reportedActors = g.inner.members;
      }
      continue;
    }
    // "loath to criticize", "the law allows police to detain": permitted or shunned, not done.
    if (kind === "hypothetical") {
      st.modality = "hypothetical";
      continue;
    }
    // "failed to cooperate": the action did not happen.
    if (kind === "fail") {
      st.negated = !st.negated;
      continue;
    }
    if (!MAPPING_KINDS.has(kind)) continue;
    if (kind === "appeal" || kind === "demand") {
      st.source = subjectAt(k + 1);
      const addressee = g.match.object ?? g.inner;
      if (addressee) st.target = addressee;
    }
    const mapped = ctx.rules.mapCue(kind, st.code);
    st.confidence -= 0.05;
    if (kind === "deny" && (g.inner || g.nounSubject || g.match.object)) {
      // "The Kremlin denied that Gondorian aircraft had bombed ...": the denial is the event,
      // by the one who denies, toward whoever made the claim ("claims by Arnor that ...").
      const denier = subjectAt(k + 1);
      if (mapped) {
        st.source = denier;
        st.target = g.match.object;
        st.code = mapped;
        continue;
      }
      st.modality = "reported";
    }
    if (mapped) st.code = mapped;
    else if (kind === "intent") st.modality = "intended";
    else if (kind === "refuse" || kind === "deny") st.negated = !st.negated;
  }
}
