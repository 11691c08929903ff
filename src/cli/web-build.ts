// Builds the dashboard (web/ → web/dist) with Vite when it is missing, so `npm ci && npm start`
// stays the only set-up. Vite is loaded only then: the rest of the CLI never needs it.
import { existsSync } from "node:fs";
import { join } from "node:path";

export async function ensureWebBuilt(repoRoot: string, log: (line: string) => void): Promise<string> {
  const dist = join(repoRoot, "web", "dist");
  if (existsSync(join(dist, "index.html"))) return dist;
  log("Building the dashboard (web/ → web/dist)…\n");
  const { build } = await import("vite");
  await build({ configFile: join(repoRoot, "web", "vite.config.ts"), logLevel: "warn" });
  return dist;
}
