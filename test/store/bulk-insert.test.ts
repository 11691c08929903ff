// The SQLite bulk import (bulk-insert-sqlite.ts): a large batch adds the roll-ups with one grouped
// upsert instead of row triggers. Its store must end exactly as the row-by-row path leaves it:
// events, every roll-up cell, the generation, existing keys skipped (not counted twice), and the
// triggers still in place for the writes after it.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { createRandom } from "../../bench/seeded-random.ts";
import { openStore, type Store, type StoredEvent } from "../../src/store/index.ts";
import { GROUPED_ROLLUP_MIN_ROWS } from "../../src/store/sqlite/bulk-insert-sqlite.ts";

const dir = mkdtempSync(join(tmpdir(), "sitrep-bulk-insert-"));
const opened: Store[] = [];
afterAll(async () => {
  for (const s of opened) await s.close();
});

const COUNTRIES = ["USA", "CHN", "PAK", "IND"];
const CODES = ["010", "036", "0311", "111", "173", "190"];

function events(n: number, seed: number): StoredEvent[] {
  const r = createRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  return Array.from({ length: n }, (_, i) => {
    const code = pick(CODES);
    const quad = Number(code.slice(0, 2)) <= 5 ? 1 : Number(code.slice(0, 2)) <= 16 ? 3 : 4;
    const src = pick(COUNTRIES) + pick(["", "GOV", "MIL"]);
    const tgt = r() < 0.2 ? null : pick(COUNTRIES) + pick(["", "GOV"]);
    const located = r() < 0.7;
    return {
      eventKey: `k${String(i).padStart(5, "0")}`,
      day: `2024-03-${String(1 + Math.floor(r() * 20)).padStart(2, "0")}`,
      sourceCode: src,
      sourceName: src,
      targetCode: tgt,
      targetName: tgt,
      cameoCode: code,
      cameoRoot: code.slice(0, 2),
      quadClass: quad,
      // Halves are exact in binary: sums agree to the bit whatever order adds them.
      goldstein: Math.round((r() * 20 - 10) * 2) / 2,
      ploverType: "CONSULT",
      ploverMode: null,
      ploverContexts: [],
      modality: "asserted",
      negated: false,
      placeName: located ? "Somewhere" : null,
      country: located ? pick(COUNTRIES) : null,
      admin1: r() < 0.5 ? null : "Punjab",
      lat: located ? Math.round(r() * 80 * 4) / 4 : null,
      lon: located ? Math.round(r() * 80 * 4) / 4 : null,
      numMentions: 1 + Math.floor(r() * 4),
      numSources: 1,
      numArticles: 1,
      firstSeen: "2024-03-01T00:00:00Z",
      evidence: `event ${i}`,
      origin: "gdelt",
    };
  });
}

async function fresh(name: string): Promise<{ store: Store; path: string }> {
  const path = join(dir, `${name}.db`);
  const store = await openStore({ dbPath: path, databaseUrl: null });
  opened.push(store);
  return { store, path };
}

/** Every roll-up and counter table, ordered, and the triggers on events, read with a second connection. */
function snapshot(path: string) {
  const db = new BetterSqlite3(path, { readonly: true });
  try {
    const all = (sql: string) => db.prepare(sql).all();
    return {
      events: all("select * from events order by event_key"),
      dyad: all("select * from dyad_days order by 1, 2, 3, 4"),
      place: all("select * from place_days order by 1, 2, 3, 4, 5, 6"),
      actor: all("select * from actor_days order by 1, 2, 3, 4, 5, 6"),
      placeMonths: all("select * from place_months order by 1, 2, 3, 4"),
      prefixWeeks: all("select * from prefix_dyad_week_quads order by 1, 2, 3"),
      pairMonths: all("select * from pair_months order by 1, 2, 3"),
      generation: all("select generation from store_generation"),
      triggers: all("select name, sql from sqlite_master where type = 'trigger' order by name"),
    };
  } finally {
    db.close();
  }
}

describe("SQLite bulk insert with grouped roll-ups", () => {
  const all = events(GROUPED_ROLLUP_MIN_ROWS * 3, 7);
  const first = all.slice(0, GROUPED_ROLLUP_MIN_ROWS * 2);
  // Overlaps the first part: the keys already stored are skipped, not counted again.
  const second = all.slice(GROUPED_ROLLUP_MIN_ROWS * 2 - 100);

  it("leaves the store exactly as row-by-row inserts do", async () => {
    const rows = await fresh("rows");
    for (const part of [first, second])
      for (let i = 0; i < part.length; i += 50) await rows.store.insertEvents(part.slice(i, i + 50));
    const bulk = await fresh("bulk");
    await bulk.store.insertEvents(first);
    await bulk.store.insertEvents(second);

    const expected = snapshot(rows.path);
    const got = snapshot(bulk.path);
    expect(expected.events).toHaveLength(all.length);
    expect(expected.actor.length).toBeGreaterThan(100);
    expect(got).toEqual(expected);
  });

  it("keeps the triggers: a later small write still updates the roll-ups", async () => {
    const bulk = await fresh("after");
    await bulk.store.insertEvents(first);
    const before = await bulk.store.generation();
    const extra = events(GROUPED_ROLLUP_MIN_ROWS * 3 + 5, 7).slice(-5);
    await bulk.store.insertEvents(extra);
    expect(await bulk.store.generation()).toBe(before + 5);
    const rows = await fresh("after-rows");
    for (let i = 0; i < first.length; i += 50) await rows.store.insertEvents(first.slice(i, i + 50));
    await rows.store.insertEvents(extra);
    expect(snapshot(bulk.path)).toEqual(snapshot(rows.path));
  });
});
