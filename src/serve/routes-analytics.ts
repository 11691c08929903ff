// The analytics routes over the store's aggregate queries, with the same filters as /events:
// /series (a dyad's counts and Goldstein by period), /dyads, /actors, /network, /geo (GeoJSON) and
// /hotspots (what departs from its own baseline now).
import type { FastifyInstance } from "fastify";
import { SitrepError } from "../errors.ts";
import { type Interval, networkFromDyads, type Store } from "../store/index.ts";
import { ACTORS_RESPONSE, DYADS_RESPONSE, GEO_RESPONSE, SERIES_RESPONSE } from "./analytics-schemas.ts";
import { FILTER_SCHEMA_PROPERTIES, filterFromParams } from "./event-params.ts";
import { findHotspots, type HotspotLevel, parseWindowDays } from "./hotspots.ts";

const code = { type: "string", maxLength: 40, pattern: "^[A-Za-z0-9]+$" } as const;
const limit = (fallback: number, max: number) =>
  ({ type: "integer", minimum: 1, maximum: max, default: fallback }) as const;

function query(extra: Record<string, unknown>, required: string[] = []) {
  return {
    type: "object",
    additionalProperties: false,
    properties: { ...FILTER_SCHEMA_PROPERTIES, ...extra },
    required,
  } as const;
}

export function registerAnalyticsRoutes(app: FastifyInstance, store: Store): void {
  // Aggregates change only when events do: their answers are kept per store generation.
  const read = { scope: "read", cache: true } as const;

  app.get(
    "/api/v1/series",
    {
      config: read,
      schema: {
        summary: "A dyad's event counts by QuadClass, mean Goldstein and cooperation index by period",
        description:
          "Without `source` and `target` the series covers every actor (events that have a target), as the dashboard's timeline shows it.",
        tags: ["analytics"],
        querystring: {
          ...query({
            source: code,
            target: code,
            interval: { type: "string", enum: ["day", "week", "month"], default: "day" },
          }),
          // Both sides or neither: one side alone is a mistake, not "any target".
          dependencies: { source: ["target"], target: ["source"] },
        },
        response: SERIES_RESPONSE,
      },
    },
    async (request, reply) => {
      const q = request.query as Record<string, unknown> & {
        source?: string;
        target?: string;
        interval: Interval;
      };
      // An empty prefix matches every code (likePrefix), so a missing side means any actor.
      // source and target name the dyad, not extra filters: passing them twice would keep the store
      // from answering out of its dyad roll-up.
      const { source: _s, target: _t, ...filterParams } = q;
      // The points come as reply text (store/series-cells.ts: what the response schema's serialiser
      // would write), so a ten-year weekly series is not made into ~520 objects to be walked again.
      const series = await store.dyadSeriesJson(
        q.source ?? "",
        q.target ?? "",
        q.interval,
        filterFromParams(filterParams),
      );
      reply.type("application/json; charset=utf-8");
      return `{"series":${series}}`;
    },
  );

  app.get(
    "/api/v1/dyads",
    {
      config: read,
      schema: {
        summary: "Top source → target dyads",
        tags: ["analytics"],
        querystring: query({ limit: limit(20, 1000) }),
        response: DYADS_RESPONSE,
      },
    },
    async (request) => {
      const q = request.query as Record<string, unknown> & { limit: number };
      return { dyads: await store.topDyads(filterFromParams(q), q.limit) };
    },
  );

  app.get(
    "/api/v1/actors",
    {
      config: read,
      schema: {
        summary: "Most active actors",
        tags: ["analytics"],
        querystring: query({ limit: limit(20, 1000) }),
        response: ACTORS_RESPONSE,
      },
    },
    async (request) => {
      const q = request.query as Record<string, unknown> & { limit: number };
      return { actors: await store.topActors(filterFromParams(q), q.limit) };
    },
  );

  app.get(
    "/api/v1/network",
    {
      config: read,
      schema: {
        summary: "Actor network: who acts on whom (edges weighted by events)",
        tags: ["analytics"],
        querystring: query({ limit: limit(500, 5000) }),
      },
    },
    async (request) => {
      const q = request.query as Record<string, unknown> & { limit: number };
      return networkFromDyads(await store.topDyads(filterFromParams(q), q.limit));
    },
  );

  app.get(
    "/api/v1/geo",
    {
      config: read,
      schema: {
        summary: "Events by country, admin-1 region or place, as a GeoJSON FeatureCollection",
        tags: ["analytics"],
        querystring: query({
          level: { type: "string", enum: ["country", "admin1", "point"], default: "country" },
        }),
        response: GEO_RESPONSE,
      },
    },
    async (request, reply) => {
      const q = request.query as Record<string, unknown> & { level: "country" | "admin1" | "point" };
      const rows = await store.geoAggregates(q.level, filterFromParams(q));
      reply.type("application/geo+json");
      return {
        type: "FeatureCollection",
        features: rows
          .filter((r) => r.lat !== null && r.lon !== null)
          .map((r) => ({
            type: "Feature",
            // GeoJSON order is longitude, latitude.
            geometry: { type: "Point", coordinates: [r.lon, r.lat] },
            properties: {
              key: r.key,
              level: q.level,
              country: r.country,
              events: r.events,
              meanGoldstein: r.meanGoldstein,
            },
          })),
      };
    },
  );

  app.get(
    "/api/v1/hotspots",
    {
      config: read,
      schema: {
        summary: "Countries, admin-1 regions or dyads departing from their own baseline",
        description:
          "Event counts and mean Goldstein in the window (ending on `at`, default today UTC) against the preceding baseline. `score` is the larger of the count's Poisson z-score and the scaled Goldstein shift.",
        tags: ["analytics"],
        querystring: query({
          level: { type: "string", enum: ["country", "admin1", "dyad"], default: "country" },
          window: { type: "string", default: "24h", maxLength: 8 },
          baseline: { type: "string", default: "30d", maxLength: 8 },
          at: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" },
          minEvents: { type: "integer", minimum: 1, maximum: 100000, default: 2 },
          limit: limit(20, 200),
        }),
      },
    },
    async (request) => {
      const q = request.query as Record<string, unknown> & {
        level: HotspotLevel;
        window: string;
        baseline: string;
        at?: string;
        minEvents: number;
        limit: number;
      };
      const at = q.at ?? new Date().toISOString().slice(0, 10);
      if (Number.isNaN(Date.parse(at))) throw new SitrepError("E_QUERY_PARAM", `--at ${at}: use YYYY-MM-DD`);
      const hotspots = await findHotspots(
        store,
        {
          level: q.level,
          at,
          windowDays: parseWindowDays(q.window, "window"),
          baselineDays: parseWindowDays(q.baseline, "baseline"),
          limit: q.limit,
          minEvents: q.minEvents,
        },
        filterFromParams(q),
      );
      return { hotspots };
    },
  );
}
