// Geoparsing benchmark: Sitrep's place recognizer (with countries as places) over
// ../shared/bench/geo/geovirus.jsonl (GeoVirus: 229 WikiNews articles, 2,167 toponyms with
// offsets and coordinates). Prints recognition precision/recall (a span counts when it overlaps
// a gold toponym) and accuracy within 161 km (100 miles) of resolved coordinates on the gold
// toponyms we recognized, for our resolver and for a population-only baseline run in the same
// pass. Published on this set: CamCoder 0.82, Edinburgh Geoparser 0.78, population 0.80.
// Targets: accuracy@161km >= 0.85 with recall >= 0.85.
//   node bin/run-ts.js bench/geo/run.ts [--errors] [--json]
// --errors lists misses, false alarms and far resolutions, for studying failure classes (fix
// general rules and tables, never single articles).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createGazetteer } from "../../src/annotate/gazetteer/index.ts";
import { createPlaceRecognizer, distanceKm, type PlaceRecognizer } from "../../src/annotate/places/index.ts";
import { createTokenizer } from "../../src/annotate/sentences-tokens.ts";
import { createContext } from "../../src/context.ts";
import type { Mention } from "../../src/types.ts";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const DATASET = join(ROOT, "..", "shared", "bench", "geo", "geovirus.jsonl");
/** 161 km = 100 miles, the customary tolerance of toponym resolution papers. */
const TOLERANCE_KM = 161;

interface GoldToponym {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
}
interface GeoDoc {
  readonly id: string;
  readonly text: string;
  readonly toponyms: readonly GoldToponym[];
}

interface Score {
  predicted: number;
  predictedRight: number;
  gold: number;
  goldFound: number;
  within: number;
  errorsKm: number[];
}

const newScore = (): Score => ({
  predicted: 0,
  predictedRight: 0,
  gold: 0,
  goldFound: 0,
  within: 0,
  errorsKm: [],
});
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;
const ratio = (a: number, b: number) => (b ? a / b : 0);
const round = (x: number) => Math.round(x * 1000) / 1000;

function scoreDoc(doc: GeoDoc, predicted: readonly Mention[], score: Score, log: string[] | null): void {
  score.predicted += predicted.length;
  score.gold += doc.toponyms.length;
  for (const p of predicted) {
    if (doc.toponyms.some((g) => overlaps(g, p))) score.predictedRight++;
    else log?.push(`  false alarm  doc ${doc.id}: "${p.text}" -> ${p.name} (${p.code ?? "-"})`);
  }
  for (const g of doc.toponyms) {
    const p = predicted.find((m) => overlaps(g, m));
    if (!p?.place) {
      log?.push(`  missed       doc ${doc.id}: "${g.name}" ${context(doc.text, g)}`);
      continue;
    }
    score.goldFound++;
    const km = distanceKm(p.place, g);
    score.errorsKm.push(km);
    if (km <= TOLERANCE_KM) score.within++;
    else {
      log?.push(
        `  far ${Math.round(km)} km  doc ${doc.id}: "${g.name}" -> ${p.name}, ${p.place.admin1 ?? ""} ${p.code ?? ""} (${p.place.lat},${p.place.lon}) gold (${g.lat},${g.lon})`,
      );
    }
  }
}

function context(text: string, g: GoldToponym): string {
  return JSON.stringify(text.slice(Math.max(0, g.start - 40), g.end + 40).replace(/\s+/g, " "));
}

function summary(s: Score) {
  const sorted = [...s.errorsKm].sort((a, b) => a - b);
  return {
    precision: round(ratio(s.predictedRight, s.predicted)),
    recall: round(ratio(s.goldFound, s.gold)),
    accuracyAt161km: round(ratio(s.within, s.goldFound)),
    medianErrorKm: Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0),
    predicted: s.predicted,
    gold: s.gold,
  };
}

function main(argv: string[]): number {
  if (!existsSync(DATASET)) {
    console.log(`skipped: ${DATASET} is absent (the shared benchmark folder is not checked out)`);
    return 0;
  }
  const docs = readFileSync(DATASET, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as GeoDoc);
  const ctx = createContext();
  const loadStarted = performance.now();
  const gazetteer = createGazetteer(ctx);
  const loadMs = performance.now() - loadStarted;
  const tokenize = createTokenizer();
  const log: string[] | null = argv.includes("--errors") ? [] : null;
  let docId = "";
  const onReject = log
    ? (text: string, _start: number, reason: string) =>
        log.push(`  rejected     doc ${docId}: "${text}" (${reason})`)
    : undefined;
  const ours: PlaceRecognizer = createPlaceRecognizer(ctx, gazetteer, { includeCountries: true, onReject });
  const baseline = createPlaceRecognizer(ctx, gazetteer, { includeCountries: true, populationOnly: true });
  const oursScore = newScore();
  const baselineScore = newScore();
  let recognizeMs = 0;
  let tokens = 0;
  for (const doc of docs) {
    docId = doc.id;
    const sentences = tokenize(doc.text);
    for (const sentence of sentences) tokens += sentence.tokens.length;
    const input = { text: doc.text, sentences, countryHints: [], exclude: [] };
    const started = performance.now();
    const predicted = ours(input);
    recognizeMs += performance.now() - started;
    scoreDoc(doc, predicted, oursScore, log);
    scoreDoc(doc, baseline(input), baselineScore, null);
  }
  const result = {
    documents: docs.length,
    gazetteerEntries: gazetteer.size,
    gazetteerLoadMs: Math.round(loadMs),
    recognizeMsPerDoc: round(recognizeMs / docs.length),
    recognizeTokensPerSecond: Math.round(tokens / (recognizeMs / 1000)),
    sitrep: summary(oursScore),
    populationBaseline: summary(baselineScore),
    accuracyRatioToBaseline: round(
      ratio(summary(oursScore).accuracyAt161km, summary(baselineScore).accuracyAt161km),
    ),
  };
  if (log) console.log(log.join("\n"));
  if (argv.includes("--json")) console.log(JSON.stringify(result));
  else {
    const s = result.sitrep;
    const b = result.populationBaseline;
    console.log(`GeoVirus: ${result.documents} documents, ${s.gold} gold toponyms`);
    console.log(`gazetteer: ${result.gazetteerEntries} entries loaded in ${result.gazetteerLoadMs} ms`);
    console.log(`place recognition: ${result.recognizeTokensPerSecond} tokens/s (tokenizing not counted)`);
    console.log(
      `sitrep      precision ${s.precision}  recall ${s.recall}  accuracy@161km ${s.accuracyAt161km}  median error ${s.medianErrorKm} km`,
    );
    console.log(
      `population  precision ${b.precision}  recall ${b.recall}  accuracy@161km ${b.accuracyAt161km}  median error ${b.medianErrorKm} km`,
    );
    console.log(
      `accuracy ratio sitrep/population: ${result.accuracyRatioToBaseline} (targets: accuracy >= 0.85, recall >= 0.85)`,
    );
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
