import { describe, expect, it } from "vitest";
import { createContext } from "../../../src/context.ts";
import { extractFromText } from "../../../src/extract/text/extract-text.ts";
import type { Context, RawDoc } from "../../../src/types.ts";

const NOW = new Date("2024-01-01T00:00:00Z");
const ctx: Context = { ...createContext(), clock: () => NOW };
const raw = (extra: Partial<RawDoc> = {}): RawDoc => ({
  kind: "raw",
  id: "t",
  input: "t.txt",
  type: "text",
  content: "",
  ...extra,
});
const extract = (text: string, extra: Partial<RawDoc> = {}) => extractFromText(text, raw(extra), ctx);

const ARTICLE = [
  "The foreign ministers of Peru and Ecuador met in Lima on Monday to discuss border security and migration.",
  "They agreed to open a joint police post at the main crossing, according to a statement from Peru's foreign ministry.",
  '"We share a border and we share the responsibility," Ecuador\'s minister said.',
].join("\n\n");

describe("extractFromText: clean text passes through", () => {
  it("keeps a single sentence unchanged", () => {
    const s = "Peru and Ecuador agreed on Monday to open a joint police post at their main border crossing.";
    const a = extract(s);
    expect(a.text).toBe(s);
    expect(a.title).toBeNull();
    expect(a.warnings).toEqual([]);
  });

  it("keeps a plain multi-paragraph article unchanged", () => {
    const a = extract(`${ARTICLE}\n`);
    expect(a.text).toBe(ARTICLE);
    expect(a.paragraphs).toHaveLength(3);
    expect(a.lang).toBe("en");
  });

  it("joins hard-wrapped lines and normalises spaces", () => {
    const wrapped =
      "The foreign ministers of Peru and Ecuador met in Lima on Monday to discuss\nborder security and migration, officials from both governments said in a\nshort joint statement issued after the talks ended late in the evening.\u00a0\u00a0 \n";
    const a = extract(wrapped);
    expect(a.paragraphs).toEqual([
      "The foreign ministers of Peru and Ecuador met in Lima on Monday to discuss border security and migration, officials from both governments said in a short joint statement issued after the talks ended late in the evening.",
    ]);
  });
});

describe("extractFromText: chrome", () => {
  it("drops a call to action on its own line but keeps a paragraph with real sentences around one", () => {
    const kept =
      "The ministry said it would publish the agreement in full. Follow us on Twitter for updates. Both sides will meet again in May.";
    const a = extract(`${ARTICLE}\n\nFollow us on Twitter\n\n${kept}`);
    expect(a.text).not.toContain("Follow us on Twitter\n");
    expect(a.paragraphs.at(-1)).toBe(kept);
  });

  it("drops a newsletter box and a cookie notice that are made of whole sentences", () => {
    const a = extract(
      `We use cookies to personalise content. By using this site you accept our cookie policy.\n\n${ARTICLE}\n\nSign up for our newsletter. Get the day's top stories in your inbox.`,
    );
    expect(a.text).toBe(ARTICLE);
  });

  it("keeps a sentence that mentions a social network as news", () => {
    const s =
      "Ecuador's president said on Twitter that the police post would open next month, after months of talks.";
    expect(extract(`${ARTICLE}\n\n${s}`).paragraphs.at(-1)).toBe(s);
  });
});

describe("extractFromText: metadata", () => {
  it("reads headline, byline, dateline and wire dateline", () => {
    const a = extract(
      `Peru and Ecuador agree on joint border post\n\nBy Ana Quispe and Luis Mora, Reuters\n\nPublished 3 March 2021 14:05 GMT\n\nLIMA (Reuters) - ${ARTICLE}`,
    );
    expect(a.title).toBe("Peru and Ecuador agree on joint border post");
    expect(a.authors).toEqual(["Ana Quispe", "Luis Mora"]);
    expect(a.publishedAt).toBe("2021-03-03T14:05:00Z");
    expect(a.publishedPrecision).toBe("minute");
    expect(a.modifiedAt).toBeNull();
    expect(a.dateline).toEqual({ place: "Lima", agency: "Reuters" });
    expect(a.text.startsWith("LIMA (Reuters) - The foreign ministers")).toBe(true);
    expect(a.text).not.toContain("Published");
  });

  it("treats Updated as a modification time only when a publication time exists", () => {
    const both = extract(`Published 3 March 2021\n\nUpdated 4 March 2021 09:30 GMT\n\n${ARTICLE}`);
    expect([both.publishedAt, both.publishedPrecision, both.modifiedAt]).toEqual([
      "2021-03-03T00:00:00Z",
      "day",
      "2021-03-04T09:30:00Z",
    ]);
    const only = extract(`Updated 11:29 AM EDT, Tue, Jun 16, 2020\n\n${ARTICLE}`);
    // The page's own offset is kept: 11:29 EDT is 15:29 UTC.
    expect([only.publishedAt, only.modifiedAt]).toEqual(["2020-06-16T11:29:00-04:00", null]);
    expect(Date.parse(only.publishedAt!)).toBe(Date.parse("2020-06-16T15:29:00Z"));
  });

  it("falls back to the given date, with its precision", () => {
    expect(extract(ARTICLE, { date: "2021-05-05" })).toMatchObject({
      publishedAt: "2021-05-05T00:00:00Z",
      publishedPrecision: "day",
    });
    expect(extract(ARTICLE, { date: "2021-05-05T10:11:12Z" }).publishedPrecision).toBe("second");
    // The given date's own offset is kept, as a page's would be.
    expect(extract(ARTICLE, { date: "2021-05-05T04:11:00+05:30" }).publishedAt).toBe(
      "2021-05-05T04:11:00+05:30",
    );
  });

  it("rejects a date later than the clock with a warning", () => {
    const a = extract(`Published 3 March 2031\n\n${ARTICLE}`);
    expect(a.publishedAt).toBeNull();
    expect(a.warnings.map((w) => w.code)).toEqual(["W_DATE_IN_FUTURE"]);
  });

  it("flags a text that is not English and leaves lang null for very short text", () => {
    const fr = extract(
      "Les ministres des affaires étrangères du Pérou et de l'Équateur se sont réunis lundi à Lima pour discuter de la sécurité à la frontière.",
    );
    expect(fr.lang).toBe("fr");
    expect(fr.warnings.map((w) => w.code)).toContain("W_LANG_NOT_CODED");
    expect(extract("Talks end.").lang).toBeNull();
  });

  it("reads the site name from a copyright footer", () => {
    expect(extract(`${ARTICLE}\n\n© 2021 The Andean Post. All rights reserved.`).siteName).toBe(
      "The Andean Post",
    );
    expect(extract(ARTICLE).siteName).toBeNull();
  });

  it("reads a short present-tense line after a photo credit as its caption, a report as body", () => {
    const captioned = extract(
      `Peru and Ecuador open joint border post\n\n(Photo : Reuters) Police officers stand guard at the Aguas Verdes crossing.\n\n${ARTICLE}`,
    );
    expect(captioned.images).toEqual([
      { src: null, caption: "Police officers stand guard at the Aguas Verdes crossing.", credit: "Reuters" },
    ]);
    expect(captioned.paragraphs[0]).toBe(ARTICLE.split("\n\n")[0]);
    const lead = "Peru and Ecuador have agreed to open a joint police post at their main border crossing.";
    const reported = extract(
      `Peru and Ecuador open joint border post\n\n(Photo : Reuters) ${lead}\n\n${ARTICLE}`,
    );
    expect(reported.paragraphs[0]).toBe(lead);
  });

  it("keeps the time of an update stamp on the day of a bare page date", () => {
    const a = extract(`Saturday, March 6, 2021\n\nUpdated 6:40 PM GMT+2, Mar 6, 2021\n\n${ARTICLE}`);
    expect([a.publishedAt, a.publishedPrecision]).toEqual(["2021-03-06T18:40:00+02:00", "minute"]);
  });

  it("reads a time without a zone in the zone the page's other stamp states", () => {
    const a = extract(`Published 2 March 2021 18:30\n\nUpdated 3 March 2021 09:15 EAT\n\n${ARTICLE}`);
    expect([a.publishedAt, a.modifiedAt]).toEqual(["2021-03-02T18:30:00+03:00", "2021-03-03T09:15:00+03:00"]);
    expect(extract(`Published 2 March 2021 18:30\n\n${ARTICLE}`).publishedAt).toBe("2021-03-02T18:30:00Z");
  });

  it("keeps a headline-only document as text rather than losing it", () => {
    const a = extract("Peru and Ecuador agree on joint border post");
    expect(a.text).toBe("Peru and Ecuador agree on joint border post");
    expect(a.warnings.map((w) => w.code)).toEqual(["W_NO_BODY_FOUND"]);
  });
});

describe("extractFromText: widget lists", () => {
  it("ignores the dates and bylines of listed stories and comments", () => {
    const a = extract(
      `${ARTICLE}\n\nComments (2)\n\nBy Tomas Quispe\nMarch 3, 2021\nGood news at last.\n\nRelated Stories\n4 March 2021\nPeru recalls envoy`,
    );
    expect(a.text).toBe(ARTICLE);
    expect(a.publishedAt).toBeNull();
    expect(a.authors).toEqual([]);
  });

  it("reads a relative dateline against the clock", () => {
    expect(extract(`Updated 3 hours ago\n\n${ARTICLE}`)).toMatchObject({
      publishedAt: "2023-12-31T21:00:00Z",
      publishedPrecision: "minute",
    });
  });
});

describe("extractFromText: scripts without capitals or spaces", () => {
  it("keeps Japanese and Arabic paragraphs as body and flags them", () => {
    const ja =
      "ペルーとエクアドルの外相は月曜日、リマで会談し、国境の治安と移民について協議した。両国は主要な国境検問所に合同の警察詰所を設けることで合意した。";
    const ar = "اجتمع وزيرا خارجية بيرو والإكوادور في ليما يوم الاثنين لبحث أمن الحدود والهجرة بين البلدين.";
    for (const text of [ja, ar]) {
      const a = extract(`Menu\n\n${text}\n\nShare this`);
      expect(a.paragraphs).toEqual([text]);
      expect(a.warnings.map((w) => w.code)).toContain("W_LANG_NOT_CODED");
    }
  });
});

describe("extractFromText: documents marked clean keep every line", () => {
  // Lines that a scrape's chrome rules drop (a sign-up prompt, a share line, a short title-case
  // heading, a date line) are kept when the document says its text is already the article body.
  const SCRAPE = [
    "Sign Up For Our Daily Briefing",
    "Share this story",
    "Border Talks Resume",
    "Published 3 May 2023",
    "The foreign ministers of Peru and Ecuador met in Lima on Monday to discuss border security.",
  ].join("\n\n");

  it("drops chrome from an ordinary scrape", () => {
    expect(extract(SCRAPE).paragraphs.length).toBeLessThan(5);
  });

  it("keeps every line of a clean document as body, in order", () => {
    const a = extract(SCRAPE, { clean: true });
    expect(a.paragraphs).toEqual(SCRAPE.split("\n\n"));
    expect(a.text).toBe(SCRAPE);
    expect(a.title).toBeNull();
  });

  it("takes the publication date from the document, not from a line of the text", () => {
    const a = extract(SCRAPE, { clean: true, date: "2023-05-04" });
    expect(a.publishedAt?.slice(0, 10)).toBe("2023-05-04");
  });
});
