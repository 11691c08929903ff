// The store's queries as Model Context Protocol tools, so an LLM agent can ask "what happened between
// India and Pakistan this week, with evidence". Same filters and the same query code as the CLI and
// the HTTP API; every answer is JSON text plus structured content, with the evidence sentences.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { isSitrepError } from "../errors.ts";
import { type Interval, networkFromDyads, type Store, type StoredEvent } from "../store/index.ts";
import { decodeCursor, encodeCursor, filterFromParams } from "./event-params.ts";
import { findHotspots, type HotspotLevel, parseWindowDays } from "./hotspots.ts";

const filterShape = {
  from: z.string().optional().describe("first day, YYYY-MM-DD"),
  to: z.string().optional().describe("last day, YYYY-MM-DD"),
  actor: z.string().optional().describe("CAMEO actor code prefix on either side, e.g. IND, PAKMIL"),
  country: z.string().optional().describe("ISO3 country where the event took place"),
  code: z.string().optional().describe('CAMEO event code as text, e.g. "190"'),
  root: z.string().optional().describe('CAMEO root, e.g. "14" (protest)'),
  quad: z
    .string()
    .optional()
    .describe(
      "QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict",
    ),
  plover: z.string().optional().describe("PLOVER event type, e.g. PROTEST, ASSAULT"),
  place: z.string().optional().describe("place name"),
  text: z.string().optional().describe("words that must appear in the evidence sentence"),
};

type Params = Record<string, unknown>;

/** The event as an agent reads it: who did what to whom, when, where, and the sentence that says so. */
function brief(e: StoredEvent) {
  return {
    id: e.eventKey,
    day: e.day,
    source: `${e.sourceName} (${e.sourceCode})`,
    target: e.targetCode ? `${e.targetName} (${e.targetCode})` : null,
    cameo: e.cameoCode,
    plover: e.ploverType,
    quadClass: e.quadClass,
    goldstein: e.goldstein,
    modality: e.modality,
    negated: e.negated,
    place: e.placeName ? `${e.placeName}${e.country ? `, ${e.country}` : ""}` : e.country,
    reports: e.numMentions,
    sources: e.numSources,
    evidence: e.evidence,
  };
}

function answer(value: unknown) {
  return {
    content: [{ type: "text" as const, text: JSON.stringify(value, null, 2) }],
    structuredContent: (Array.isArray(value) ? { items: value } : value) as Record<string, unknown>,
  };
}

/** Coded errors become tool errors the agent can read and correct; anything else propagates. */
async function guarded(work: () => Promise<unknown>) {
  try {
    return answer(await work());
  } catch (error) {
    if (!isSitrepError(error)) throw error;
    return { content: [{ type: "text" as const, text: `${error.code}: ${error.message}` }], isError: true };
  }
}

export function createMcpServer(store: Store, version: string): McpServer {
  const server = new McpServer({ name: "sitrep", version });

  server.registerTool(
    "search_events",
    {
      description:
        "Geopolitical events coded from news (CAMEO/PLOVER), newest day first, each with its evidence sentence. Pass `next` back as `cursor` for more.",
      inputSchema: {
        ...filterShape,
        limit: z.number().int().min(1).max(200).optional(),
        cursor: z.string().optional(),
      },
    },
    (p: Params) =>
      guarded(async () => {
        const limit = Number(p.limit ?? 25);
        const rows = await store.pageEvents(
          filterFromParams(p),
          limit + 1,
          p.cursor ? decodeCursor(String(p.cursor)) : null,
        );
        const page = rows.slice(0, limit);
        const last = page[page.length - 1];
        return {
          events: page.map(brief),
          next: rows.length > limit && last ? encodeCursor({ day: last.day, eventKey: last.eventKey }) : null,
        };
      }),
  );

  server.registerTool(
    "events_between",
    {
      description:
        "Events between two actors in either direction (e.g. IND and PAK) over a period, with evidence: 'what happened between India and Pakistan this week'.",
      inputSchema: {
        a: z.string().describe("first actor code prefix, e.g. IND"),
        b: z.string().describe("second actor code prefix, e.g. PAK"),
        from: filterShape.from,
        to: filterShape.to,
        limit: z.number().int().min(1).max(200).optional(),
      },
    },
    (p: Params) =>
      guarded(async () => {
        const a = String(p.a).toUpperCase();
        const b = String(p.b).toUpperCase();
        const limit = Number(p.limit ?? 50);
        const filter = filterFromParams({ actor: a, from: p.from, to: p.to });
        const found: StoredEvent[] = [];
        let cursor = null;
        // Events of `a` are read page by page and kept when `b` is on the other side.
        for (let pages = 0; pages < 20 && found.length < limit; pages++) {
          const rows: StoredEvent[] = await store.pageEvents(filter, 500, cursor);
          for (const e of rows) {
            const pair = [e.sourceCode, e.targetCode ?? ""];
            if (
              (pair[0]!.startsWith(a) && pair[1]!.startsWith(b)) ||
              (pair[0]!.startsWith(b) && pair[1]!.startsWith(a))
            )
              found.push(e);
          }
          if (rows.length < 500) break;
          const last = rows[rows.length - 1]!;
          cursor = { day: last.day, eventKey: last.eventKey };
        }
        return { events: found.slice(0, limit).map(brief) };
      }),
  );

  server.registerTool(
    "get_event",
    {
      description:
        "One event with every report of it: the evidence sentences and the source documents (URL, title, date).",
      inputSchema: { id: z.string() },
    },
    (p: Params) =>
      guarded(async () => {
        const d = await store.eventDetail(String(p.id));
        if (!d) return { found: false };
        return {
          found: true,
          event: brief(d.event),
          reports: d.mentions.map((m) => ({ evidence: m.evidence, document: m.document, docKey: m.docKey })),
        };
      }),
  );

  server.registerTool(
    "dyad_series",
    {
      description:
        "A dyad's event counts by QuadClass, mean Goldstein and cooperation index by day, week or month.",
      inputSchema: {
        source: z.string(),
        target: z.string(),
        interval: z.enum(["day", "week", "month"]).optional(),
        ...filterShape,
      },
    },
    (p: Params) =>
      guarded(async () =>
        store.dyadSeries(
          String(p.source),
          String(p.target),
          (p.interval as Interval) ?? "day",
          filterFromParams(p),
        ),
      ),
  );

  server.registerTool(
    "top_dyads",
    {
      description: "The most active source → target pairs for a filter.",
      inputSchema: { ...filterShape, limit: z.number().int().min(1).max(200).optional() },
    },
    (p: Params) => guarded(async () => store.topDyads(filterFromParams(p), Number(p.limit ?? 20))),
  );

  server.registerTool(
    "top_actors",
    {
      description: "The most active actors for a filter.",
      inputSchema: { ...filterShape, limit: z.number().int().min(1).max(200).optional() },
    },
    (p: Params) => guarded(async () => store.topActors(filterFromParams(p), Number(p.limit ?? 20))),
  );

  server.registerTool(
    "actor_network",
    {
      description: "Who acts on whom: nodes and weighted edges for a filter.",
      inputSchema: { ...filterShape, limit: z.number().int().min(1).max(1000).optional() },
    },
    (p: Params) =>
      guarded(async () =>
        networkFromDyads(await store.topDyads(filterFromParams(p), Number(p.limit ?? 200))),
      ),
  );

  server.registerTool(
    "events_by_place",
    {
      description: "Event counts and mean Goldstein by country, first-level region or place.",
      inputSchema: { level: z.enum(["country", "admin1", "point"]).optional(), ...filterShape },
    },
    (p: Params) =>
      guarded(async () =>
        store.geoAggregates((p.level as "country" | "admin1" | "point") ?? "country", filterFromParams(p)),
      ),
  );

  server.registerTool(
    "hotspots",
    {
      description:
        "What is unusual now: countries, regions or dyads whose event count or mean Goldstein in the last window departs from their own baseline.",
      inputSchema: {
        level: z.enum(["country", "admin1", "dyad"]).optional(),
        window: z.string().optional().describe("e.g. 24h, 7d"),
        baseline: z.string().optional().describe("e.g. 30d"),
        at: z.string().optional().describe("last day of the window, YYYY-MM-DD (default today)"),
        ...filterShape,
      },
    },
    (p: Params) =>
      guarded(async () => {
        const hotspots = await findHotspots(
          store,
          {
            level: (p.level as HotspotLevel) ?? "country",
            at: String(p.at ?? new Date().toISOString().slice(0, 10)),
            windowDays: parseWindowDays(String(p.window ?? "24h"), "window"),
            baselineDays: parseWindowDays(String(p.baseline ?? "30d"), "baseline"),
            limit: 20,
            minEvents: 2,
          },
          filterFromParams(p),
        );
        return hotspots.map((h) => ({ ...h, events: h.events.map(brief) }));
      }),
  );

  server.registerTool(
    "get_document",
    {
      description: "A stored news document: title, URL, date, its main text and the events coded from it.",
      inputSchema: { id: z.string() },
    },
    (p: Params) =>
      guarded(async () => {
        const d = await store.documentDetail(String(p.id));
        if (!d) return { found: false };
        const text = (d.article as { text?: string }).text ?? "";
        return {
          found: true,
          title: d.title,
          url: d.url,
          publishedAt: d.publishedAt,
          source: d.source,
          text,
          events: d.events.map(brief),
        };
      }),
  );

  return server;
}
