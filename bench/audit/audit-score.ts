// bench/audit: compares what the pipeline emitted for each judged sentence with the hand
// judgement, and sums precision, recall and event rate. Actor matching is defined in GUIDELINES.md.
import type { CodedEvent } from "../../src/types.ts";
import type { Half } from "./audit-pages.ts";
import type { JudgedEvent, JudgedSentence } from "./audit-record.ts";

/** A CAMEO actor code split into its country (or IGO) part and its role/type parts. */
export interface ActorParts {
  country: string;
  roles: string[];
}

/** Splits "USAGOV" into USA + [GOV], "IGOUNO" into IGOUNO + [], "REB" into "" + [REB]. */
export function actorParts(code: string, countries: ReadonlySet<string>): ActorParts {
  const c = code.toUpperCase().replace(/[^A-Z]/g, "");
  const chunks = c.match(/.{1,3}/g) ?? [];
  if (chunks[0] === "IGO" && chunks[1]) return { country: `IGO${chunks[1]}`, roles: chunks.slice(2) };
  if (chunks[0] && countries.has(chunks[0])) return { country: chunks[0], roles: chunks.slice(1) };
  return { country: "", roles: chunks };
}

export type ActorMatch = "strict" | "lenient";

/**
 * Lenient: when gold names a country (or IGO) the emitted actor must have the same one, roles may
 * differ; when gold has only roles, the emitted actor must share one of them. Strict: same country
 * and same roles. An absent gold target ("") matches only an absent emitted target.
 */
export function actorMatches(
  gold: string,
  emitted: string | null,
  mode: ActorMatch,
  countries: ReadonlySet<string>,
): boolean {
  if (!gold) return !emitted;
  if (!emitted) return false;
  // "CHN|PAK" (an emitted actor standing for several): right when one of them is.
  return emitted.split("|").some((alt) => {
    const g = actorParts(gold, countries);
    const e = actorParts(alt, countries);
    if (mode === "strict") return g.country === e.country && g.roles.join() === e.roles.join();
    if (g.country) return g.country === e.country;
    return g.roles.some((r) => e.roles.includes(r));
  });
}

/** What the pipeline gave for one judged sentence. */
export interface SentenceOutcome {
  judged: JudgedSentence;
  /** False when the pipeline no longer produces this sentence: its gold events count as missed. */
  found: boolean;
  emitted: CodedEvent[];
}

export interface Tally {
  sentences: number;
  sentencesFound: number;
  goldEvents: number;
  /** Judged sentences holding at least one codeable (not negated) event. */
  eventSentences: number;
  emitted: number;
  rootCorrect: number;
  tupleCorrect: number;
  tupleCorrectStrict: number;
  recalledRootDyad: number;
  recalledRoot: number;
  recalledRootDyadStrict: number;
  /** Event-level: codeable gold events, and those matched by root+dyad. */
  goldCodeable: number;
  goldEventsRecalled: number;
}

export function emptyTally(): Tally {
  return {
    sentences: 0,
    sentencesFound: 0,
    goldEvents: 0,
    eventSentences: 0,
    emitted: 0,
    rootCorrect: 0,
    tupleCorrect: 0,
    tupleCorrectStrict: 0,
    recalledRootDyad: 0,
    recalledRoot: 0,
    recalledRootDyadStrict: 0,
    goldCodeable: 0,
    goldEventsRecalled: 0,
  };
}

const rootOf = (e: JudgedEvent) => e.root || e.code.slice(0, 2);

/**
 * The parts of an emitted event that scoring looks at. A `CodedEvent` is one; agreement.ts also
 * scores a second judge's events through it, so both comparisons use the same matching.
 */
export interface ScoredEmission {
  readonly cameo: { readonly root: string };
  readonly negated: boolean;
  readonly source: { readonly code: string };
  readonly target: { readonly code: string } | null;
}

/** Whether one emitted event is the gold event: root, then source and target, negation alike. */
export function sameEvent(
  g: JudgedEvent,
  e: ScoredEmission,
  level: "root" | ActorMatch,
  countries: ReadonlySet<string>,
): boolean {
  if (rootOf(g) !== e.cameo.root) return false;
  if (Boolean(g.negated) !== e.negated) return false;
  if (level === "root") return true;
  return (
    actorMatches(g.source, e.source.code, level, countries) &&
    actorMatches(g.target, e.target?.code ?? null, level, countries) &&
    !(level === "lenient" && roleSwapped(g, e, countries))
  );
}

/**
 * Whether an emission that matches leniently names the two parties the other way round by role:
 * gold "USAGOV -> USACVL" (both in one country, so the lenient country match cannot tell them
 * apart) against an emitted "USACVL -> USAGOV" or "USACVL -> USA". Swapped when either emitted
 * side has roles, exactly the other gold side's, and not its own side's. (Across countries the
 * lenient match already refuses a swap; a bare-country side carries no role to compare.)
 */
export function roleSwapped(g: JudgedEvent, e: ScoredEmission, countries: ReadonlySet<string>): boolean {
  if (!g.source || !g.target || !e.target) return false;
  const gs = actorParts(g.source, countries);
  const gt = actorParts(g.target, countries);
  if (!gs.country || gs.country !== gt.country || gs.roles.join() === gt.roles.join()) return false;
  const isOther = (emitted: string, own: ActorParts, other: ActorParts) =>
    emitted.split("|").every((alt) => {
      const roles = actorParts(alt, countries).roles.join();
      return roles !== "" && roles === other.roles.join() && roles !== own.roles.join();
    });
  return isOther(e.source.code, gs, gt) || isOther(e.target.code, gt, gs);
}

/** Emitted events matched one to one against gold events, so a duplicate emission counts once. */
export function matchedEmissions(
  gold: readonly JudgedEvent[],
  emitted: readonly ScoredEmission[],
  level: "root" | ActorMatch,
  countries: ReadonlySet<string>,
): boolean[] {
  const used = new Set<number>();
  return emitted.map((e) => {
    const k = gold.findIndex((g, i) => !used.has(i) && sameEvent(g, e, level, countries));
    if (k < 0) return false;
    used.add(k);
    return true;
  });
}

export interface SentenceVerdict {
  /** Per emitted event: root right, and root + source + target right (lenient). */
  rootRight: boolean[];
  tupleRight: boolean[];
  /** Per gold event: found by root+dyad (lenient). */
  goldFound: boolean[];
}

export function judgeSentence(o: SentenceOutcome, countries: ReadonlySet<string>): SentenceVerdict {
  const gold = o.judged.events;
  return {
    rootRight: matchedEmissions(gold, o.emitted, "root", countries),
    tupleRight: matchedEmissions(gold, o.emitted, "lenient", countries),
    goldFound: gold.map((g) => o.emitted.some((e) => sameEvent(g, e, "lenient", countries))),
  };
}

export function addToTally(t: Tally, o: SentenceOutcome, countries: ReadonlySet<string>): void {
  const v = judgeSentence(o, countries);
  const gold = o.judged.events;
  t.sentences++;
  if (o.found) t.sentencesFound++;
  t.goldEvents += gold.length;
  t.emitted += o.emitted.length;
  t.rootCorrect += v.rootRight.filter(Boolean).length;
  t.tupleCorrect += v.tupleRight.filter(Boolean).length;
  t.tupleCorrectStrict += matchedEmissions(gold, o.emitted, "strict", countries).filter(Boolean).length;
  const codeable = gold.filter((g) => !g.negated);
  t.goldCodeable += codeable.length;
  if (codeable.length) {
    t.eventSentences++;
    const any = (level: "root" | ActorMatch) =>
      codeable.some((g) => o.emitted.some((e) => sameEvent(g, e, level, countries)));
    if (any("lenient")) t.recalledRootDyad++;
    if (any("strict")) t.recalledRootDyadStrict++;
    if (any("root")) t.recalledRoot++;
    t.goldEventsRecalled += codeable.filter((g) =>
      o.emitted.some((e) => sameEvent(g, e, "lenient", countries)),
    ).length;
  }
}

const ratio = (a: number, b: number) => (b ? a / b : null);

/** The reported measures of one tally (null when the denominator is zero). */
export function measures(t: Tally) {
  return {
    sentences: t.sentences,
    sentencesFound: t.sentencesFound,
    goldEventsPer100: ratio(100 * t.goldEvents, t.sentences),
    eventsPer100: ratio(100 * t.emitted, t.sentences),
    /** Emitted events whose root is right, per 100 sentences: the yield that wrong events cannot pad. */
    rightRootsPer100: ratio(100 * t.rootCorrect, t.sentences),
    emitted: t.emitted,
    rootPrecision: ratio(t.rootCorrect, t.emitted),
    tuplePrecision: ratio(t.tupleCorrect, t.emitted),
    tuplePrecisionStrict: ratio(t.tupleCorrectStrict, t.emitted),
    eventSentences: t.eventSentences,
    recallRootDyad: ratio(t.recalledRootDyad, t.eventSentences),
    recallRootDyadStrict: ratio(t.recalledRootDyadStrict, t.eventSentences),
    recallRoot: ratio(t.recalledRoot, t.eventSentences),
    eventRecallRootDyad: ratio(t.goldEventsRecalled, t.goldCodeable),
  };
}

/** A stratum, both strata, `first2200`: the 2,200 sentences judged first (r0001–r0800,
 * a0001–a1400), on which the coder's earlier floors were set, or `first4270`: those and the first
 * extension (to a3470), the audit of sessions 7–8. The audit later grew past each of them. */
export type TallyGroup = "random" | "actor" | "both" | "first2200" | "first4270";
export type TallyKey = `${Half | "all"}/${TallyGroup}`;

/** Whether a judged sentence belongs to the first 2,200 judged (see TallyGroup). */
export function inFirst2200(id: string): boolean {
  return id.startsWith("r") || (id.startsWith("a") && Number(id.slice(1)) <= 1400);
}

/** Whether a judged sentence belongs to the first 4,270 judged (see TallyGroup). */
export function inFirst4270(id: string): boolean {
  return id.startsWith("r") || (id.startsWith("a") && Number(id.slice(1)) <= 3470);
}
