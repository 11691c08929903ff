// The metadata walk keeps visible text nodes that may hold a date (meta-collect.ts): a four-digit
// year or a marked two-digit one in ASCII digits, or digits of another script; text without such
// digits is never passed to the date parser.
import { describe, expect, it } from "vitest";
import { collectPageFacts } from "../../../src/extract/html/meta-collect.ts";
import { parseHtml } from "../../../src/extract/html/parse-html.ts";

function datedTexts(body: string): string[] {
  const { dom } = parseHtml(`<html><head><title>A page</title></head><body>${body}</body></html>`);
  return collectPageFacts(dom).datedTexts.map((d) => d.text);
}

describe("dated text nodes of the metadata walk", () => {
  it("keeps text with a year in ASCII digits or a marked two-digit year", () => {
    expect(datedTexts("<p>Posted March 3, 2021</p><p>Filed 13/08/10</p>")).toEqual([
      "Posted March 3, 2021",
      "Filed 13/08/10",
    ]);
  });
  it("keeps text whose digits are of another script (Persian, full-width)", () => {
    expect(datedTexts("<p>۲ تیر ۱۳۹۹</p><p>２０２０年</p>")).toEqual(["۲ تیر ۱۳۹۹", "２０２０年"]);
  });
  it("keeps no text without digits, nor digits that are no year", () => {
    expect(
      datedTexts("<p>Read the whole story</p><p>3 comments, 12 shares</p><p>Straße über München</p>"),
    ).toEqual([]);
  });
});
