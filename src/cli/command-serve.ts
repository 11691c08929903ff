// `sitrep serve`: the HTTP API, live stream, alerts and dashboard over the store, until interrupted.
// With SITREP_REDIS_URL the live stream and rate limits are shared by every API process.
import { join } from "node:path";
import { createContext } from "../context.ts";
import { SitrepError } from "../errors.ts";
import { type Announcer, createAnnouncer } from "../serve/announcer.ts";
import type { Metrics } from "../serve/metrics.ts";
import { buildServer } from "../serve/server.ts";
import { openStore, type Store } from "../store/index.ts";
import type { Context } from "../types.ts";
import type { CliIo } from "./cli-io.ts";
import { parseCommandArgs } from "./options.ts";

export const SERVE_OPTIONS = {
  port: { type: "string", default: "8080" },
  host: { type: "string", default: "127.0.0.1" },
  "cors-origin": { type: "string", multiple: true },
  "allow-private": { type: "boolean", default: false },
  "rate-limit": { type: "string", default: "1200" },
} as const;

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
}

export async function runServe(
  args: readonly string[],
  io: CliIo,
  /** Called once listening; a function it returns is called before the server stops. */
  onListening: (url: string, handles: ServeHandles) => unknown = () => {},
): Promise<number> {
  const { values: parsed } = parseCommandArgs(args, SERVE_OPTIONS);
  const values = parsed as Record<string, unknown> & { db?: string };
  const port = parsePort(String(values.port));
  const rate = String(values["rate-limit"]);
  if (!/^\d+$/.test(rate))
    throw new SitrepError("E_OPTION_VALUE", `--rate-limit ${rate}: requests per minute, 0 for none`);
  const ctx = createContext(values.db ? { dbPath: values.db } : {});
  const redisUrl = process.env.SITREP_REDIS_URL ?? null;
  const store = await openStore(ctx.config);
  const announcer = await createAnnouncer(redisUrl);
  const { app, metrics } = await buildServer({
    store,
    ctx,
    host: String(values.host),
    announcer,
    redisUrl,
    rateLimit: Number(rate) === 0 ? false : { max: Number(rate), timeWindowMs: 60_000 },
    corsOrigins: (values["cors-origin"] as string[] | undefined) ?? [],
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
  });
  const address = await app.listen({ port, host: String(values.host) });
  io.stdout(`Sitrep API listening on ${address} (docs: ${address}/docs, stream: ${address}/api/v1/stream)\n`);
  const stopExtra = onListening(address, { store, ctx, announcer, metrics });
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  if (typeof stopExtra === "function") stopExtra();
  await app.close();
  await announcer.close();
  await store.close();
  return 0;
}
