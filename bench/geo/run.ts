// Geoparsing benchmark: Sitrep's place recognizer (with countries as places) over the sets of
// ../shared/bench/geo: GeoVirus (229 WikiNews articles, 2,167 toponyms) and GeoWebNews (200 news
// articles, 2,599 toponyms, adjectives such as "French" included), both with offsets and
// coordinates. Each set is split by a hash of the document id into a half we study (`tuned`)
// and a half we only score (`untuned`); both are printed. Prints recognition precision/recall
// (a span counts when it overlaps a gold toponym) and accuracy within 161 km (100 miles) of the
// resolved points on the gold toponyms we recognized, for our resolver and for a
// population-only baseline run in the same pass. Published: GeoVirus CamCoder 0.82, Edinburgh
// Geoparser 0.78, population 0.80; on news, Mordecai3 0.83-0.87. Targets: accuracy@161km >= 0.85
// with recall >= 0.80 on news.
//   node bin/run-ts.js bench/geo/run.ts [--set geovirus|geowebnews|all] [--errors] [--json]
//     [--facilities way,building,nature|none] [--no-body-seats]
// --errors lists misses, false alarms and far resolutions of the tuned half only, for studying
// failure classes (fix general rules and tables, never single articles). The untuned half's
// failures are never printed.
import { createGazetteer } from "../../src/annotate/gazetteer/index.ts";
import {
  createPlaceRecognizer,
  FACILITY_CLASSES,
  type FacilityClass,
} from "../../src/annotate/places/index.ts";
import { createTokenizer } from "../../src/annotate/sentences-tokens.ts";
import { createContext } from "../../src/context.ts";
import {
  COUNTS_ADJECTIVES,
  COUNTS_BODY_SEATS,
  COUNTS_FACILITIES,
  GEO_SETS,
  type GeoSetName,
  geoSetPath,
  geoSetPresent,
  type Half,
  loadGeoSet,
  type Summary,
  halfOf as scoreHalf,
  scoreSet,
  summarize,
} from "./geo-score.ts";

function facilitiesOf(argv: string[], set: GeoSetName): readonly FacilityClass[] {
  const at = argv.indexOf("--facilities");
  if (at < 0) return COUNTS_FACILITIES[set];
  const value = argv[at + 1] ?? "none";
  return value === "none"
    ? []
    : value.split(",").filter((c): c is FacilityClass => (FACILITY_CLASSES as readonly string[]).includes(c));
}

function setsOf(argv: string[]): GeoSetName[] | null {
  const at = argv.indexOf("--set");
  const value = at >= 0 ? argv[at + 1] : "all";
  if (value === "all") return [...GEO_SETS];
  return (GEO_SETS as readonly string[]).includes(value ?? "") ? [value as GeoSetName] : null;
}

const line = (label: string, s: Summary) =>
  `  ${label.padEnd(22)} precision ${s.precision}  recall ${s.recall} (nouns ${s.recallWithoutAdjectives})  ` +
  `accuracy@161km ${s.accuracyAt161km}  median ${s.medianErrorKm} km  (${s.gold} gold)`;

function main(argv: string[]): number {
  const sets = setsOf(argv);
  if (!sets) {
    console.error(`--set must be one of ${GEO_SETS.join(", ")}, all`);
    return 2;
  }
  const present = sets.filter(geoSetPresent);
  for (const set of sets.filter((s) => !geoSetPresent(s)))
    console.log(
      `skipped ${set}: ${geoSetPath(set)} is absent (the shared benchmark folder is not checked out)`,
    );
  if (!present.length) return 0;
  const ctx = createContext();
  const loadStarted = performance.now();
  const gazetteer = createGazetteer(ctx);
  const loadMs = performance.now() - loadStarted;
  const rssMb = Math.round(process.memoryUsage().rss / 1e6);
  const tokenize = createTokenizer();
  const log: string[] | null = argv.includes("--errors") ? [] : null;
  const onReject = log
    ? (text: string, start: number, reason: string) =>
        log.push(`  rejected     @${start}: "${text}" (${reason})`)
    : undefined;
  // Each set's own guidelines decide whether adjectives ("French") are toponyms.
  const recognizers = (set: GeoSetName, includeFacilities: readonly FacilityClass[]) => {
    const counted = {
      includeCountries: true,
      includeAdjectives: COUNTS_ADJECTIVES[set],
      includeBodySeats: COUNTS_BODY_SEATS[set] && !argv.includes("--no-body-seats"),
      includeFacilities,
    };
    return {
      ours: createPlaceRecognizer(ctx, gazetteer, { ...counted, onReject }),
      baseline: createPlaceRecognizer(ctx, gazetteer, { ...counted, populationOnly: true }),
    };
  };
  const results: Record<string, unknown> = {
    gazetteerEntries: gazetteer.size,
    gazetteerLoadMs: Math.round(loadMs),
    rssAfterLoadMb: rssMb,
  };
  const printed: string[] = [
    `gazetteer: ${gazetteer.size} entries loaded in ${Math.round(loadMs)} ms, process RSS ${rssMb} MB`,
  ];
  for (const set of present) {
    const docs = loadGeoSet(set);
    // The rejection log cannot tell halves apart: it is collected for the tuned half only.
    const tunedOnly = docs.filter((d) => log === null || scoreHalf(set, d.id) === "tuned");
    const { ours, baseline } = recognizers(set, facilitiesOf(argv, set));
    const started = performance.now();
    const oursScores = scoreSet(set, log ? tunedOnly : docs, tokenize, ours, log);
    const ms = performance.now() - started;
    const baseScores = scoreSet(set, log ? tunedOnly : docs, tokenize, baseline);
    const perHalf: Record<string, { sitrep: Summary; population: Summary }> = {};
    printed.push(`${set}: ${docs.length} documents (${Math.round(ms)} ms with tokenizing)`);
    for (const half of ["tuned", "untuned"] as Half[]) {
      const sitrep = summarize(oursScores[half]);
      const population = summarize(baseScores[half]);
      perHalf[half] = { sitrep, population };
      printed.push(line(`sitrep ${half}`, sitrep), line(`population ${half}`, population));
    }
    results[set] = perHalf;
  }
  printed.push(`targets on news: accuracy@161km >= 0.85, recall >= 0.80; ratio of halves shows overfitting`);
  if (log) console.log(log.join("\n"));
  if (argv.includes("--json")) console.log(JSON.stringify(results));
  else console.log(printed.join("\n"));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
