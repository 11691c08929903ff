// A UTC stamp in the metadata and the day the article's header prints without a zone: the printed
// day is the page's own calendar day when the instant can fall on it (meta-local-day.ts,
// printedDayOf), and it outranks the zone guessed from the country domain. Printed times of other
// instants and lists naming both neighbouring days decide nothing. Pages written for these tests.
import { parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { extractHtmlMetadata } from "../../../src/extract/html/meta-extract.ts";

const NOW = new Date("2026-12-05T18:00:00Z");
const TEXT =
  "<p>The council voted late in the evening to close the bridge for repairs, officials said on the steps.</p>";
const meta = (stamp: string, header: string, url = "https://www.example.com/news/bridge-closes") =>
  extractHtmlMetadata(
    parseDocument(
      `<html lang="en"><head><title>Bridge closes</title><meta property="article:published_time" content="${stamp}"></head><body><article><h1>Bridge closes</h1>${header}${TEXT}</article></body></html>`,
      { decodeEntities: true },
    ),
    { url, now: NOW },
  );

describe("the day the header prints", () => {
  it("takes the header's clock of the same instant: its day and its offset", () => {
    const m = meta("2023-11-09T04:15:00Z", `<p class="dateline">November 8, 2023, 11:15 PM</p>`);
    expect(m.publishedDay).toBe("2023-11-08");
    expect(m.publishedAt).toBe("2023-11-08T23:15:00-05:00");
  });

  it("allows the minute a printed clock drops against a stamp in seconds", () => {
    const m = meta("2023-11-09T04:15:42Z", `<p class="dateline">November 8, 2023, 11:15 PM</p>`);
    expect(m.publishedDay).toBe("2023-11-08");
  });

  it("takes a bare printed day the instant falls on west of Greenwich", () => {
    const m = meta("2023-11-09T03:00:00Z", `<p class="dateline">Nov. 8, 2023</p>`);
    expect(m.publishedDay).toBe("2023-11-08");
    expect(m.publishedAt?.slice(0, 10)).toBe("2023-11-08");
  });

  it("keeps the UTC day a header clock confirms, against the zone of the country domain", () => {
    const url = "https://www.example.ch/news/bridge-closes";
    // 23:30 UTC is past midnight in Switzerland; the header's 23:30 says the page keeps UTC's day.
    expect(meta("2023-11-08T23:30:00Z", "", url).publishedDay).toBe("2023-11-09");
    expect(meta("2023-11-08T23:30:00Z", `<p class="dateline">08.11.2023, 23:30</p>`, url).publishedDay).toBe(
      "2023-11-08",
    );
  });

  it("ignores a printed time of another instant", () => {
    const m = meta("2023-11-09T04:15:00Z", `<p class="dateline">November 8, 2023, 6:02 PM</p>`);
    expect(m.publishedDay).toBe("2023-11-09");
  });

  it("decides nothing when printed days name both days the instant can fall on", () => {
    const m = meta(
      "2023-11-09T04:15:00Z",
      `<p class="dateline">Nov. 8, 2023</p><p class="dateline">Nov. 9, 2023</p>`,
    );
    expect(m.publishedDay).toBe("2023-11-09");
  });

  it("does not move a day no zone can reach", () => {
    const m = meta("2023-11-09T15:00:00Z", `<p class="dateline">Nov. 8, 2023</p>`);
    expect(m.publishedDay).toBe("2023-11-09");
  });
});
