import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  parseDegrees,
  readLineList,
  readTableRows,
  splitAlternatives,
} from "../../../src/annotate/gazetteer/gazetteer-tables.ts";
import { isSitrepError } from "../../../src/errors.ts";

function tableDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-gazetteer-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe("gazetteer tables", () => {
  it("skips comments and blank lines and names each row's line", () => {
    const dir = tableDir({ "t.tsv": "# comment\n\nA\tb|c\n" });
    const rows = readTableRows(dir, "t.tsv", 2);
    expect(rows).toEqual([{ where: "data/gazetteer/t.tsv:3", fields: ["A", "b|c"] }]);
    expect(splitAlternatives(rows[0]!.fields[1])).toEqual(["b", "c"]);
    expect(splitAlternatives("")).toEqual([]);
  });

  it("reports a short row as E_DICT_SYNTAX with file and line", () => {
    const dir = tableDir({ "t.tsv": "ok\tfine\nbroken\n" });
    try {
      readTableRows(dir, "t.tsv", 2);
      expect.unreachable();
    } catch (error) {
      expect(isSitrepError(error) && error.code).toBe("E_DICT_SYNTAX");
      expect((error as Error).message).toContain("data/gazetteer/t.tsv:2");
    }
  });

  it("rejects coordinates that are not numbers in range", () => {
    expect(parseDegrees("45.5", 90, "x:1")).toBe(45.5);
    expect(() => parseDegrees("95", 90, "x:1")).toThrow(/x:1/);
    expect(() => parseDegrees("north", 90, "x:1")).toThrow(/x:1/);
    expect(() => parseDegrees("", 90, "x:1")).toThrow(/x:1/);
  });

  it("reads line lists and treats a missing file as empty", () => {
    const dir = tableDir({ "l.txt": "# c\nMay\n\n June \n" });
    expect(readLineList(dir, "l.txt")).toEqual(["May", "June"]);
    expect(readLineList(dir, "absent.txt")).toEqual([]);
    expect(readTableRows(dir, "absent.tsv", 2)).toEqual([]);
  });
});
