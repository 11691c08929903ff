// Geoparsing quality on the shared sets (../shared/bench/geo: GeoVirus, GeoWebNews), each half
// held above its floor in test/quality-floors.json ("geo"). The halves are bench/geo's split by
// document id: "tuned" is the half failures were studied on, "untuned" the half only scored.
// Skipped with a printed reason when ../shared is absent (it is not part of the repository).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  COUNTS_ADJECTIVES,
  COUNTS_BODY_SEATS,
  COUNTS_FACILITIES,
  GEO_SETS,
  type GeoSetName,
  geoSetPresent,
  type Half,
  loadGeoSet,
  scoreSet,
  summarize,
} from "../../../bench/geo/geo-score.ts";
import { createGazetteer } from "../../../src/annotate/gazetteer/index.ts";
import { createPlaceRecognizer } from "../../../src/annotate/places/index.ts";
import { createTokenizer } from "../../../src/annotate/sentences-tokens.ts";
import { createContext } from "../../../src/context.ts";

const ROOT = join(import.meta.dirname, "..", "..", "..");
type Floor = { precision: number; recall: number; accuracyAt161km: number };
type SetFloors = Record<GeoSetName, Record<Half, Floor>>;
const ALL_FLOORS = JSON.parse(readFileSync(join(ROOT, "test", "quality-floors.json"), "utf8")) as {
  geo: SetFloors;
  geoWithFacilities: SetFloors;
};
/**
 * "geo": gazetteer places only (what the pipeline reports); "geoWithFacilities": bench/geo's
 * configuration, with the streets, buildings and natural features each set counts.
 */
const CONFIGURATIONS = [
  { floors: "geo", facilities: () => [] },
  { floors: "geoWithFacilities", facilities: (set: GeoSetName) => COUNTS_FACILITIES[set] },
] as const;

const present = GEO_SETS.filter(geoSetPresent);
if (present.length < GEO_SETS.length) {
  console.log(
    `geo floors: skipped ${GEO_SETS.filter((s) => !present.includes(s)).join(", ")}: ../shared/bench/geo is absent`,
  );
}

describe.skipIf(present.length === 0)("geoparsing floors", () => {
  const ctx = createContext();
  const gazetteer = createGazetteer(ctx);
  const tokenize = createTokenizer();
  for (const set of present) {
    for (const { floors, facilities } of CONFIGURATIONS) {
      it(`${set} (${floors}): both halves stay at or above their floors`, { timeout: 120_000 }, () => {
        const recognize = createPlaceRecognizer(ctx, gazetteer, {
          includeCountries: true,
          includeAdjectives: COUNTS_ADJECTIVES[set],
          includeBodySeats: COUNTS_BODY_SEATS[set],
          includeFacilities: facilities(set),
        });
        const scores = scoreSet(set, loadGeoSet(set), tokenize, recognize);
        for (const half of ["tuned", "untuned"] as Half[]) {
          const s = summarize(scores[half]);
          const floor = ALL_FLOORS[floors][set][half];
          const label = `${set} ${floors} ${half}`;
          expect(s.precision, `${label} precision`).toBeGreaterThanOrEqual(floor.precision);
          expect(s.recall, `${label} recall`).toBeGreaterThanOrEqual(floor.recall);
          expect(s.accuracyAt161km, `${label} accuracy@161km`).toBeGreaterThanOrEqual(floor.accuracyAt161km);
        }
      });
    }
  }
});
