// Builds the dashboard (web/ → web/dist) with Vite when it is missing, so `npm ci && npm start`
// stays the only set-up. Vite is loaded only then: the rest of the CLI never needs it.
import { existsSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";

export async function ensureWebBuilt(repoRoot: string, log: (line: string) => void): Promise<string> {
  const dist = join(repoRoot, "web", "dist");
  if (existsSync(join(dist, "index.html"))) return dist;
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
  try {
    renameSync(aside, dist);
  } catch {
    rmSync(aside, { recursive: true, force: true });
  }
  return dist;
}
