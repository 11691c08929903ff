// The coding golden cases: our own sentences with hand-written expected events (`gold`), coded
// through the fixture actor list, and scored as precision/recall over (source, target, code).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DocCoder, loadCoderDictionaries } from "../../src/code/index.ts";
import type { AnnotatedDoc, CodedEvent } from "../../src/types.ts";
import { fixtureDoc, parseFixtureActors } from "./fixture-annotate.ts";

export const ROOT = join(import.meta.dirname, "..", "..");
export const CASES_DIR = join(ROOT, "test", "golden", "coding");

export interface GoldEvent {
  readonly source: string;
  readonly target: string | null;
  readonly code: string;
  readonly modality?: string;
  readonly negated?: boolean;
  readonly attribution?: string;
  readonly date?: string;
}

export interface CodingCase {
  readonly id: string;
  readonly text: string;
  readonly publishedAt: string;
  readonly gold: readonly GoldEvent[];
}

export function readCases(file: string): CodingCase[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as CodingCase);
}

export function allCaseFiles(): string[] {
  return readdirSync(CASES_DIR)
    .filter((f) => f.endsWith(".input.jsonl"))
    .sort()
    .map((f) => join(CASES_DIR, f));
}

const actors = parseFixtureActors(readFileSync(join(CASES_DIR, "actors.tsv"), "utf8"));
let coder: DocCoder | null = null;

export function caseDoc(c: CodingCase): AnnotatedDoc {
  return fixtureDoc(c.text, actors, { id: c.id, publishedAt: c.publishedAt });
}

export function codeCase(c: CodingCase, annotate: (c: CodingCase) => AnnotatedDoc = caseDoc): CodedEvent[] {
  // The golden cases check how hypothetical events are marked, so they are kept.
  coder ??= new DocCoder(loadCoderDictionaries(join(ROOT, "data")), { keepHypothetical: true });
  return coder.code(annotate(c));
}

/** The reviewable part of an event, as golden expected files record it. */
export function summarize(e: CodedEvent) {
  return {
    source: e.source.code,
    target: e.target?.code ?? null,
    code: e.cameo.code,
    modality: e.modality,
    negated: e.negated,
    attribution: e.attribution?.code ?? null,
    date: e.date,
    trigger: e.trigger.text,
  };
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  /** Of the extra fields gold names (modality, negated, attribution, date) on matched events, the share right. */
  attributes: number;
  misses: string[];
}

export function scoreCases(cases: readonly CodingCase[], annotate?: (c: CodingCase) => AnnotatedDoc): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let attrTotal = 0;
  let attrRight = 0;
  const misses: string[] = [];
  for (const c of cases) {
    const got = codeCase(c, annotate).map(summarize);
    const key = (e: { source: string; target: string | null; code: string }) =>
      `${e.source}>${e.target ?? "-"}:${e.code}`;
    const gotKeys = new Set(got.map(key));
    const goldKeys = new Set(c.gold.map(key));
    for (const k of gotKeys)
      if (goldKeys.has(k)) tp++;
      else {
        fp++;
        misses.push(`${c.id} extra ${k}: ${c.text}`);
      }
    for (const g of c.gold) {
      const k = key(g);
      if (!gotKeys.has(k)) {
        fn++;
        misses.push(`${c.id} missed ${k}: ${c.text}`);
        continue;
      }
      const e = got.find((x) => key(x) === k)!;
      for (const field of ["modality", "negated", "attribution", "date"] as const) {
        if (g[field] === undefined) continue;
        attrTotal++;
        if (e[field] === g[field]) attrRight++;
        else misses.push(`${c.id} ${field} ${String(e[field])} != ${String(g[field])}: ${c.text}`);
      }
    }
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return { tp, fp, fn, precision, recall, attributes: attrTotal ? attrRight / attrTotal : 1, misses };
}
