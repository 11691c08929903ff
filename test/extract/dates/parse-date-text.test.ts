import { describe, expect, it } from "vitest";
import { parseDateText } from "../../../src/extract/dates/parse-date-text.ts";

describe("parseDateText", () => {
  const cases: [string, string, "day" | "minute" | "second"][] = [
    // the examples
    ["Updated 11:29 AM EDT, Tue, Jun 16, 2020", "2020-06-16T15:29:00Z", "minute"],
    ["Published 3 March 2021 14:05 GMT", "2021-03-03T14:05:00Z", "minute"],
    ["Posted: 2019-07-01 08:00 +0530", "2019-07-01T02:30:00Z", "minute"],
    ["2021-03-03T14:05:00+01:00", "2021-03-03T13:05:00Z", "second"],
    ["March 3, 2021", "2021-03-03T00:00:00Z", "day"],
    ["3/14/2021", "2021-03-14T00:00:00Z", "day"],
    ["14.03.2021", "2021-03-14T00:00:00Z", "day"],
    ["2021年3月14日", "2021-03-14T00:00:00Z", "day"],
    // zones and offsets
    ["Last updated on June 16th, 2020 at 9 a.m. IST", "2020-06-16T03:30:00Z", "minute"],
    ["Jun 16, 2020 10:00 PM PDT", "2020-06-17T05:00:00Z", "minute"],
    ["16 Jun 2020 18:00 JST", "2020-06-16T09:00:00Z", "minute"],
    ["Tue 16 Jun 2020 06.00 BST", "2020-06-16T05:00:00Z", "minute"],
    ["16 June 2020 12:00 (GMT+8)", "2020-06-16T04:00:00Z", "minute"],
    ["16 June 2020 12:00 UTC-05:00", "2020-06-16T17:00:00Z", "minute"],
    ["June 16, 2020 11:29 AM ET", "2020-06-16T15:29:00Z", "minute"],
    ["Jan 5, 2021 9:00 PM PT", "2021-01-06T05:00:00Z", "minute"],
    ["2020-06-16T15:29:00.123Z", "2020-06-16T15:29:00Z", "second"],
    ["2020-06-16 23:30 PKT", "2020-06-16T18:30:00Z", "minute"],
    // other languages
    ["16. Juni 2020, 10:15 Uhr MESZ", "2020-06-16T08:15:00Z", "minute"],
    ["le 16 juin 2020 à 10h15", "2020-06-16T10:15:00Z", "minute"],
    ["16 de junio de 2020", "2020-06-16T00:00:00Z", "day"],
    ["3 marzo 2021", "2021-03-03T00:00:00Z", "day"],
    ["1 août 2019", "2019-08-01T00:00:00Z", "day"],
    ["2021년 3월 14일", "2021-03-14T00:00:00Z", "day"],
    // numeric orders
    ["04/03/2021", "2021-04-03T00:00:00Z", "day"],
    ["14-03-2021", "2021-03-14T00:00:00Z", "day"],
    ["2021/03/14", "2021-03-14T00:00:00Z", "day"],
    ["Published: 16-Jun-2020", "2020-06-16T00:00:00Z", "day"],
  ];
  for (const [input, iso, precision] of cases) {
    it(`reads "${input}"`, () => {
      expect(parseDateText(input)).toEqual({ iso, precision });
    });
  }

  it("takes the earliest of several dates in a string", () => {
    expect(parseDateText("Published 3 March 2021 | Updated 2021-03-04 10:00")?.iso).toBe(
      "2021-03-03T00:00:00Z",
    );
  });

  it("reads an ambiguous slash date day first when asked", () => {
    expect(parseDateText("04/03/2021", { dayFirst: true })?.iso).toBe("2021-03-04T00:00:00Z");
  });

  it("ignores a clock that is far from the date", () => {
    const s =
      "June 16, 2020 — ministers said the convoy had left the capital at about 11:00 the previous night";
    expect(parseDateText(s)).toEqual({ iso: "2020-06-16T00:00:00Z", precision: "day" });
  });

  it("reads relative dates only with a reference time", () => {
    const reference = new Date("2021-05-05T12:34:56Z");
    expect(parseDateText("3 hours ago")).toBeNull();
    expect(parseDateText("3 hours ago", { reference })).toEqual({
      iso: "2021-05-05T09:34:00Z",
      precision: "minute",
    });
    expect(parseDateText("Yesterday", { reference })).toEqual({
      iso: "2021-05-04T00:00:00Z",
      precision: "day",
    });
  });

  for (const invalid of [
    "hello",
    "2021-02-30",
    "31/31/2021",
    "Flight 3/14 landed",
    "Room 12:99",
    "1850-01-01",
    "",
  ]) {
    it(`finds no date in "${invalid}"`, () => {
      expect(parseDateText(invalid)).toBeNull();
    });
  }

  it("does not read English words as zones or months on their own", () => {
    expect(parseDateText("May we meet at 10:00 EST")).toBeNull();
  });

  it("finds a month name only as a whole word, next to its day and year", () => {
    const day = (s: string) => parseDateText(s)?.iso.slice(0, 10) ?? null;
    expect(day("Mayday 16, 2020")).toBeNull();
    expect(day("Remayo 16, 2020")).toBeNull();
    expect(day("16June 2020")).toBe("2020-06-16");
    expect(day("16th of June, 2020")).toBe("2020-06-16");
    expect(day("16-Jun-2020")).toBe("2020-06-16");
    expect(day("16 de junio de 2020")).toBe("2020-06-16");
    expect(day("JUNE 16TH, 2020")).toBe("2020-06-16");
    // An impossible day is passed over for the next date in the text.
    expect(day("February 31, 2020 or March 2, 2020")).toBe("2020-03-02");
    // Deep in a long text run (the text after a headline), the first date still wins.
    const filler = "The council met again to discuss the budget and the roads. ".repeat(20);
    expect(day(`${filler}Posted on 3 March 2021 by the editor, updated March 4, 2021.`)).toBe("2021-03-03");
    expect(day(`${filler}In 2019 the plan failed; on March 4, 2021 it passed.`)).toBe("2021-03-04");
  });
});
