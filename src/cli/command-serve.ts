// `sitrep serve`: the HTTP API, live stream, alerts and dashboard over the store, until interrupted.
// With SITREP_REDIS_URL the live stream and rate limits are shared by every API process.
import { join } from "node:path";
import { createContext } from "../context.ts";
import { SitrepError } from "../errors.ts";
import { createOutboxRelay, sourceReports, startWatching, type WatchHandle } from "../queue/index.ts";
import { type Announcer, createAnnouncer } from "../serve/announcer.ts";
import type { Metrics } from "../serve/metrics.ts";
import { buildServer } from "../serve/server.ts";
import { loadSourcesFile } from "../sources/source-spec.ts";
import { openLiveState, openStore, type Store } from "../store/index.ts";
import type { Context } from "../types.ts";
import type { CliIo } from "./cli-io.ts";
import { queuePrefix } from "./live-options.ts";
import {
  type CommandSpec,
  DB_OPTION,
  HELP_OPTION,
  listOption,
  parseCommand,
  stringOption,
} from "./option-table.ts";

export const SERVE_COMMAND: CommandSpec = {
  name: "serve",
  usage: "serve [--db FILE] [--port 8080] [--host 127.0.0.1] [--sources FILE]",
  summary:
    "Serves the HTTP API (/api/v1/..., OpenAPI at /openapi.json, docs at /docs), the live event stream,\n" +
    "alerts and the dashboard over the store, until interrupted. With SITREP_REDIS_URL the stream and\n" +
    "rate limits are shared by every API process.",
  maxPositionals: 0,
  options: [
    DB_OPTION,
    { name: "port", type: "string", default: "8080", value: "N", help: "TCP port (0: any free port)" },
    {
      name: "host",
      type: "string",
      default: "127.0.0.1",
      value: "ADDR",
      help: "address to bind; off loopback every request needs a key",
    },
    {
      name: "cors-origin",
      type: "string",
      multiple: true,
      value: "ORIGIN",
      help: "allow browser requests from this origin",
    },
    {
      name: "sources",
      type: "string",
      value: "FILE",
      help: "also watch the sources in FILE (YAML or JSON) and code what they publish, in this process",
    },
    {
      name: "allow-private",
      type: "boolean",
      help: "let alert webhooks and watched sources reach private and loopback addresses",
    },
    {
      name: "rate-limit",
      type: "string",
      default: "1200",
      value: "N",
      help: "requests per minute per key (per address without one); 0 for none",
    },
    HELP_OPTION,
  ],
};

export function parsePort(value: string): number {
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535)
    throw new SitrepError("E_OPTION_VALUE", `--port ${value}: a port number from 0 to 65535`);
  return Number(value);
}

/** What runs in the serving process, for work beside the server (the demo's live replay). */
export interface ServeHandles {
  readonly store: Store;
  readonly ctx: Context;
  readonly announcer: Announcer;
  readonly metrics: Metrics;
  /**
   * Lists a feed that runs beside the server (the demo's replay) among the watched sources: its
   * status row (recorded through openLiveState) is then reported as an enabled source's.
   */
  watchSource(source: { name: string; type: string; address: string; intervalMs: number }): void;
}

export async function runServe(
  args: readonly string[],
  io: CliIo,
  /** Called once listening; a function it returns is called before the server stops. */
  onListening: (url: string, handles: ServeHandles) => unknown = () => {},
): Promise<number> {
  const { values } = parseCommand(SERVE_COMMAND, args);
  const port = parsePort(stringOption(values, "port") ?? "8080");
  const rate = String(values["rate-limit"]);
  if (!/^\d+$/.test(rate))
    throw new SitrepError("E_OPTION_VALUE", `--rate-limit ${rate}: requests per minute, 0 for none`);
  const db = stringOption(values, "db");
  const ctx = createContext(db ? { dbPath: db } : {});
  const redisUrl = process.env.SITREP_REDIS_URL ?? null;
  const store = await openStore(ctx.config);
  // One channel for workers, `watch` and this server. Stored documents are announced by the
  // relay from the event log (whichever process stored them); the API's own intake kicks it.
  const channel = await createAnnouncer(redisUrl, queuePrefix(), ctx.config.databaseUrl);
  const relay = await createOutboxRelay(await openLiveState(store).then((l) => l.outbox), channel, {
    onError: (error) => io.stderr(`sitrep: announcing failed (retried): ${String(error)}\n`),
  });
  const announcer: Announcer = {
    ...channel,
    announce: async (m) => (m.type === "stored" ? relay.kick() : channel.announce(m)),
  };
  const sourcesPath = stringOption(values, "sources");
  const sources = sourcesPath ? (await loadSourcesFile(sourcesPath)).sources : [];
  const allowPrivate = Boolean(values["allow-private"]);
  const watching: WatchHandle | null = sourcesPath
    ? await startWatching({ sources, store, ctx, channel, relay, allowPrivate })
    : null;
  const besides = new Map<string, { name: string; type: string; address: string; intervalMs: number }>();
  const { app, metrics } = await buildServer({
    store,
    ctx,
    host: String(values.host),
    announcer,
    redisUrl,
    rateLimit: Number(rate) === 0 ? false : { max: Number(rate), timeWindowMs: 60_000 },
    corsOrigins: listOption(values, "cors-origin"),
    alerts: {
      pollMs: 5000,
      delivery: {
        allowPrivate: Boolean(values["allow-private"]),
        attempts: 4,
        backoffMs: 1000,
        timeoutMs: 5000,
      },
    },
    webRoot: join(ctx.config.dataDir, "..", "web", "dist"),
    sourceStatus: async () =>
      (await sourceReports(store, sources)).map((r) => {
        const extra = besides.get(r.name);
        return extra ? { ...r, ...extra, enabled: true, tags: [] } : r;
      }),
  });
  const address = await app.listen({ port, host: String(values.host) });
  io.stdout(`Sitrep API listening on ${address} (docs: ${address}/docs, stream: ${address}/api/v1/stream)\n`);
  const stopExtra = onListening(address, {
    store,
    ctx,
    announcer,
    metrics,
    watchSource: (source) => besides.set(source.name, source),
  });
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  if (typeof stopExtra === "function") stopExtra();
  await app.close();
  await watching?.stop();
  await relay.close();
  await channel.close();
  await store.close();
  return 0;
}
