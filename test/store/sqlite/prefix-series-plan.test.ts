// An actor-prefix series (USAGOV → CHN by week, one QuadClass) reads each source code's cells of
// actor_dyad_days by key, whatever the statistics say: with the statistics ANALYZE gave on 1M
// generated events (kept in sqlite_stat1), SQLite planned the join of the codes with the roll-up
// as an automatic index over the whole table on the QuadClass, built on every request (100 ms a
// call at 1M events; bench/README.md, bench/api). The plan of every statement the store sends for
// the series is checked, and the series against the events themselves. Since migration 014 whole
// weeks come from prefix_dyad_week_quads (read by its key too), so the range starts mid-week.
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openStore } from "../../../src/store/index.ts";
import { makeEvent } from "../../helpers/event-factory.ts";
import { documentRecord } from "../../helpers/random-events.ts";

const Database = createRequire(import.meta.url)("better-sqlite3") as typeof import("better-sqlite3");
/** sqlite_stat1 of actor_dyad_days after ANALYZE on bench/api's 1M generated events. */
const STAT_AT_1M = "994530 4144 18 1 1";

describe("actor-prefix series plan on SQLite", () => {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-plan-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reads the codes' cells by key with 1M-event statistics, and answers as the events do", async () => {
    const path = join(dir, "p.db");
    let store = await openStore({ dbPath: path, databaseUrl: null });
    const codes = ["USAGOV", "USAMIL", "USA", "CHNGOV", "CHN", "RUSGOV", "PAKMIL"];
    for (let i = 0; i < 60; i++)
      await store.saveDocument(
        documentRecord(
          [
            makeEvent({
              eventId: `e${i}`,
              date: `2024-0${1 + (i % 6)}-${String(1 + (i % 27)).padStart(2, "0")}`,
              // Every third USAGOV → CHN or CHNGOV; the rest other dyads.
              src: i % 3 ? codes[i % codes.length]! : "USAGOV",
              tgt: i % 3 ? codes[(i * 3 + 1) % codes.length]! : i % 2 ? "CHN" : "CHNGOV",
              code: i % 2 ? "190" : "172",
            }),
          ],
          `https://example.org/plan/${i}`,
          `plan story ${i}`,
        ),
      );
    await store.close();
    const raw = new Database(path);
    raw.exec("analyze");
    raw
      .prepare("update sqlite_stat1 set stat = ? where tbl = 'actor_dyad_days' and idx = 'actor_dyad_days'")
      .run(STAT_AT_1M);
    expect(raw.prepare("select stat from sqlite_stat1 where tbl = 'actor_dyad_days'").pluck().get()).toBe(
      STAT_AT_1M,
    );
    raw.close();

    // Every statement the store runs, with its arguments (better-sqlite3's Statement methods).
    const sent: { sql: string; args: unknown[] }[] = [];
    const proto = Object.getPrototypeOf(new Database(":memory:").prepare("select 1"));
    const all = proto.all;
    proto.all = function (this: { source: string }, ...args: unknown[]) {
      sent.push({ sql: this.source, args });
      return all.apply(this, args);
    };
    try {
      store = await openStore({ dbPath: path, databaseUrl: null });
      sent.length = 0;
      // From a Wednesday: that partial week is read from actor_dyad_days, the whole weeks after it
      // from prefix_dyad_week_quads (migration 017).
      const series = await store.dyadSeries("USAGOV", "CHN", "week", { quad: [4], from: "2024-01-03" });
      // The same question with a filter field no roll-up keeps: answered from the events.
      const scanned = await store.dyadSeries("USAGOV", "CHN", "week", {
        quad: [4],
        from: "2024-01-03",
        minGoldstein: -1000,
      });
      expect(series.length).toBeGreaterThan(0);
      expect(series).toEqual(scanned);
      const statement = sent.find((s) => s.sql.includes("actor_dyad_days"));
      expect(statement).toBeDefined();
      const weeks = sent.find((s) => s.sql.includes("prefix_dyad_week_quads"));
      expect(weeks).toBeDefined();
      await store.close();
      const check = new Database(path, { readonly: true });
      const weekPlan = check
        .prepare<unknown[], { detail: string }>(`explain query plan ${weeks!.sql}`)
        .all(...weeks!.args)
        .map((r) => r.detail)
        .join(" | ");
      expect(weekPlan).toMatch(/SEARCH events USING PRIMARY KEY \(source_prefix=\? AND target_prefix=\?/);
      const plan = check
        .prepare<unknown[], { detail: string }>(`explain query plan ${statement!.sql}`)
        .all(...statement!.args)
        .map((r) => r.detail);
      check.close();
      expect(plan.join(" | ")).not.toMatch(/AUTOMATIC/);
      expect(plan.join(" | ")).toMatch(
        /SEARCH events USING PRIMARY KEY \(source_code=\? AND target_code>\? AND target_code<\?\)/,
      );
    } finally {
      proto.all = all;
    }
  });
});
