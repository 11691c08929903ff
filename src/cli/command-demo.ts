import { join } from "node:path";
import { createContext } from "../context.ts";
import { readInputs } from "../ingest/index.ts";
import { createPipeline } from "../pipeline.ts";
import type { CliIo } from "./cli-io.ts";

/**
 * `sitrep demo` (what `npm start` runs): the main job over the bundled demo corpus on the
 * embedded default, with a readable summary.
 */
export async function runDemo(_args: readonly string[], io: CliIo): Promise<number> {
  const ctx = createContext();
  const demoDir = join(ctx.config.dataDir, "demo");
  const run = createPipeline(ctx, "annotate");
  const started = performance.now();
  let docs = 0;
  let failed = 0;
  let sentences = 0;
  let tokens = 0;
  const rows: string[] = [];
  for await (const item of readInputs([demoDir], {
    type: "auto",
    maxBytes: ctx.config.maxInputBytes,
    readStdin: async () => new Uint8Array(),
  })) {
    const result = item.kind === "failure" ? item : run(item);
    docs++;
    if (result.kind === "failure") {
      failed++;
      rows.push(`  ✗ ${result.input}: ${result.error.code}`);
      continue;
    }
    sentences += result.sentences.length;
    tokens += result.sentences.reduce((n, s) => n + s.tokens.length, 0);
    const date = result.publishedAt ? result.publishedAt.slice(0, 10) : "undated   ";
    rows.push(
      `  ${date}  ${result.sourceType.padEnd(4)}  ${result.lang ?? "??"}  ${(result.title ?? "(no title)").slice(0, 80)}`,
    );
  }
  const seconds = (performance.now() - started) / 1000;
  io.stdout(`Sitrep demo — ${demoDir}\n\n${rows.join("\n")}\n\n`);
  io.stdout(
    `${docs} documents (${failed} failed), ${sentences} sentences, ${tokens} tokens in ${seconds.toFixed(2)} s\n`,
  );
  return failed > 0 ? 1 : 0;
}
