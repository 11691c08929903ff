// Fallbacks for pages whose markup hides the story from the first pass: hard-wrapped lines on old
// table layouts, stories inside chrome-named or hidden wrappers, and text stated only in JSON-LD.
import { describe, expect, it } from "vitest";
import { createContext } from "../../../src/context.ts";
import { createHtmlExtractor } from "../../../src/extract/html/extract-html.ts";

const extract = createHtmlExtractor(createContext());
const run = (html: string, url?: string) =>
  extract({
    kind: "raw",
    id: "t",
    input: "t",
    type: "html",
    content: new TextEncoder().encode(html),
    ...(url ? { url } : {}),
  });

const NAV = `<td><a href="/">Home</a> | <a href="/n">News</a> | <a href="/s">Sport</a></td>`;

describe("main text fallbacks", () => {
  it("rejoins hard-wrapped lines split by single <br> and keeps <br><br> as the paragraph break", () => {
    const html = `<html><head><title>Talks open in capital</title></head><body><table><tr>${NAV}</tr><tr><td>
      <b>Talks open in capital</b><br><br>
      The minister arrived in the capital on Monday for two days<br>
      of talks on trade and fishing rights, officials said, adding<br>
      that the first round went well.<br><br>
      Both sides said they were hopeful. A spokesman for the<br>
      ministry said no deal was expected before the summer.</td></tr></table></body></html>`;
    const a = run(html);
    expect(a.isArticle).toBe(true);
    expect(a.paragraphs).toEqual([
      "The minister arrived in the capital on Monday for two days of talks on trade and fishing rights, officials said, adding that the first round went well.",
      "Both sides said they were hopeful. A spokesman for the ministry said no deal was expected before the summer.",
    ]);
  });

  it("keeps separate lines that end a sentence or start with a capital", () => {
    const html = `<html><body><div><p>${"The talks went on late into the night, officials said. ".repeat(4)}</p>
      <p>Contact:<br>Press Office<br>Harbour Street 4</p></div></body></html>`;
    expect(run(html).paragraphs.slice(1)).toEqual(["Contact:", "Press Office", "Harbour Street 4"]);
  });

  it("reads a story wrapped in a chrome-named or hidden element when nothing else holds prose", () => {
    const story =
      "The minister arrived in the capital on Monday for two days of talks on trade and fishing. ";
    for (const wrapper of [`<div id="printArea">`, `<div class="widget">`, `<div style="display:none">`]) {
      const html = `<html><head><title>Talks</title></head><body><table><tr>${NAV}</tr></table>
        ${wrapper}<p>${story.repeat(2)}</p><p>${story.repeat(2)}</p></div></body></html>`;
      const a = run(html);
      expect(a.isArticle, wrapper).toBe(true);
      expect(a.paragraphs, wrapper).toHaveLength(2);
    }
  });

  it("takes the text of JSON-LD articleBody when the DOM holds no body", () => {
    const body =
      "The council voted on Tuesday to rebuild the old pier.\nWork starts in May and ends next year.";
    const html = `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Pier",
      "articleBody":${JSON.stringify(`${body}\n${body}`)}}</script></head><body><div id="app"></div></body></html>`;
    const a = run(html);
    expect(a.isArticle).toBe(true);
    expect(a.paragraphs).toHaveLength(4);
    expect(a.paragraphs[0]).toBe("The council voted on Tuesday to rebuild the old pier.");
  });

  it("prefers the DOM's body over JSON-LD articleBody when it has one", () => {
    const para =
      "<p>The council voted on Tuesday to rebuild the old pier after a long debate in the town hall.</p>";
    const html = `<html><head><script type="application/ld+json">{"@type":"NewsArticle",
      "articleBody":"${"Other text of the teaser only. ".repeat(10)}"}</script></head><body>${para}${para}</body></html>`;
    expect(run(html).paragraphs[0]).toContain("rebuild the old pier");
  });
});

describe("declared article body", () => {
  it("reads a story whose CMS wraps it in a chrome-named element when microdata names its body", () => {
    const para = (n: number) =>
      `<p>Paragraph ${n} of the story: the council voted on Tuesday to rebuild the old pier, officials said.</p>`;
    const promo = `<div class="report-box"><p>${"Download our free report on databases for your business today. ".repeat(4)}</p></div>`;
    const html = `<html><body>${promo}<div class="share_wrapper"><div itemprop="articleBody">${para(1)}${para(2)}${para(3)}</div></div></body></html>`;
    const a = run(html);
    expect(a.paragraphs.filter((p) => p.startsWith("Paragraph"))).toHaveLength(3);
  });
});

describe("drop caps", () => {
  const rest = "urkey and Greece agreed on Monday to reopen talks on the maritime border, officials said.";
  const more =
    "<p>The talks are to begin in Athens next month, the two foreign ministries said in a joint note.</p>";
  it("rejoins an inline drop cap with its word, whatever whitespace the markup leaves", () => {
    const a = run(
      `<html><body><div><p><span class="dropcap">T</span>\n  ${rest}</p>${more}</div></body></html>`,
    );
    expect(a.paragraphs[0]).toBe(`T${rest}`);
  });
  it("rejoins a drop cap set as its own block", () => {
    const a = run(
      `<html><body><div><div class="first"><div class="cap">T</div>${rest}</div>${more}</div></body></html>`,
    );
    expect(a.paragraphs[0]).toBe(`T${rest}`);
  });
  it("rejoins a drop cap styled only by its style attribute", () => {
    const a = run(
      `<html><body><div><p><span style="float:left;font-size:3em">T</span>${rest}</p>${more}</div></body></html>`,
    );
    expect(a.paragraphs[0]).toBe(`T${rest}`);
  });
  it("does not take a styled element whose one child is an element for a drop cap", () => {
    const a = run(
      `<html><body><div><p><span class="cap"><b>T</b></span> ${rest}</p>${more}</div></body></html>`,
    );
    expect(a.paragraphs[0]).toBe(`T ${rest}`);
  });
  it("leaves a one-letter word followed by a word alone", () => {
    const a = run(
      `<html><body><div><p><b>A</b> man was arrested on Monday after the fire in the old harbour, police said.</p>${more}</div></body></html>`,
    );
    expect(a.paragraphs[0]).toMatch(/^A man was/);
  });
});
