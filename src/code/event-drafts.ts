// Drafts the events of one pattern match: who did it (subject, passive agent, the cue chain's
// speaker or appealer), to whom (object, preposition, place), with which code (cues map it), how
// sure (modality, negation), and the accusation a speaker makes by reporting a hostile act.
import type { Modality } from "../types.ts";
import {
  domestic,
  mainSubject,
  participleOfThing,
  placeTarget,
  purposeOf,
  receivedFrom,
  refineTarget,
} from "./actor-roles.ts";
import {
  agentOfObject,
  type CueMatch,
  type Governor,
  governorOf,
  isPassive,
  objectAfter,
  passiveAgent,
  subjectBefore,
  verbGroupStart,
} from "./clause-analyse.ts";
import {
  ACCUSE_CODE,
  countryOf,
  FORCE_ROOTS,
  FUTURE,
  HYPOTHETICAL,
  inConditionalClause,
  isTopic,
  MAPPING_KINDS,
  NEGATORS,
  POSSESSIVES,
  sameCountry,
} from "./clause-scope.ts";
import type { CodeRules } from "./code-rules.ts";
import {
  AUTHORITY_ROLES,
  COOPERATIVE_ROOTS,
  isArmed,
  namesObject,
  opensSentence,
  REACTION_ROOTS,
  subjectAfterComma,
} from "./draft-clause-reading.ts";
import { worryRecode } from "./evaluative-speech.ts";
import {
  accusedContent,
  completesWord,
  HABITUAL,
  lightVerbRecode,
  modalAbove,
  modalAfterNoun,
  nominalModality,
} from "./modality-checks.ts";
import { nounAgentOf } from "./noun-events.ts";
import type { PatternMatch } from "./pattern-match.ts";
import type { Actor, ActorGroup, SentenceView } from "./sentence-view.ts";

/** One coded reading of a match before it becomes a CodedEvent. */
export interface Draft {
  source: Actor;
  target: Actor | null;
  code: string;
  modality: Modality;
  negated: boolean;
  attribution: Actor | null;
  confidence: number;
}

/** What drafting needs beyond the sentence: the code tables and the document's countries. */
export interface DraftContext {
  readonly rules: CodeRules;
  /** Countries the document's actors belong to: a place elsewhere is likely a gazetteer slip. */
  readonly docCountries: ReadonlySet<string>;
}

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
  const anchor = m.first;
  const verbal = /^(VERB|AUX)$/.test(view.tokens[anchor]!.pos);
  const start = verbGroupStart(view, anchor);
  const chain: Governor[] = [];
  for (let s = start; chain.length < 4; ) {
    const g = governorOf(view, cues, s);
    if (!g) break;
    chain.push(g);
    s = verbGroupStart(view, g.match.first);
  }
  if (verbal && !chain.length && participleOfThing(view, anchor, start)) {
    reasons.push(`${m.pattern.where}: "${m.pattern.text}" modifies the noun before it, which names no actor`);
    return [];
  }
  // subjectAt(k): the subject of the clause at cue level k (0 = the action itself).
  const subjectAt = (k: number): ActorGroup | null => {
    for (let j = k; j < chain.length; j++) {
      if (chain[j]!.inner) return chain[j]!.inner;
      // "said the talks had ...": the complement's subject is named but is no actor.
      // ("agreed that the two countries should ...": the parties who agree are the ones meant.)
      if (chain[j]!.nounSubject && chain[j]!.match.cue.kind !== "intent") return null;
    }
    const outer = chain.length ? verbGroupStart(view, chain[chain.length - 1]!.match.first) : start;
    return subjectBefore(view, outer);
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
  const passive = reducedAgent !== null || (verbal && isPassive(view, start, anchor));
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
    // "were killed by police": the by-phrase follows the verb itself, even when the pattern's
    // own object words ("kill .. police") stepped over it.
    source = passiveAgent(view, anchor) ?? passiveAgent(view, m.last);
    // "were killed by police": the agent the pattern's gap stepped over is no target.
    if (target && source && target.first === source.first) target = null;
    target = target ?? subjectAt(0);
  } else {
    source =
      (participle || purpose) && !chain.length ? (mainSubject(view, start) ?? subjectAt(0)) : subjectAt(0);
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
    if (!target)
      target = refineTarget(
        view,
        objectAfter(view, m.last, ctx.rules.options.targetWindow, ctx.rules.options.anyPrepositionTarget),
      );
    // "condemned the move announced by Pompeo", "oppose violations of law by China": a reaction to
    // an act is aimed at whoever did the act its object names.
    if (!target && REACTION_ROOTS.has(m.pattern.code.slice(0, 2))) target = agentOfObject(view, m.last);
  }
  // "the occupation of Crimea by Russia", "tariffs imposed by China": the noun phrase names who acted.
  const nounAgent = verbal ? null : nounAgentOf(view, anchor);
  if (nounAgent) {
    source = nounAgent.agent;
    target = refineTarget(view, m.targets[0] ?? nounAgent.patient);
    if (target && (target.first === source.first || target === inside))
      target = m.targets[0] ?? nounAgent.patient;
    if (target && target.first === source.first) target = null;
  }
  let code = m.pattern.code;
  let modality: Modality = "asserted";
  let negated = false;
  let attribution: Actor | null = null;
  let confidence = verbal ? 0.9 : 0.8;
  if (passive) confidence -= 0.1;
  const groupWords = view.words.slice(start, anchor);
  const wordsOfChain = [
    groupWords,
    ...chain.map((g) => view.words.slice(verbGroupStart(view, g.match.first), g.match.first)),
  ];
  const habit = groupWords.find((w) => HABITUAL.has(w));
  if (habit) {
    reasons.push(`${m.pattern.where}: "${m.pattern.text}" is habitual ("${habit}"), not one event`);
    return [];
  }
  if (groupWords.some((w) => NEGATORS.has(w))) negated = !negated;
  // Who says it, as a group: "Police say her boss was taken into custody".
  let sayer: ActorGroup | null = null;
  // "Gondor said Arnor attacked Rohan": who says so, and whom it concerns.
  let speaker: Actor | null = null;
  let reportedActors: readonly Actor[] = [];
  for (let k = 0; k < chain.length; k++) {
    const g = chain[k]!;
    const kind = g.match.cue.kind;
    const cueWords = wordsOfChain[k + 1]!;
    if (cueWords.some((w) => NEGATORS.has(w))) negated = !negated;
    if (kind === "say") {
      sayer ??= subjectAt(k + 1);
      attribution = subjectAt(k + 1)?.members[0] ?? null;
      if (!g.inner) attribution = null;
      else if (!speaker) {
        speaker = attribution;
        reportedActors = g.inner.members;
      }
      continue;
    }
    // "loath to criticize", "the law allows police to detain": permitted or shunned, not done.
    if (kind === "hypothetical") {
      modality = "hypothetical";
      continue;
    }
    // "failed to cooperate": the action did not happen.
    if (kind === "fail") {
      negated = !negated;
      continue;
    }
    if (!MAPPING_KINDS.has(kind)) continue;
    if (kind === "appeal" || kind === "demand") {
      source = subjectAt(k + 1);
      const addressee = g.match.object ?? g.inner;
      if (addressee) target = addressee;
    }
    const mapped = ctx.rules.mapCue(kind, code);
    confidence -= 0.05;
    if (kind === "deny" && (g.inner || g.nounSubject || g.match.object)) {
      // "The Kremlin denied that Gondorian aircraft had bombed ...": the denial is the event,
      // by the one who denies, toward whoever made the claim ("claims by Arnor that ...").
      const denier = subjectAt(k + 1);
      if (mapped) {
        source = denier;
        target = g.match.object;
        code = mapped;
        continue;
      }
      modality = "reported";
    }
    if (mapped) code = mapped;
    else if (kind === "intent") modality = "intended";
    else if (kind === "refuse" || kind === "deny") negated = !negated;
  }
  // "The governor said insurers will help owners rebuild": what a speaker says another will do is
  // a prediction, not that actor's stated intent (CAMEO's 03 is the actor's own expression).
  const sayInner = chain.find((g) => g.match.cue.kind === "say" && g.inner)?.inner ?? null;
  const foretold =
    sayInner !== null &&
    (speaker
      ? !sayInner.members.some((a) => sameCountry(a, speaker!) || view.bareAgents.has(a))
      : sayInner.members.every((a) => view.bareAgents.has(a)));
  // "Police say her boss was taken into custody": an arrest, a seizure or a ban without its
  // agent, reported by the police, a court or a government, is theirs.
  if (
    passive &&
    !source &&
    sayer &&
    code.startsWith("17") &&
    sayer.members.every((a) => AUTHORITY_ROLES.test(a.code))
  ) {
    source = sayer;
    speaker = null;
  }
  if (groupWords.some((w) => FUTURE.has(w)) && foretold) modality = "hypothetical";
  else if (groupWords.some((w) => FUTURE.has(w))) {
    const mapped = ctx.rules.mapCue("intent", code);
    if (mapped) code = mapped;
    else modality = "intended";
  } else if (
    (groupWords.some((w) => HYPOTHETICAL.has(w)) || modalAbove(view, start)) &&
    // "agreed that they should cooperate": the modal belongs to what is agreed or promised.
    !chain.some((g) => g.match.cue.kind === "intent" && ctx.rules.mapCue("intent", m.pattern.code))
  )
    modality = "hypothetical";
  if (modality === "asserted" && inConditionalClause(view, start, anchor, verbal)) modality = "hypothetical";
  // "programs to finance planting", "was about to be charged": no cue governs the infinitive,
  // and what it completes is no act that happened.
  // (A purpose clause after an actor may still complete a noun: "a deal with Iran to limit ...".)
  const completes =
    verbal && !chain.length && (!purpose || view.groupAt[start - 2]) ? completesWord(view, start) : null;
  if (completes) {
    reasons.push(`${m.pattern.where}: "${m.pattern.text}" ${completes}: planned or possible, not asserted`);
    return [];
  }
  // "charges of torture", "faces charges, including conspiring to hack": what someone is accused of.
  const accusation = chain.length ? null : accusedContent(view, start);
  if (accusation) {
    reasons.push(
      `${m.pattern.where}: "${m.pattern.text}" is the content of "${accusation}": alleged, not asserted`,
    );
    return [];
  }
  if (modality === "asserted" && !verbal && modalAfterNoun(view, m.last)) modality = "hypothetical";
  // A nominal object or a purpose clause is as planned as the verb it depends on ("will deploy
  // police to Haiti to fight gangs").
  if (modality === "asserted" && (!verbal || purpose)) {
    // "promised to continue military aid to Ukraine": the promise is CAMEO's intent code
    // itself (033), as the codebook codes it, not aid flagged as intended.
    const nominal = nominalModality(view, cues, anchor);
    const mapped = nominal.cue ? ctx.rules.mapCue(nominal.cue, code) : null;
    if (mapped) code = mapped;
    else modality = nominal.modality;
  }
  code = lightVerbRecode(view, m, code, ctx.rules);
  // "called Omar a 'terrorist'", "called the bill a throwback": a verb with an object and its
  // complement names or labels; it is no call, visit or meeting with the object.
  if (verbal && target && m.pattern.code.startsWith("04") && namesObject(view, target.last)) {
    reasons.push(
      `${m.pattern.where}: "${m.pattern.text}" labels its object here ("called X a ..."), no contact`,
    );
    return [];
  }
  if (!verbal && isTopic(view, anchor)) {
    reasons.push(`${m.pattern.where}: "${m.pattern.text}" is the topic of a discussion, not an event`);
    return [];
  }
  const cued = chain.some((g) => MAPPING_KINDS.has(g.match.cue.kind));
  // "China condemned the attack on India": a nominal event in the object of another coded verb
  // has no known source of its own.
  const subject = source;
  // ... and so has one found after such a verb unless it modifies the noun ("Israeli air strikes").
  const modifies = (g: ActorGroup) =>
    view.tokens
      .slice(g.last + 1, anchor)
      .every((t) => t.pos !== "ADP" && t.pos !== "VERB" && t.pos !== "PUNCT");
  // ("condemned an attack by Osgiliath soldiers": the attack is what is condemned, coded as the
  // target of the condemnation, as PETRARCH and CAMEO's coders read it.)
  const objectOf = (v: number) =>
    v < anchor && view.tokens.slice(v + 1, anchor).every((t) => !/^(PUNCT|SCONJ|VERB|AUX)$/.test(t.pos));
  if (nounAgent && verbAnchors.some(objectOf)) {
    reasons.push(`${m.pattern.where}: "${m.pattern.text}" is inside the object of another event`);
    return [];
  }
  if (
    !verbal &&
    !nounAgent &&
    subject &&
    verbAnchors.some((v) => (v > subject.last && v < anchor) || (v < subject.first && !modifies(subject)))
  ) {
    reasons.push(`${m.pattern.where}: "${m.pattern.text}" is inside the object of another event`);
    return [];
  }
  // "The meeting between Egypt and Sudan": a reciprocal event whose parties are all named after it;
  // "Cairo hosted talks between Gondor and Arnor": the host is no party to the talks.
  const between = target !== null && view.words[target.first - 1] === "between";
  // (Not when an appeal or demand names them: "called on A and B to agree a ceasefire" is the
  // caller's appeal to each.)
  const addressed = chain.some((g) => g.match.cue.kind === "appeal" || g.match.cue.kind === "demand");
  if (
    (!source || (between && !verbal)) &&
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
  const received = m.pattern.inverted ? undefined : receivedFrom(view, m.first, m.last);
  if (received) {
    if (!received.doer) {
      reasons.push(
        `${m.pattern.where}: "${m.pattern.text}" is received by its subject; no doer named ("from ...")`,
      );
      return [];
    }
    target = source;
    source = received.doer;
  }
  if (!source) {
    reasons.push(
      `${m.pattern.where}: "${m.pattern.text}" fired but no source actor${passive ? " (passive without agent)" : ""}`,
    );
    return [];
  }
  // "A and B exchanged fire, killing two soldiers": whose soldiers is not said; the participle
  // only adds to the main event.
  if (
    participle &&
    source &&
    source.members.length > 1 &&
    target?.members.every((a) => view.bareAgents.has(a))
  )
    target = null;
  if (!target && source && FORCE_ROOTS.has(code.slice(0, 2)))
    target = placeTarget(view, anchor, source, ctx.docCountries);
  // (But an intent to use force, "decided to kill", "want to engage", names whom it is aimed at
  // or is no event: the codebook's 138x are threats against someone.)
  const forceIntent =
    FORCE_ROOTS.has(m.pattern.code.slice(0, 2)) &&
    chain.some((g) => g.match.cue.kind === "intent") &&
    !chain.some((g) => g.match.cue.kind === "threaten");
  code = worryRecode(view, m, code, target);
  // "@dyad": an arrest, a visit, an accusation is done to someone; without a target the word
  // is used in another sense ("arrested development") or names no event between actors.
  // A reciprocal event (meet, negotiate) takes two sides: a target, or a subject of two actors;
  // "the company can meet demand" has one. An event of a code done to someone
  // (needs-target.tsv) has a target too.
  // (A refusal, promise or threat to meet is an event of its own, whoever the other side is.)
  if (
    (m.pattern.dyad ||
      m.pattern.reciprocal ||
      (ctx.rules.needsTarget(code) && source.members.every((a) => view.bareAgents.has(a)))) &&
    !target &&
    code === m.pattern.code &&
    !(m.pattern.reciprocal && source.members.length > 1)
  ) {
    reasons.push(
      `${m.pattern.where}: "${m.pattern.text}" needs ${m.pattern.reciprocal ? "two sides" : "a target"} and none was found`,
    );
    return [];
  }
  if (forceIntent && !target) {
    reasons.push(`${m.pattern.where}: "${m.pattern.text}" is an intent to use force against no one named`);
    return [];
  }
  if (m.pattern.armed && !target && !source.members.some(isArmed)) {
    reasons.push(`${m.pattern.where}: "${m.pattern.text}" names force only with a target or an armed source`);
    return [];
  }
  if (!target) confidence -= 0.2;
  const sources = source.members;
  const targets = target?.members ?? [];
  const pairs: [Actor, Actor | null][] = [];
  // "fight gangs": a generic role as object is acted on, not a party acting back.
  const roleObject = targets.length > 0 && targets.every((t) => view.bareAgents.has(t));
  if (m.pattern.reciprocal && targets.length && !cued && !roleObject) {
    for (const s of sources) for (const t of targets) pairs.push([s, t], [t, s]);
  } else if (
    (m.pattern.reciprocal || m.pattern.code.includes(":")) &&
    sources.length > 1 &&
    !targets.length
  ) {
    for (const s of sources) for (const t of sources) if (s !== t) pairs.push([s, t]);
  } else if (targets.length) {
    for (const s of sources) for (const t of targets) pairs.push([s, t]);
  } else for (const s of sources) pairs.push([s, null]);
  const drafts: Draft[] = [];
  const [forward, backward] = code.includes(":") ? code.split(":") : [code, null];
  for (const [s, t0] of pairs) {
    let t = t0 && view.bareAgents.has(t0) && !view.bareAgents.has(s) ? domestic(t0, s, view) : t0;
    if (t && t.code === s.code) continue;
    // "Clinton pledged new funding from the U.S.": an organ of a state does not act on its own
    // state as a whole; the bare country names where it acts from, not whom it acts on.
    // (Not for coercion and force: "Turkish journalists were arrested by Turkish police", where
    // the country stands for its people.)
    if (
      t &&
      COOPERATIVE_ROOTS.test(code) &&
      t.code.length === 3 &&
      s.code.length > 3 &&
      countryOf(s.code) === t.code
    ) {
      // (A visit or an aid that must go to someone, "visited the U.S. border" by a US senator,
      // is then no event between actors.)
      if (m.pattern.dyad || m.pattern.elements.some((e) => e.kind === "target" && !e.optional)) continue;
      t = null;
    }
    // "the two generals discussed ..." read as China and China's military: a state does not meet
    // or sign with its own organs; a reciprocal pair within one country needs two roles.
    if (t && m.pattern.reciprocal && sameCountry(s, t) && (s.code.length === 3 || t.code.length === 3))
      continue;
    const base = { modality, negated, attribution, confidence: Math.max(0.1, confidence) };
    if (m.pattern.inverted && t) drafts.push({ ...base, source: t, target: s, code: forward! });
    else drafts.push({ ...base, source: s, target: t, code: forward! });
    if (backward && t) drafts.push({ ...base, source: t, target: s, code: backward });
  }
  if (!drafts.length) reasons.push(`${m.pattern.where}: source and target are the same actor`);
  // A bare role ("its soldiers", "troops") names no other side: the speaker's own, most likely.
  const otherSide =
    speaker !== null &&
    reportedActors.length > 0 &&
    !reportedActors.some((a) => view.bareAgents.has(a) || sameCountry(a, speaker!));
  // "Israel said its soldiers had ...": the possessive names whose soldiers they are.
  const innerFirst = chain.find((g) => g.match.cue.kind === "say" && g.inner)?.inner?.first ?? -1;
  const ownRole = speaker && innerFirst > 0 && POSSESSIVES.has(view.words[innerFirst - 1]!);
  const speakerCountry = speaker ? countryOf(speaker.code) : null;
  if (ownRole && speakerCountry)
    for (const d of drafts)
      if (view.bareAgents.has(d.source))
        d.source = { ...d.source, code: `${speakerCountry}${d.source.code}` };
  if (speaker && otherSide) {
    // "Gondor said Arnor was blocking the council": Arnor's act is Gondor's claim, not an observed
    // fact; what Gondor did, asserted, is accuse Arnor when the claimed act is hostile (CAMEO's
    // reading of such statements). A self-report ("Arnor said its forces ...") stays asserted.
    for (const d of drafts) if (d.modality === "asserted") d.modality = "reported";
    const entry = ctx.rules.entryFor(forward!);
    if (entry && entry.quadClass >= 3 && !/^1[012]/.test(entry.code) && !negated)
      for (const accused of reportedActors)
        drafts.push({
          source: speaker,
          target: accused,
          code: ACCUSE_CODE,
          modality: "asserted",
          negated: false,
          attribution: null,
          confidence: Math.max(0.1, confidence - 0.1),
        });
  }
  return drafts;
}
