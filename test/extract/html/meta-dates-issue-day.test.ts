// A newspaper's metadata may give the day of the print issue a story went into (a bare day, the
// next day's paper) while the article's byline shows the clock time it went online the day before:
// the online stamp is the publication (meta-date-evidence.ts onlineStampBeforeIssueDay). The
// metadata's day stays when it has a time of its own, when the byline's stamp is the same day or
// later, when the byline shows only a day, and when the gap is longer than an issue's lead.
// Pages written for these tests.
import { parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { extractHtmlMetadata } from "../../../src/extract/html/meta-extract.ts";

const NOW = new Date("2026-12-05T18:00:00Z");
const meta = (metaDate: string, byline: string) =>
  extractHtmlMetadata(
    parseDocument(
      `<html lang="de"><head><title>Mieten im Streik</title><meta name="date" content="${metaDate}"></head><body><article><h1>Mieten im Streik</h1><ul class="infoline"><li class="author">Von Anna Berger</li><li class="date">${byline}</li></ul><p>Aktivisten rufen in mehreren Städten dazu auf, die Miete im Mai nicht zu zahlen.</p></article></body></html>`,
      { decodeEntities: true },
    ),
    { url: "https://www.example.de/artikel/mieten-im-streik.html", now: NOW },
  );

describe("a print issue's day in the metadata, an online stamp in the byline", () => {
  it("dates the page by the byline's stamp one day before the issue", () => {
    const m = meta("2020-04-30", "<time>29.04.2020, 12:01 Uhr</time>");
    expect(m.publishedDay).toBe("2020-04-29");
    expect(m.publishedSource).toContain("(before-issue-day)");
  });

  it("keeps the metadata's day when it states a time of its own", () => {
    expect(meta("2020-04-30T06:00:00+02:00", "<time>29.04.2020, 12:01 Uhr</time>").publishedDay).toBe(
      "2020-04-30",
    );
  });

  it("keeps the metadata's day when the byline's stamp is the same day", () => {
    expect(meta("2020-04-30", "<time>30.04.2020, 12:01 Uhr</time>").publishedDay).toBe("2020-04-30");
  });

  it("keeps the metadata's day when the byline shows a day without a time", () => {
    expect(meta("2020-04-30", "<time>29.04.2020</time>").publishedDay).toBe("2020-04-30");
  });

  it("keeps the metadata's day when the stamp is a week earlier", () => {
    expect(meta("2020-04-30", "<time>23.04.2020, 12:01 Uhr</time>").publishedDay).toBe("2020-04-30");
  });
});
