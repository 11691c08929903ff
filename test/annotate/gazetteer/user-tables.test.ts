// A user's dictionary folder (--dict DIR, config dictDirs) extends the gazetteer through its
// gazetteer/ subfolder, and a bad row there stops loading with E_DICT_SYNTAX naming the line.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createGazetteer } from "../../../src/annotate/gazetteer/index.ts";
import { createPlaceRecognizer } from "../../../src/annotate/places/index.ts";
import { createTokenizer } from "../../../src/annotate/sentences-tokens.ts";
import { createContext } from "../../../src/context.ts";
import { isSitrepError } from "../../../src/errors.ts";

function userDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-dict-"));
  mkdirSync(join(dir, "gazetteer"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, "gazetteer", name), text);
  return dir;
}

describe("user gazetteer tables", () => {
  it("add regions, aliases and word lists", () => {
    const dir = userDir({
      // An invented region and an invented nickname for a real city.
      "regions.tsv": "Quellmarsh Basin\tthe Quellmarsh\tregion\tKEN\t\t-1.5\t36.5\tL\n",
      "aliases.tsv": "Green City in the Sun\tNairobi\tKEN\n",
      "not-places.txt": "Kisumu\n",
    });
    const ctx = createContext({ dictDirs: [dir] });
    const gazetteer = createGazetteer(ctx);
    expect(gazetteer.lookup("Quellmarsh Basin")[0]).toMatchObject({ kind: "region", country: "KEN" });
    expect(gazetteer.lookup("Green City in the Sun")[0]).toMatchObject({ name: "Nairobi", country: "KEN" });
    const recognize = createPlaceRecognizer(ctx, gazetteer);
    const text = "Herders crossed the Quellmarsh Basin toward Kisumu and Nakuru.";
    const found = recognize({ text, sentences: createTokenizer()(text), countryHints: [], exclude: [] });
    expect(found.map((m) => m.text)).toEqual(["Quellmarsh Basin", "Nakuru"]);
  });

  it("report a malformed row with its folder, file and line", () => {
    const dir = userDir({ "regions.tsv": "# comment\nBroken Region\t\tregion\t\t\tnorth\t36.5\tL\n" });
    try {
      createGazetteer(createContext({ dictDirs: [dir] }));
      expect.unreachable();
    } catch (error) {
      expect(isSitrepError(error) && error.code).toBe("E_DICT_SYNTAX");
      expect((error as Error).message).toContain(`${join(dir, "gazetteer")}/regions.tsv:2`);
    }
  });
});
