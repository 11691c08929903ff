// bench/audit: the shape of one sampled sentence (the sample file sample.ts writes) and of one hand judgement
// (judged-*.jsonl), and reading those files.
import { readFileSync } from "node:fs";
import type { Half, PageSet } from "./audit-pages.ts";

export interface SampledSentence {
  /** Rank in its stratum's seeded shuffle: r0001 / a0001 were drawn first. */
  id: string;
  /** "random": drawn from all sentences; "actor": from sentences where the annotator found a codeable actor. */
  stratum: "random" | "actor";
  set: PageSet;
  /** File name of the page without extension. */
  page: string;
  half: Half;
  /** Sentence index in the annotated document when sampled. */
  index: number;
  text: string;
  context: {
    title: string | null;
    published: string | null;
    dateline: string | null;
    /** The two sentences before, so "he" and "the ministry" can be resolved. */
    previous: string[];
  };
}

/** One event a human judge says the sentence asserts or reports. */
export interface JudgedEvent {
  /** CAMEO code, the most specific the judge is confident of ("0311", "19"). */
  code: string;
  root: string;
  /** CAMEO actor codes, country + optional role ("USAGOV", "PAKMIL", "IGOUNO", "REB"). */
  source: string;
  /** "" when the event has no target. */
  target: string;
  intent?: boolean;
  negated?: boolean;
}

export interface JudgedSentence extends SampledSentence {
  events: JudgedEvent[];
  note?: string;
}

export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return JSON.parse(l) as T;
      } catch {
        throw new Error(`${path}:${i + 1}: not valid JSON`);
      }
    });
}
