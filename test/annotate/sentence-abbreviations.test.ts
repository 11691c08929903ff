import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadAbbreviations, parseAbbreviations } from "../../src/annotate/sentence-abbreviations.ts";
import { createTokenizer } from "../../src/annotate/sentences-tokens.ts";
import { PROJECT_DATA_DIR } from "../../src/context.ts";
import { SitrepError } from "../../src/errors.ts";

describe("abbreviation list", () => {
  it("reads classes, comments and blank lines", () => {
    const parsed = parseAbbreviations("# ranks\nGen.\n\nJan.\tnumber\nU.S.  final\np.m. time\n", "x.txt");
    expect([...parsed]).toEqual([
      ["Gen.", "title"],
      ["Jan.", "number"],
      ["U.S.", "final"],
      ["p.m.", "time"],
      ["P.m.", "time"],
    ]);
  });

  it("lets a lower-case entry match when capitalised", () => {
    expect(parseAbbreviations("etc. final", "x.txt").get("Etc.")).toBe("final");
  });

  it("names the file and line of a bad entry", () => {
    const bad = (text: string) => () => parseAbbreviations(text, "abbr.txt");
    expect(bad("Gen.\nColonel\n")).toThrow(/abbr\.txt:2/);
    expect(bad("Gen. rank")).toThrow(SitrepError);
    expect(bad("Gen. title extra")).toThrow(/abbr\.txt:1/);
    expect(bad("Gen. rank")).toThrow(expect.objectContaining({ code: "E_DICT_SYNTAX" }));
  });

  it("loads the project's list", () => {
    const list = loadAbbreviations(PROJECT_DATA_DIR);
    for (const word of ["Gen.", "Lt.", "Adm.", "Dr.", "Sept.", "U.S.", "Inc.", "vs.", "e.g.", "etc."]) {
      expect(list.has(word), word).toBe(true);
    }
  });

  it("fails with a code when the data folder has no list", () => {
    const empty = mkdtempSync(join(tmpdir(), "sitrep-abbr-"));
    expect(() => loadAbbreviations(empty)).toThrow(expect.objectContaining({ code: "E_DICT_NOT_FOUND" }));
  });

  it("takes extra abbreviations from a user dictionary folder", () => {
    const text = "Gp. Capt. Rowan Ellis flew in. He left.";
    const plain = createTokenizer();
    expect(plain(text).length).toBeGreaterThan(2);
    const dir = mkdtempSync(join(tmpdir(), "sitrep-dict-"));
    writeFileSync(join(dir, "abbreviations.txt"), "# air force rank\nGp.\n");
    const extended = createTokenizer({ dictDirs: [dir] });
    expect(extended(text).map((s) => text.slice(s.start, s.end))).toEqual([
      "Gp. Capt. Rowan Ellis flew in.",
      "He left.",
    ]);
  });
});
