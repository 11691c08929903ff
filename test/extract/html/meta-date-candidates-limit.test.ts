// A candidate list read only for the article's header dates (meta-dates.ts reads the visible dates
// after all when stated metadata leaves a question) keeps ranks up to its limit and never parses
// the text of a later candidate.
import { describe, expect, it, vi } from "vitest";
import { CandidateList } from "../../../src/extract/html/meta-date-candidates.ts";
import * as dateValue from "../../../src/extract/html/meta-date-value.ts";

const NOW = new Date("2026-01-01T00:00:00Z");

describe("a rank-limited candidate list", () => {
  it("keeps candidates up to its limit and drops later ones", () => {
    const list = new CandidateList(NOW, false, null, 48);
    list.add("published", "March 3, 2012", "text:near-headline", 46);
    list.add("published", "March 9, 2012", "text:first-on-page", 58);
    list.addUnless("published", "March 10, 2012", new Set(), "text:body-start", 60);
    list.addInMonth("published", "March 11, 2012", "2012-03", "text:url-month", 56);
    expect(list.published.map((c) => c.value.day)).toEqual(["2012-03-03"]);
  });

  it("does not parse the text of a candidate above its limit", () => {
    const parse = vi.spyOn(dateValue, "parseDateValue");
    const list = new CandidateList(NOW, false, null, 48);
    list.add("published", "March 9, 2012", "text:first-on-page", 58);
    list.addUnless("published", "March 10, 2012", new Set(), "text:body-start", 60);
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
  });

  it("keeps every rank without a limit", () => {
    const list = new CandidateList(NOW, false);
    list.add("published", "March 9, 2012", "text:first-on-page", 58);
    expect(list.published).toHaveLength(1);
  });
});
