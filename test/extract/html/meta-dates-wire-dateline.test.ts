// A wire story's dateline ("LONDON, August 13 (Reuters) -") states its day without a year. It dates
// a page that states nothing else, with the year the page supplies: its URL's year, else the latest
// year that keeps the day on or before its modified date, fetch time or the end of its copyright year.
import { parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { collectPageFacts } from "../../../src/extract/html/meta-collect.ts";
import { copyrightYear, wireDatelineDay } from "../../../src/extract/html/meta-dates-yearless.ts";
import { extractHtmlMetadata } from "../../../src/extract/html/meta-extract.ts";

const story = (lead: string, footer = "") =>
  `<html><head><title>Shares fall on rate fears</title></head><body><div id="story">
   <h1>Shares fall on rate fears</h1><p class="byline">By Jane Roe</p>
   <p>${lead} Shares fell sharply on Friday as traders weighed the bank's next move on rates.</p>
   </div><div id="foot">${footer}</div></body></html>`;
const meta = (html: string, opts: { url?: string; fetchedAt?: Date } = {}) =>
  extractHtmlMetadata(parseDocument(html, { decodeEntities: true }), {
    now: new Date("2026-06-01"),
    ...opts,
  });

describe("wire datelines without a year", () => {
  it("reads the month and day of upper-case and agency-marked datelines", () => {
    expect(wireDatelineDay("By Jane Roe LONDON, August 13 (Reuters) - Shares fell")).toBe("August 13");
    expect(wireDatelineDay("KABUL, Afghanistan, Aug. 3 (AP) — Troops left")).toBe("Aug. 3");
    expect(wireDatelineDay("Islamabad, June 16 (Reuters) - The army said")).toBe("June 16");
  });

  it("does not take a sentence's place and date for a dateline", () => {
    expect(wireDatelineDay("The summit in Paris, June 16 - the talks went on")).toBeNull();
    expect(wireDatelineDay("Paris, June 16 - the talks went on")).toBeNull();
    expect(wireDatelineDay("LONDON (Reuters) - Shares fell")).toBeNull();
  });

  it("dates the story with the URL's year", () => {
    const m = meta(story("LONDON, August 13 (Reuters) -"), {
      url: "https://wire.example/2010/business/shares",
    });
    expect(m.publishedDay).toBe("2010-08-13");
    expect(m.publishedSource).toBe("text:yearless-dateline");
  });

  it("dates the story by its copyright year when nothing else gives one", () => {
    const m = meta(
      story("LONDON, August 13 (Reuters) -", "<p>© 2010 Wire Example. All rights reserved.</p>"),
    );
    expect(m.publishedDay).toBe("2010-08-13");
  });

  it("leaves the story undated when the page gives no year", () => {
    expect(meta(story("LONDON, August 13 (Reuters) -")).publishedDay).toBeNull();
  });

  it("takes the latest year of a copyright range, and only from a copyright line", () => {
    const facts = (html: string) => collectPageFacts(parseDocument(html, { decodeEntities: true }));
    expect(copyrightYear(facts("<p>Copyright © 2007-2012 Geeky Example</p>"))).toBe(2012);
    expect(copyrightYear(facts("<p>Founded in 1990 and still going in 2015.</p>"))).toBeNull();
  });
});
