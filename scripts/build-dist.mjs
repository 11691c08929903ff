#!/usr/bin/env node
// Precompiles the TypeScript sources into dist/ (ES modules bundled by esbuild, npm packages left as
// imports) so that `bin/sitrep.js` starts without transpiling ~300 modules through tsx on every run:
// tsx's loader hooks and per-module resolution were ~0.8 s CPU of each process's start-up
// (`node --cpu-prof` of a bench:extraction worker), more than extracting 20 pages. Run by npm's
// `prepare` step (so `npm ci` builds it); bin/load-entry.js uses dist/ only while it is newer than
// every file in src/, and runs the sources through tsx otherwise. Plain JS so it needs no tsx.
//   node scripts/build-dist.mjs
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(ROOT, "dist");

/** Output name -> source. Flat names: every output file sits directly in dist/ (see keepSourceUrls). */
export const ENTRIES = {
  "cli-main": "src/cli/main.ts",
  context: "src/context.ts",
  "extract-html": "src/extract/html/extract-html.ts",
  "annotate-worker": "src/pipeline-annotate-worker.ts",
  // The pipeline's stages and the store as a library, for bench/scale's child (measure-child.mjs),
  // which times what a user runs rather than the sources through tsx.
  pipeline: "src/pipeline.ts",
  store: "src/store/index.ts",
  annotate: "src/annotate/index.ts",
  extract: "src/extract/index.ts",
};

/**
 * The language level Node 20 runs, not "node20": for a Node target esbuild rewrites every regular
 * expression literal with a Unicode property escape (/\p{Lu}/u) as `new RegExp("\\p{Lu}", "u")`
 * (it cannot know which property names that Node knows), and inside a function that is a
 * constructor call with a compilation-cache lookup each time the line runs, ~75 ns against ~20
 * for the literal: 92 sites, several of them once per token.
 */
export const BUILD_TARGET = "es2022";

/**
 * Modules find their data by `import.meta.url` (data/ relative to the source file, createRequire for
 * packages). In a bundle that URL would be the bundle's, so each use is rewritten to the URL of the
 * module's own source file, relative to dist/: paths resolve exactly as they do under tsx.
 */
const keepSourceUrls = {
  name: "keep-source-urls",
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      let text = readFileSync(args.path, "utf8");
      if (text.includes("import.meta.url")) {
        const fromDist = relative(OUT, args.path).split("\\").join("/");
        text = text.replaceAll(
          "import.meta.url",
          `new URL(${JSON.stringify(fromDist)}, import.meta.url).href`,
        );
      }
      return { contents: text, loader: "ts" };
    });
  },
};

/** Every .ts file under src/ (the set bin/load-entry.js compares against the build's stamp). */
export function sourceFiles(dir = join(ROOT, "src")) {
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...sourceFiles(path));
    else if (entry.name.endsWith(".ts")) files.push(path);
  }
  return files;
}

async function main() {
  let esbuild;
  try {
    esbuild = await import("esbuild");
  } catch {
    console.warn("build-dist: esbuild is not installed; bin/ will run the sources through tsx");
    return;
  }
  const started = Date.now();
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const entryPoints = Object.fromEntries(
    Object.entries(ENTRIES).map(([name, src]) => [name, join(ROOT, src)]),
  );
  try {
    await esbuild.build({
      entryPoints,
      bundle: true,
      splitting: true,
      format: "esm",
      platform: "node",
      target: BUILD_TARGET,
      packages: "external",
      outdir: OUT,
      plugins: [keepSourceUrls],
      logLevel: "warning",
    });
  } catch (error) {
    rmSync(OUT, { recursive: true, force: true });
    console.warn(`build-dist: build failed, bin/ will run the sources through tsx (${error.message})`);
    return;
  }
  // The stamp: sources newer than the build (or added, or removed) make bin/ ignore dist/.
  const files = sourceFiles();
  writeFileSync(
    join(OUT, "build-stamp.json"),
    `${JSON.stringify({ builtAtMs: started, sourceCount: files.length })}\n`,
  );
  const newest = Math.max(...files.map((f) => statSync(f).mtimeMs));
  if (newest > started) console.warn("build-dist: a source changed during the build; run it again");
  console.log(`build-dist: ${files.length} sources -> dist/ in ${Date.now() - started} ms`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
