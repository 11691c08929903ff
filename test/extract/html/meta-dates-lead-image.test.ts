// An otherwise undated page whose lead image (og:image, twitter:image) is filed under its upload day
// as folders ("/files/2016/05/04/report.png") is dated by that day, below every date the page states
// or prints; a day run into a file name is when the photo was taken and is not read. Pages written
// for these tests.
import { parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { extractHtmlMetadata } from "../../../src/extract/html/meta-extract.ts";

const NOW = new Date("2026-12-05T18:00:00Z");
const meta = (head: string, body = "") =>
  extractHtmlMetadata(
    parseDocument(
      `<html lang="en"><head><title>Annual report</title>${head}</head><body><h1>Annual report</h1>${body}<p>The year brought new members, new courts and a record number of volunteers to the cause.</p></body></html>`,
      { decodeEntities: true },
    ),
    { url: "https://www.example.org/annual-report/index.html", now: NOW },
  );

describe("the lead image's upload day", () => {
  it("dates an otherwise undated page", () => {
    const m = meta(`<meta property="og:image" content="https://www.example.org/files/2016/05/04/cover.png">`);
    expect(m.publishedDay).toBe("2016-05-04");
    expect(m.publishedSource).toBe("image:og:image");
  });

  it("ranks below a date the page prints", () => {
    const m = meta(
      `<meta name="twitter:image" content="https://www.example.org/files/2016/05/04/cover.png">`,
      `<p class="dateline">May 12, 2016</p>`,
    );
    expect(m.publishedDay).toBe("2016-05-12");
  });

  it("does not read a day run into the file name", () => {
    const m = meta(`<meta property="og:image" content="https://www.example.org/img/IMG_20160504_1230.jpg">`);
    expect(m.publishedDay).toBeNull();
  });

  it("does not read a month folder without its day", () => {
    const m = meta(`<meta property="og:image" content="https://www.example.org/uploads/2016/05/cover.jpg">`);
    expect(m.publishedDay).toBeNull();
  });
});
