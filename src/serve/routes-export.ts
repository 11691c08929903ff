// GET /api/v1/export?format=gdelt|gdelt-mentions|plover|csv with any filter: streamed from the
// store page by page, pausing while the client is slow, so an export of millions of events holds
// one page in memory.
import { PassThrough } from "node:stream";
import type { FastifyInstance } from "fastify";
import { EXPORT_FORMATS, exportEvents } from "../store/export/index.ts";
import type { Store } from "../store/index.ts";
import { FILTER_SCHEMA_PROPERTIES, filterFromParams } from "./event-params.ts";

const CONTENT_TYPES: Record<string, string> = {
  gdelt: "text/tab-separated-values; charset=utf-8",
  "gdelt-mentions": "text/tab-separated-values; charset=utf-8",
  plover: "application/x-ndjson; charset=utf-8",
  csv: "text/csv; charset=utf-8",
};

export function registerExportRoute(app: FastifyInstance, store: Store, dataDir: string): void {
  app.get(
    "/api/v1/export",
    {
      config: { scope: "read" },
      schema: {
        summary: "Export matching events as GDELT 2.0 (events or mentions), PLOVER JSON Lines or CSV",
        tags: ["export"],
        querystring: {
          type: "object",
          additionalProperties: false,
          properties: { ...FILTER_SCHEMA_PROPERTIES, format: { type: "string", enum: [...EXPORT_FORMATS] } },
          required: ["format"],
        },
      },
    },
    async (request, reply) => {
      const q = request.query as Record<string, unknown> & { format: string };
      const filter = filterFromParams(q);
      const body = new PassThrough();
      let gone = false;
      body.on("close", () => {
        gone = true;
      });
      const write = (chunk: string): void | Promise<void> => {
        if (gone) throw new Error("client went away");
        if (!body.write(chunk)) return new Promise<void>((resolve) => body.once("drain", resolve));
      };
      exportEvents(store, q.format, filter, write, dataDir)
        .then(() => body.end())
        .catch((error) => {
          if (!gone) request.log.warn({ err: error }, "export ended early");
          body.destroy();
        });
      const ext = q.format === "plover" ? "jsonl" : q.format === "csv" ? "csv" : "tsv";
      return reply
        .type(CONTENT_TYPES[q.format]!)
        .header("content-disposition", `attachment; filename="sitrep-${q.format}.${ext}"`)
        .send(body);
    },
  );
}
