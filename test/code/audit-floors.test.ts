// The hand audit of the whole pipeline (bench/audit: real news pages coded by extract, annotate,
// code, locate, scored against hand-judged sentences): each half's root precision, full-tuple
// precision, recall (root+dyad) and right-root events per 100 sentences must stay at or above the floors in
// test/quality-floors.json. Skips (with the reason) when ../shared is absent.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { missingShared } from "../../bench/audit/audit-pages.ts";
import { readJudged, runAudit } from "../../bench/audit/audit-run.ts";

interface HalfFloor {
  rootPrecision: number;
  tuplePrecision: number;
  recall: number;
  /** Right-root events per 100 sentences. Events emitted per 100 was the floor once; it rose with
   * every wrong event and fell when one was removed, so it held precision down. */
  rightRootsPer100: number;
}
const allFloors = JSON.parse(readFileSync(join(import.meta.dirname, "..", "quality-floors.json"), "utf8"));
// `audit` holds for the 2,200 sentences judged first (the floors were set on them before the audit
// grew), `auditFirst4270` for the 4,270 of the first extension (sessions 7–8), `auditFull` for every
// judged sentence: each growth adds tune pages nobody had studied, so its floors start where the
// coder stood on the day the sentences were added, and the older sets keep theirs.
const floorSets = [
  { group: "first2200", floors: allFloors.audit as { tune: HalfFloor; untuned: HalfFloor } },
  { group: "first4270", floors: allFloors.auditFirst4270 as { tune: HalfFloor; untuned: HalfFloor } },
  { group: "both", floors: allFloors.auditFull as { tune: HalfFloor; untuned: HalfFloor } },
] as const;
const missing = missingShared();
if (missing) console.log(`audit floors skipped: ${missing}`);

describe.skipIf(missing !== null)("hand audit of the whole pipeline", () => {
  it("keeps each half at or above its floor", { timeout: 600_000 }, async () => {
    const judged = readJudged();
    expect(judged.length).toBeGreaterThan(6700);
    const errors: string[] = [];
    const { report, outcomes } = await runAudit(judged, (m) => errors.push(m));
    // Chrome may leave the text as the extractor learns (below); sentences that hold a judged event
    // may not: losing those would hide misses as "not found".
    const eventSentences = outcomes.filter((o) => o.judged.events.length > 0);
    const eventSentencesLost = eventSentences.filter((o) => !o.found).length;
    expect(eventSentencesLost / eventSentences.length).toBeLessThan(0.01);
    for (const { group, floors } of floorSets)
      for (const half of ["tune", "untuned"] as const) {
        const m = report[`${half}/${group}`]!;
        const floor = floors[half];
        console.log(
          `audit ${group} ${half}: rootP ${m.rootPrecision?.toFixed(3)} tupleP ${m.tuplePrecision?.toFixed(3)} ` +
            `recall ${m.recallRootDyad?.toFixed(3)} per100 ${m.eventsPer100?.toFixed(2)} ` +
            `right per100 ${m.rightRootsPer100?.toFixed(2)}`,
        );
        // The judged sentences were cut by an earlier extractor. The extractor now ends an article at
        // its comment thread and drops credited captions, so some judged chrome sentences are no
        // longer produced (they score as nothing emitted, which is right for chrome); more than a
        // few percent missing would mean pages no longer extract, and the audit measures nothing.
        // Session 10's comment-thread cut removed 21 more judged tune sentences, all reader comments
        // with no judged event (two blog pages), so the guard is 0.96, with the event-sentence check
        // above holding the line on what matters.
        expect(m.sentencesFound / m.sentences).toBeGreaterThan(0.96);
        expect(m.rootPrecision ?? 0).toBeGreaterThanOrEqual(floor.rootPrecision);
        expect(m.tuplePrecision ?? 0).toBeGreaterThanOrEqual(floor.tuplePrecision);
        expect(m.recallRootDyad ?? 0).toBeGreaterThanOrEqual(floor.recall);
        expect(m.rightRootsPer100 ?? 0).toBeGreaterThanOrEqual(floor.rightRootsPer100);
      }
  });
});
