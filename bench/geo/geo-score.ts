// The geoparsing sets of ../shared/bench/geo (GeoVirus, GeoWebNews: same JSON Lines shape), their
// split into a half we may study and a half we only score, and the scoring of a place recognizer
// on them. Shared by bench/geo/run.ts and the quality-floor test, so both count the same way.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  distanceKm,
  FACILITY_CLASSES,
  type FacilityClass,
  type PlaceRecognizer,
} from "../../src/annotate/places/index.ts";
import type { Sentence } from "../../src/types.ts";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const GEO_DIR = join(ROOT, "..", "shared", "bench", "geo");
export const GEO_SETS = ["geovirus", "geowebnews"] as const;
export type GeoSetName = (typeof GEO_SETS)[number];
/** 161 km = 100 miles, the customary tolerance of toponym resolution papers. */
export const TOLERANCE_KM = 161;

/** Whether a set's annotation counts adjectives ("French", "European") as toponyms: GeoWebNews does. */
export const COUNTS_ADJECTIVES: Record<GeoSetName, boolean> = { geovirus: false, geowebnews: true };
/**
 * Which named streets, buildings and natural features a set counts as toponyms: GeoWebNews'
 * guidelines count them all ("Atlantic Avenue", "Barclays Center", "Lake Manassas"); GeoVirus
 * annotates places a gazetteer holds and natural features, not buildings or streets. `--facilities LIST|none` overrides.
 */
export const COUNTS_FACILITIES: Record<GeoSetName, readonly FacilityClass[]> = {
  geovirus: ["nature"],
  geowebnews: FACILITY_CLASSES,
};

/**
 * Whether a set counts the place a public body is named for ("Seattle" in "Seattle Police",
 * "Killeen" in "Killeen Police Department"): GeoWebNews' guidelines do, GeoVirus' do not.
 */
export const COUNTS_BODY_SEATS: Record<GeoSetName, boolean> = { geovirus: false, geowebnews: true };

export interface GoldToponym {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  /** GeoWebNews only: "Adjective" for "French", "Noun" for a noun modifier, null otherwise. */
  readonly modifierType?: string | null;
}
export interface GeoDoc {
  readonly id: string;
  readonly text: string;
  readonly toponyms: readonly GoldToponym[];
}

export const geoSetPath = (name: GeoSetName) => join(GEO_DIR, `${name}.jsonl`);

export function loadGeoSet(name: GeoSetName): GeoDoc[] {
  return readFileSync(geoSetPath(name), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as GeoDoc);
}

export const geoSetPresent = (name: GeoSetName) => existsSync(geoSetPath(name));

export type Half = "tuned" | "untuned";

/**
 * The half a document belongs to, from an FNV-1a hash of set and id: deterministic, independent
 * of the file's order, about half each. We study failures of the tuned half only; the untuned
 * half is scored, never looked at, so a gap between the two shows overfitting.
 */
export function halfOf(set: string, id: string): Half {
  let h = 0x811c9dc5;
  for (const ch of `${set}:${id}`) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 2 === 0 ? "tuned" : "untuned";
}

export interface Score {
  predicted: number;
  predictedRight: number;
  gold: number;
  goldFound: number;
  within: number;
  /** The same counts without gold adjectives ("French"), for sets that count them. */
  goldNoun: number;
  goldNounFound: number;
  errorsKm: number[];
}

export const newScore = (): Score => ({
  predicted: 0,
  predictedRight: 0,
  gold: 0,
  goldFound: 0,
  within: 0,
  goldNoun: 0,
  goldNounFound: 0,
  errorsKm: [],
});

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;
const ratio = (a: number, b: number) => (b ? a / b : 0);
export const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Scores one document: a predicted span is right when it overlaps a gold toponym; a gold
 * toponym is found when a predicted span with a point overlaps it, and right when that point is
 * within TOLERANCE_KM of the gold's. `log` (tuned half only) receives every failure.
 */
export function scoreDoc(
  doc: GeoDoc,
  predicted: readonly {
    start: number;
    end: number;
    text: string;
    name: string;
    code?: string | null;
    place?: { lat: number; lon: number; admin1?: string | null } | null;
  }[],
  score: Score,
  log: string[] | null,
): void {
  score.predicted += predicted.length;
  score.gold += doc.toponyms.length;
  for (const p of predicted) {
    if (doc.toponyms.some((g) => overlaps(g, p))) score.predictedRight++;
    else log?.push(`  false alarm  doc ${doc.id}: "${p.text}" -> ${p.name} (${p.code ?? "-"})`);
  }
  for (const g of doc.toponyms) {
    const isAdjective = g.modifierType === "Adjective";
    if (!isAdjective) score.goldNoun++;
    const p = predicted.find((m) => overlaps(g, m));
    if (!p?.place) {
      log?.push(`  missed       doc ${doc.id}: "${g.name}" ${contextOf(doc.text, g)}`);
      continue;
    }
    score.goldFound++;
    if (!isAdjective) score.goldNounFound++;
    const km = distanceKm(p.place, g);
    score.errorsKm.push(km);
    if (km <= TOLERANCE_KM) score.within++;
    else {
      log?.push(
        `  far ${Math.round(km)} km  doc ${doc.id}: "${g.name}" -> ${p.name}, ${p.place.admin1 ?? ""} ${p.code ?? ""} (${p.place.lat},${p.place.lon}) gold (${g.lat},${g.lon}) ${contextOf(doc.text, g)}`,
      );
    }
  }
}

function contextOf(text: string, g: GoldToponym): string {
  return JSON.stringify(text.slice(Math.max(0, g.start - 40), g.end + 40).replace(/\s+/g, " "));
}

export interface Summary {
  readonly precision: number;
  readonly recall: number;
  readonly recallWithoutAdjectives: number;
  readonly accuracyAt161km: number;
  readonly medianErrorKm: number;
  readonly predicted: number;
  readonly gold: number;
}

export function summarize(s: Score): Summary {
  const sorted = [...s.errorsKm].sort((a, b) => a - b);
  return {
    precision: round3(ratio(s.predictedRight, s.predicted)),
    recall: round3(ratio(s.goldFound, s.gold)),
    recallWithoutAdjectives: round3(ratio(s.goldNounFound, s.goldNoun)),
    accuracyAt161km: round3(ratio(s.within, s.goldFound)),
    medianErrorKm: Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0),
    predicted: s.predicted,
    gold: s.gold,
  };
}

/** Runs a recognizer over documents and scores it; `log` gets the failures of the tuned half. */
export function scoreSet(
  set: GeoSetName,
  docs: readonly GeoDoc[],
  tokenize: (text: string) => Sentence[],
  recognize: PlaceRecognizer,
  log: string[] | null = null,
): Record<Half, Score> {
  const scores: Record<Half, Score> = { tuned: newScore(), untuned: newScore() };
  for (const doc of docs) {
    const half = halfOf(set, doc.id);
    const sentences = tokenize(doc.text);
    const predicted = recognize({ text: doc.text, sentences, countryHints: [], exclude: [] });
    scoreDoc(doc, predicted, scores[half], half === "tuned" ? log : null);
  }
  return scores;
}
