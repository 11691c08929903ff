// The headline anchors the article (content-headline.ts), and a blog's masthead is not the headline
// (meta-title.ts): short posts beside a longer bio, disclaimer or "About" box.
import { describe, expect, it } from "vitest";
import { createContext } from "../../../src/context.ts";
import { findHeadline } from "../../../src/extract/html/content-headline.ts";
import { createHtmlExtractor } from "../../../src/extract/html/extract-html.ts";
import { chooseTitle } from "../../../src/extract/html/meta-title.ts";
import { makeBlock, type TextBlock } from "../../../src/extract/html/text-block.ts";

const extract = createHtmlExtractor(createContext());
const run = (html: string) =>
  extract({ kind: "raw", id: "t", input: "t", type: "html", content: new TextEncoder().encode(html) });

const POST =
  "<p>The harbour board voted on Tuesday to close the north pier for repairs, the chairman said.</p>" +
  "<p>Work starts in May. Ferries will use the south pier until the autumn, the board added.</p>";
const BIO = `<p>${"Before starting this blog I spent twenty years as a harbour pilot and then as a consultant to port authorities in three countries. ".repeat(2)}</p>`;

function blogPage(title: string, postTitle: string, post: string, sidebar: string): string {
  return `<html><head><title>${title}</title></head><body>
    <div id="header"><h1><a href="/">Harbour Notes</a></h1></div>
    <div id="main"><div class="post"><h3 class="post-title">${postTitle}</h3>
      <div class="post-body">${post}</div></div></div>
    <div id="column-b"><div class="box"><h2>About me</h2>${sidebar}</div>
      <ul><li><a href="/a">Older post one</a></li><li><a href="/b">Older post two</a></li></ul></div>
    </body></html>`;
}

describe("headline anchor", () => {
  it("takes the short post under its headline over a longer bio in the sidebar", () => {
    const a = run(blogPage("North pier to close for repairs", "North pier to close for repairs", POST, BIO));
    expect(a.text).toContain("harbour board voted");
    expect(a.text).not.toContain("harbour pilot");
  });

  it("keeps the core when it clearly outweighs the headline's section (a standfirst by a long story)", () => {
    const story = `<p>${"The harbour board voted on Tuesday to close the north pier for repairs, the chairman said at a meeting. ".repeat(4)}</p>`;
    const html = `<html><head><title>North pier to close for repairs</title></head><body>
      <div class="head"><h1>North pier to close for repairs</h1><p>A short standfirst about the pier, in one sentence.</p></div>
      <div class="story">${story.repeat(4)}</div></body></html>`;
    const a = run(html);
    expect(a.paragraphs.filter((p) => p.includes("harbour board voted"))).toHaveLength(4);
  });

  it("finds no headline in a short title, nor in a heading that is a small part of it", () => {
    const block = (text: string, kind: TextBlock["kind"] = "heading") =>
      makeBlock({
        text,
        linkChars: 0,
        kind,
        level: 2,
        owner: { parent: null } as never,
        negatives: [],
        drops: [],
        inFigure: false,
        openLink: null,
      });
    expect(findHeadline([block("News")], "News")).toBe(-1);
    expect(findHeadline([block("Review")], "Review: a new opera opens in the old harbour")).toBe(-1);
    expect(findHeadline([block("A new opera opens", "paragraph")], "A new opera opens")).toBe(-1);
    expect(
      findHeadline(
        [block("Other"), block("A new opera opens in the harbour")],
        "A new opera opens in the harbour | Ledger",
      ),
    ).toBe(1);
  });
});

describe("briefs under their headline", () => {
  const brief = "<p>Once a week we feature a comic about working alone. Why not look at the archive too?</p>";
  it("reads a one-paragraph post under its own headline as an article", () => {
    const html = `<html><head><title>Comic 284: Excuses</title></head><body>
      <div class="post"><h2>Comic 284: Excuses</h2><img src="c.png">${brief}</div></body></html>`;
    const a = run(html);
    expect(a.isArticle).toBe(true);
    expect(a.text).toContain("Once a week");
  });

  it("does not read the same paragraph as an article without a headline over it", () => {
    const html = `<html><head><title>Comic 284: Excuses</title></head><body>
      <div class="post"><img src="c.png">${brief}</div></body></html>`;
    expect(run(html).isArticle).toBe(false);
  });
});

describe("text after a 'more' jump", () => {
  const body = `<div class="entry-body"><p>${"The harbour board voted on Tuesday to close the north pier for repairs, the chairman said. ".repeat(3)}</p><p>${"Work starts in May and the ferries will use the south pier, the board said. ".repeat(3)}</p></div>`;
  const page = (after: string) =>
    `<html><body><div class="entry"><div class="entry-content">${body}<a id="more"></a>${after}</div></div></body></html>`;

  it("keeps the paragraphs of a chrome-named element right after the body", () => {
    const a = run(
      page(
        `<div class="entry-more">The pier was built in 1911 and last repaired in 1987, records show.</div>`,
      ),
    );
    expect(a.text).toContain("built in 1911");
  });

  it("leaves out a box of linked teasers in the same place", () => {
    const a = run(
      page(`<div class="more"><ul><li><a href="/a">Ferry fares to rise in the spring, says the operator</a></li>
        <li><a href="/b">Council approves the new harbour car park after a long debate</a></li></ul></div>`),
    );
    expect(a.text).not.toContain("Ferry fares");
  });
});

describe("chrome-named prose inside the core", () => {
  // Paragraphs set as one <div> each: their text counts in the parent's own prose, so the parent is
  // the core, and a chrome-named element inside it is not a box beside the article.
  const S = "The harbour board voted on Tuesday to close the north pier for repairs, the chairman said. ";
  const M = "The pier was built in 1911 and last repaired in 1987, and engineers found cracks in its piles. ";
  const page = (inside: string) =>
    `<html><body><div class="entry-content"><div>${S.repeat(2)}</div><div>${S.repeat(2)}</div>${inside}<div>${S}</div></div></body></html>`;

  it("keeps a run of prose under a chrome name when it outweighs half of the core (a 'more' jump)", () => {
    const a = run(page(`<a id="more"></a><div class="entry-more">${M.repeat(8)}</div>`));
    expect(a.text).toContain("built in 1911");
    expect(a.text).toContain("harbour board voted");
  });

  it("leaves out a short chrome-named note set among the same paragraphs", () => {
    const bio =
      "Jane Roe writes about ports, ferries and the people who work on them. She spent ten years as a harbour pilot before she joined the paper in 2009.";
    const a = run(page(`<div class="author-note">${bio}</div>`));
    expect(a.text).toContain("harbour board voted");
    expect(a.text).not.toContain("Jane Roe writes");
  });

  it("leaves out a caption cell inside a short post, however much of the post it weighs", () => {
    const post = `<div>${S}${S}</div><div>Work starts in May, the board said.</div>`;
    const caption = `<table class="tr-caption-container"><tr><td class="tr-caption">The north pier seen from the harbour wall in 1987, the year it was last repaired. Its piles were driven in 1911 by a firm from the city.</td></tr></table>`;
    const a = run(`<html><body><div class="entry-content">${post}${caption}</div></body></html>`);
    expect(a.text).toContain("harbour board voted");
    expect(a.text).not.toContain("seen from the harbour wall");
  });
});

describe("masthead titles", () => {
  const src = (titleTag: string, h1s: string[]) => ({ og: null, jsonLd: null, twitter: null, h1s, titleTag });

  it("reads 'Blog: Post' under a masthead h1 as the post's title", () => {
    expect(chooseTitle(src("Harbour Notes: North pier to close", ["Harbour Notes"]), null, null)).toBe(
      "North pier to close",
    );
  });

  it("drops a hosted blog's name as a title segment and as an h1", () => {
    const url = "http://harbournotes.blogspot.com/2012/10/pier.html";
    expect(chooseTitle(src("North pier to close - Harbour Notes", ["Harbour Notes"]), null, url)).toBe(
      "North pier to close",
    );
  });

  it("keeps a colon title whose h1 is the whole headline, and a sub-domain that is a section", () => {
    expect(chooseTitle(src("Brexit: what happens next", ["Brexit: what happens next"]), null, null)).toBe(
      "Brexit: what happens next",
    );
    expect(chooseTitle(src("News: the pier closes", []), null, "http://news.example.co.uk/x")).toBe(
      "News: the pier closes",
    );
  });
});
