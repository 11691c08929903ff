// Loads one of Sitrep's entry modules: from dist/ (precompiled by scripts/build-dist.mjs, run by
// `npm ci`) when that build is newer than every source file, otherwise from src/ through tsx.
// Start-up of a `sitrep` process: ~0.5 s CPU with the build, ~1.3 s through tsx (which also pays
// for transpiling any module its cache lacks). SITREP_FROM_SOURCE=1 always runs the sources.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The newest modification time of the .ts files under `dir` and their number. */
function scanSources(dir) {
  let newest = 0;
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = scanSources(path);
      newest = Math.max(newest, inner.newest);
      count += inner.count;
    } else if (entry.name.endsWith(".ts")) {
      newest = Math.max(newest, statSync(path).mtimeMs);
      count++;
    }
  }
  return { newest, count };
}

/** True when `root`/dist holds a build of the sources as they are now (same files, none edited since). */
export function isBuildFresh(root = ROOT) {
  if (process.env.SITREP_FROM_SOURCE === "1") return false;
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(join(root, "dist", "build-stamp.json"), "utf8"));
  } catch {
    return false;
  }
  const sources = scanSources(join(root, "src"));
  return sources.count === stamp.sourceCount && sources.newest <= stamp.builtAtMs;
}

/**
 * The module `dist/<name>.js` when the build is fresh, else `source` (a path from the repository
 * root, e.g. "src/cli/main.ts") through tsx.
 */
export async function importEntry(name, source) {
  fromBuild ??= isBuildFresh();
  if (fromBuild) return import(pathToFileURL(join(ROOT, "dist", `${name}.js`)).href);
  if (!tsxRegistered) {
    const { register } = await import("tsx/esm/api");
    register();
    tsxRegistered = true;
  }
  return import(pathToFileURL(join(ROOT, source)).href);
}

/** Decided once per process, so that every entry comes from the same place. */
let fromBuild = null;
let tsxRegistered = false;
