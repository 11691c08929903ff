// Geoparsing quality on the shared sets (../shared/bench/geo: GeoVirus, GeoWebNews), each half
// held above its floor in test/quality-floors.json ("geo"). The halves are bench/geo's split by
// document id: "tuned" is the half failures were studied on, "untuned" the half only scored.
// Skipped with a printed reason when ../shared is absent (it is not part of the repository).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
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
const FLOORS = (
  JSON.parse(readFileSync(join(ROOT, "test", "quality-floors.json"), "utf8")) as {
    geo: Record<GeoSetName, Record<Half, Floor>>;
  }
).geo;
/** Same as bench/geo: GeoWebNews counts adjectives ("French") as toponyms, GeoVirus does not. */
const COUNTS_ADJECTIVES: Record<GeoSetName, boolean> = { geovirus: false, geowebnews: true };

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
    it(`${set}: both halves stay at or above their floors`, { timeout: 120_000 }, () => {
      const recognize = createPlaceRecognizer(ctx, gazetteer, {
        includeCountries: true,
        includeAdjectives: COUNTS_ADJECTIVES[set],
      });
      const scores = scoreSet(set, loadGeoSet(set), tokenize, recognize);
      for (const half of ["tuned", "untuned"] as Half[]) {
        const s = summarize(scores[half]);
        const floor = FLOORS[set][half];
        expect(s.precision, `${set} ${half} precision`).toBeGreaterThanOrEqual(floor.precision);
        expect(s.recall, `${set} ${half} recall`).toBeGreaterThanOrEqual(floor.recall);
        expect(s.accuracyAt161km, `${set} ${half} accuracy@161km`).toBeGreaterThanOrEqual(
          floor.accuracyAt161km,
        );
      }
    });
  }
});
