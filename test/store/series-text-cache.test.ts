// /series texts kept per country dyad (series-text-cache.ts, migration 021's dyad_write_stamps):
// a kept text is served while no event of its dyad is written, and computed again after any write to
// one, whatever path wrote it: a small insert (row triggers), a large one (SQLite's grouped path), a
// document with a recount (an update) and a next version (a delete), and SQL run on another
// connection, as another process would. The stamps count every write per dyad. SQLite and PostgreSQL
// (skipped with a reason when unreachable outside CI).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EventFilter, Interval, Store } from "../../src/store/index.ts";
import { type EventVocabulary, FOURTEEN_MONTHS_OF_DAYS, randomEvents } from "../helpers/random-events.ts";
import { writeRecountStory } from "../helpers/recount-story.ts";
import { type StoreWithSideConnection, storesWithSideConnection } from "../helpers/side-connection-stores.ts";

const VOCABULARY: EventVocabulary = {
  countries: ["USA", "CHN", "PAK", "IND"],
  roles: ["", "GOV", "MIL"],
  codes: ["010", "036", "111", "190"],
  days: FOURTEEN_MONTHS_OF_DAYS,
  keyPrefix: "t",
};

type Opened = StoreWithSideConnection;

const BACKENDS = storesWithSideConnection("sitrep-series-texts-");

for (const backend of BACKENDS) {
  describe(`series texts kept per dyad: ${backend.name}`, () => {
    let opened: Opened | null = null;
    beforeAll(async () => {
      opened = await backend.open();
      if (!opened) return;
      await opened.store.insertEvents(randomEvents(700, 71, VOCABULARY));
      await writeRecountStory(opened.store, { secondTarget: "CHN" });
    });
    afterAll(async () => {
      await opened?.close();
    });
    const run = (name: string, fn: (s: Store, q: Opened["query"]) => Promise<void>) =>
      it(name, async (ctx) => {
        if (!opened) return ctx.skip();
        await fn(opened.store, opened.query);
      });

    /** The reply text as computed now: JSON.stringify of the points (which nothing keeps). */
    const fresh = async (s: Store, source: string, target: string, interval: Interval, f: EventFilter = {}) =>
      JSON.stringify(await s.dyadSeries(source, target, interval, f));

    run("the stamps count every write of events per dyad", async (_s, q) => {
      const stamps = await q(
        "select source_country, target_country, writes from dyad_write_stamps order by source_country, target_country",
      );
      const rows =
        await q(`select source_country, coalesce(target_country, '') as target_country, count(*) as n
        from events group by source_country, coalesce(target_country, '') order by source_country, target_country`);
      // Every stored event was written once; the recount story also updated and deleted some.
      expect(stamps.map((r) => `${r.source_country}>${r.target_country}`)).toEqual(
        expect.arrayContaining(rows.map((r) => `${r.source_country}>${r.target_country}`)),
      );
      const byDyad = new Map(
        stamps.map((r) => [`${r.source_country}>${r.target_country}`, Number(r.writes)]),
      );
      for (const r of rows)
        expect(byDyad.get(`${r.source_country}>${r.target_country}`)).toBeGreaterThanOrEqual(Number(r.n));
      expect(stamps.reduce((sum, r) => sum + Number(r.writes), 0)).toBeGreaterThan(
        rows.reduce((sum, r) => sum + Number(r.n), 0),
      );
    });

    run("a kept text is served until an event of its dyad is written, by any path", async (s, q) => {
      const [row] = await q(`select month from prefix_dyad_month_quads
        where source_prefix = 'USA' and target_prefix = 'CHN' and events_q1 > 0 order by month limit 1`);
      const month = String(row!.month);
      const whole: EventFilter = {
        from: `${month}-01`,
        to: FOURTEEN_MONTHS_OF_DAYS.filter((d) => d.startsWith(month)).at(-1)!,
      };
      const questions: [string, string, Interval, EventFilter][] = [
        ["USA", "CHN", "month", whole],
        ["USAGOV", "CHN", "month", {}],
        ["USA", "CHN", "week", {}],
        ["USA", "CHN", "month", { quad: 1 }],
      ];
      for (const [source, target, interval, f] of questions)
        expect(await s.dyadSeriesJson(source, target, interval, f)).toBe(
          await fresh(s, source, target, interval, f),
        );
      // A change the events do not make (the roll-up edited by hand) shows which answers are kept:
      // the kept text still says what it said, a series computed anew says what the roll-up holds.
      const kept = await s.dyadSeriesJson("USA", "CHN", "month", whole);
      const bump = (by: number) =>
        q(`update prefix_dyad_month_quads set events_q1 = events_q1 + ${by}
          where source_prefix = 'USA' and target_prefix = 'CHN' and month = '${month}'`);
      await bump(1000);
      try {
        const bumped = await fresh(s, "USA", "CHN", "month", whole);
        expect(bumped).not.toBe(kept);
        expect(await s.dyadSeriesJson("USA", "CHN", "month", whole)).toBe(kept);
        // A write to another dyad keeps it.
        await s.insertEvents(
          randomEvents(3, 72, { ...VOCABULARY, countries: ["PAK", "IND"], keyPrefix: "other" }),
        );
        expect(await s.dyadSeriesJson("USA", "CHN", "month", whole)).toBe(kept);
        // A write to its dyad (another actor of the same countries, outside the month) retires it.
        const [one] = randomEvents(1, 73, { ...VOCABULARY, days: ["2023-11-20"], keyPrefix: "usa" });
        await s.insertEvents([{ ...one!, sourceCode: "USAMIL", targetCode: "CHNGOV" }]);
        expect(await s.dyadSeriesJson("USA", "CHN", "month", whole)).toBe(bumped);
      } finally {
        await bump(-1000);
      }
      // The hand edit undone is no write either; the next write of the dyad brings the text back in step.
      const [two] = randomEvents(1, 74, { ...VOCABULARY, days: ["2023-11-21"], keyPrefix: "usa" });
      await s.insertEvents([{ ...two!, sourceCode: "USA", targetCode: "CHN" }]);
      expect(await s.dyadSeriesJson("USA", "CHN", "month", whole)).toBe(
        await fresh(s, "USA", "CHN", "month", whole),
      );
    });

    run("every write path moves the stamp: answers equal the events after each", async (s, q) => {
      const asked: [string, string, Interval, EventFilter][] = [
        ["USA", "CHN", "week", {}],
        ["USAGOV", "CHN", "month", {}],
        ["USA", "CHN", "day", { from: "2024-01-01", to: "2024-03-31" }],
      ];
      const check = async (after: string) => {
        for (const [source, target, interval, f] of asked)
          expect(await s.dyadSeriesJson(source, target, interval, f), after).toBe(
            await fresh(s, source, target, interval, f),
          );
      };
      const usaChn = (n: number, seed: number) =>
        randomEvents(n, seed, { ...VOCABULARY, countries: ["USA", "CHN"], keyPrefix: `w${seed}-` }).map(
          (e) => ({
            ...e,
            sourceCode: `USA${e.sourceCode.slice(3)}`,
            targetCode: `CHN${(e.targetCode ?? "").slice(3)}`,
          }),
        );
      await check("before");
      await s.insertEvents(usaChn(5, 81));
      await check("a small insert");
      await s.insertEvents(usaChn(600, 82));
      await check("a grouped insert");
      await writeRecountStory(s, { secondTarget: "CHN" });
      await check("a recount and a next version");
      await q(`update events set num_mentions = num_mentions + 7
        where source_code like 'USA%' and target_code like 'CHN%' and day between '2024-02-01' and '2024-02-20'`);
      await check("an update on another connection");
      // An update that moves events out of the dyad moves the stamp of the dyad they left.
      await q(`update events set target_code = 'PAKGOV', target_country = 'PAK'
        where source_code = 'USAGOV' and target_code like 'CHN%' and day < '2024-01-15'`);
      await check("events moved to another dyad on another connection");
    });
  });
}
