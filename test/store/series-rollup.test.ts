// The series roll-ups (migrations 008 and 019): dyad_months is dyad_days summed by month,
// actor_dyad_days is actor_days summed over CAMEO codes, prefix_dyad_month_quads (one row per dyad of
// block prefixes and month, QuadClasses as columns) holds dyad_months at its country level and is
// what a rebuild from the events gives, and monthly series read their whole months from it,
// whatever wrote the events: bulk inserts (SQLite's grouped path
// and row triggers), documents, a second report of a known event (recount: an update) and a
// document's next version (its old events superseded: deleted from events). Series read from them
// equal the event scan: country dyads by month for ranges on and off month boundaries, and actor
// prefixes by day, week and month, with and without QuadClasses. SQLite and PostgreSQL (skipped
// with a reason when unreachable outside CI). The reply text (dyadSeriesJson) is JSON.stringify of
// the same points on every path.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRandom } from "../../bench/seeded-random.ts";
import type { EventFilter, Interval, Store } from "../../src/store/index.ts";
import {
  type EventVocabulary,
  FOURTEEN_MONTHS_OF_DAYS,
  randomEvents,
  SCAN_ONLY,
} from "../helpers/random-events.ts";
import { writeRecountStory } from "../helpers/recount-story.ts";
import { type StoreWithSideConnection, storesWithSideConnection } from "../helpers/side-connection-stores.ts";

const COUNTRIES = ["USA", "CHN", "PAK", "IND"];
const ROLES = ["", "GOV", "MIL", "GOVLEG"];
const CODES = ["010", "036", "0311", "111", "173", "190"];
const DAYS = FOURTEEN_MONTHS_OF_DAYS;
const SCAN: EventFilter = SCAN_ONLY;
const VOCABULARY: EventVocabulary = {
  countries: COUNTRIES,
  roles: ROLES,
  codes: CODES,
  days: DAYS,
  keyPrefix: "s",
};

type Rows = Record<string, unknown>[];
/** Sums as numbers: PostgreSQL's sum over integers is a bigint, which pg returns as text. */
const numeric = (rows: Rows) =>
  rows.map((r) =>
    Object.fromEntries(
      Object.entries(r).map(([k, v]) => [
        k,
        /^(events|mentions|goldstein_sum|quad_class|(events|mentions)_q\d)$/.test(k) ? Number(v) : v,
      ]),
    ),
  );
type Opened = StoreWithSideConnection;
/** The side connection's rows with numeric sums. */
const BACKENDS = storesWithSideConnection("sitrep-series-rollup-").map((backend) => ({
  name: backend.name,
  open: async (): Promise<Opened | null> => {
    const opened = await backend.open();
    return opened && { ...opened, query: async (sql: string) => numeric(await opened.query(sql)) };
  },
}));

for (const backend of BACKENDS) {
  describe(`series roll-ups: ${backend.name}`, () => {
    let opened: Opened | null = null;
    let store: Store | null = null;
    beforeAll(async () => {
      opened = await backend.open();
      if (!opened) return;
      store = opened.store;
      await store.insertEvents(randomEvents(900, 51, VOCABULARY));
      for (let i = 0; i < 4; i++) await store.insertEvents(randomEvents(25, 60 + i, VOCABULARY));
      await writeRecountStory(store, { secondTarget: "CHN" });
    });
    afterAll(async () => {
      await opened?.close();
    });
    const run = (name: string, fn: (s: Store, q: Opened["query"]) => Promise<void>) =>
      it(name, async (ctx) => {
        if (!opened) return ctx.skip();
        await fn(opened.store, opened.query);
      });

    run("dyad_months and actor_dyad_days equal the day roll-ups summed", async (s, q) => {
      const months = await q(`select source_country, target_country, month, quad_class, events, mentions,
        goldstein_sum from dyad_months order by source_country, target_country, month, quad_class`);
      expect(months.length).toBeGreaterThan(100);
      expect(months).toEqual(
        await q(`select source_country, target_country, month, quad_class, sum(events) as events,
          sum(mentions) as mentions, sum(goldstein_sum) as goldstein_sum from dyad_days
          group by source_country, target_country, month, quad_class
          order by source_country, target_country, month, quad_class`),
      );
      const cell = "source_code, target_code, day, quad_class";
      const actors = await q(`select ${cell}, week, month, events, mentions, goldstein_sum
        from actor_dyad_days order by ${cell}`);
      expect(actors.length).toBeGreaterThan(500);
      expect(actors).toEqual(
        await q(`select ${cell}, min(week) as week, min(month) as month, sum(events) as events,
          sum(mentions) as mentions, sum(goldstein_sum) as goldstein_sum from actor_days
          group by ${cell} order by ${cell}`),
      );
      // The superseded event left them: its day's series is what the events still hold.
      const day: EventFilter = { from: "2024-03-31", to: "2024-03-31" };
      expect(await s.dyadSeries("USAGOV", "CHN", "day", day)).toEqual(
        await s.dyadSeries("USAGOV", "CHN", "day", { ...day, ...SCAN }),
      );
    });

    const quadSums = [1, 2, 3, 4].flatMap((n) => [`events_q${n}`, `mentions_q${n}`]);
    const pivoted = (n: number) =>
      `sum(case when quad_class = ${n} then events else 0 end) as events_q${n}, sum(case when quad_class = ${n} then mentions else 0 end) as mentions_q${n}`;

    run("prefix_dyad_month_quads holds dyad_months, one row per country dyad and month", async (_s, q) => {
      const quads = await q(`select source_prefix, target_prefix, month, ${quadSums.join(", ")}
        from prefix_dyad_month_quads where length(source_prefix) = 3 and length(target_prefix) = 3
        order by source_prefix, target_prefix, month`);
      expect(quads.length).toBeGreaterThan(100);
      expect(quads).toEqual(
        await q(`select source_country as source_prefix, target_country as target_prefix, month,
          ${[1, 2, 3, 4].map(pivoted).join(", ")} from dyad_months
          group by source_country, target_country, month order by source_country, target_country, month`),
      );
    });

    run("monthly series read their whole months from prefix_dyad_month_quads", async (s, q) => {
      // A whole month's row stands for the month: the series shows what the roll-up holds.
      const [row] =
        await q(`select source_prefix, target_prefix, month, events_q1 from prefix_dyad_month_quads
        where source_prefix = 'USAGOV' and target_prefix = 'CHN' and events_q1 > 0 order by month limit 1`);
      expect(row).toBeDefined();
      const month = String(row!.month);
      const whole: EventFilter = { from: `${month}-01`, to: DAYS.filter((d) => d.startsWith(month)).at(-1)! };
      const before = (await s.dyadSeries("USAGOV", "CHN", "month", whole))[0]!;
      expect(before.verbalCooperation).toBe(Number(row!.events_q1));
      const bump = (by: number) =>
        q(`update prefix_dyad_month_quads set events_q1 = events_q1 + ${by}
          where source_prefix = 'USAGOV' and target_prefix = 'CHN' and month = '${month}'`);
      await bump(1000);
      try {
        const after = (await s.dyadSeries("USAGOV", "CHN", "month", whole))[0]!;
        expect(after.verbalCooperation).toBe(before.verbalCooperation + 1000);
      } finally {
        await bump(-1000);
      }
    });

    run(
      "series equal the event scan: country dyads by month, actor prefixes by day, week and month",
      async (s) => {
        const r = createRandom(8);
        const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
        const starts = DAYS.filter((d) => d.endsWith("-01"));
        const ends = DAYS.filter((_d, i) => DAYS[i + 1]?.endsWith("-01"));
        const sides = [
          ["USA", "CHN", "month"],
          ["PAK", "IND", "month"],
          ["USAGOV", "CHN", "week"],
          ["USAGOV", "CHN", "month"],
          ["PAKMIL", "IND", "day"],
          ["CHN", "", "week"],
          ["", "PAKGOV", "month"],
          ["INDGOVLEG", "USA", "week"],
          ["PAKMIL", "INDGOV", "month"],
          ["INDGOVLEG", "PAK", "month"],
          ["USAG", "CHN", "month"],
        ] as const;
        let points = 0;
        for (let i = 0; i < 88; i++) {
          const f: EventFilter = {
            ...(r() < 0.7 ? { from: r() < 0.5 ? pick(starts) : pick(DAYS) } : {}),
            ...(r() < 0.7 ? { to: r() < 0.5 ? pick(ends) : pick(DAYS) } : {}),
            ...(r() < 0.3 ? { quad: 1 + Math.floor(r() * 4) } : {}),
          } as EventFilter;
          const [source, target, interval] = sides[i % sides.length]! as [string, string, Interval];
          const rolled = await s.dyadSeries(source, target, interval, f);
          expect(rolled, JSON.stringify({ source, target, interval, f })).toEqual(
            await s.dyadSeries(source, target, interval, { ...f, ...SCAN }),
          );
          // The reply text (/series) is the same points, byte for byte, from the roll-ups and the events.
          for (const asked of [f, { ...f, ...SCAN }])
            expect(await s.dyadSeriesJson(source, target, interval, asked)).toBe(JSON.stringify(rolled));
          points += rolled.length;
        }
        expect(points).toBeGreaterThan(400);
      },
    );

    run("a rebuild leaves them as the triggers kept them", async (s, q) => {
      const dump = async () => [
        await q("select * from dyad_months order by source_country, target_country, month, quad_class"),
        await q("select * from actor_dyad_days order by source_code, target_code, day, quad_class"),
        await q("select * from prefix_dyad_month_quads order by source_prefix, target_prefix, month"),
      ];
      const before = await dump();
      await s.rebuildRollups();
      expect(await dump()).toEqual(before);
    });
  });
}
