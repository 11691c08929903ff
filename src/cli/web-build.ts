// Builds the dashboard (web/ → web/dist) with Vite when it is missing or older than its sources,
// so `npm ci && npm start` stays the only set-up and a checkout never serves a stale build after
// `git pull`. Vite is loaded only then: the rest of the CLI never needs it.
import { existsSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";

/** What the build reads: a change to any of these makes web/dist stale. */
const BUILD_INPUTS = [
  "web/src",
  "web/public",
  "web/index.html",
  "web/vite.config.ts",
  "scripts/admin1-shapes.ts",
];

/** Newest modification time (ms) of a file or of every file below a folder; 0 when absent. */
function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)));
  return newest;
}

/** True when web/dist exists and was built after the last change to any build input. */
export function webBuildIsCurrent(repoRoot: string): boolean {
  const index = join(repoRoot, "web", "dist", "index.html");
  if (!existsSync(index)) return false;
  const builtAt = statSync(index).mtimeMs;
  return BUILD_INPUTS.every((input) => newestChange(join(repoRoot, input)) <= builtAt);
}

export async function ensureWebBuilt(repoRoot: string, log: (line: string) => void): Promise<string> {
  const dist = join(repoRoot, "web", "dist");
  if (webBuildIsCurrent(repoRoot)) return dist;
  log("Building the dashboard (web/ → web/dist)…\n");
  const { build } = await import("vite");
  // Built aside and renamed into place: a server (or a second test file building at the same
  // time) never serves a half-written web/dist; if another build got there first, it is kept.
  const aside = `${dist}.building-${process.pid}-${Date.now()}`;
  await build({
    configFile: join(repoRoot, "web", "vite.config.ts"),
    logLevel: "warn",
    build: { outDir: aside, emptyOutDir: true },
  });
  if (existsSync(dist) && !webBuildIsCurrent(repoRoot)) {
    // A stale build moves out of the way first; a fresh one another process just made stays.
    const stale = `${dist}.stale-${process.pid}-${Date.now()}`;
    try {
      renameSync(dist, stale);
      rmSync(stale, { recursive: true, force: true });
    } catch {
      // Another process moved it first.
    }
  }
  try {
    renameSync(aside, dist);
  } catch {
    rmSync(aside, { recursive: true, force: true });
  }
  return dist;
}
