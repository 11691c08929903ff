// Lists the story writes in its own text (each item a link and words of its own, set between two
// of the story's paragraphs) stay in the body; a list of bare links between paragraphs, and a list
// of annotated links after the story, stay out (issue 10).
import { describe, expect, it } from "vitest";
import { extractPage, P1, P2, P3 } from "./storm-story.ts";

const page = (inside: string) =>
  `<html><head><title>Storm batters coast</title></head><body><div id="main"><h1>Storm batters coast</h1>${inside}</div>` +
  `<div id="side"><ul><li><a href="/a">Sports</a></li><li><a href="/b">Weather</a></li></ul></div></body></html>`;

const annotated = [
  `<li><a href="/shelters/east">East High School gym</a>: open from 6 p.m.</li>`,
  `<li><a href="/shelters/harbor">Harbor Community Center</a>: pets welcome</li>`,
  `<li><a href="/shelters/north">North Library annex</a>: open all night</li>`,
].join("");
const annotatedText = [
  "East High School gym: open from 6 p.m.",
  "Harbor Community Center: pets welcome",
  "North Library annex: open all night",
];

describe("lists inside the story", () => {
  it("keeps annotated links set between two paragraphs of the story", () => {
    const a = extractPage(page(`<p>${P1}</p><ul>${annotated}</ul><p>${P2}</p><p>${P3}</p>`));
    expect(a.paragraphs).toEqual([P1, ...annotatedText, P2, P3]);
  });

  it("keeps numbered links the writer leads into with a colon, at the end of the story", () => {
    const numbered = `<p><a href="/1">1. East High School gym</a></p><p><a href="/2">2. Harbor Community Center</a></p>`;
    const a = extractPage(page(`<p>${P1}</p><p>${P2}</p><p>Shelters open tonight:</p>${numbered}`));
    expect(a.paragraphs).toEqual([
      P1,
      P2,
      "Shelters open tonight:",
      "1. East High School gym",
      "2. Harbor Community Center",
    ]);
    const unled = extractPage(page(`<p>${P1}</p><p>${P2}</p>${numbered}`));
    expect(unled.paragraphs).toEqual([P1, P2]);
  });

  it("leaves out bare links between paragraphs and annotated links after the story", () => {
    const bare = `<ul><li><a href="/x">Storm photos from the coast</a></li><li><a href="/y">How to prepare for a storm</a></li></ul>`;
    const between = extractPage(page(`<p>${P1}</p>${bare}<p>${P2}</p><p>${P3}</p>`));
    expect(between.paragraphs).toEqual([P1, P2, P3]);
    const after = extractPage(page(`<p>${P1}</p><p>${P2}</p><p>${P3}</p><ul>${annotated}</ul>`));
    expect(after.paragraphs).toEqual([P1, P2, P3]);
  });
});

describe("lists inside a story set in a layout table", () => {
  it("keeps annotated links between paragraphs written in the table's cell, without <p>", () => {
    // Before CSS the story sat in one <td>, its paragraphs split by <br><br>: every one is cell text.
    const story = `<table><tr><td>${P1}<br><br><ul>${annotated}</ul>${P2}<br><br>${P3}</td></tr></table>`;
    const a = extractPage(page(story));
    expect(a.paragraphs).toEqual([P1, ...annotatedText, P2, P3]);
  });
});
