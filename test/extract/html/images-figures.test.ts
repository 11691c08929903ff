import { describe, expect, it } from "vitest";
import { extractImages } from "../../../src/extract/html/images-figures.ts";
import { parseHtml } from "../../../src/extract/html/parse-html.ts";

const images = (html: string, base: string | null = "https://x.example/a/") =>
  extractImages(parseHtml(html).dom, base);

describe("extractImages", () => {
  it("reads caption and credit from a credit element", () => {
    expect(
      images(
        `<figure><img src="p.jpg"><figcaption>Boats in the harbour. <span class="credit">Photo: Ann Lee</span></figcaption></figure>`,
      ),
    ).toEqual([
      { src: "https://x.example/a/p.jpg", caption: "Boats in the harbour.", credit: "Photo: Ann Lee" },
    ]);
  });

  it("splits a trailing credit off the caption text", () => {
    expect(
      images(
        `<figure><img data-src="/q.jpg"><figcaption>The new lamp. Photo: Coastal Office</figcaption></figure>`,
      ),
    ).toEqual([{ src: "https://x.example/q.jpg", caption: "The new lamp", credit: "Photo: Coastal Office" }]);
    expect(
      images(
        `<figure><img src="r.jpg"><figcaption>Protesters gather in the square (Reuters)</figcaption></figure>`,
        null,
      ),
    ).toEqual([{ src: "r.jpg", caption: "Protesters gather in the square", credit: "Reuters" }]);
  });

  it("skips figures with neither image nor caption", () => {
    expect(images("<figure><div></div></figure><p>text</p>")).toEqual([]);
  });
});
