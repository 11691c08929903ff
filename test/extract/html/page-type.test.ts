import { describe, expect, it } from "vitest";
import { PROJECT_DATA_DIR } from "../../../src/context.ts";
import { extractMainText } from "../../../src/extract/html/content-extract.ts";
import { loadContentHints } from "../../../src/extract/html/content-hints.ts";
import { classifyPage } from "../../../src/extract/html/page-type.ts";
import { parseHtml } from "../../../src/extract/html/parse-html.ts";

const hints = loadContentHints(PROJECT_DATA_DIR);

function pageType(html: string, url: string | null, meta: { ogType?: string; jsonLdTypes?: string[] } = {}) {
  const m = extractMainText(parseHtml(html).dom, hints, { title: null });
  return classifyPage({
    url,
    ogType: meta.ogType ?? null,
    jsonLdTypes: meta.jsonLdTypes ?? [],
    blocks: m.blocks,
    body: m.body,
  });
}

const PARA =
  "<p>The minister arrived in the capital on Monday for two days of talks on trade and fishing rights, officials said.</p>";
const TEASERS = Array.from(
  { length: 8 },
  (_, i) =>
    `<div><h2><a href="/s/${i}">Teaser headline number ${i} about the news</a></h2><p>A short blurb.</p></div>`,
).join("");

describe("classifyPage", () => {
  it("takes an article with two paragraphs as an article", () => {
    expect(pageType(`<body>${PARA}${PARA}</body>`, "https://x.example/news/2024/talks").isArticle).toBe(true);
  });

  it("recognizes home, section, tag and search pages", () => {
    expect(pageType(`<body>${TEASERS}</body>`, "https://x.example/").isArticle).toBe(false);
    expect(pageType(`<body>${TEASERS}</body>`, "https://x.example/section/world/").isArticle).toBe(false);
    expect(pageType(`<body>${TEASERS}</body>`, null, { jsonLdTypes: ["CollectionPage"] }).isArticle).toBe(
      false,
    );
    expect(pageType(`<body>${TEASERS}</body>`, null).isArticle).toBe(false);
    expect(
      pageType(
        `<body><ol><li><a href="/1">Result</a><p>…snippet of text…</p></li></ol></body>`,
        "https://x.example/search?q=talks",
      ).isArticle,
    ).toBe(false);
  });

  it("believes declared article metadata over a listing-like URL", () => {
    expect(
      pageType(`<body>${PARA}${PARA}</body>`, "https://x.example/", { ogType: "article" }).isArticle,
    ).toBe(true);
  });
});
