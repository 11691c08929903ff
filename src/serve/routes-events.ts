// GET /api/v1/events (the CLI's filters, keyset pages with a `next` cursor) and
// GET /api/v1/events/:id (the event with every report: evidence, spans and source documents).
import type { FastifyInstance } from "fastify";
import { SitrepError } from "../errors.ts";
import type { Store } from "../store/index.ts";
import { ERROR_RESPONSES, eventRef } from "./api-schemas.ts";
import { decodeCursor, encodeCursor, FILTER_SCHEMA_PROPERTIES, filterFromParams } from "./event-params.ts";

export const MAX_PAGE = 1000;

export function registerEventRoutes(app: FastifyInstance, store: Store): void {
  app.get(
    "/api/v1/events",
    {
      config: { scope: "read", cache: true },
      schema: {
        summary: "Events matching the filters, newest day first",
        description:
          "Pages are keyset pages: pass `next` from a reply as `cursor` to get the following page. Pages neither repeat nor skip events while new ones are stored.",
        tags: ["events"],
        querystring: {
          type: "object",
          additionalProperties: false,
          properties: {
            ...FILTER_SCHEMA_PROPERTIES,
            limit: { type: "integer", minimum: 1, maximum: MAX_PAGE, default: 50 },
            cursor: { type: "string", maxLength: 500 },
          },
        },
        response: {
          200: {
            type: "object",
            properties: {
              events: { type: "array", items: eventRef },
              next: {
                type: ["string", "null"],
                description: "cursor of the next page; null on the last page",
              },
            },
            required: ["events", "next"],
          },
          ...ERROR_RESPONSES,
        },
      },
    },
    async (request, reply) => {
      const q = request.query as Record<string, unknown> & { limit: number; cursor?: string };
      const filter = filterFromParams(q);
      const after = q.cursor ? decodeCursor(q.cursor) : null;
      // One row more than asked says whether a next page exists without a count query. The rows
      // come as reply text (store/event-page.ts: the Event schema's fields), so the page is sent
      // as written, without making each event an object and serialising it again.
      const rows = await store.pageEventJson(filter, q.limit + 1, after);
      const page = rows.slice(0, q.limit);
      const last = page[page.length - 1];
      const next =
        rows.length > q.limit && last ? encodeCursor({ day: last.day, eventKey: last.eventKey }) : null;
      reply.type("application/json; charset=utf-8");
      return `{"events":[${page.map((r) => r.json).join(",")}],"next":${JSON.stringify(next)}}`;
    },
  );

  app.get(
    "/api/v1/events/:id",
    {
      config: { scope: "read" },
      schema: {
        summary: "One event with all its reports, evidence spans and source documents",
        tags: ["events"],
        params: { type: "object", properties: { id: { type: "string", maxLength: 200 } }, required: ["id"] },
      },
    },
    async (request) => {
      const { id } = request.params as { id: string };
      const detail = await store.eventDetail(id);
      if (!detail) throw new SitrepError("E_API_NOT_FOUND", `no event ${id}`);
      return detail;
    },
  );
}
