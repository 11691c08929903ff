// Publication dates a page gives in other forms than a plain stated date: a UTC stamp in the
// metadata whose local day only the visible dateline's zone tells, elapsed-time stamps ("2 hours
// ago") read against the time of reading, comment dates that must not date the article, a
// VideoObject's upload date, and a JSON-LD block broken beyond repair.
import { parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { readElapsedTime } from "../../../src/extract/dates/elapsed-time.ts";
import { extractHtmlMetadata } from "../../../src/extract/html/meta-extract.ts";

const NOW = new Date("2026-12-05T18:00:00Z");
const TEXT =
  "<p>The storm made landfall late on Tuesday, officials said, and thousands of homes lost power across the region.</p>";
const meta = (
  head: string,
  body: string,
  url = "https://www.example.com/news/storm-hits-coast",
  fetchedAt: Date | null = NOW,
) =>
  extractHtmlMetadata(
    parseDocument(
      `<html lang="en"><head><title>Storm hits the coast</title>${head}</head><body><article><h1>Storm hits the coast</h1>${body}${TEXT}</article></body></html>`,
      { decodeEntities: true },
    ),
    { url, now: NOW, ...(fetchedAt ? { fetchedAt } : {}) },
  );

describe("publication dates from stamps", () => {
  it("takes the local day from a visible dateline that states the same instant with its zone", () => {
    const m = meta(
      `<meta property="article:published_time" content="2010-08-12T22:30:00Z">`,
      `<p class="dateline">13 August 2010, 08:30 AEST</p>`,
    );
    expect(m.publishedDay).toBe("2010-08-13");
    expect(m.publishedAt).toBe("2010-08-13T08:30:00+10:00");
  });

  it("keeps the UTC day when the visible zone states a different instant", () => {
    const m = meta(
      `<meta property="article:published_time" content="2010-08-12T22:30:00Z">`,
      `<p class="dateline">14 August 2010, 09:00 AEST</p>`,
    );
    expect(m.publishedDay).toBe("2010-08-12");
  });

  it("reads elapsed-time stamps against the time of reading, with a warning", () => {
    const hours = meta("", `<span class="time">2 hours ago</span>`);
    expect(hours.publishedAt).toBe("2026-12-05T16:00:00Z");
    expect(hours.warnings.map((w) => w.code)).toContain("W_DATE_ELAPSED");
    expect(meta("", `<span class="date">3 days ago</span>`).publishedDay).toBe("2026-12-02");
    expect(meta("", `<span class="date">Yesterday at 10:15 pm</span>`).publishedAt).toBe(
      "2026-12-04T22:15:00Z",
    );
  });

  it("counts elapsed time back from the fetch time, not from the time of reading", () => {
    const fetched = new Date("2026-11-20T09:30:00Z");
    const m = meta("", `<span class="time">2 hours ago</span>`, undefined, fetched);
    expect(m.publishedAt).toBe("2026-11-20T07:30:00Z");
    expect(meta("", `<span class="date">yesterday</span>`, undefined, fetched).publishedDay).toBe(
      "2026-11-19",
    );
  });

  it("dates nothing by elapsed time when the fetch time is unknown, and says why", () => {
    const m = meta("", `<span class="time">2 hours ago</span>`, undefined, null);
    expect(m.publishedDay).toBeNull();
    expect(m.warnings.map((w) => w.code)).toContain("W_DATE_ELAPSED_UNANCHORED");
    // A written date still wins without any fetch time.
    const written = meta(
      "",
      `<span class="time">2 hours ago</span><p class="byline">December 3, 2026</p>`,
      undefined,
      null,
    );
    expect(written.publishedDay).toBe("2026-12-03");
    expect(written.warnings.map((w) => w.code)).not.toContain("W_DATE_ELAPSED_UNANCHORED");
  });

  it("prefers any written date to an elapsed-time stamp", () => {
    const m = meta("", `<span class="date">2 hours ago</span><p class="byline">December 3, 2026</p>`);
    expect(m.publishedDay).toBe("2026-12-03");
  });

  it("does not date the article by its comments", () => {
    const m = meta(
      "",
      `<div class="comments"><div class="comment"><span class="date">December 1, 2026</span><p>Well written.</p></div></div>`,
    );
    expect(m.publishedDay).toBeNull();
  });

  it("reads a video page's upload date and the dates of a broken JSON-LD block", () => {
    const video = meta(
      `<script type="application/ld+json">{"@type":"VideoObject","name":"Storm","uploadDate":"2026-11-27T08:00:00Z"}</script>`,
      "",
    );
    expect(video.publishedDay).toBe("2026-11-27");
    const broken = meta(
      `<script type="application/ld+json">{"@type":"WebSite","name":"X"} {"@type":"NewsArticle", "headline":"Storm "hits" coast","datePublished":"2026-11-24T08:00:00+01:00"}</script>`,
      "",
    );
    expect(broken.publishedAt).toBe("2026-11-24T08:00:00+01:00");
  });
});

describe("dates in attributes", () => {
  it("reads data-* attributes named for a date and datetime outside <time>", () => {
    expect(meta("", `<span data-timestamp="1281700000">Friday</span>`).publishedDay).toBe("2010-08-13");
    expect(meta("", `<div data-published="2010-08-13T09:00:00Z"></div>`).publishedAt).toBe(
      "2010-08-13T09:00:00Z",
    );
    expect(meta("", `<abbr datetime="2010-08-13T09:00:00+02:00">Fri</abbr>`).publishedDay).toBe("2010-08-13");
  });
  it("ignores them in comments, in lists of other stories and in unrelated attributes", () => {
    expect(meta("", `<div class="comment" data-date="2010-08-13">Nice</div>`).publishedDay).toBeNull();
    expect(
      meta("", `<aside><a data-timestamp="1281700000" href="/a">Other story</a></aside>`).publishedDay,
    ).toBeNull();
    expect(meta("", `<div data-id="1281700000" data-validate="2010-08-13">x</div>`).publishedDay).toBeNull();
  });
});

describe("month names of more languages", () => {
  it("reads dates written with the month names CLDR gives Turkish, Czech, Finnish and Greek", () => {
    for (const written of ["13 Ağustos 2010", "13. srpna 2010", "13. elokuuta 2010", "13 Αυγούστου 2010"]) {
      expect(meta("", `<p class="date">${written}</p>`).publishedDay, written).toBe("2010-08-13");
    }
  });
});

describe("readElapsedTime", () => {
  const read = (text: string) => {
    const s = readElapsedTime(text, NOW);
    return s ? new Date(s.ms).toISOString() : null;
  };
  it("reads the stamps of several languages", () => {
    expect(read("an hour ago")).toBe("2026-12-05T17:00:00.000Z");
    expect(read("vor 3 Tagen")).toBe("2026-12-02T00:00:00.000Z");
    expect(read("il y a 2 heures")).toBe("2026-12-05T16:00:00.000Z");
    expect(read("hace 45 minutos")).toBe("2026-12-05T17:15:00.000Z");
    expect(read("2 ore fa")).toBe("2026-12-05T16:00:00.000Z");
    expect(read("gisteren")).toBe("2026-12-04T00:00:00.000Z");
  });
  it("leaves months, years and other text alone", () => {
    expect(read("2 months ago")).toBeNull();
    expect(read("3 days later the river rose")).toBeNull();
    expect(read("Mayday")).toBeNull();
  });
});
