// An unlabelled <time> far below the headline (a comment list whose class does not say "comment")
// ranks below the first date written after the headline; near the headline it still ranks above it.
import { parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { extractHtmlMetadata } from "../../../src/extract/html/meta-extract.ts";

const NOW = new Date("2026-12-05T18:00:00Z");
const PARAGRAPHS = Array.from(
  { length: 120 },
  (_, i) => `<p>Paragraph ${i + 1} of the story, with <b>some</b> words that fill the page.</p>`,
).join("");
const page = (afterHeadline: string, body: string, below: string) =>
  extractHtmlMetadata(
    parseDocument(
      `<html lang="fr"><head><title>Violences</title></head><body><main><h1>Violences</h1>${afterHeadline}${body}</main><div class="reactions">${below}</div></body></html>`,
      { decodeEntities: true },
    ),
    { url: "https://blogs.example.fr/blog/story", now: NOW },
  );

describe("a <time> far below the headline", () => {
  it("ranks below the date just after the headline", () => {
    const m = page(
      "<ul class='info'><li>27 juin 2019</li></ul>",
      PARAGRAPHS,
      "<time datetime='2019-07-30'>30 juil. 2019</time>",
    );
    expect(m.publishedDay).toBe("2019-06-27");
  });

  it("must not fire: near the headline the <time> still wins", () => {
    const m = page(
      "<time datetime='2019-06-26'>26 juin 2019</time><ul class='info'><li>27 juin 2019</li></ul>",
      PARAGRAPHS,
      "",
    );
    expect(m.publishedDay).toBe("2019-06-26");
  });

  it("must not fire: alone, the far <time> still dates the page", () => {
    const m = page("", PARAGRAPHS, "<time datetime='2019-07-30'>30 juil. 2019</time>");
    expect(m.publishedDay).toBe("2019-07-30");
  });
});
