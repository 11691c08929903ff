// The main-text steps on small pages of our own: container choice, pruning inside it, reading order.
import { describe, expect, it } from "vitest";
import { PROJECT_DATA_DIR } from "../../../src/context.ts";
import { collectBlocks } from "../../../src/extract/html/content-blocks.ts";
import { extractMainText } from "../../../src/extract/html/content-extract.ts";
import {
  attributeWords,
  classifyAttributes,
  classifyElementNames,
  detachedCopy,
  loadContentHints,
} from "../../../src/extract/html/content-hints.ts";
import { threadBlocks } from "../../../src/extract/html/content-thread.ts";
import { parseHtml } from "../../../src/extract/html/parse-html.ts";

const hints = loadContentHints(PROJECT_DATA_DIR);
const main = (html: string, title: string | null = null) =>
  extractMainText(parseHtml(html).dom, hints, { title }).paragraphs;

const P1 = "The minister arrived in the capital on Monday for two days of talks on trade and fishing rights.";
const P2 =
  "Officials said the talks would focus on quotas, which both sides want to settle before the spring.";
const P3 = "A joint statement is expected on Tuesday evening, after a dinner hosted by the foreign ministry.";

describe("class and id hints", () => {
  it("splits attribute values into words", () => {
    expect(attributeWords("related-posts shareBar")).toEqual(["related", "posts", "share", "bar"]);
  });

  it("reads hint words glued to a layout word, but not a word of its own", () => {
    expect(classifyAttributes(hints, "commentbody by-jane")).toBe("drop");
    expect(classifyAttributes(hints, "relatedlinks")).toBe("drop");
    expect(classifyAttributes(hints, "commentary")).toBeNull();
  });

  it("drops chrome, but not an element that also names itself as the body", () => {
    expect(classifyAttributes(hints, "comments-area")).toBe("drop");
    expect(classifyAttributes(hints, "post-content has-comments")).toBe("negative");
    expect(classifyAttributes(hints, "article-body")).toBe("positive");
    expect(classifyAttributes(hints, "header-spacing")).toBe("negative");
    expect(classifyAttributes(hints, "shadow head")).toBeNull(); // "ad" is a whole word only
  });

  it("reads an element's class and id as one name list, whichever of them it has", () => {
    expect(classifyElementNames(hints, "comments-area", undefined)).toBe("drop");
    expect(classifyElementNames(hints, undefined, "comments")).toBe("drop");
    expect(classifyElementNames(hints, "post-content", "comments")).toBe("negative");
    expect(classifyElementNames(hints, "post", "content")).toBe(classifyAttributes(hints, "post content"));
    expect(classifyElementNames(hints, undefined, undefined)).toBeNull();
    expect(classifyElementNames(hints, " ", undefined)).toBeNull();
  });

  it("keys its memo by a copy of the name, equal to it (a slice of the page would keep the page alive)", () => {
    const page = `<div class="${"x".repeat(40)} comments-area">`;
    const name = page.slice(12, page.length - 2);
    expect(detachedCopy(name)).toBe(name);
    expect(classifyElementNames(hints, name, undefined)).toBe("drop");
    expect(classifyElementNames(hints, `${"x".repeat(40)} comments-area`, undefined)).toBe("drop");
  });
});

describe("comment threads", () => {
  it("ends the article at a heading that opens its comment thread", () => {
    const html = `<body><div class="entry"><h2>Talks begin</h2><p>${P1}</p><p>${P2}</p>
      <h2>12 Comments</h2><p>${P3}</p><p>I agree with the minister, the talks are overdue and welcome.</p></div></body>`;
    expect(main(html)).toEqual(["Talks begin", P1, P2]);
  });

  // A blog post whose text after the jump sits in a "more"-named element (a chrome word), above a
  // thread longer than the post under a heading whose own id marks it as comments.
  const comment = (n: number) =>
    `<div id="c${n}"><p>I have read this blog for years and I think the government is wrong again, as ever. ${"It keeps making the same mistake with every budget it writes. ".repeat(3)}</p></div><p class="posted">Posted by: reader ${n} at October 28, 2012 02:30 PM</p>`;
  const [A, B, C, D] = [`${P1} ${P2}`, `${P2} ${P3}`, `${P3} ${P1}`, `${P3} ${P2}`];
  const post = `<h3>Talks begin</h3><p>${A}</p><div id="more"><p>${B}</p><p>${C}</p><p>${D}</p></div>`;
  const thread = [1, 2, 3, 4, 5, 6].map(comment).join("");

  it("ends the post at a chrome-named thread heading and keeps its text after the jump", () => {
    const html = `<body><div class="content">${post}<h2 id="comments">Comments</h2>${thread}</div></body>`;
    expect(main(html)).toEqual(["Talks begin", A, B, C, D]);
  });

  it("does not take a linked comment count under the headline for the thread", () => {
    const html = `<body><div class="content"><h3>Talks begin</h3><p>${P1}</p><h4><a href="#comments">12 Comments</a></h4><p>${P2}</p><p>${P3}</p></div></body>`;
    expect(main(html)).toEqual(["Talks begin", P1, P2, P3]);
  });

  it("marks only a sidebar's own items under its comments heading", () => {
    const side = `<div class="box"><p>Some intro text for the site that readers see on every single page of it.</p><h2>Comments</h2><p>Reader one wrote that the new bridge is ugly and far too expensive for the town.</p></div>`;
    const dom = parseHtml(
      `<body>${side}<div class="story"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div></body>`,
    ).dom;
    const blocks = collectBlocks(dom, hints);
    const marked = [...threadBlocks(blocks, hints)].map((b) => b.text);
    expect(marked).toEqual([
      "Reader one wrote that the new bridge is ugly and far too expensive for the town.",
    ]);
  });

  it("keeps a subhead that merely mentions comments", () => {
    const html = `<body><div class="entry"><p>${P1}</p><h2>Comments from the minister</h2><p>${P2}</p><p>${P3}</p></div></body>`;
    expect(main(html)).toContain(P3);
  });
});

describe("extractMainText", () => {
  it("keeps the article and leaves navigation, sidebar and footer out", () => {
    const html = `<body><nav><a href="/">Home</a><a href="/w">World</a></nav>
      <div class="layout"><div class="story"><h1>Talks begin</h1><p>${P1}</p><p>${P2}</p><p>${P3}</p></div>
      <div class="rail"><ul><li><a href="/1">A long teaser headline that links elsewhere on the site</a></li>
      <li><a href="/2">Another long teaser headline linking to another story</a></li></ul></div></div>
      <footer><p>Copyright 2024 Example News. All rights reserved. Reproduction is not permitted.</p></footer></body>`;
    expect(main(html, "Talks begin")).toEqual([P1, P2, P3]);
  });

  it("prefers a run of paragraphs to a longer comment thread", () => {
    const comment =
      "I have been following this story for years and I think the government is wrong again. ".repeat(4);
    const html = `<body><article><p>${P1}</p><p>${P2}</p></article>
      <div id="comments"><div class="c"><p>${comment}</p><p>${comment}</p></div><div class="c"><p>${comment}</p></div></div></body>`;
    expect(main(html)).toEqual([P1, P2]);
  });

  it("keeps headings, list items and quotes in reading order and prunes boxes inside the body", () => {
    const html = `<body><div class="article-body"><p>${P1}</p><h2>Quotas</h2><ul><li>Cod: 12,000 tonnes</li><li>Herring: 30,000 tonnes</li></ul>
      <div class="newsletter"><p>Sign up for our morning briefing and get the news before breakfast every day.</p></div>
      <blockquote><p>${P2}</p></blockquote><p>Advertisement</p><figure><img src="a.jpg"><figcaption>The minister at the airport.</figcaption></figure><p>${P3}</p></div></body>`;
    expect(main(html)).toEqual([P1, "Quotas", "Cod: 12,000 tonnes", "Herring: 30,000 tonnes", P2, P3]);
  });

  it("joins an article split by an advertisement into one body", () => {
    const html = `<body><div class="wrap"><div class="part"><p>${P1}</p><p>${P2}</p></div>
      <div class="ad"><p>Buy one get one free at our partner stores this weekend only, terms apply.</p></div>
      <div class="part"><p>${P3}</p><p>${P1.replace("Monday", "Sunday")}</p></div></div>
      <div class="links"><a href="/a">One link</a> <a href="/b">Two links</a> <a href="/c">Three links here</a></div></body>`;
    expect(main(html)).toEqual([P1, P2, P3, P1.replace("Monday", "Sunday")]);
  });

  it("splits text separated by <br> into paragraphs and drops the leading headline", () => {
    const html = `<body><td><b>Talks begin in the capital</b><br><br>${P1}<br><br>${P2}</td></body>`;
    expect(main(html, "News: talks begin in the capital")).toEqual([P1, P2]);
  });

  it("works on right-to-left and CJK text", () => {
    const ar = "وصل الوزير إلى العاصمة يوم الاثنين لإجراء محادثات تستمر يومين حول التجارة وحقوق الصيد.";
    const zh = "部长周一抵达首都，就贸易和捕鱼权问题进行为期两天的会谈。双方希望在春季之前解决配额问题。";
    expect(
      main(`<body dir="rtl"><nav><a href="/">الرئيسية</a></nav><div><p>${ar}</p><p>${ar}</p></div></body>`),
    ).toEqual([ar, ar]);
    expect(
      main(`<body><div class="menu"><a href="/">首页</a></div><div><p>${zh}</p><p>${zh}</p></div></body>`),
    ).toEqual([zh, zh]);
  });
});

describe("chrome inside the body", () => {
  it("drops a capitals-labelled summary list, a tool bar of labels and a highlights box", () => {
    const html = `<body><div class="story"><h2>STORY HIGHLIGHTS</h2><ul><li>${P2}</li><li>${P3}</li></ul>
      <p>Print | E-mail | Share</p><p>${P1}</p><div class="boxHighlights"><p>${P3}</p></div>
      <p>Facebook Twitter Email</p><p>${P2}</p><p>Facebook said on Monday it would open an office in the capital.</p></div></body>`;
    expect(main(html)).toEqual([P1, P2, "Facebook said on Monday it would open an office in the capital."]);
  });

  it("keeps a mixed-case heading with its list", () => {
    const html = `<body><div class="story"><p>${P1}</p><h2>Quotas</h2><ul><li>Cod: 12,000 tonnes</li></ul><p>${P2}</p></div></body>`;
    expect(main(html)).toEqual([P1, "Quotas", "Cod: 12,000 tonnes", P2]);
  });
});

describe("inline chrome names", () => {
  it("keeps prose that broken markup leaves inside an inline byline span", () => {
    const html = `<body><div class="post-body"><span class="byline-author">Posted by Jane Roe<br>${P1}<br>${P2}</span><br>${P3}</div></body>`;
    expect(main(html)).toEqual([P1, P2, P3]);
  });
});
