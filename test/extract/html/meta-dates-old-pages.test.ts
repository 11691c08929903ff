// Publication dates on pages without date metadata, in the style of 2008-2010 news sites: the
// stated zone is kept (the page's calendar day is the day), the URL's day in its other spellings,
// one stamp line holding both "Updated" and "Posted", a headline set in <font><b> rather than an
// h1, and a page that declares no language writing its numeric dates day first.
import { parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { extractHtmlMetadata } from "../../../src/extract/html/meta-extract.ts";
import { dateFromUrl } from "../../../src/extract/html/meta-url-dates.ts";

const meta = (body: string, url: string, title = "Fire destroys old barn near the river - Daily News") =>
  extractHtmlMetadata(
    parseDocument(`<html><head><title>${title}</title></head><body>${body}</body></html>`, {
      decodeEntities: true,
    }),
    { url, now: new Date("2026-01-01T00:00:00Z") },
  );
const URL = "http://www.example.com/news/fire.html";
const TEXT_EN =
  "<p>The fire department was called in the evening to a fire near the river, where a barn was in flames and two families had to be brought to safety.</p>";
const TEXT_DE =
  "<p>Die Feuerwehr wurde am Abend zu einem Brand am Fluss gerufen, wo eine Scheune in Flammen stand und zwei Familien in Sicherheit gebracht werden mussten.</p>";

describe("dates of pages without date metadata", () => {
  it("keeps the zone a visible time states, and its calendar day", () => {
    const m = meta(`<h1>Fire</h1><font size=1>Friday, August 13, 2010 11:30 PM EDT</font>${TEXT_EN}`, URL);
    expect(m.publishedDay).toBe("2010-08-13");
    expect(m.publishedAt).toBe("2010-08-13T23:30:00-04:00");
  });

  it("reads the URL's day by month name and from a date parameter", () => {
    expect(dateFromUrl("http://www.example.co.uk/world/2010/aug/13/fire-barn")?.day).toBe("2010-08-13");
    expect(dateFromUrl("http://www.example.com/article.php?id=5&date=2010-08-13")?.day).toBe("2010-08-13");
    expect(dateFromUrl("http://www.example.com/article.php?id=20100813")).toBeNull();
    // A dashed day without leading zeros, and a day run into an ISO time.
    expect(dateFromUrl("http://www.example.com/news/2010-8-13/fire-barn")?.day).toBe("2010-08-13");
    expect(dateFromUrl("http://www.example.com/news/fire-barn-2010-08-13T0830")?.day).toBe("2010-08-13");
    expect(dateFromUrl("http://www.example.com/news/2010-8-130/fire")).toBeNull();
  });

  it("reads a two-digit year in the page's slash order", () => {
    expect(meta(`<h1>Fire</h1><div>Posted 08/13/10</div>${TEXT_EN}`, URL).publishedDay).toBe("2010-08-13");
    const uk = "http://www.example.co.uk/news/fire.html";
    expect(meta(`<h1>Fire</h1><div>Posted 03/08/10</div>${TEXT_EN}`, uk).publishedDay).toBe("2010-08-03");
  });

  it("takes the Posted date, not the Updated one, from one stamp line", () => {
    const m = meta(`<h1>Fire</h1><div>Updated Aug 15, 2010 | Posted Aug 13, 2010</div>${TEXT_EN}`, URL);
    expect(m.publishedDay).toBe("2010-08-13");
  });

  it("finds the headline that repeats the title when no h1 carries it", () => {
    const nav = Array.from({ length: 30 }, (_, i) => `<a href="/s${i}">Section ${i}</a><br>`).join("");
    const m = meta(
      `<h1>Daily News</h1><div>Saturday, Aug 21, 2010</div><div>${nav}</div><font><b>Fire destroys old barn near the river</b></font><br><font size=1>Aug 13, 2010</font>${TEXT_EN}`,
      URL,
    );
    expect(m.publishedDay).toBe("2010-08-13");
  });

  it("reads a year-last URL day the way its numbers allow, else the way the site writes dates", () => {
    expect(dateFromUrl("http://www.example.com/news/13/08/2010/fire")?.day).toBe("2010-08-13");
    expect(dateFromUrl("http://www.example.com/news/08/13/2010/fire", true)?.day).toBe("2010-08-13");
    expect(dateFromUrl("http://www.example.de/news/06/12/2020/feuer", true)?.day).toBe("2020-12-06");
    expect(dateFromUrl("http://www.example.com/news/06/12/2020/fire", false)?.day).toBe("2020-06-12");
    expect(dateFromUrl("http://www.example.com/news/fire-06-12-2020.html", true)?.day).toBe("2020-12-06");
    expect(dateFromUrl("http://www.example.com/news/13/13/2010/fire")).toBeNull();
    // The same day run into eight digits, day first (DDMMYYYY) or month first (MMDDYYYY).
    expect(dateFromUrl("http://www.example.it/cronaca/13082010/incendio-fienile")?.day).toBe("2010-08-13");
    expect(dateFromUrl("http://www.example.com/news/fire-barn-08132010.html")?.day).toBe("2010-08-13");
    expect(dateFromUrl("http://www.example.de/news/feuer-06122020.html", true)?.day).toBe("2020-12-06");
    expect(dateFromUrl("http://www.example.com/news/fire-06122020.html", false)?.day).toBe("2020-06-12");
    // Ids are no days: no valid month, a year out of range, or digits running on.
    expect(dateFromUrl("http://www.example.co.uk/news/fire-barn-28036293")).toBeNull();
    expect(dateFromUrl("http://www.example.com/news/fire-barn-22002407")).toBeNull();
    expect(dateFromUrl("http://www.example.com/news/fire-barn-1308201012")).toBeNull();
    // A European domain or language decides the ambiguous path through the metadata reader.
    const fr = "http://www.example.fr/actualites/06/12/2020/incendie-grange";
    expect(meta(`<h1>Incendie</h1>${TEXT_EN}`, fr).publishedDay).toBe("2020-12-06");
    const us = "http://www.example.com/news/06/12/2020/fire-barn";
    expect(meta(`<h1>Fire</h1>${TEXT_EN}`, us).publishedDay).toBe("2020-06-12");
    const frRun = "http://www.example.fr/actualites/incendie-grange-06122020.html";
    expect(meta(`<h1>Incendie</h1>${TEXT_EN}`, frRun).publishedDay).toBe("2020-12-06");
  });

  it("reads a numeric date day first on a page whose text is German, month first in English", () => {
    expect(meta(`<h1>Feuer</h1><p>02/10/2020</p>${TEXT_DE}`, URL).publishedDay).toBe("2020-10-02");
    expect(meta(`<h1>Fire</h1><p>02/10/2020</p>${TEXT_EN}`, URL).publishedDay).toBe("2020-02-10");
  });
});
