// Class and id values split into hint words: separators, camelCase, digits, and non-ASCII names.
import { describe, expect, it } from "vitest";
import { attributeWords } from "../../../src/extract/html/content-hints.ts";

describe("attributeWords", () => {
  it("splits at separators and camelCase, lower-cased", () => {
    expect(attributeWords("related-posts shareBar")).toEqual(["related", "posts", "share", "bar"]);
    expect(attributeWords("  post__body--2 x ")).toEqual(["post", "body", "2", "x"]);
    expect(attributeWords("HTMLWidget adBox")).toEqual(["htmlwidget", "ad", "box"]);
    expect(attributeWords("css-1q2w3e")).toEqual(["css", "1q2w3e"]);
    expect(attributeWords(" ")).toEqual([]);
  });

  it("keeps letters outside ASCII inside their word", () => {
    expect(attributeWords("artículo-relacionado teaserBox")).toEqual([
      "artículo",
      "relacionado",
      "teaser",
      "box",
    ]);
  });
});
