// bench/audit: inter-judge agreement of the hand audit. double-judged.jsonl holds a blind second
// judgement of 200 audit sentences (judged without seeing the audit's judgement or the coder's
// output); this joins it with judged-*.jsonl by id and prints, per judge of the audit (a0001–a1400
// and r*: the first judge; a1401+: the extension's judge) and per half, how often the two judges
// agree. The audit's judge plays gold and the second judge plays a coder, scored with the matching
// of audit-score.ts, so the precision/recall printed is what a coder that judged like the second
// judge would get: an upper bound for any coder scored against one judge.
//   node bin/run-ts.js bench/audit/agreement.ts [--disagreements] [--json]
//   --disagreements  the sentences the judges disagree on, of the tune half only (untuned: counts)
import { join } from "node:path";
import { parseArgs } from "node:util";
import { missingShared } from "./audit-pages.ts";
import { type JudgedEvent, type JudgedSentence, readJsonl } from "./audit-record.ts";
import { countryCodes, readJudged } from "./audit-run.ts";
import { actorMatches, matchedEmissions, type ScoredEmission, sameEvent } from "./audit-score.ts";

interface DoubleJudged {
  blindId: string;
  id: string;
  text: string;
  events: JudgedEvent[];
  note?: string;
}

/** One sentence judged twice: `audit` by the audit's judge, `second` blind. */
interface Pair {
  audit: JudgedSentence;
  second: DoubleJudged;
}

const { values } = parseArgs({
  options: {
    disagreements: { type: "boolean", default: false },
    json: { type: "boolean", default: false },
  },
});

const missing = missingShared();
if (missing) {
  console.log(`bench:audit-agreement skipped: ${missing}`);
  process.exit(0);
}
const countries = countryCodes();
const auditById = new Map(readJudged().map((s) => [s.id, s]));
const pairs: Pair[] = readJsonl<DoubleJudged>(join(import.meta.dirname, "double-judged.jsonl")).map(
  (second) => {
    const audit = auditById.get(second.id);
    if (!audit)
      throw new Error(`double-judged ${second.blindId}: audit id ${second.id} not in judged-*.jsonl`);
    if (audit.text !== second.text)
      throw new Error(`double-judged ${second.blindId}: text differs from ${second.id}`);
    return { audit, second };
  },
);

/** A judged event in the shape scoring reads, so the second judge is scored like the coder. */
const asEmission = (e: JudgedEvent): ScoredEmission => ({
  cameo: { root: e.root || e.code.slice(0, 2) },
  negated: Boolean(e.negated),
  source: { code: e.source },
  target: e.target ? { code: e.target } : null,
});
const codeable = (events: readonly JudgedEvent[]) => events.filter((e) => !e.negated);
const count = (xs: readonly boolean[]) => xs.filter(Boolean).length;

/** Which judge of the audit judged an id: the first (r*, a0001–a1400) or the extension's (a1401+). */
const auditJudge = (id: string) => (id.startsWith("a") && Number(id.slice(1)) > 1400 ? "ext" : "orig");

/**
 * Root-matched pairs of codeable events, one to one, preferring pairs whose actors also match, so
 * source and target agreement is measured on the events the two judges both saw.
 */
function rootPairs(a: readonly JudgedEvent[], b: readonly JudgedEvent[]): [JudgedEvent, JudgedEvent][] {
  const out: [JudgedEvent, JudgedEvent][] = [];
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  for (const level of ["lenient", "root"] as const) {
    b.forEach((eb, j) => {
      if (usedB.has(j)) return;
      const i = a.findIndex((ea, k) => !usedA.has(k) && sameEvent(ea, asEmission(eb), level, countries));
      if (i < 0) return;
      usedA.add(i);
      usedB.add(j);
      out.push([a[i]!, eb]);
    });
  }
  return out;
}

interface Agreement {
  sentences: number;
  /** Sentences with a codeable event: by the audit, by the second judge, by both. */
  auditEvent: number;
  secondEvent: number;
  bothEvent: number;
  neitherEvent: number;
  /** On sentences both code: codeable events of each judge, root-matched pairs, pairs whose source / target / both agree (lenient). */
  auditEvents: number;
  secondEvents: number;
  rootPairs: number;
  sourceAgree: number;
  targetAgree: number;
  dyadAgree: number;
  /** Sentences both code where at least one event agrees by root / by root + dyad. */
  sentRoot: number;
  sentDyad: number;
  /** The second judge scored as a coder against the audit over all sentences (audit-score.ts). */
  emitted: number;
  rootRight: number;
  tupleRight: number;
  recalledRootDyad: number;
  recalledRoot: number;
}

function agreement(ps: readonly Pair[]): Agreement {
  const t: Agreement = {
    sentences: 0,
    auditEvent: 0,
    secondEvent: 0,
    bothEvent: 0,
    neitherEvent: 0,
    auditEvents: 0,
    secondEvents: 0,
    rootPairs: 0,
    sourceAgree: 0,
    targetAgree: 0,
    dyadAgree: 0,
    sentRoot: 0,
    sentDyad: 0,
    emitted: 0,
    rootRight: 0,
    tupleRight: 0,
    recalledRootDyad: 0,
    recalledRoot: 0,
  };
  for (const { audit, second } of ps) {
    const a = codeable(audit.events);
    const b = codeable(second.events);
    t.sentences++;
    if (a.length) t.auditEvent++;
    if (b.length) t.secondEvent++;
    if (!a.length && !b.length) t.neitherEvent++;
    if (a.length && b.length) {
      t.bothEvent++;
      t.auditEvents += a.length;
      t.secondEvents += b.length;
      const rp = rootPairs(a, b);
      t.rootPairs += rp.length;
      const src = rp.map(([x, y]) => actorMatches(x.source, y.source, "lenient", countries));
      const tgt = rp.map(([x, y]) => actorMatches(x.target, y.target || null, "lenient", countries));
      t.sourceAgree += count(src);
      t.targetAgree += count(tgt);
      t.dyadAgree += count(src.map((s, i) => s && tgt[i]!));
      if (rp.length) t.sentRoot++;
      if (src.some((s, i) => s && tgt[i])) t.sentDyad++;
    }
    const emitted = second.events.map(asEmission);
    t.emitted += emitted.length;
    t.rootRight += count(matchedEmissions(audit.events, emitted, "root", countries));
    t.tupleRight += count(matchedEmissions(audit.events, emitted, "lenient", countries));
    if (a.length) {
      if (a.some((g) => emitted.some((e) => sameEvent(g, e, "lenient", countries)))) t.recalledRootDyad++;
      if (a.some((g) => emitted.some((e) => sameEvent(g, e, "root", countries)))) t.recalledRoot++;
    }
  }
  return t;
}

const ratio = (x: number, y: number) => (y ? x / y : null);

/** Cohen's kappa on "holds a codeable event", the two judges as raters. */
function kappa(t: Agreement): number | null {
  if (!t.sentences) return null;
  const po = (t.bothEvent + t.neitherEvent) / t.sentences;
  const pa = t.auditEvent / t.sentences;
  const pb = t.secondEvent / t.sentences;
  const pe = pa * pb + (1 - pa) * (1 - pb);
  return pe === 1 ? null : (po - pe) / (1 - pe);
}

function measures(t: Agreement) {
  return {
    ...t,
    eventAgreement: ratio(t.bothEvent + t.neitherEvent, t.sentences),
    kappa: kappa(t),
    /** Root agreement on sentences both code: matched pairs over the mean number of events (Dice). */
    rootAgreement: ratio(2 * t.rootPairs, t.auditEvents + t.secondEvents),
    sourceGivenRoot: ratio(t.sourceAgree, t.rootPairs),
    targetGivenRoot: ratio(t.targetAgree, t.rootPairs),
    dyadGivenRoot: ratio(t.dyadAgree, t.rootPairs),
    rootPrecision: ratio(t.rootRight, t.emitted),
    tuplePrecision: ratio(t.tupleRight, t.emitted),
    recallRootDyad: ratio(t.recalledRootDyad, t.auditEvent),
    recallRoot: ratio(t.recalledRoot, t.auditEvent),
  };
}

const groups: [string, (p: Pair) => boolean][] = [];
for (const judge of ["all", "orig", "ext"] as const) {
  for (const half of ["all", "tune", "untuned"] as const) {
    groups.push([
      `${judge}/${half}`,
      (p) =>
        (judge === "all" || auditJudge(p.audit.id) === judge) && (half === "all" || p.audit.half === half),
    ]);
  }
}
const report = Object.fromEntries(groups.map(([k, keep]) => [k, measures(agreement(pairs.filter(keep)))]));

if (values.json) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const f = (x: number | null) => (x === null ? "   -" : x.toFixed(2));
  console.log(
    `bench:audit-agreement: ${pairs.length} sentences judged twice (orig = r*, a0001-a1400; ext = a1401+)`,
  );
  console.log(
    "judge/half     sents | ev:aud 2nd both agree kappa | events aud 2nd rootPairs rootAgr | src tgt dyad | 2nd as coder: rootP tupleP rec(r+d) rec(root)",
  );
  for (const [k, m] of Object.entries(report)) {
    console.log(
      `${k.padEnd(13)} ${String(m.sentences).padStart(5)} | ${String(m.auditEvent).padStart(6)} ${String(m.secondEvent).padStart(3)} ${String(m.bothEvent).padStart(4)} ${f(m.eventAgreement)}  ${f(m.kappa)} | ${String(m.auditEvents).padStart(10)} ${String(m.secondEvents).padStart(3)} ${String(m.rootPairs).padStart(9)}    ${f(m.rootAgreement)} | ${f(m.sourceGivenRoot)} ${f(m.targetGivenRoot)} ${f(m.dyadGivenRoot)} | ${f(m.rootPrecision)}  ${f(m.tuplePrecision)}     ${f(m.recallRootDyad)}      ${f(m.recallRoot)}`,
    );
  }
  if (values.disagreements) printDisagreements();
}

/**
 * What kind of disagreement a sentence holds (several can apply): one judge codes an event and the
 * other none; the judges code different roots; one codes more events; or a root-matched pair differs
 * in source, in target, or in whether there is a target at all.
 */
function disagreementKinds(p: Pair): string[] {
  const a = codeable(p.audit.events);
  const b = codeable(p.second.events);
  if (a.length && !b.length) return ["event: audit only"];
  if (!a.length && b.length) return ["event: second only"];
  const kinds: string[] = [];
  const rp = rootPairs(a, b);
  const unpairedA = a.length - rp.length;
  const unpairedB = b.length - rp.length;
  if (!rp.length && (a.length || b.length)) kinds.push("root differs");
  else if (unpairedA || unpairedB) kinds.push(unpairedA ? "more events: audit" : "more events: second");
  for (const [x, y] of rp) {
    if (!actorMatches(x.source, y.source, "lenient", countries)) kinds.push("source");
    if (Boolean(x.target) !== Boolean(y.target)) kinds.push("target: empty vs named");
    else if (!actorMatches(x.target, y.target || null, "lenient", countries)) kinds.push("target");
  }
  if (p.audit.events.some((e) => e.negated) !== p.second.events.some((e) => e.negated))
    kinds.push("negation");
  return [...new Set(kinds)];
}

/** Disagreements of the tune half, both judgements side by side; the untuned half is only counted. */
function printDisagreements(): void {
  const show = (es: readonly JudgedEvent[]) =>
    es
      .map((e) => `${e.code} ${e.source}>${e.target || "-"}${e.intent ? " i" : ""}${e.negated ? " neg" : ""}`)
      .join("; ") || "none";
  const kindCount = new Map<string, { tune: number; untuned: number }>();
  console.log("\ndisagreements (tune half):");
  for (const p of pairs) {
    const kinds = disagreementKinds(p);
    if (!kinds.length) continue;
    const { audit, second } = p;
    for (const k of kinds) {
      const c = kindCount.get(k) ?? { tune: 0, untuned: 0 };
      c[audit.half]++;
      kindCount.set(k, c);
    }
    if (audit.half !== "tune") continue;
    console.log(`${audit.id} ${second.blindId} [${kinds.join(", ")}] ${audit.text.slice(0, 90)}`);
    console.log(`   audit:  ${show(audit.events)}${audit.note ? `  (${audit.note})` : ""}`);
    console.log(`   second: ${show(second.events)}${second.note ? `  (${second.note})` : ""}`);
  }
  console.log("\nkinds of disagreement (sentences; tune / untuned, the untuned half only counted):");
  for (const [k, c] of [...kindCount].sort((x, y) => y[1].tune + y[1].untuned - x[1].tune - x[1].untuned)) {
    console.log(`  ${k.padEnd(24)} ${c.tune} / ${c.untuned}`);
  }
}
