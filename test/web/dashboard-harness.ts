// The browser tests' set-up: a store with part of the demo corpus coded by the real pipeline, the
// real server (API + built dashboard) on 127.0.0.1, and Debian's Chromium driven by playwright-core.
// Outside CI the tests skip with a reason when /usr/bin/chromium is absent; in CI they must run.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";
import { ensureWebBuilt } from "../../src/cli/web-build.ts";
import { createContext } from "../../src/context.ts";
import { readInputs } from "../../src/ingest/index.ts";
import { ingestInto } from "../../src/pipeline.ts";
import { sourceReports } from "../../src/queue/live-runtime.ts";
import { buildServer, type SitrepServer } from "../../src/serve/server.ts";
import { DEFAULT_DELIVERY } from "../../src/serve/webhook-delivery.ts";
import type { SourceSpec } from "../../src/sources/source-spec.ts";
import { openLiveState, openStore, type Store } from "../../src/store/index.ts";

export const CHROMIUM = "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-quic",
  "--no-first-run",
  "--disable-component-update",
  "--disable-sync",
];

export const REPO = fileURLToPath(new URL("../..", import.meta.url));

/** Why the browser tests cannot run here, or null when they can (CI must have Chromium). */
export function browserSkipReason(): string | null {
  if (existsSync(CHROMIUM)) return null;
  if (process.env.CI === "true") throw new Error(`CI=true but ${CHROMIUM} is missing: .ci/run installs it`);
  return `${CHROMIUM} is absent (apt-get install -y chromium); browser tests skipped`;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export interface Dashboard {
  readonly store: Store;
  readonly server: SitrepServer;
  readonly url: string;
  close(): Promise<void>;
}

/** Demo documents coded for the tests: several countries, dyads in both directions, located events. */
const DEMO_FILES = [
  "01-china-pakistan-military-talks.txt",
  "03-russia-strikes-kyiv-energy.txt",
  "06-india-pakistan-loc-firing.txt",
  "09-sudan-ethiopia-fashaga.txt",
  "13-colombia-venezuela-border.txt",
  "17-us-china-wang-yi-washington.html",
];

export async function startDashboard(): Promise<Dashboard> {
  await ensureWebBuilt(REPO, () => {});
  const dir = mkdtempSync(join(tmpdir(), "sitrep-web-"));
  const ctx = createContext({ dbPath: join(dir, "t.db") });
  const store = await openStore(ctx.config);
  const items = readInputs(
    DEMO_FILES.map((f) => join(ctx.config.dataDir, "demo", f)),
    { type: "auto", maxBytes: ctx.config.maxInputBytes, readStdin: async () => new Uint8Array() },
  );
  await ingestInto(store, items, ctx, () => {});
  await recordWatchedSources(store);
  const server = await buildServer({
    store,
    ctx,
    host: "127.0.0.1",
    rateLimit: false,
    stream: { pollMs: 200, heartbeatMs: 5000 },
    // Alerts checked as soon as a document is stored (and every half second), never delivered
    // anywhere but the stream: the rules the tests create have no webhook.
    alerts: { pollMs: 500, delivery: DEFAULT_DELIVERY },
    sourceStatus: () => sourceReports(store, WATCHED),
    webRoot: join(REPO, "web", "dist"),
  });
  const url = await server.app.listen({ port: 0, host: "127.0.0.1" });
  return {
    store,
    server,
    url,
    close: async () => {
      await server.app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Two watched sources as the live runtime records them: one whose polls succeed, one failing. */
export const WATCHED: SourceSpec[] = [
  { name: "wire-ok", url: "https://news.example/feed.xml", type: "feed" as const },
  { name: "wire-down", url: "https://down.example/rss", type: "feed" as const },
].map((s, line) => ({
  ...s,
  path: null,
  intervalMs: 15 * 60_000,
  allowPrivate: false,
  maxBytes: null,
  lang: null,
  country: null,
  tags: [],
  enabled: true,
  line,
}));

async function recordWatchedSources(store: Store): Promise<void> {
  const live = await openLiveState(store);
  await live.registerSources(WATCHED.map((s) => ({ name: s.name, type: s.type, address: s.url ?? "" })));
  const next = Date.now() + 15 * 60_000;
  await live.recordPoll("wire-ok", { status: 200, error: null, items: 20, newItems: 3, nextPollAt: next });
  await live.recordDocument("wire-ok", "stored");
  for (let i = 0; i < 3; i++)
    await live.recordPoll("wire-down", {
      status: null,
      error: { code: "E_FETCH_TIMEOUT", message: "no answer in 30 s" },
      items: 0,
      newItems: 0,
      nextPollAt: next,
    });
}

/** Console errors and uncaught page errors, collected for the whole test. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}
