// "What is unusual now": countries, admin-1 regions and dyads whose event count or mean Goldstein in
// the last window departs from their own baseline, the view GDELT users build by hand. Counts are
// compared as a Poisson rate (z = (observed − expected) / √(expected + 1), +1 so an area with no
// baseline does not divide by zero); the Goldstein shift is scaled by √observed / 4 (4 ≈ the spread
// of Goldstein values over news events), so a shift carried by many events outranks one event.
import { SitrepError } from "../errors.ts";
import type { EventFilter, GeoCount, Store, StoredEvent } from "../store/index.ts";

export type HotspotLevel = "country" | "admin1" | "dyad";

export interface HotspotQuery {
  readonly level: HotspotLevel;
  /** Last day of the window (YYYY-MM-DD), default today (UTC). */
  readonly at: string;
  readonly windowDays: number;
  readonly baselineDays: number;
  readonly limit: number;
  /** Hotspots with fewer events in the window are not reported (one event is not a trend). */
  readonly minEvents: number;
}

export interface Hotspot {
  readonly level: HotspotLevel;
  readonly key: string;
  readonly country: string | null;
  readonly score: number;
  readonly window: {
    readonly from: string;
    readonly to: string;
    readonly events: number;
    readonly meanGoldstein: number;
  };
  readonly baseline: {
    readonly from: string;
    readonly to: string;
    readonly events: number;
    readonly meanGoldstein: number | null;
    readonly expectedEvents: number;
  };
  readonly countScore: number;
  readonly goldsteinScore: number;
  readonly events: readonly StoredEvent[];
}

const GOLDSTEIN_SPREAD = 4;
const EVENTS_PER_HOTSPOT = 5;

const DAY_MS = 86_400_000;
const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

/** "24h", "7d", "2w" → whole days (at least one: events are dated by day). */
export function parseWindowDays(value: string, name: string): number {
  const m = /^(\d{1,4})([hdw])$/.exec(value.trim());
  if (!m) throw new SitrepError("E_QUERY_PARAM", `--${name} ${value}: use e.g. 24h, 7d or 4w`);
  const n = Number(m[1]);
  const days = m[2] === "h" ? Math.ceil(n / 24) : m[2] === "w" ? n * 7 : n;
  if (days < 1 || days > 3660)
    throw new SitrepError("E_QUERY_PARAM", `--${name} ${value}: from 1 day to 10 years`);
  return days;
}

interface Cell {
  key: string;
  country: string | null;
  events: number;
  meanGoldstein: number;
}

async function cells(store: Store, level: HotspotLevel, filter: EventFilter): Promise<Map<string, Cell>> {
  const rows: Cell[] =
    level === "dyad"
      ? (await store.topDyads(filter, 5000)).map((d) => ({
          key: `${d.sourceCode}>${d.targetCode}`,
          country: null,
          events: d.events,
          meanGoldstein: d.meanGoldstein,
        }))
      : (await store.geoAggregates(level, filter)).map((g: GeoCount) => ({
          key: g.key,
          country: g.country,
          events: g.events,
          meanGoldstein: g.meanGoldstein,
        }));
  return new Map(rows.filter((r) => r.key).map((r) => [r.key, r]));
}

/** The events behind a hotspot: a few of the window's most reported. */
async function eventsBehind(store: Store, level: HotspotLevel, key: string, cell: Cell, filter: EventFilter) {
  if (level === "country")
    return store.queryEvents({ ...filter, country: key }, { limit: EVENTS_PER_HOTSPOT, offset: 0 });
  if (level === "admin1") {
    const rows = await store.queryEvents(
      { ...filter, ...(cell.country ? { country: cell.country } : {}) },
      { limit: 500, offset: 0 },
    );
    return rows.filter((e) => e.admin1 === key).slice(0, EVENTS_PER_HOTSPOT);
  }
  const [source, target] = key.split(">") as [string, string];
  const rows = await store.queryEvents({ ...filter, actor: source }, { limit: 500, offset: 0 });
  return rows.filter((e) => e.sourceCode === source && e.targetCode === target).slice(0, EVENTS_PER_HOTSPOT);
}

export async function findHotspots(store: Store, q: HotspotQuery, filter: EventFilter): Promise<Hotspot[]> {
  const windowFrom = addDays(q.at, -(q.windowDays - 1));
  const baseTo = addDays(windowFrom, -1);
  const baseFrom = addDays(windowFrom, -q.baselineDays);
  const current = await cells(store, q.level, { ...filter, from: windowFrom, to: q.at });
  const baseline = await cells(store, q.level, { ...filter, from: baseFrom, to: baseTo });
  const scored: Omit<Hotspot, "events">[] = [];
  for (const [key, cur] of current) {
    if (cur.events < q.minEvents) continue;
    const base = baseline.get(key);
    const expected = ((base?.events ?? 0) * q.windowDays) / q.baselineDays;
    const countScore = (cur.events - expected) / Math.sqrt(expected + 1);
    const goldsteinScore = base
      ? ((cur.meanGoldstein - base.meanGoldstein) * Math.sqrt(cur.events)) / GOLDSTEIN_SPREAD
      : 0;
    const score = Math.max(countScore, Math.abs(goldsteinScore));
    const round = (x: number) => Math.round(x * 100) / 100;
    scored.push({
      level: q.level,
      key,
      country: cur.country,
      score: round(score),
      countScore: round(countScore),
      goldsteinScore: round(goldsteinScore),
      window: { from: windowFrom, to: q.at, events: cur.events, meanGoldstein: cur.meanGoldstein },
      baseline: {
        from: baseFrom,
        to: baseTo,
        events: base?.events ?? 0,
        meanGoldstein: base ? base.meanGoldstein : null,
        expectedEvents: round(expected),
      },
    });
  }
  scored.sort((a, b) => b.score - a.score || a.key.localeCompare(b.key));
  const top = scored.slice(0, q.limit);
  return Promise.all(
    top.map(async (h) => ({
      ...h,
      events: await eventsBehind(store, q.level, h.key, current.get(h.key)!, {
        ...filter,
        from: windowFrom,
        to: q.at,
      }),
    })),
  );
}
