// Lines inside an article's own container that are not its text as written: a credited photo
// caption set beside the image in a table cell (dropped) and bylines glued to a tool-bar label or to
// "By" (repaired). Pages in the style of 2008 news sites.
import { describe, expect, it } from "vitest";
import { extract, extractPage, P1, P2, P3 } from "./storm-story.ts";

const run = extractPage;

const page = (inside: string, head = "") =>
  `<html><head><title>Storm batters coast</title>${head}</head><body><table><tr><td class="nav"><a href="/">Home</a><br><a href="/news">News</a></td><td>${inside}</td></tr></table></body></html>`;

describe("furniture inside the story's cell", () => {
  it("drops a caption that ends in a photo credit", () => {
    const a = run(
      page(
        `${P1}<br><br><table align=right><tr><td><img src=a.jpg><br>Workers clear a fallen tree on Main Street. (AP Photo/John Doe)</td></tr></table>${P2}<br><br>${P3}`,
      ),
    );
    expect(a.paragraphs).toEqual([P1, P2, P3]);
  });

  it("keeps a paragraph that only starts with a credit's words", () => {
    const line = "Photographers gathered outside the court, where the verdict was read at noon on Friday.";
    const a = run(page(`${P1}<br><br>${line}<br><br>${P2}`));
    expect(a.paragraphs).toContain(line);
  });

  it("repairs bylines glued to a tool-bar label or to their By", () => {
    const a = run(
      page(
        `<b>Storm batters coast</b><br>${P1}<br><br>${P2}<br><br><span>By</span><span>Jane Roe</span><br><br><a href="/print">Print</a> Jane Roe<br><br>${P3}`,
        `<meta name="author" content="Jane Roe">`,
      ),
    );
    expect(a.paragraphs).toEqual([P1, P2, "By Jane Roe", "Jane Roe", P3]);
  });

  it("leaves a tool-bar label before another name alone", () => {
    const a = run(page(`${P1}<br><br><a href="/print">Print</a> John Smith<br><br>${P2}`));
    expect(a.paragraphs).not.toContain("John Smith");
  });

  it("keeps a sentence that starts with By", () => {
    const line =
      "By Monday, the talks had stalled over the question of fishing quotas in the northern waters.";
    const a = run(page(`${P1}<br><br>${line}<br><br>${P2}`));
    expect(a.paragraphs).toContain(line);
  });
});

describe("a long story in one cell is an article", () => {
  it("on an archive URL, beside a sidebar of headline links", () => {
    const story = `${P1} ${P2} ${P3} ${P1} ${P2}`;
    const side = Array.from(
      { length: 4 },
      (_, i) => `<h3><a href="/s${i}">Another headline about the storm, part ${i}</a></h3>`,
    ).join("");
    const html = page(`<font size=4><b>Storm batters coast</b></font><br>${story}</td><td>${side}`);
    const a = extract({
      kind: "raw",
      id: "t",
      input: "t",
      type: "html",
      url: "http://www.example.com/archives/story.php?id=55",
      content: new TextEncoder().encode(html),
    });
    expect(a.isArticle).toBe(true);
    expect(a.paragraphs).toEqual([story]);
  });
});

describe("a story hard-wrapped into short lines", () => {
  it("is an article though no line reaches 80 characters", () => {
    const words = `${P1} ${P2} ${P3} `.repeat(4).trim().split(" ");
    const lines: string[] = [];
    for (let i = 0; i < words.length; i += 9) lines.push(words.slice(i, i + 9).join(" "));
    // Each line ends in a word and the next starts with a capital, so none is rejoined.
    const wrapped = lines
      .map((l) => l.replace(/[,.]$/, "").replace(/^\p{L}/u, (c) => c.toUpperCase()))
      .join("<br>");
    const a = run(page(wrapped));
    expect(Math.max(...a.paragraphs.map((p) => p.length))).toBeLessThan(80);
    expect(a.isArticle).toBe(true);
    expect(a.paragraphs.length).toBeGreaterThanOrEqual(8);
  });
});

describe("a story the page sets twice", () => {
  const storyPage = (inside: string) =>
    `<html><head><title>Storm batters coast</title></head><body><div id="story"><h1>Storm batters coast</h1>${inside}</div></body></html>`;

  it("keeps a paragraph the writer repeats when the story does not start over", () => {
    const a = extractPage(storyPage(`<p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${P2}</p>`));
    expect(a.paragraphs).toEqual([P1, P2, P3, P2]);
  });
});
