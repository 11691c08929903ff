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
    container: m.container,
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

  const SHORT =
    "<p>We moved the office to a small house by the beach this week, and the first days went well.</p>";
  const SIDEBAR = `<div class="widget">${Array.from(
    { length: 8 },
    (_, i) => `<h3><a href="/p/${i}">Another post in the sidebar number ${i}</a></h3>`,
  ).join("")}</div>`;

  it("takes a post in short paragraphs beside a sidebar of headline links as an article", () => {
    const post = `<body><div class="post">${SHORT.repeat(8)}</div>${SIDEBAR}</body>`;
    expect(pageType(post, null).isArticle).toBe(true);
    // The same headline links inside the body's own container still make a listing.
    expect(pageType(`<body>${TEASERS}</body>`, null).isArticle).toBe(false);
  });

  it("reads a word slug under an archive path as one post, a slug under /tag/ as a listing", () => {
    const long = `<p>${"The council met again on Tuesday and agreed to extend the talks by a week. ".repeat(5)}</p>`;
    const post = `<body><div>${long}${SHORT}</div><div>${TEASERS}</div></body>`;
    expect(pageType(post, "https://x.example/archives/2012/10/time-to-begin-again.php").isArticle).toBe(true);
    expect(pageType(post, "https://x.example/archives/2012/10/").isArticle).toBe(false);
    expect(pageType(`<body>${TEASERS}</body>`, "https://x.example/tag/new-trade-talks/").isArticle).toBe(
      false,
    );
  });
});
