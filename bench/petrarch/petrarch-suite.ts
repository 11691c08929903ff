// Runs the PETRARCH/TABARI validation suite (../shared/bench/eventcoding/petrarch_validation.jsonl)
// with its toy dictionaries loaded through `--dict-format petrarch`, honouring each record's
// config_in_effect (require_dyad), and scores records as exactly right or not.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createTokenizer } from "../../src/annotate/sentences-tokens.ts";
import { loadPetrarchCoder } from "../../src/code/petrarch/index.ts";
import type { AnnotatedDoc } from "../../src/types.ts";

export const ROOT = join(import.meta.dirname, "..", "..");
export const SUITE_DIR = join(ROOT, "..", "shared", "bench", "eventcoding");

interface Triple {
  readonly source: string;
  readonly target: string;
  readonly code: string;
}

export interface SuiteRecord {
  readonly id: string;
  readonly date: string;
  readonly category: string;
  readonly text: string;
  readonly expected: readonly Triple[];
  readonly expect_no_events: boolean;
  readonly evaluate: boolean;
  readonly config_in_effect: Readonly<Record<string, string>>;
}

export interface SuiteResult {
  readonly total: number;
  readonly passed: number;
  readonly byCategory: Record<string, { total: number; passed: number }>;
  readonly failures: string[];
}

export function suiteAvailable(): boolean {
  return existsSync(join(SUITE_DIR, "petrarch_validation.jsonl"));
}

export function toDoc(r: SuiteRecord, tokenize: ReturnType<typeof createTokenizer>): AnnotatedDoc {
  const day = `${r.date.slice(0, 4)}-${r.date.slice(4, 6)}-${r.date.slice(6, 8)}`;
  return {
    kind: "annotated",
    id: r.id,
    input: "petrarch",
    url: null,
    title: null,
    publishedAt: `${day}T00:00:00Z`,
    publishedPrecision: "day",
    modifiedAt: null,
    authors: [],
    siteName: null,
    lang: "en",
    text: r.text,
    paragraphs: [r.text],
    images: [],
    dateline: null,
    isArticle: true,
    sourceType: "text",
    warnings: [],
    sentences: tokenize(r.text),
    mentions: [],
  };
}

/** The record's config_in_effect as coder options: PETRARCH's require_dyad defaults to true. */
export function recordOptions(r: SuiteRecord): { requireTarget: boolean; newActorLength: number } {
  const requireTarget = (r.config_in_effect.require_dyad ?? "true").toLowerCase() !== "false";
  const newActorLength = Number(r.config_in_effect.new_actor_length ?? "0") || 0;
  return { requireTarget, newActorLength };
}

export function runPetrarchSuite(): SuiteResult {
  const records = readFileSync(join(SUITE_DIR, "petrarch_validation.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as SuiteRecord)
    .filter((r) => r.evaluate);
  const dictDir = join(SUITE_DIR, "petrarch-validate-dictionaries");
  const dataDir = join(ROOT, "data");
  const coders = new Map<string, ReturnType<typeof loadPetrarchCoder>>();
  const tokenize = createTokenizer();
  const byCategory: Record<string, { total: number; passed: number }> = {};
  const failures: string[] = [];
  let passed = 0;
  for (const r of records) {
    const { requireTarget, newActorLength } = recordOptions(r);
    const key = `${requireTarget}|${newActorLength}`;
    let p = coders.get(key);
    if (!p) {
      p = loadPetrarchCoder(dataDir, dictDir, { requireTarget, newActorLength });
      coders.set(key, p);
    }
    const events = p.coder.code(p.annotate(toDoc(r, tokenize)));
    const got = new Set(events.map((e) => `${e.source.code}>${e.target?.code ?? "---"}:${e.cameo.code}`));
    const want = new Set(
      r.expect_no_events ? [] : r.expected.map((e) => `${e.source}>${e.target}:${e.code}`),
    );
    const ok = got.size === want.size && [...want].every((k) => got.has(k));
    const cat = r.category.replace(/x$/, "");
    byCategory[cat] ??= { total: 0, passed: 0 };
    byCategory[cat].total++;
    if (ok) {
      byCategory[cat].passed++;
      passed++;
    } else failures.push(`${r.id}: want [${[...want].join(" ")}] got [${[...got].join(" ")}] :: ${r.text}`);
  }
  return { total: records.length, passed, byCategory, failures };
}
