// Resolution rules on small invented entries, without the real gazetteer.
import { describe, expect, it } from "vitest";
import type { GazetteerEntry } from "../../../src/annotate/gazetteer/index.ts";
import type { PlaceMatch } from "../../../src/annotate/places/place-candidates.ts";
import {
  distanceKm,
  resolveByPopulation,
  resolvePlaces,
} from "../../../src/annotate/places/place-resolution.ts";

function entry(name: string, over: Partial<GazetteerEntry>): GazetteerEntry {
  return {
    name,
    country: null,
    admin1: null,
    lat: 0,
    lon: 0,
    geonameid: null,
    featureClass: "P",
    featureCode: "PPL",
    population: 0,
    kind: "city",
    admin1Code: null,
    source: "test",
    ...over,
  };
}

let offset = 0;
function match(text: string, candidates: GazetteerEntry[], over: Partial<PlaceMatch> = {}): PlaceMatch {
  offset += 10;
  return {
    start: offset,
    end: offset + text.length,
    text,
    key: text.toLowerCase(),
    sentenceIndex: 0,
    candidates,
    commaNext: null,
    commaPrevious: null,
    siblings: [],
    nextWord: "",
    previousWords: "",
    previousWord: "",
    isDateline: false,
    isGivenName: false,
    ...over,
  };
}

// Two invented towns named Marlow: a big one in Freedonia (FRE), a small one in Sylvania (SYL).
const bigMarlow = entry("Marlow", { country: "FRE", lat: 10, lon: 10, population: 900_000 });
const smallMarlow = entry("Marlow", {
  country: "SYL",
  admin1: "Ardenne",
  lat: 50,
  lon: 5,
  population: 8_000,
});
const ardenne = entry("Ardenne", {
  country: "SYL",
  admin1: "Ardenne",
  kind: "admin1",
  featureClass: "A",
  lat: 50.2,
  lon: 5.3,
  population: 2_000_000,
});
// The same region placed far from its towns, so only the "Town, Region" pattern links them.
const farArdenne = { ...ardenne, lat: -20, lon: 60 };
const sylvania = entry("Sylvania", { country: "SYL", kind: "country", featureClass: "A", lat: 49, lon: 6 });

const chosen = (matches: PlaceMatch[], hints: string[] = []) =>
  resolvePlaces(matches, hints).map((r) => `${r.match.text}:${r.place.country}`);

describe("resolvePlaces", () => {
  it("takes the most populous candidate without context", () => {
    expect(chosen([match("Marlow", [bigMarlow, smallMarlow])])).toEqual(["Marlow:FRE"]);
  });

  it("follows a country hint", () => {
    expect(chosen([match("Marlow", [bigMarlow, smallMarlow])], ["SYL"])).toEqual(["Marlow:SYL"]);
  });

  it("follows a country the document names", () => {
    const matches = [match("Sylvania", [sylvania]), match("Marlow", [bigMarlow, smallMarlow])];
    expect(chosen(matches)).toEqual(["Sylvania:SYL", "Marlow:SYL"]);
  });

  it("reads 'Town, Region' as the town in that region", () => {
    const region = match("Ardenne", [farArdenne]);
    const town = match("Marlow", [bigMarlow, smallMarlow], { commaNext: region });
    expect(chosen([town, region])).toEqual(["Marlow:SYL", "Ardenne:SYL"]);
  });

  it("does not read a list 'A, B, C' as 'Town, Region'", () => {
    const third = match("Other", [entry("Other", { country: "ZZZ", lat: -40, lon: -40, population: 10 })]);
    const region = match("Ardenne", [farArdenne], { commaNext: third });
    const town = match("Marlow", [bigMarlow, smallMarlow], { commaNext: region });
    region.commaPrevious = town;
    const result = resolvePlaces([town, region, third], []);
    // The same names with no commas between them: the list adds nothing to what they say.
    const unlinked = resolvePlaces(
      [
        match("Marlow", [bigMarlow, smallMarlow]),
        match("Ardenne", [farArdenne]),
        match("Other", third.candidates.slice()),
      ],
      [],
    );
    expect(result[0]!.place).toBe(unlinked[0]!.place);
    // With a bigger namesake, the document's mention of the small town's region is not enough.
    const hugeMarlow = { ...bigMarlow, population: 9_000_000 };
    const listed = match("Marlow", [hugeMarlow, smallMarlow], { commaNext: region });
    region.commaPrevious = listed;
    expect(resolvePlaces([listed, region, third], [])[0]!.place).toBe(hugeMarlow);
  });

  it("keeps one sense for a name within a document", () => {
    const region = match("Ardenne", [ardenne]);
    const first = match("Marlow", [bigMarlow, smallMarlow], { commaNext: region });
    const later = match("Marlow", [bigMarlow, smallMarlow]);
    const places = resolvePlaces([first, region, later], []).map((r) => r.place);
    expect(places[0]).toBe(smallMarlow);
    expect(places[2]).toBe(smallMarlow);
  });

  it("drops a small one-word town with no context, keeps it with a preposition and its country named", () => {
    const hamlet = entry("Brook", { country: "SYL", population: 900 });
    expect(chosen([match("Brook", [hamlet])])).toEqual([]);
    expect(chosen([match("Brook", [hamlet], { previousWord: "in" })])).toEqual([]);
    expect(chosen([match("Brook", [hamlet], { previousWord: "in" })], ["SYL"])).toEqual(["Brook:SYL"]);
    expect(chosen([match("Brook", [hamlet], { previousWords: "village of" })])).toEqual(["Brook:SYL"]);
    // A two-word name of a small town needs no such context.
    expect(chosen([match("Brook Hill", [entry("Brook Hill", { country: "SYL", population: 900 })])])).toEqual(
      ["Brook Hill:SYL"],
    );
  });

  it("reads a bare name shared by a region and its core city as the city", () => {
    const region = entry("Vale", { country: "SYL", admin1: "Vale", kind: "admin1", population: 4_000_000 });
    const coreCity = entry("Vale City", { country: "SYL", admin1: "Vale", population: 1_500_000 });
    expect(resolvePlaces([match("Vale", [region, coreCity])], [])[0]!.place).toBe(coreCity);
    const governed = match("Vale", [region, coreCity], { previousWords: "governor of" });
    expect(resolvePlaces([governed], [])[0]!.place).toBe(region);
  });

  it("the population baseline ignores context", () => {
    expect(resolveByPopulation([match("Marlow", [bigMarlow, smallMarlow])])[0]!.place).toBe(bigMarlow);
  });
});

describe("distanceKm", () => {
  it("measures great-circle distance", () => {
    expect(distanceKm({ lat: 0, lon: 0 }, { lat: 0, lon: 0 })).toBe(0);
    // One degree of latitude is about 111 km.
    expect(distanceKm({ lat: 0, lon: 0 }, { lat: 1, lon: 0 })).toBeCloseTo(111.2, 0);
    // Paris to London is about 344 km.
    expect(distanceKm({ lat: 48.857, lon: 2.352 }, { lat: 51.507, lon: -0.128 })).toBeGreaterThan(330);
    expect(distanceKm({ lat: 48.857, lon: 2.352 }, { lat: 51.507, lon: -0.128 })).toBeLessThan(360);
  });
});

describe("towns named like a person", () => {
  // An invented town of 120k named like a person, in Sylvania (SYL).
  const maryTown = entry("Mary", { country: "SYL", population: 120_000, lat: 10, lon: 10 });
  const sylvania = entry("Sylvania", {
    country: "SYL",
    kind: "country",
    population: 5_000_000,
    lat: 11,
    lon: 11,
  });
  it("drops a given-name town when nothing in the text points to its country", () => {
    const resolved = resolvePlaces([match("Mary", [maryTown], { isGivenName: true })], []);
    expect(resolved).toEqual([]);
  });
  it("keeps it when the document names its country", () => {
    const resolved = resolvePlaces(
      [match("Mary", [maryTown], { isGivenName: true }), match("Sylvania", [sylvania])],
      [],
    );
    expect(resolved.map((r) => r.place.name)).toEqual(["Mary", "Sylvania"]);
  });
  it("keeps it when a preposition of place introduces it in a document about its country", () => {
    const resolved = resolvePlaces(
      [match("Mary", [maryTown], { isGivenName: true, previousWord: "in" })],
      ["SYL"],
    );
    expect(resolved.map((r) => r.place.name)).toEqual(["Mary"]);
  });
});
