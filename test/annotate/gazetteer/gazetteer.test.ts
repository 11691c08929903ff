// The gazetteer built from the npm data packages and data/gazetteer/: it loads and answers.
// (Load time and memory are measured by bench/geo/measure-load.ts, not asserted here.)
import { beforeAll, describe, expect, it } from "vitest";
import { createGazetteer, type Gazetteer, toNameKey } from "../../../src/annotate/gazetteer/index.ts";
import { createContext } from "../../../src/context.ts";

describe("createGazetteer", () => {
  let g: Gazetteer;
  beforeAll(() => {
    g = createGazetteer(createContext());
  });

  it("holds countries, cities, admin regions and our regions", () => {
    expect(g.size).toBeGreaterThan(100_000);
    const kinds = new Set(["Kenya", "Nairobi", "Queensland", "Middle East"].map((n) => g.lookup(n)[0]?.kind));
    expect(kinds).toEqual(new Set(["country", "capital", "admin1", "region"]));
  });

  it("answers countries by ISO code", () => {
    expect(g.countryByIso3("CHN")).toMatchObject({
      iso3: "CHN",
      iso2: "CN",
      name: "China",
      capital: "Beijing",
    });
    expect(g.countryByIso3("chn")?.iso3).toBe("CHN");
    expect(g.countryByIso2("PK")?.iso3).toBe("PAK");
    expect(g.countryByIso3("XXX")).toBeNull();
    const centroid = g.countryCentroid("PAK");
    expect(centroid).toMatchObject({ name: "Pakistan", country: "PAK", featureClass: "A" });
  });

  it("finds Xinjiang as an admin-1 region of China with coordinates", () => {
    const xinjiang = g.lookup("Xinjiang").find((e) => e.kind === "admin1");
    expect(xinjiang).toMatchObject({ country: "CHN", admin1: "Xinjiang", featureClass: "A" });
    expect(xinjiang!.lat).toBeGreaterThan(35);
    expect(xinjiang!.lat).toBeLessThan(49);
    expect(xinjiang!.lon).toBeGreaterThan(73);
    expect(xinjiang!.lon).toBeLessThan(96);
  });

  it("knows capitals, but only where the capital is the main sense of the name", () => {
    const beijing = g.capitalOf("Beijing");
    expect(beijing?.iso3).toBe("CHN");
    expect(beijing?.place).toMatchObject({ featureClass: "P", kind: "capital" });
    expect(Math.abs(beijing!.place.lat - 39.9)).toBeLessThan(0.2);
    expect(g.capitalOf("Islamabad")?.iso3).toBe("PAK");
    expect(g.capitalOf("Washington")?.iso3).toBe("USA");
    expect(g.capitalOf("Victoria")).toBeNull();
    expect(g.capitalOf("Lahore")).toBeNull();
  });

  it("files aliases under their place: Britain, America, NSW, Zaire", () => {
    expect(g.lookup("Britain")[0]?.country).toBe("GBR");
    expect(g.lookup("America")[0]?.country).toBe("USA");
    expect(g.lookup("NSW")[0]).toMatchObject({ name: "New South Wales", country: "AUS" });
    expect(g.lookup("Zaire").some((e) => e.kind === "country" && e.country === "COD")).toBe(true);
  });

  it("gives renamed places their current name, under old and new names", () => {
    expect(g.lookup("Kyiv").find((e) => e.kind === "capital")?.country).toBe("UKR");
    expect(g.lookup("Dnipro")[0]).toMatchObject({ name: "Dnipro", kind: "city", country: "UKR" });
    expect(g.lookup("Dnipropetrovsk").find((e) => e.kind === "city")?.name).toBe("Dnipro");
  });

  it("answers acronyms only for a span in capitals", () => {
    const usa = (spanIsAcronym: boolean) =>
      g.lookupKey(toNameKey("US"), spanIsAcronym).some((e) => e.country === "USA");
    expect(usa(true)).toBe(true);
    expect(usa(false)).toBe(false);
  });

  it("sorts candidates most populous first", () => {
    const paris = g.lookup("Paris");
    expect(paris[0]).toMatchObject({ country: "FRA", kind: "capital" });
    const populations = paris.map((e) => e.population ?? 0);
    expect(populations).toEqual([...populations].sort((a, b) => b - a));
  });

  it("adds UN M49 regions our table does not name", () => {
    expect(g.lookup("Western Asia")[0]).toMatchObject({ kind: "region", featureClass: "L" });
    expect(g.lookup("Melanesia")[0]?.lat).toBeLessThan(0);
  });

  it("knows demonyms, which are never places", () => {
    expect(g.isDemonymKey("pakistani")).toBe(true);
    expect(g.isDemonymKey("chinese")).toBe(true);
    expect(g.isDemonymKey("vatican")).toBe(false);
  });

  it("tells the recognizer how long names starting with a word can be", () => {
    expect(g.maxWordsFrom("new")).toBeGreaterThanOrEqual(3);
    expect(g.maxWordsFrom("people")).toBeGreaterThanOrEqual(4);
    expect(g.maxWordsFrom("zzzzqx")).toBe(0);
  });
});
