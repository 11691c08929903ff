import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCoderDictionaries } from "../../src/code/dictionary-load.ts";
import { parseCues, parsePatterns, parseSynsets } from "../../src/code/pattern-load.ts";
import { dataLines } from "../../src/code/tsv-lines.ts";

const DATA = join(import.meta.dirname, "..", "..", "data");
const codes = new Set(["040", "0312", "190"]);

describe("pattern language", () => {
  it("reads synonym sets, optional words, gaps, targets and @recip", () => {
    const sets = parseSynsets(dataLines("&MIL = military, defence\n&TIES = &MIL, trade", "s.txt"));
    expect([...sets.get("&TIES")!]).toEqual(["military", "defence", "trade"]);
    const [p] = parsePatterns(dataLines("040\tmeet (with) +\t@recip # talks", "p.txt"), sets, codes);
    expect(p!.reciprocal).toBe(true);
    expect(p!.where).toBe("p.txt:1");
    expect(p!.elements.map((e) => e.kind)).toEqual(["word", "word", "target"]);
    const [q] = parsePatterns(dataLines("0312 deepen .. &TIES cooperation", "p.txt"), sets, codes);
    expect(q!.elements.map((e) => e.kind)).toEqual(["word", "gap", "word", "word"]);
  });
  it("refuses unknown codes, unknown sets and patterns without a trigger, with E_DICT_SYNTAX and file:line", () => {
    const sets = new Map<string, Set<string>>();
    expect(() => parsePatterns(dataLines("999 attack", "p.txt"), sets, codes)).toThrow(
      /p\.txt:1: CAMEO code 999/,
    );
    expect(() => parsePatterns(dataLines("190 &NOPE", "p.txt"), sets, codes)).toThrow(/unknown synonym set/);
    expect(() => parsePatterns(dataLines("190 + attack", "p.txt"), sets, codes)).toThrow(
      /must start with a required word/,
    );
    expect(() => parseCues(dataLines("wish\tagree to", "c.tsv"), sets)).toThrow(/E_DICT_SYNTAX|KIND/);
  });
  it("loads the project's data: all 20 roots and at least 150 codes have patterns", () => {
    const d = loadCoderDictionaries(DATA);
    const patternCodes = new Set(d.patterns.map((p) => p.code));
    expect(patternCodes.size).toBeGreaterThanOrEqual(150);
    expect(new Set([...patternCodes].map((c) => c.slice(0, 2))).size).toBe(20);
    expect(d.version).toMatch(/^[0-9a-f]{12}$/);
    expect(d.discards.some((x) => x.story)).toBe(true);
  });
});
