import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DocCoder, loadCoderDictionaries } from "../../src/code/index.ts";
import { createContext } from "../../src/context.ts";
import { clauseAround, createLocator } from "../../src/locate/index.ts";
import type { AnnotatedDoc, Mention } from "../../src/types.ts";
import { fixtureDoc, parseFixtureActors } from "../code/fixture-annotate.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const actors = parseFixtureActors(readFileSync(join(ROOT, "test/golden/coding/actors.tsv"), "utf8"));
const coder = new DocCoder(loadCoderDictionaries(join(ROOT, "data")));
const locate = createLocator(createContext());

/** Country points the annotate stage gives a state named as a place (approximate centres). */
const COUNTRY_POINTS: Record<string, [number, number]> = { UKR: [49, 32], BLR: [53, 28] };

/** The doc as the annotate stage leaves it: countries named as places carry their point. */
function withCountryPoints(doc: AnnotatedDoc, placed: readonly string[]): AnnotatedDoc {
  const mentions = doc.mentions.map((m): Mention => {
    const point = COUNTRY_POINTS[m.code ?? ""];
    if (m.kind !== "state" || !point || !placed.includes(m.text)) return m;
    const place = {
      name: m.text,
      country: m.code,
      admin1: null,
      lat: point[0],
      lon: point[1],
      geonameid: null,
      featureClass: "A",
      population: null,
      type: "country",
    };
    return { ...m, place };
  });
  return { ...doc, mentions };
}

function locations(text: string, dateline?: string, placedCountries: readonly string[] = []) {
  const doc = withCountryPoints(fixtureDoc(text, actors, dateline ? { dateline } : {}), placedCountries);
  return locate(doc, coder.code(doc)).map((e) => e.location?.name ?? null);
}

describe("locate", () => {
  it("takes the place the sentence puts the event in", () => {
    expect(locations("Pakistan and Syria held talks in Geneva.")).toEqual(["Geneva", "Geneva"]);
  });
  it("prefers a place after 'in' over an acting capital", () => {
    expect(locations("Russia accused Ukraine of shelling civilians in Donetsk.")).toEqual(["Donetsk"]);
  });
  it("falls back to the dateline place when the text names it", () => {
    const doc = "Turkey criticised Syria. Officials met reporters in Karachi later.";
    expect(locations(doc, "Karachi")).toEqual(["Karachi"]);
  });
  it("places the event at a country its sentence names as a place, not at the dateline city", () => {
    const text = "Ukraine attacked Russia near the border with Belarus.";
    expect(locations(text, "Karachi", ["Belarus"])).toEqual(["Belarus"]);
  });
  it("prefers a town the sentence names over a country it also names as a place", () => {
    const text = "Russia attacked Ukraine in Donetsk near the border with Belarus.";
    expect(locations(text, "Karachi", ["Belarus"])).toEqual(["Donetsk"]);
  });
  it("places each event in its own clause, not at the sentence's first place", () => {
    const text = "Pakistan and Syria held talks in Geneva, while Turkey criticised Syria in Vienna.";
    expect(locations(text, "Karachi")).toEqual(["Geneva", "Geneva", "Vienna"]);
    const reversed = "Turkey criticised Syria in Vienna, after Pakistan and Syria held talks in Geneva.";
    expect(locations(reversed, "Karachi")).toEqual(["Vienna", "Geneva", "Geneva"]);
  });
  it("treats a semicolon as a clause break", () => {
    const text = "Pakistan and Syria held talks in Geneva; Turkey later criticised Syria in Vienna.";
    expect(locations(text)).toEqual(["Geneva", "Geneva", "Vienna"]);
  });
  it("takes a place from another clause of the sentence before the dateline", () => {
    const text = "Talks had stalled in Geneva, but Turkey criticised Syria.";
    expect(locations(text, "Karachi")).toEqual(["Geneva"]);
  });
  it("never places an event at its own actor", () => {
    expect(locations("Russia attacked Ukraine.", undefined, ["Ukraine"])).toEqual([null]);
  });
  it("never takes a place of the dateline header for the sentence's own place", () => {
    // "Karachi, Ukraine (AP) —" names where the story was filed; the event has no place of its own.
    // (The fixture's place phrases match as written, so the header is not in capitals here.)
    const text = "Karachi, Ukraine (AP) — Turkey criticised Syria on Monday.";
    expect(locations(text, "Karachi", ["Ukraine"])).toEqual(["Karachi"]);
  });
  it("places the event at a target the sentence introduces with a preposition of place", () => {
    // Belarus is both what was attacked and where: "in Belarus" says so.
    const text = "Karachi, Ukraine (AP) — Russia attacked a depot in Belarus on Monday.";
    const placed = locations(text, "Karachi", ["Ukraine", "Belarus"]);
    expect(placed.every((p) => p === "Belarus")).toBe(true);
    expect(placed.length).toBeGreaterThan(0);
  });
  it("gives null when nothing places the event", () => {
    expect(locations("Turkey criticised Syria.")).toEqual([null]);
  });
});

describe("clauseAround", () => {
  it("bounds the clause holding a position at clause breaks", () => {
    const text = "Protesters gathered in Kyiv, while police in Lviv arrested 20; later calm returned.";
    const sentence = { start: 0, end: text.length };
    const at = text.indexOf("arrested");
    const { start, end } = clauseAround(text, sentence, at);
    expect(text.slice(start, end)).toBe(", while police in Lviv arrested 20");
    const first = clauseAround(text, sentence, text.indexOf("gathered"));
    expect(text.slice(first.start, first.end)).toBe("Protesters gathered in Kyiv");
  });
  it("keeps a comma that joins no clause inside one clause", () => {
    const text = "Troops entered Bakhmut, Donetsk region, on Monday.";
    const { start, end } = clauseAround(text, { start: 0, end: text.length }, 0);
    expect(text.slice(start, end)).toBe(text);
  });
});
