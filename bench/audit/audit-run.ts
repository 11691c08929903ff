// bench/audit: codes the judged pages with the whole current pipeline (extract, annotate, code,
// locate, as `sitrep code` runs them) and tallies the measures per half and stratum. Used by
// run.ts (npm run bench:audit) and by the quality-floor test (test/code/audit-floors.test.ts).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createContext } from "../../src/context.ts";
import { readInputs } from "../../src/ingest/index.ts";
import { createPipeline } from "../../src/pipeline.ts";
import type { CodedDoc, CodedEvent } from "../../src/types.ts";
import { normalizeSentence, PAGE_SETS, SHARED, sentenceText } from "./audit-pages.ts";
import { type JudgedSentence, readJsonl } from "./audit-record.ts";
import {
  addToTally,
  emptyTally,
  inFirst2200,
  inFirst4270,
  measures,
  type SentenceOutcome,
  type Tally,
  type TallyGroup,
  type TallyKey,
} from "./audit-score.ts";

/** CAMEO country codes from the ontology tables in ../shared, to split "USAGOV" into USA + GOV. */
export function countryCodes(): Set<string> {
  const rows = readFileSync(join(SHARED, "bench/ontology/cameo_actor_country.tsv"), "utf8")
    .split("\n")
    .slice(1);
  return new Set(rows.map((r) => r.split("\t")[0]!.trim()).filter(Boolean));
}

/** Every judged sentence of bench/audit/judged-*.jsonl. */
export function readJudged(): JudgedSentence[] {
  const dir = import.meta.dirname;
  return readdirSync(dir)
    .filter((f) => /^judged-.*\.jsonl$/.test(f))
    .sort()
    .flatMap((f) => readJsonl<JudgedSentence>(join(dir, f)));
}

export const REPORT_KEYS: TallyKey[] = [
  "tune/both",
  "untuned/both",
  "all/both",
  "tune/random",
  "untuned/random",
  "tune/actor",
  "untuned/actor",
  "tune/first2200",
  "untuned/first2200",
  "tune/first4270",
  "untuned/first4270",
];

export interface AuditRun {
  pages: number;
  judged: number;
  seconds: number;
  outcomes: SentenceOutcome[];
  countries: Set<string>;
  report: Partial<Record<TallyKey, ReturnType<typeof measures>>>;
}

/** Codes the pages of the given judged sentences and scores them (errors of a page go to onError). */
export async function runAudit(
  judged: readonly JudgedSentence[],
  onError: (message: string) => void = (m) => console.error(m),
): Promise<AuditRun> {
  const byPage = new Map<string, JudgedSentence[]>();
  for (const j of judged) {
    const key = `${j.set}/${j.page}`;
    byPage.set(key, [...(byPage.get(key) ?? []), j]);
  }
  const run = createPipeline(createContext(), "code");
  const outcomes: SentenceOutcome[] = [];
  const started = performance.now();
  for (const [key, items] of byPage) {
    const { set, page } = items[0]!;
    const path = join(PAGE_SETS[set], `${page}.html`);
    let doc: CodedDoc | null = null;
    for await (const raw of readInputs([path], {
      type: "html",
      maxBytes: 20 * 1024 * 1024,
      readStdin: async () => new Uint8Array(),
    })) {
      const out = raw.kind === "failure" ? raw : run(raw);
      if (out.kind === "coded") doc = out;
      else onError(`bench:audit: ${key}: ${out.error.code}: ${out.error.message}`);
    }
    const indexesByText = new Map<string, number[]>();
    doc?.sentences.forEach((_, i) => {
      const t = normalizeSentence(sentenceText(doc!, i));
      indexesByText.set(t, [...(indexesByText.get(t) ?? []), i]);
    });
    for (const j of items) {
      // The same sentence may occur twice on a page: take the occurrence nearest the sampled index.
      const candidates = indexesByText.get(normalizeSentence(j.text)) ?? [];
      const exact = candidates.sort((a, b) => Math.abs(a - j.index) - Math.abs(b - j.index))[0];
      // A judged sentence the annotator now cuts in two (a headline run into its dateline) is
      // found as the two sentences whose texts join to it; their events are its events.
      const split = exact === undefined && doc ? splitSentence(doc, j) : undefined;
      const index = exact ?? split?.[0] ?? (doc ? nearlySameSentence(doc, j) : undefined);
      const indexes: number[] = split ?? (index === undefined ? [] : [index]);
      const emitted: CodedEvent[] = doc ? doc.events.filter((e) => indexes.includes(e.sentenceIndex)) : [];
      outcomes.push({ judged: j, found: index !== undefined, emitted });
    }
  }
  const seconds = (performance.now() - started) / 1000;

  const countries = countryCodes();
  const tallies = new Map<TallyKey, Tally>();
  for (const o of outcomes) {
    for (const half of [o.judged.half, "all"] as const)
      for (const stratum of groupsOf(o.judged)) {
        const key: TallyKey = `${half}/${stratum}`;
        if (!tallies.has(key)) tallies.set(key, emptyTally());
        addToTally(tallies.get(key)!, o, countries);
      }
  }
  const report = Object.fromEntries(
    REPORT_KEYS.filter((k) => tallies.has(k)).map((k) => [k, measures(tallies.get(k)!)]),
  );
  return { pages: byPage.size, judged: judged.length, seconds, outcomes, countries, report };
}

/** The tally groups a judged sentence counts in (its stratum, both, first2200 and first4270 when it is one). */
function groupsOf(judged: JudgedSentence): TallyGroup[] {
  const groups: TallyGroup[] = [judged.stratum, "both"];
  if (inFirst2200(judged.id)) groups.push("first2200");
  if (inFirst4270(judged.id)) groups.push("first4270");
  return groups;
}

/** Words of a sentence, lower-cased, for comparing two versions of it. */
function sentenceWords(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** Two consecutive sentences of the page whose texts, joined by a space, are the judged one. */
function splitSentence(doc: CodedDoc, judged: JudgedSentence): [number, number] | undefined {
  const want = normalizeSentence(judged.text);
  for (let i = 0; i + 1 < doc.sentences.length; i++) {
    const head = normalizeSentence(sentenceText(doc, i));
    if (!want.startsWith(head)) continue;
    if (normalizeSentence(`${head} ${sentenceText(doc, i + 1)}`) === want) return [i, i + 1];
  }
  return undefined;
}

/**
 * The page's sentence that is the judged one as the extractor now cuts it, when the text changed
 * a little since it was judged (a glued byline split, a caption dropped from its end): the most
 * similar sentence by shared words (Dice ≥ 0.8), nearest the judged position on ties. Judgements
 * stay usable as the extractor improves; a sentence that changed more counts as not found.
 */
function nearlySameSentence(doc: CodedDoc, judged: JudgedSentence): number | undefined {
  const want = sentenceWords(judged.text);
  if (want.size < 4) return undefined;
  let best: { index: number; dice: number } | undefined;
  for (let i = 0; i < doc.sentences.length; i++) {
    const have = sentenceWords(sentenceText(doc, i));
    let shared = 0;
    for (const w of want) if (have.has(w)) shared++;
    const dice = (2 * shared) / (want.size + have.size);
    const better =
      !best ||
      dice > best.dice ||
      (dice === best.dice && Math.abs(i - judged.index) < Math.abs(best.index - judged.index));
    if (dice >= 0.8 && better) best = { index: i, dice };
  }
  return best?.index;
}
