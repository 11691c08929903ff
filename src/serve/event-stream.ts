// GET /api/v1/stream: Server-Sent Events. Each stored report of a matching event is sent as
// `event: event` with `id:` its position in the store's event log, so `Last-Event-ID` (or `after`)
// resumes without gaps from any API process. The stream reads the log when an announcement wakes it
// and at least every POLL_MS (a worker in another process without Redis still gets through), sends a
// comment heartbeat so proxies keep the connection, and forwards fired alerts as `event: alert`.
import type { FastifyInstance } from "fastify";
import { SitrepError } from "../errors.ts";
import type { Store } from "../store/index.ts";
import type { Announcer } from "./announcer.ts";
import { FILTER_SCHEMA_PROPERTIES, filterFromParams } from "./event-params.ts";

export interface StreamOptions {
  /** How often the log is read without an announcement. */
  readonly pollMs: number;
  readonly heartbeatMs: number;
}

/** Log rows examined per read: a client far behind catches up in bounded steps. */
const SCAN = 500;

function parseSeq(value: unknown, name: string): number | null {
  if (value === undefined || value === null || value === "") return null;
  if (typeof value !== "string" || !/^\d{1,15}$/.test(value))
    throw new SitrepError("E_QUERY_PARAM", `--${name} ${String(value)}: an event id from this stream`);
  return Number(value);
}

export function registerEventStream(
  app: FastifyInstance,
  store: Store,
  announcer: Announcer,
  options: StreamOptions,
): void {
  // Open streams, ended when the server closes (a stream never ends by itself).
  const open = new Set<() => void>();
  app.addHook("onClose", async () => {
    for (const end of open) end();
  });
  app.get(
    "/api/v1/stream",
    {
      config: { scope: "read", keyInQuery: true },
      schema: {
        summary: "Live stream of stored events (Server-Sent Events)",
        description:
          "Each new stored report of a matching event arrives as `event: event` with its log id; reconnect with `Last-Event-ID` (or `after`) to resume without gaps. Fired alerts arrive as `event: alert`; a comment line is sent as heartbeat.",
        tags: ["stream"],
        querystring: {
          type: "object",
          additionalProperties: false,
          properties: {
            ...FILTER_SCHEMA_PROPERTIES,
            after: { type: "string", maxLength: 16, description: "resume after this event id" },
            access_token: {
              type: "string",
              maxLength: 200,
              description: "API key (EventSource cannot send headers)",
            },
          },
        },
      },
    },
    async (request, reply) => {
      const query = request.query as Record<string, unknown>;
      const filter = filterFromParams(query);
      const resume =
        parseSeq(request.headers["last-event-id"], "Last-Event-ID") ?? parseSeq(query.after, "after");
      let last = resume ?? (await store.lastLogSeq());

      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-cache, no-transform",
        connection: "keep-alive",
        "x-accel-buffering": "no",
        ...(reply.getHeaders() as Record<string, string>),
      });
      res.write(`retry: 2000\n: connected at ${last}\n\n`);

      let closed = false;
      let pumping: Promise<void> | null = null;
      let again = false;
      const pump = async () => {
        // One read at a time per client; a wake during a read asks for one more read after it.
        if (pumping) {
          again = true;
          return;
        }
        pumping = (async () => {
          do {
            again = false;
            for (;;) {
              const { rows, lastSeq } = await store.eventLogAfter(last, filter, SCAN);
              if (closed) return;
              for (const r of rows) {
                res.write(
                  `id: ${r.seq}\nevent: event\ndata: ${JSON.stringify({ ...r.event, kind: r.kind, docKey: r.docKey, seq: r.seq })}\n\n`,
                );
              }
              if (lastSeq === last) break;
              last = lastSeq;
            }
          } while (again && !closed);
        })()
          .catch((error) => request.log.warn({ err: error }, "stream read failed"))
          .finally(() => {
            pumping = null;
          });
        await pumping;
      };

      const unlisten = announcer.listen((m) => {
        // A wake-up at commit (no seq) reads on; the relay's later announcement of a log row this
        // client has read already (seq at or before its position) has nothing to add.
        if (m.type === "stored") {
          if (m.seq === undefined || m.seq > last) void pump();
        } else if (m.type === "alert" && !closed)
          res.write(`event: alert\ndata: ${JSON.stringify(m.alert)}\n\n`);
      });
      const poll = setInterval(() => void pump(), options.pollMs);
      const heartbeat = setInterval(() => {
        if (!closed) res.write(`: heartbeat ${Date.now()}\n\n`);
      }, options.heartbeatMs);
      const stop = () => {
        if (closed) return;
        closed = true;
        unlisten();
        clearInterval(poll);
        clearInterval(heartbeat);
      };
      const end = () => {
        stop();
        res.end();
      };
      open.add(end);
      request.raw.on("close", () => {
        stop();
        open.delete(end);
      });
      res.on("close", stop);
      await pump();
    },
  );
}
