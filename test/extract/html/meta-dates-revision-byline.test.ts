// A page revised after it was published whose byline shows the revision's day and never the
// metadata's publication day presents itself by that day (meta-dates.ts bylineOfRevision); the
// metadata's day stays when the byline shows it too, when the byline shows no date, and when the
// publication day is the URL's. Pages written for these tests.
import { parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { extractHtmlMetadata } from "../../../src/extract/html/meta-extract.ts";

const NOW = new Date("2026-12-05T18:00:00Z");
const LD = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"Can fish feel pain?","datePublished":"2021-11-29T14:13:37+00:00","dateModified":"2022-01-12T14:27:30+00:00"}</script>`;
const meta = (byline: string, url = "https://www.example.de/fish-pain/") =>
  extractHtmlMetadata(
    parseDocument(
      `<html lang="de"><head><title>Can fish feel pain?</title>${LD}</head><body><article><h1>Can fish feel pain?</h1>${byline}<p>Anglers and biologists have argued about it for decades, and new studies keep the question open.</p></article></body></html>`,
      { decodeEntities: true },
    ),
    { url, now: NOW },
  );

describe("a byline that shows the revision's day", () => {
  it("dates the page by the day its byline shows", () => {
    const m = meta(`<p class="byline">Published <time datetime="2022-01-12">12.01.2022</time></p>`);
    expect(m.publishedDay).toBe("2022-01-12");
    expect(m.publishedSource).toContain("(revision)");
  });

  it("keeps the metadata's day when the byline shows it too", () => {
    const m = meta(
      `<p class="byline">Published <time datetime="2021-11-29">29.11.2021</time>, <time datetime="2022-01-12">12.01.2022</time></p>`,
    );
    expect(m.publishedDay).toBe("2021-11-29");
  });

  it("keeps the metadata's day when the byline shows no date", () => {
    expect(meta(`<p class="byline">By Anna Berger</p>`).publishedDay).toBe("2021-11-29");
  });

  it("keeps the URL's day", () => {
    const m = meta(
      `<p class="byline">Published <time datetime="2022-01-12">12.01.2022</time></p>`,
      "https://www.example.de/2021/11/29/fish-pain/",
    );
    expect(m.publishedDay).toBe("2021-11-29");
  });
});
