// The events a settled source and target make: one per pair of member actors (both ways for a
// reciprocal event, each with each for a joint one), a bare role placed in its source's country,
// no event of a state with its own organs, and the accusation a speaker makes by reporting
// another side's hostile act. The last step of drafting.
import { domestic } from "./actor-roles.ts";
import type { Draft, DraftContext, DraftState } from "./clause-draft-state.ts";
import { ACCUSE_CODE, MAPPING_KINDS, POSSESSIVES, sameCountry } from "./clause-scope.ts";
import { leadingCountry } from "./country-codes.ts";
import { COOPERATIVE_ROOTS } from "./draft-clause-reading.ts";
import type { Actor, ActorGroup, SentenceView } from "./sentence-view.ts";
import { forceBySource } from "./unconventional-force.ts";

/**
 * Acts CAMEO defines between parties, whatever the pattern says: consult and discuss (040, 041),
 * negotiate (046), sign a formal agreement (057), and material cooperation (061-064). Done by a
 * compound subject with no target ("Kenya and Somalia signed the documents") they are done with
 * each other, as @recip patterns are (the audit lists symmetric acts both ways).
 */
export const MUTUAL_CODES = /^(?:040|041|046|057|06[1-4])/;

/** The ordered (source, target) pairs a source group and a target group make. */
function actorPairs(
  view: SentenceView,
  st: DraftState,
  source: ActorGroup,
  target: ActorGroup | null,
): [Actor, Actor | null][] {
  const { m } = st;
  // (A reciprocal event a cue or a governing verb recoded, "Japan is seeking talks with China"
  // → 036, is the one side's intent or refusal.)
  const cued = st.chain.some((g) => MAPPING_KINDS.has(g.match.cue.kind)) || st.code !== m.pattern.code;
  const sources = source.members;
  const targets = target?.members ?? [];
  const pairs: [Actor, Actor | null][] = [];
  // "fight gangs": a generic role as object is acted on, not a party acting back.
  const roleObject = targets.length > 0 && targets.every((t) => view.bareAgents.has(t));
  if (m.pattern.reciprocal && targets.length && !cued && !roleObject) {
    for (const s of sources) for (const t of targets) pairs.push([s, t], [t, s]);
  } else if (
    (m.pattern.reciprocal || m.pattern.code.includes(":") || MUTUAL_CODES.test(m.pattern.code)) &&
    sources.length > 1 &&
    !targets.length
  ) {
    for (const s of sources) for (const t of sources) if (s !== t) pairs.push([s, t]);
  } else if (targets.length) {
    for (const s of sources) for (const t of targets) pairs.push([s, t]);
  } else for (const s of sources) pairs.push([s, null]);
  return pairs;
}

/** A statement (01) whose only targets are its speaker's own actor, by a pattern that needs none. */
function isSelfStatement(
  code: string,
  pattern: DraftState["m"]["pattern"],
  s: Actor,
  target: ActorGroup | null,
): boolean {
  return (
    code.startsWith("01") &&
    !pattern.dyad &&
    !pattern.reciprocal &&
    !pattern.elements.some((e) => e.kind === "target" && !e.optional) &&
    (target?.members ?? []).every((t) => t.code === s.code)
  );
}

/**
 * "Ohio Gov. Jane Roe criticized President Joe Biden", "She criticized Biden": two people the text
 * names apart (by name, surname, title or a pronoun that stands for one), each with a role, are two
 * sides even when their codes are the same (USAGOV, USAGOV); a code alone cannot tell them apart.
 * People with no role named (a bare country) stay one side: nothing says they act for anyone.
 * So are two organisations outside the state named by two names, neither part of the other ("Acme
 * Holdings sued Zenith Corp.", USABUS and USABUS): a firm's name is its identity, its code only its
 * country and sector. Not two organs of one state ("CIA officials conferred with the ODNI"): a
 * state's agencies are one side. Both must be placed in a country: measured on the audit's tune
 * half, two unplaced firms (BUS, BUS) gave a right root but no right tuple, and tuple precision on
 * its first 2,200 sentences fell below its floor (0.70 -> 0.68).
 */
function twoNamedSides(view: SentenceView, s: Actor, t: Actor): boolean {
  if (s.name === t.name || s.code.length < 6) return false;
  const mentionOf = (a: Actor) => view.mentions.find((m) => m.start === a.start && m.end === a.end);
  const [ms, mt] = [mentionOf(s), mentionOf(t)];
  if (ms?.kind === "person" && mt?.kind === "person") return true;
  if (!NON_STATE_ROLE.test(s.code)) return false;
  return namedOrganisation(ms) && namedOrganisation(mt) && !nameWithin(s.name, t.name);
}

function namedOrganisation(m: SentenceView["mentions"][number] | undefined): boolean {
  return m?.kind === "organization" && m.form === "name";
}

/**
 * The CAMEO sectors of bodies outside the state (firms, groups, media, parties, armed movements):
 * a code that ends in none of them (GOV, MIL, a country alone) may name an organ of one state.
 */
const NON_STATE_ROLE = /(BUS|MNC|NGO|MED|EDU|HLH|LAB|AGR|ENV|HRI|REF|DEV|OPP|REB|INS|SEP|RAD|UAF|CRM)$/;

/** "Apple" and "Apple Inc.": one name inside the other names one organisation. */
function nameWithin(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x.includes(y) || y.includes(x);
}

/** The drafts of a state whose source is settled (its target may be null). */
export function pairDrafts(
  ctx: DraftContext,
  view: SentenceView,
  st: DraftState,
  source: ActorGroup,
  target: ActorGroup | null,
  reasons: string[],
): Draft[] {
  const { m, code, modality, negated, attribution, confidence, speaker, reportedActors } = st;
  const drafts: Draft[] = [];
  const [forward, backward] = code.includes(":") ? code.split(":") : [code, null];
  for (const [s, t0] of actorPairs(view, st, source, target)) {
    let t =
      t0 && view.bareAgents.has(t0) && !view.bareAgents.has(s) ? domestic(t0, s, view, ctx.docCountries) : t0;
    if (t && t.code === s.code && !twoNamedSides(view, s, t)) {
      // "The army denied that its troops had crossed": a statement (01) about the speaker's own
      // side is still made, to no other side; other acts on oneself are none.
      if (!isSelfStatement(code, m.pattern, s, target)) continue;
      t = null;
    }
    // "Clinton pledged new funding from the U.S.": an organ of a state does not act on its own
    // state as a whole; the bare country names where it acts from, not whom it acts on.
    // (Not for coercion and force: "Turkish journalists were arrested by Turkish police", where
    // the country stands for its people.)
    if (
      t &&
      COOPERATIVE_ROOTS.test(code) &&
      t.code.length === 3 &&
      s.code.length > 3 &&
      leadingCountry(s.code) === t.code
    ) {
      // (A visit or an aid that must go to someone, "visited the U.S. border" by a US senator,
      // is then no event between actors.)
      if (m.pattern.dyad || m.pattern.elements.some((e) => e.kind === "target" && !e.optional)) continue;
      t = null;
    }
    // "the two generals discussed ..." read as China and China's military: a state does not meet
    // or sign with its own organs; a reciprocal pair within one country needs two roles.
    if (
      t &&
      m.pattern.reciprocal &&
      sameCountry(s, t) &&
      (s.code.length === 3 || t.code.length === 3) &&
      !twoNamedSides(view, s, t)
    )
      continue;
    const base = { modality, negated, attribution, confidence: Math.max(0.1, confidence) };
    if (m.pattern.inverted && t)
      drafts.push({ ...base, source: t, target: s, code: forceBySource(forward!, t.code, s.code) });
    else drafts.push({ ...base, source: s, target: t, code: forceBySource(forward!, s.code, t?.code) });
    if (backward && t) drafts.push({ ...base, source: t, target: s, code: backward });
  }
  if (!drafts.length) reasons.push(`${m.pattern.where}: source and target are the same actor`);
  // A bare role ("its soldiers", "troops") names no other side: the speaker's own, most likely.
  const otherSide =
    speaker !== null &&
    reportedActors.length > 0 &&
    !reportedActors.some((a) => view.bareAgents.has(a) || sameCountry(a, speaker));
  // "Israel said its soldiers had ...": the possessive names whose soldiers they are.
  const innerFirst = st.chain.find((g) => g.match.cue.kind === "say" && g.inner)?.inner?.first ?? -1;
  const ownRole = speaker && innerFirst > 0 && POSSESSIVES.has(view.words[innerFirst - 1]!);
  // (Only a country is lent: "Hezbollah said its fighters ..." leaves the fighters' code alone.)
  const speakerCountry = speaker ? leadingCountry(speaker.code) : null;
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
