// Golden place cases: our own sentences (fixtures/place-cases.json) with the places they must
// and must not yield. One rule per case: ambiguity (Paris, Georgia, Hyderabad) resolved from
// context, each place kind, and the person/organisation/common-word filters.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createGazetteer } from "../../../src/annotate/gazetteer/index.ts";
import {
  createPlaceRecognizer,
  distanceKm,
  type PlaceRecognizer,
} from "../../../src/annotate/places/index.ts";
import { createTokenizer } from "../../../src/annotate/sentences-tokens.ts";
import { createContext } from "../../../src/context.ts";
import type { Mention } from "../../../src/types.ts";

interface ExpectedPlace {
  readonly text: string;
  readonly name?: string;
  readonly country?: string | null;
  readonly admin1?: string;
  readonly featureClass?: string;
  readonly lat?: number;
  readonly lon?: number;
  /** How far from lat/lon the answer may be; 100 km unless given. */
  readonly withinKm?: number;
}
interface PlaceCase {
  readonly case: string;
  readonly text: string;
  readonly includeCountries?: boolean;
  /** Adjectives as toponyms too ("Russian" -> Russia): implies includeCountries. */
  readonly includeAdjectives?: boolean;
  readonly countryHints?: string[];
  readonly expect: ExpectedPlace[];
  readonly absent?: string[];
}

const CASES = JSON.parse(
  readFileSync(join(import.meta.dirname, "fixtures", "place-cases.json"), "utf8"),
) as PlaceCase[];

describe("place recognition and resolution (golden cases)", () => {
  const tokenize = createTokenizer();
  let withCountries: PlaceRecognizer;
  let withoutCountries: PlaceRecognizer;
  let withAdjectives: PlaceRecognizer;

  beforeAll(() => {
    const ctx = createContext();
    const gazetteer = createGazetteer(ctx);
    withCountries = createPlaceRecognizer(ctx, gazetteer, { includeCountries: true });
    withoutCountries = createPlaceRecognizer(ctx, gazetteer);
    withAdjectives = createPlaceRecognizer(ctx, gazetteer, {
      includeCountries: true,
      includeAdjectives: true,
    });
  });

  const run = (c: PlaceCase): Mention[] =>
    (c.includeAdjectives ? withAdjectives : c.includeCountries ? withCountries : withoutCountries)({
      text: c.text,
      sentences: tokenize(c.text),
      countryHints: c.countryHints ?? [],
      exclude: [],
    });

  it.each(CASES.map((c) => [c.case, c] as const))("%s", (_name, c) => {
    const found = run(c);
    for (const m of found) {
      expect(m.kind).toBe("place");
      expect(c.text.slice(m.start, m.end)).toBe(m.text);
      expect(m.code).toBe(m.place?.country ?? null);
    }
    for (const want of c.expect) {
      const got = found.find((m) => m.text === want.text);
      expect(got, `${want.text} in ${JSON.stringify(found.map((m) => m.text))}`).toBeDefined();
      const place = got!.place!;
      if (want.name !== undefined) expect(got!.name).toBe(want.name);
      if (want.country !== undefined) expect(place.country).toBe(want.country);
      if (want.admin1 !== undefined) expect(place.admin1).toBe(want.admin1);
      if (want.featureClass !== undefined) expect(place.featureClass).toBe(want.featureClass);
      if (want.lat !== undefined && want.lon !== undefined) {
        expect(distanceKm(place, { lat: want.lat, lon: want.lon })).toBeLessThan(want.withinKm ?? 100);
      }
    }
    for (const text of c.absent ?? []) expect(found.map((m) => m.text)).not.toContain(text);
    if (!c.expect.length) expect(found).toEqual([]);
  });

  it("reports nothing inside excluded spans (names the actor engine took)", () => {
    const text = "Officials in Beijing met envoys from Lahore.";
    const start = text.indexOf("Beijing");
    const found = withoutCountries({
      text,
      sentences: tokenize(text),
      countryHints: [],
      exclude: [{ start, end: start + "Beijing".length }],
    });
    expect(found.map((m) => m.text)).toEqual(["Lahore"]);
  });

  it("gives each mention its sentence index", () => {
    const text = "Rain fell in Nairobi. Later it reached Mombasa.";
    const found = withoutCountries({ text, sentences: tokenize(text), countryHints: [], exclude: [] });
    expect(found.map((m) => [m.text, m.sentenceIndex])).toEqual([
      ["Nairobi", 0],
      ["Mombasa", 1],
    ]);
  });
});
