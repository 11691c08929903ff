// The page that started the project (../shared/seed): the scrape cleaner must find its headline
// and dateline and drop its chrome while keeping all seven article paragraphs.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createContext } from "../../src/context.ts";
import { createExtractor } from "../../src/extract/index.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const SEED = join(ROOT, "..", "shared", "seed", "000_2a1a7ed2458459dd.txt");
const hasSeed = existsSync(SEED);
if (!hasSeed) console.log(`seed page test skipped: ${SEED} is absent (../shared is not checked out here)`);

/** Openings of the seven article paragraphs, in order (the first follows the photo credit). */
const PARAGRAPH_OPENINGS = [
  "China and Pakistan have agreed to enhance",
  "China and Pakistan have vowed to step up",
  "According to state owned tabloid The Global Times",
  "Beijing and Islamabad relation have been historically",
  "Meanwhile, Bajwa and Fang also held discussions",
  "The two arm officials also agreed",
  "China squarely blames ETIM",
];

describe.skipIf(!hasSeed)("seed page", () => {
  const article = () =>
    createExtractor(createContext())({
      kind: "raw",
      id: "seed",
      input: SEED,
      type: "text",
      content: readFileSync(SEED),
    });

  it("reads the headline and the dateline", () => {
    const a = article();
    expect(a.title).toBe(
      "China and Pakistan to Deepen Military Cooperation; Eye Joint Production of Weapons",
    );
    expect(a.publishedAt).toBe("2020-06-16T11:29:00-04:00");
    expect(a.publishedPrecision).toBe("minute");
    expect(a.lang).toBe("en");
  });

  it("drops the page chrome from the text", () => {
    const { text } = article();
    for (const chrome of [
      "Make CT Your Homepage",
      "Like Us on Facebook",
      "Getty Images",
      "Real Time Analytics",
      "Updated 11:29",
    ]) {
      expect(text).not.toContain(chrome);
    }
    expect(text).not.toContain("China and Pakistan Military Ties.");
    expect(text).not.toContain("\u00a0");
  });

  it("keeps every real paragraph, in order", () => {
    const { paragraphs } = article();
    expect(paragraphs).toHaveLength(PARAGRAPH_OPENINGS.length);
    PARAGRAPH_OPENINGS.forEach((opening, i) => {
      expect(paragraphs[i]?.startsWith(opening)).toBe(true);
    });
  });

  it("records the photo credit as image metadata", () => {
    expect(article().images).toEqual([
      { src: null, caption: "China and Pakistan Military Ties.", credit: "Getty Images" },
    ]);
  });
});
