// The seed page (../shared/seed), places alone: Xinjiang is an admin-1 region of China with
// coordinates, Beijing the capital with coordinates, South Asia a region, and the page chrome
// ("Like Us on Facebook", the photo credit) yields no place.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createGazetteer } from "../../../src/annotate/gazetteer/index.ts";
import { createPlaceRecognizer, distanceKm } from "../../../src/annotate/places/index.ts";
import { createTokenizer } from "../../../src/annotate/sentences-tokens.ts";
import { createContext } from "../../../src/context.ts";
import type { Mention } from "../../../src/types.ts";

const SEED = join(import.meta.dirname, "..", "..", "..", "..", "shared", "seed", "000_2a1a7ed2458459dd.txt");
const hasSeed = existsSync(SEED);
if (!hasSeed) console.log(`seed-places: skipped, ${SEED} is absent`);

describe.skipIf(!hasSeed)("places on the seed page", () => {
  let places: Mention[] = [];
  beforeAll(() => {
    const ctx = createContext();
    const recognize = createPlaceRecognizer(ctx, createGazetteer(ctx));
    const text = readFileSync(SEED, "utf8");
    places = recognize({
      text,
      sentences: createTokenizer()(text),
      countryHints: ["CHN", "PAK"],
      exclude: [],
    });
  });

  it("Xinjiang is an admin-1 region of China with coordinates", () => {
    const xinjiang = places.filter((m) => m.text === "Xinjiang");
    expect(xinjiang.length).toBeGreaterThanOrEqual(2);
    for (const m of xinjiang) {
      expect(m).toMatchObject({
        kind: "place",
        code: "CHN",
        place: { admin1: "Xinjiang", featureClass: "A" },
      });
      expect(distanceKm(m.place!, { lat: 41.5, lon: 85.5 })).toBeLessThan(400);
    }
  });

  it("Beijing is the capital with coordinates", () => {
    const beijing = places.filter((m) => m.text === "Beijing");
    expect(beijing.length).toBeGreaterThanOrEqual(3);
    for (const m of beijing) {
      expect(m).toMatchObject({ code: "CHN", place: { featureClass: "P" } });
      expect(distanceKm(m.place!, { lat: 39.9, lon: 116.4 })).toBeLessThan(20);
    }
  });

  it("South Asia is a region and Islamabad Pakistan's capital", () => {
    expect(places.find((m) => m.text === "South Asia")).toMatchObject({ name: "South Asia", code: null });
    expect(places.find((m) => m.text === "Islamabad")).toMatchObject({ code: "PAK" });
  });

  it("the page chrome yields no place, and countries are left to the actor engine", () => {
    for (const m of places)
      expect(m.text).not.toMatch(/Facebook|Getty|Homepage|Analytics|China|Pakistan|India/);
  });
});
