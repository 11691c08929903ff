// Table- and div-based pages whose markup a browser repairs but htmlparser2 builds as written: the
// story must not vanish into an open <head>, an open bookmark anchor, a widget tag left open, or
// be cut by the script/style stripping that runs before decoding.
import { describe, expect, it } from "vitest";
import { createContext } from "../../../src/context.ts";
import { createHtmlExtractor } from "../../../src/extract/html/extract-html.ts";
import { stripRawTextBodies } from "../../../src/extract/html/strip-raw-text.ts";

const extract = createHtmlExtractor(createContext());
const run = (html: string) =>
  extract({ kind: "raw", id: "t", input: "t", type: "html", content: new TextEncoder().encode(html) });

const S =
  "The minister arrived in the capital on Monday for two days of talks on trade and fishing rights, officials said. It was the first visit in ten years, and both sides hoped for a deal. ";
const NAV = `<td><a href="/">Home</a> | <a href="/n">News</a> | <a href="/s">Sport</a></td>`;
const STORY = `<table><tr>${NAV}<td><font face=arial size=2>${S}${S}<br><br>${S}${S}</font></td></tr></table>`;

describe("layouts a browser repairs", () => {
  const pages: Record<string, string> = {
    "an open <head> and no <body>": `<html><head><title>Talks</title><meta name=x content=y>${STORY}</html>`,
    "an open bookmark anchor": `<html><body><a name="top">${STORY}</body></html>`,
    "an open <label>": `<html><body><label>Search${STORY}</body></html>`,
    "an open <button>": `<html><body><button>Go${STORY}</body></html>`,
    "an open <noscript>": `<html><body><noscript><img src=x>${STORY}</body></html>`,
  };
  for (const [what, html] of Object.entries(pages)) {
    it(`reads the story on a table layout with ${what}`, () => {
      const a = run(html);
      expect(a.isArticle).toBe(true);
      expect(a.paragraphs).toHaveLength(2);
      expect(a.paragraphs[0]).toContain("The minister arrived");
    });
  }

  it("ends an open link where the next link starts", () => {
    const a = run(`<html><body><a href="/"><img src=logo.gif>${STORY}</body></html>`);
    expect(a.paragraphs).toHaveLength(2);
  });

  it("ends an open logo link at the table cell, as a browser does", () => {
    const bare = `<table><tr><td><font size=2>${S}${S}<br><br>${S}${S}</font></td></tr></table>`;
    const a = run(`<html><body><a href="/"><img src=logo.gif>${bare}</body></html>`);
    expect(a.isArticle).toBe(true);
    expect(a.paragraphs).toHaveLength(2);
  });

  it("does not carry a link left open in one cell into the next cell", () => {
    const a = run(
      `<html><body><table><tr><td><a href="/">Home <td>${S}${S}<p>${S}${S}</td></tr></table></body></html>`,
    );
    expect(a.isArticle).toBe(true);
    expect(a.paragraphs).toHaveLength(2);
  });

  it("reads the story under a heading closed with the wrong tag", () => {
    const a = run(`<html><body><h1>Talks begin</h2><div>${S}</div><div>${S}${S}</div></body></html>`);
    expect(a.isArticle).toBe(true);
    expect(a.paragraphs).toHaveLength(2);
  });

  it("keeps a link list a link list and a subhead a heading", () => {
    const a = run(
      `<html><body><h2><div>Talks begin</div></h2><p>${S}${S}</p><p><a href="/a">A longer teaser headline for another story</a></p></body></html>`,
    );
    expect(a.paragraphs).toEqual(["Talks begin", `${S}${S}`.trim()]);
  });

  it("falls back to the densest run of sentences when the story sits inside a link", () => {
    const a = run(
      `<html><body><div id=story><a href="/x"><div><b>Talks begin</b></div><div>${S}${S}</div><div>${S}</div><div>${S}${S}</div></div></body></html>`,
    );
    expect(a.isArticle).toBe(true);
    expect(a.paragraphs).toHaveLength(3);
    expect(a.paragraphs[0]).toContain("The minister arrived");
  });

  it("reads a story left inside an open <nav> or <label> whose sentences end their text nodes", () => {
    const lines = `${S.trim()}<br><br>`.repeat(4);
    for (const open of ["<nav><a href=/>Home</a>", "<label>Search"]) {
      const a = run(`<html><body>${open}<br>${lines}</body></html>`);
      expect(a.isArticle).toBe(true);
      expect(a.paragraphs.length).toBeGreaterThanOrEqual(4);
    }
  });

  it("reads the story after the title of a heading left open", () => {
    const a = run(`<html><body><h3>Talks begin<br>${S}<br><br>${S}${S}</body></html>`);
    expect(a.isArticle).toBe(true);
    expect(a.paragraphs).toEqual(["Talks begin", S.trim(), `${S}${S}`.trim()]);
  });

  it("reads a story whose unclosed <font> tags nest each paragraph inside the last", () => {
    const a = run(`<html><body><a href="/">Talks begin<br>${`<p><font size=2>${S}`.repeat(4)}</body></html>`);
    expect(a.isArticle).toBe(true);
    expect(a.paragraphs).toHaveLength(4);
  });

  it("does not make a page of linked teasers an article", () => {
    const teaser = (i: number) =>
      `<div><a href="/s${i}"><b>Story ${i} headline here</b><br>Officials met on Monday. Talks went on.</a></div>`;
    const a = run(`<html><body>${Array.from({ length: 12 }, (_, i) => teaser(i)).join("")}</body></html>`);
    expect(a.isArticle).toBe(false);
  });

  it("still skips a widget's own label and a noscript note", () => {
    const a = run(
      `<html><body><div><p>${S}</p><button>Share this story</button><noscript>This site needs JavaScript to show comments. Please enable it in your browser.</noscript><p>${S}</p></div></body></html>`,
    );
    expect(a.text).not.toContain("Share this story");
    expect(a.text).not.toContain("JavaScript");
  });

  it("keeps a story in a short post under its own headline beside a sidebar of teasers", () => {
    const teasers = Array.from(
      { length: 8 },
      (_, i) => `<li><h3><a href="/p${i}">Another project worth building at home number ${i}</a></h3></li>`,
    ).join("");
    const html = `<html><body><div id=main><h1>Magic mirror controlled by a phone</h1>
      <div class=entry><p>We have seen neat mirror projects before, and this one adds bluetooth and several devices.</p>
      <p>The mirror is two-way with a light matrix behind it, so it shows text and even video.</p>
      <h3>Similar projects:</h3></div></div><div id=side><ul>${teasers}</ul></div></body></html>`;
    const a = run(html);
    expect(a.isArticle).toBe(true);
    expect(a.paragraphs).toHaveLength(2); // the trailing "Similar projects:" heading is dropped
  });
});

describe("chrome inside the body", () => {
  const P = (n: number) =>
    `<p>Paragraph ${n}: the minister arrived in the capital on Monday for talks on trade and fishing rights, officials said.</p>`;
  it("drops the heading of a box whose text was dropped as chrome", () => {
    const box = `<div class="box"><h3>Get our newsletter</h3><p>Sign up to receive the top stories every morning.</p></div>`;
    const a = run(`<html><body><div class=story>${P(1)}${box}${P(2)}</div></body></html>`);
    expect(a.paragraphs).toEqual([
      expect.stringMatching(/^Paragraph 1/),
      expect.stringMatching(/^Paragraph 2/),
    ]);
  });
  it("keeps a subheading whose section has text", () => {
    const a = run(
      `<html><body><div class=story>${P(1)}<section><h2>The second day</h2>${P(2)}</section>${P(3)}</div></body></html>`,
    );
    expect(a.paragraphs).toContain("The second day");
  });
  it("joins a drop cap drawn as an image to its word", () => {
    const a = run(
      `<html><body><div class=story><p><img src="/caps/t.gif" alt="T">urkey and Greece agreed on Monday to reopen talks, officials said.</p>${P(2)}</div></body></html>`,
    );
    expect(a.paragraphs[0]).toMatch(/^Turkey and Greece/);
  });
});

describe("stripping script and style bodies before decoding", () => {
  const strip = (html: string) =>
    new TextDecoder().decode(stripRawTextBodies(new TextEncoder().encode(html)));
  it("empties scripts and styles, keeps JSON-LD and the tags", () => {
    const html = `<head><script>var a = "<p>x</p>";</script><STYLE type="text/css">p{}</STYLE><script type="application/ld+json">{"a":1}</script></head><p>text</p>`;
    expect(strip(html)).toBe(
      `<head><script></script><STYLE type="text/css"></STYLE><script type="application/ld+json">{"a":1}</script></head><p>text</p>`,
    );
  });
  it("leaves a script inside a comment, an unclosed script and attribute quotes alone", () => {
    expect(strip(`<!-- <script> --><p>kept</p><!-- </script> -->`)).toBe(
      `<!-- <script> --><p>kept</p><!-- </script> -->`,
    );
    expect(strip(`<p>a</p><script>never closed`)).toBe(`<p>a</p><script>never closed`);
    expect(strip(`<script data-x="a>b">code</script><p>b</p>`)).toBe(
      `<script data-x="a>b"></script><p>b</p>`,
    );
  });
  it("empties inline drawings, nested ones whole, and leaves self-closing ones", () => {
    expect(strip(`<p>a<svg class=x><path d="M0"/><title>t</title></svg>b</p>`)).toBe(
      `<p>a<svg class=x></svg>b</p>`,
    );
    expect(strip(`<svg a><svg b>X</svg>Y</svg><p>z</p>`)).toBe(`<svg a></svg><p>z</p>`);
    expect(strip(`<svg/><p>kept</p><svg x/>`)).toBe(`<svg/><p>kept</p><svg x/>`);
    expect(strip(`<svg><!-- </svg> --><g/></svg>after`)).toBe(`<svg></svg>after`);
    expect(strip(`<svg>open <script>x</script>`)).toBe(`<svg>open <script></script>`);
  });
  it("does not take <scripts> or <styled> for raw-text elements", () => {
    const html = "<scripts>a</scripts><styled>b</styled>";
    expect(strip(html)).toBe(html);
  });
});
