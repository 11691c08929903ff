import { describe, expect, it } from "vitest";
import { PROJECT_DATA_DIR } from "../../../src/context.ts";
import { loadBylineWords, readByline } from "../../../src/extract/text/byline-parse.ts";
import { parseChromePhrases } from "../../../src/extract/text/chrome-phrases.ts";
import { readPhotoCredit } from "../../../src/extract/text/photo-credit.ts";
import { readSiteName } from "../../../src/extract/text/site-name.ts";
import { splitUnits } from "../../../src/extract/text/split-units.ts";
import { readWireDateline } from "../../../src/extract/text/wire-dateline.ts";

describe("readPhotoCredit", () => {
  it("splits credit, caption and following text", () => {
    expect(readPhotoCredit("(Photo : Getty Images. ) China and Pakistan have agreed to talk.")).toEqual({
      credit: "Getty Images",
      caption: null,
      rest: "China and Pakistan have agreed to talk.",
    });
    expect(readPhotoCredit("Troops patrol the border. (AP Photo/Ana Ruiz)")).toEqual({
      credit: "AP Photo/Ana Ruiz",
      caption: "Troops patrol the border.",
      rest: null,
    });
    expect(readPhotoCredit("Troops patrol the border. REUTERS/Ana Ruiz")?.credit).toBe("REUTERS/Ana Ruiz");
    expect(readPhotoCredit("Photo: Ministry of Defence")?.credit).toBe("Ministry of Defence");
  });

  it("leaves sentences about photographs alone", () => {
    expect(
      readPhotoCredit("Photographs of the site showed damage to three buildings, the ministry said."),
    ).toBeNull();
    expect(readPhotoCredit("The minister (pictured) said talks would continue.")).toBeNull();
  });
});

describe("readByline", () => {
  const words = loadBylineWords(PROJECT_DATA_DIR);
  it("reads authors and drops agencies and job titles", () => {
    expect(readByline("By Jane Doe and John Roe", words)?.authors).toEqual(["Jane Doe", "John Roe"]);
    expect(readByline("By Jane Doe, Reuters", words)?.authors).toEqual(["Jane Doe"]);
    expect(readByline("By AMIRA HADDAD, Diplomatic Correspondent", words)?.authors).toEqual(["Amira Haddad"]);
    expect(readByline("By Jane Doe | June 16, 2020", words)).toEqual({
      authors: ["Jane Doe"],
      date: { iso: "2020-06-16T00:00:00Z", precision: "day" },
    });
  });

  it("reads a byline after a date stamp and drops the place after at/in", () => {
    expect(readByline("Posted on 02/10/2020 by Anneke de Vries", words)).toEqual({
      authors: ["Anneke de Vries"],
      date: { iso: "2020-02-10T00:00:00Z", precision: "day" },
    });
    expect(readByline("By Grace Ndlovu at the United Nations", words)?.authors).toEqual(["Grace Ndlovu"]);
    expect(readByline("Talks held on March 3, 2021 by the two sides ended", words)).toBeNull();
  });

  it("rejects sentences that start with By", () => {
    expect(readByline("By Monday, the talks had stalled.", words)).toBeNull();
    expect(readByline("By contrast, the ministry said nothing.", words)).toBeNull();
  });
});

describe("readWireDateline", () => {
  it("reads place and agency", () => {
    expect(readWireDateline("ISLAMABAD (Reuters) - Pakistan said")).toEqual({
      place: "Islamabad",
      agency: "Reuters",
    });
    expect(readWireDateline("BEIJING, June 16 (Xinhua) -- China said")).toEqual({
      place: "Beijing",
      agency: "Xinhua",
    });
    expect(readWireDateline("WASHINGTON — The US said")).toEqual({ place: "Washington", agency: null });
    expect(readWireDateline("NEW DELHI: India said")).toEqual({ place: "New Delhi", agency: null });
  });

  it("reads an em dash touching the lead and a wire credit before the place", () => {
    expect(readWireDateline("OSLO—The Norwegian cabinet said")).toEqual({ place: "Oslo", agency: null });
    expect(readWireDateline("(AP) QUITO - Rescuers said")).toEqual({ place: "Quito", agency: "AP" });
    expect(readWireDateline("(Daily Wire) TULSA, Okla. - Police said")).toEqual({
      place: "Tulsa",
      agency: "Daily Wire",
      region: "Okla.",
    });
  });

  it("does not read sentences or acronyms as datelines", () => {
    expect(readWireDateline("NATO-led forces said")).toBeNull();
    expect(readWireDateline("OSLO—the city said")).toBeNull();
    expect(readWireDateline("(AP) The cabinet said")).toBeNull();
    expect(readWireDateline("NATO: The alliance said")).toBeNull();
    expect(readWireDateline("US — and its allies said")).toBeNull();
    expect(readWireDateline("China and Pakistan have agreed - officials said")).toBeNull();
  });
});

describe("readSiteName", () => {
  it("reads copyright footers and homepage promos", () => {
    expect(readSiteName("© 2021 Example Times. All rights reserved.")).toBe("Example Times");
    expect(readSiteName("Copyright 2019-2021 The Daily Courier")).toBe("The Daily Courier");
    expect(readSiteName("Make CT Your Homepage")).toBe("CT");
    expect(readSiteName("All rights reserved.")).toBeNull();
    // The copyright year after the name is not part of it.
    expect(readSiteName("© The Harbour Gazette 2024")).toBe("The Harbour Gazette");
    expect(readSiteName("(c) Steppe Courier 2023. Material may be republished.")).toBe("Steppe Courier");
  });
});

describe("splitUnits", () => {
  it("keeps unwrapped lines of a block apart and numbered items separate", () => {
    expect(splitUnits("Most Popular\n1. Talks collapse\n2. Envoy recalled").map((u) => u.text)).toEqual([
      "Most Popular",
      "1. Talks collapse",
      "2. Envoy recalled",
    ]);
  });

  it("joins a sentence broken before a lower-case word", () => {
    expect(splitUnits("The talks in Geneva\nended on Monday.").map((u) => u.text)).toEqual([
      "The talks in Geneva ended on Monday.",
    ]);
  });
});

describe("parseChromePhrases", () => {
  it("compiles anchored, whole-line and wildcard phrases", () => {
    const [cta, lone, promo] = parseChromePhrases(
      "# c\ncta: ^follow us\nsocial: =share\npromo: make * your homepage\n",
    );
    expect(cta?.pattern.test("Follow us on Twitter")).toBe(true);
    expect(cta?.pattern.test("Officials follow us closely")).toBe(false);
    expect(lone?.pattern.test("Share")).toBe(true);
    expect(lone?.pattern.test("Share this story")).toBe(false);
    expect(promo?.pattern.test("Make The Daily Courier your homepage")).toBe(true);
  });

  it("names the line of a malformed entry", () => {
    expect(() => parseChromePhrases("cta: ok\nnonsense line\n")).toThrow(/E_DICT_SYNTAX|phrases.txt:2/);
  });
});
