// A coder over the project's dictionaries and the golden cases' fixture actors that codes a text
// into "SOURCE>TARGET:CODE" strings: the short form clause-reading tests compare against.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DocCoder, loadCoderDictionaries } from "../../src/code/index.ts";
import { createContext } from "../../src/context.ts";
import { createPipeline } from "../../src/pipeline.ts";
import type { RawDoc } from "../../src/types.ts";
import { fixtureDoc, parseFixtureActors } from "./fixture-annotate.ts";

const ROOT = join(import.meta.dirname, "..", "..");

/** `codeDigits` cuts the CAMEO code (2 = its root); the date anchors relative dates in the text. */
export function fixtureTriples(
  codeDigits = 4,
  publishedAt = "2020-06-16T00:00:00Z",
): (text: string) => string[] {
  const actors = parseFixtureActors(readFileSync(join(ROOT, "test/golden/coding/actors.tsv"), "utf8"));
  const coder = new DocCoder(loadCoderDictionaries(join(ROOT, "data")));
  return (text) =>
    coder
      .code(fixtureDoc(text, actors, { publishedAt }))
      .map((e) => `${e.source.code}>${e.target?.code ?? "-"}:${e.cameo.code.slice(0, codeDigits)}`);
}

/**
 * The same short form from the whole pipeline (real extractor, annotator and coder) on one clean
 * text, and the roots alone: for checks that must hold with the annotator's own actors.
 */
export function pipelineTriples() {
  const run = createPipeline(createContext(), "code");
  const triples = (text: string): string[] => {
    const raw: RawDoc = { kind: "raw", id: "t", input: "t", type: "text", content: text, clean: true };
    const out = run(raw);
    if (out.kind !== "coded") throw new Error(`not coded: ${text}`);
    return out.events.map((e) => `${e.source.code}>${e.target?.code ?? "-"}:${e.cameo.code}`);
  };
  const roots = (text: string) => triples(text).map((t) => t.split(":")[1]!.slice(0, 2));
  return { run, triples, roots };
}
