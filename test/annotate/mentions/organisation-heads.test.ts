// The WordNet kinds of organisation (data/names/wordnet.organisation-heads.tsv): the shipped file
// loads with no problem and holds the kinds news names bodies by; a bad line is reported, not read.
import { describe, expect, it } from "vitest";
import { readOrganisationHeads } from "../../../src/annotate/mentions/appositive-organisations.ts";
import type { DictIssue } from "../../../src/annotate/mentions/dict-line-reader.ts";
import { loadMentionDictionaries } from "../../../src/annotate/mentions/index.ts";
import { PROJECT_DATA_DIR } from "../../../src/context.ts";

describe("organisation head nouns", () => {
  it("loads the shipped file without problems, with kinds of several roles", () => {
    const loaded = loadMentionDictionaries(PROJECT_DATA_DIR, []);
    expect(loaded.issues.filter((i) => i.file.includes("organisation-heads"))).toEqual([]);
    expect(loaded.organisationHeads.get("carmaker")).toBe("BUS");
    expect(loaded.organisationHeads.get("think tank")).toBe("NGO");
    expect(loaded.organisationHeads.get("news agency")).toBe("MED");
    // Proper names WordNet files under a kind are no kinds ("Bank of England", "FBI").
    expect(loaded.organisationHeads.has("bank of england")).toBe(false);
    expect(loaded.organisationHeads.has("fbi")).toBe(false);
  });

  it("reports a line that is not one or two lower-case words and a role", () => {
    const issues: DictIssue[] = [];
    const heads = new Map<string, string>();
    readOrganisationHeads(
      "x.tsv",
      "carmaker\tBUS\nBig Bank\tBUS\nthree word head\tNGO\nlender\tbus\n",
      issues,
      heads,
    );
    expect([...heads]).toEqual([["carmaker", "BUS"]]);
    expect(issues.map((i) => i.line)).toEqual([2, 3, 4]);
  });
});
