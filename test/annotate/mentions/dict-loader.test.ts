import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatIssue, readDictRows } from "../../../src/annotate/mentions/dict-line-reader.ts";
import { loadDictionaries, tableOfFile } from "../../../src/annotate/mentions/dict-loader.ts";
import { widenDate } from "../../../src/annotate/mentions/dict-tables.ts";
import { isSitrepError } from "../../../src/errors.ts";
import { FIXTURES } from "./mention-helpers.ts";

const known = new Set(["PAK", "CHN", "AFG", "GBR", "USA", "RUS"]);
const load = (dirs: string[], requiredDirs: string[] = []) =>
  loadDictionaries({ dirs, requiredDirs, isKnownIso3: (c) => known.has(c) });

describe("dictionary reader", () => {
  it("skips comments, blank lines and a header, and keeps line numbers", () => {
    const issues: never[] = [];
    const rows = readDictRows(
      "x.tsv",
      "# c\nphrase\tcode\n\nthe Kremlin\tRUSGOV\n",
      ["phrase", "code"],
      issues,
    );
    expect(rows).toEqual([{ file: "x.tsv", line: 4, fields: ["the Kremlin", "RUSGOV"] }]);
  });

  it("reports space-separated lines", () => {
    const issues: { file: string; line: number; message: string }[] = [];
    readDictRows("x.tsv", "the Kremlin    RUSGOV\n", ["phrase", "code"], issues);
    expect(issues.map(formatIssue)).toEqual([
      "x.tsv:1: no TAB found: fields must be separated by TAB, not spaces",
    ]);
  });

  it("widens partial dates to the first or last day", () => {
    expect(widenDate("2016-11", false)).toBe("2016-11-01");
    expect(widenDate("2016-02", true)).toBe("2016-02-29");
    expect(widenDate("2015", true)).toBe("2015-12-31");
    expect(widenDate("2020-13-01", false)).toBeNull();
  });

  it("names the table of a file, including a user's prefixed files", () => {
    expect(tableOfFile("/a/people.tsv")).toBe("people");
    expect(tableOfFile("/a/mine.organizations.tsv")).toBe("organizations");
    expect(tableOfFile("/a/equipment/types.txt")).toBe("equipment-types");
    expect(tableOfFile("/a/other/types.txt")).toBeNull();
    expect(tableOfFile("/a/notes.tsv")).toBeNull();
  });
});

describe("dictionary validation", () => {
  it("reports every bad line as file:line: message and loads the good ones", () => {
    const d = load([join(FIXTURES, "dict-bad")]);
    const lines = d.issues.map((i) => `${i.file.replace(/.*fixtures\//, "")}:${i.line}`);
    expect(lines).toEqual([
      "dict-bad/actors/organizations.tsv:1",
      "dict-bad/actors/organizations.tsv:2",
      "dict-bad/actors/organizations.tsv:3",
      "dict-bad/actors/organizations.tsv:5",
      "dict-bad/actors/people.tsv:2",
      "dict-bad/actors/people.tsv:3",
      "dict-bad/actors/people.tsv:4",
      "dict-bad/actors/people.tsv:5",
    ]);
    const messages = d.issues.map((i) => i.message).join("\n");
    expect(messages).toContain('type "club" is not one of');
    expect(messages).toContain('"ZZZ" is not a known ISO 3166-1 alpha-3 country code');
    expect(messages).toContain("empty name");
    expect(messages).toContain('code "pakmil" is not a CAMEO actor code');
    expect(messages).toContain('from "2020-13-01" is not a date');
    expect(messages).toContain("from 2020-05-01 is after to 2019-01-01");
    expect(messages).toContain("expected at most 6");
    expect(messages).toContain("duplicate of ");
    expect(d.people.map((p) => p.name)).toEqual(["Good Person"]);
    expect(d.people[0]!.from).toBe("2020-01-01");
  });

  it("the fixture dictionaries are clean", () => {
    const d = load([join(FIXTURES, "dict-basic")]);
    expect(d.issues).toEqual([]);
    expect(d.people).toHaveLength(5);
    expect(d.equipmentTypes.has("combat aircraft")).toBe(true);
  });

  it("a later folder replaces every earlier line for a name and adds new names", () => {
    const d = load([join(FIXTURES, "dict-basic"), join(FIXTURES, "dict-user")]);
    const varga = d.people.filter((p) => p.name === "Tesso Varga");
    expect(varga.map((p) => p.code)).toEqual(["CHNELI"]);
    expect(d.people.some((p) => p.name === "Mira Quell")).toBe(true);
    expect(d.people.filter((p) => p.name === "Alda Morvane")).toHaveLength(2);
    expect(d.organizations.find((o) => o.name === "Facebook")!.code).toBe("---");
  });

  it("a missing user folder is E_DICT_NOT_FOUND", () => {
    try {
      load([join(FIXTURES, "dict-basic")], [join(FIXTURES, "no-such-folder")]);
      expect.unreachable();
    } catch (e) {
      expect(isSitrepError(e) && e.code).toBe("E_DICT_NOT_FOUND");
    }
  });
});

describe("dictionary provenance names", () => {
  it("names our data folder's files as data/… whatever the working directory", async () => {
    const { loadMentionDictionaries } = await import("../../../src/annotate/mentions/index.ts");
    const { dictionaryFileName } = await import("../../../src/annotate/mentions/dict-loader.ts");
    const dataDir = join(import.meta.dirname, "../../../data");
    const cwd = process.cwd();
    try {
      process.chdir("/");
      expect(dictionaryFileName(join(dataDir, "dates", "relative-dates.tsv"), dataDir)).toBe(
        "data/dates/relative-dates.tsv",
      );
      const loaded = loadMentionDictionaries(dataDir, []);
      expect(loaded.files.length).toBeGreaterThan(3);
      for (const f of loaded.files) expect(f.startsWith("data/")).toBe(true);
    } finally {
      process.chdir(cwd);
    }
  });

  it("names a user folder's files as the user can find them, not as ours", async () => {
    const { dictionaryFileName } = await import("../../../src/annotate/mentions/dict-loader.ts");
    const dataDir = join(import.meta.dirname, "../../../data");
    expect(dictionaryFileName("/srv/dicts/people.tsv", dataDir)).toBe("/srv/dicts/people.tsv");
    expect(dictionaryFileName("/srv/dicts/people.tsv", null)).toBe("/srv/dicts/people.tsv");
  });
});
