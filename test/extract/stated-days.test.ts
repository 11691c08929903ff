// The fresh-evidence check of bench/dates (stated-days.ts) must read a page's stated day as the page
// writes it: a stamp's own calendar day, and no update stamp taken for the publication.
import { describe, expect, it } from "vitest";
import { compareStated, textDay } from "../../bench/dates/stated-days.ts";

describe("stated days of the extraction sets", () => {
  it("keeps the day a zoned stamp writes", () => {
    expect(textDay("November 1, 2012 2:33 am AEST — By Long Zheng\nMicrosoft BUILD")).toBe("2012-11-01");
    expect(textDay("Posted July 23, 2012, 10:49 p.m. ET\nGeithner")).toBe("2012-07-23");
  });

  it("skips update stamps for a later publication line", () => {
    expect(textDay("Updated July 23, 2012, 10:49 p.m. ET\n\nGeithner Urges Quick Action")).toBeNull();
    expect(textDay("Updated Nov 07, 2012 at 02:56am IST\nPublished Nov 06, 2012\nText")).toBe("2012-11-06");
    expect(compareStated("2012-07-22", undefined, "Updated July 23, 2012\nText")).toBe("no-evidence");
  });

  it("still reads a plain dateline and rejects what is not a date", () => {
    expect(textDay("HyperDrive | 20 July 2012\nConnected cars")).toBe("2012-07-20");
    expect(textDay("The Daily Edit – Monday\n11.12.12\n")).toBeNull();
    expect(compareStated("2012-07-20", "https://x.com/2012/07/19/story", "no date here")).toBe("disagree");
  });
});
