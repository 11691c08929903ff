// <meta> date keys the table does not list, read by their names (meta-date-key-names.ts).
import { parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { roleOfDateKeyName } from "../../../src/extract/html/meta-date-key-names.ts";
import { extractHtmlMetadata } from "../../../src/extract/html/meta-extract.ts";

const NOW = new Date("2026-12-05T18:00:00Z");
const page = (head: string, body = "") =>
  extractHtmlMetadata(
    parseDocument(
      `<html lang="en"><head><title>Storm</title>${head}</head><body><article><h1>Storm</h1>${body}<p>The storm hit the coast and thousands lost power across the region.</p></article></body></html>`,
      { decodeEntities: true },
    ),
    { url: "https://www.example.com/news/storm", now: NOW },
  );

describe("date meta keys read by their names", () => {
  it.each([
    ["publish_time", "published"],
    ["ptime", "published"],
    ["article:post_date", "published"],
    ["shareaholic:article_published_time", "published"],
    ["firstPublishedTime", "published"],
    ["pub_date", "published"],
    ["prism.publicationDate", "published"],
    ["lastPublishedTime", "modified"],
    ["content_last_modified_date", "modified"],
  ])("%s is %s", (key, role) => {
    expect(roleOfDateKeyName(key)).toBe(role);
  });

  it.each([
    "event_start_date",
    "expiration_date",
    "birth_date",
    "review_date",
    "copyright_date",
    "publisher",
    "viewport",
    "published_by",
  ])("must not fire: %s", (key) => {
    expect(roleOfDateKeyName(key)).toBeNull();
  });

  it("dates a page that shows no date", () => {
    const m = page(`<meta name="publish_time" content="2020-04-02 10:30:00">`);
    expect(m.publishedDay).toBe("2020-04-02");
    expect(m.publishedSource).toBe("meta-named:publish_time");
  });

  it("ranks below the date after the headline and any listed key", () => {
    expect(page(`<meta name="publish_time" content="2020-04-02">`, "<p>April 3, 2020</p>").publishedDay).toBe(
      "2020-04-03",
    );
    expect(
      page(`<meta name="publish_time" content="2020-04-02"><meta name="date" content="2020-04-05">`)
        .publishedDay,
    ).toBe("2020-04-05");
  });
});
