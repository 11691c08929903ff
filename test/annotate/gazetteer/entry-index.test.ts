// The name index: lazily built entries, the longest-name table, shared slots.
import { describe, expect, it } from "vitest";
import { EntryIndex } from "../../../src/annotate/gazetteer/entry-index.ts";
import type { GazetteerEntry } from "../../../src/annotate/gazetteer/gazetteer-types.ts";

function town(name: string, population: number): GazetteerEntry {
  return {
    name,
    country: "KEN",
    admin1: null,
    lat: 0,
    lon: 0,
    geonameid: null,
    featureClass: "P",
    featureCode: "PPL",
    population,
    kind: "city",
    admin1Code: null,
    source: "test",
  };
}

describe("EntryIndex", () => {
  it("builds a lazy entry once, on its first lookup, and keeps kind and population before that", () => {
    const index = new EntryIndex();
    const made: number[] = [];
    index.setMaker((id) => {
      made.push(id);
      return town(`Town ${id}`, 500);
    });
    const eager = index.add(town("Kisumu", 400_000));
    const lazy = index.addLazy(500, "capital");
    index.addName(lazy, "Migori");
    expect(index.size).toBe(2);
    expect(index.kindOf(lazy)).toBe("capital");
    expect(index.populationOf(lazy)).toBe(500);
    expect(made).toEqual([]);
    const first = index.entry(lazy);
    expect(index.entry(lazy)).toBe(first);
    expect(made).toEqual([lazy]);
    expect(index.entry(eager).name).toBe("Kisumu");
  });

  it("answers the longest name in words for a first word, one-word names included", () => {
    const index = new EntryIndex();
    const a = index.add(town("Homa Bay", 1));
    const b = index.add(town("Homa", 1));
    index.addName(a, "Homa Bay");
    index.addName(b, "Homa");
    index.addName(b, "Kisii");
    expect(index.maxWords("homa")).toBe(2);
    expect(index.maxWords("kisii")).toBe(1);
    expect(index.maxWords("nakuru")).toBe(0);
  });

  it("files several places under one name, most populous first after sorting", () => {
    const index = new EntryIndex();
    const small = index.add(town("Springfield", 10));
    const big = index.add(town("Springfield", 100_000));
    index.addName(small, "Springfield");
    index.addName(big, "Springfield");
    index.sortByPopulation();
    expect(index.ids("springfield", false)).toEqual([big, small]);
    expect(index.ids("nowhere", false)).toEqual([]);
  });
});
