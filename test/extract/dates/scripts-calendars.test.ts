import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cldrMonthNames, foldLetters } from "../../../src/extract/dates/cldr-months.ts";
import { DATE_DATA_DIR, getDefaultDateTables } from "../../../src/extract/dates/date-tables.ts";
import { lookupMonth } from "../../../src/extract/dates/named-month-lookup.ts";
import { gregorianDayOf } from "../../../src/extract/dates/other-calendars.ts";
import { parseDateText } from "../../../src/extract/dates/parse-date-text.ts";
import { asciiDigits } from "../../../src/extract/dates/unicode-digits.ts";
import { parseDateValue } from "../../../src/extract/html/meta-date-value.ts";

const day = (s: string) => parseDateText(s, { dayFirst: true })?.iso.slice(0, 10) ?? null;

describe("digits of other scripts", () => {
  it("reads every script's decimal digits as ASCII", () => {
    expect(asciiDigits("۱۳۹۹/۰۴/۰۲")).toBe("1399/04/02"); // Persian
    expect(asciiDigits("٢٠٢٠")).toBe("2020"); // Arabic-Indic
    expect(asciiDigits("२०२०")).toBe("2020"); // Devanagari
    expect(asciiDigits("২০২০")).toBe("2020"); // Bengali
    expect(asciiDigits("๒๕๖๓")).toBe("2563"); // Thai
    expect(asciiDigits("２０２０年")).toBe("2020年"); // full width
    expect(asciiDigits("plain 2020 text")).toBe("plain 2020 text");
  });

  it("dates written in them", () => {
    expect(day("२ अप्रैल २०२०")).toBe("2020-04-02");
    expect(day("٢٠٢٠/٠٤/٠٢")).toBe("2020-04-02");
    expect(day("２０２０年４月２日")).toBe("2020-04-02");
    expect(parseDateValue("٢٠٢٠-٠٤-٠٢T10:30:00+03:00")?.day).toBe("2020-04-02");
  });
});

describe("month names from CLDR (data/dates/month-locales.tsv)", () => {
  it.each([
    ["2 أبريل 2020", "2020-04-02"], // Arabic
    ["2 أفريل 2020", "2020-04-02"], // Maghreb
    ["2 نيسان 2020", "2020-04-02"], // Levant
    ["5 تشرين الأول 2020", "2020-10-05"], // a name of two words
    ["5 تشرين الثاني 2020", "2020-11-05"],
    ["2 آوریل 2020", "2020-04-02"], // Persian name of the Gregorian month
    ["2 באפריל 2020", "2020-04-02"], // Hebrew, with its prefix
    ["2 अप्रैल 2020", "2020-04-02"], // Hindi (vowel signs inside the word)
    ["2 এপ্রিল, 2020", "2020-04-02"], // Bengali
    ["2 ஏப்ரல் 2020", "2020-04-02"], // Tamil
    ["2 اپریل، 2020", "2020-04-02"], // Urdu, Arabic comma
    ["2 Aprili 2020", "2020-04-02"], // Swahili
    ["2020. április 2.", "2020-04-02"], // Hungarian, year first
    ["2020 m. balandžio 2 d.", "2020-04-02"], // Lithuanian, year first
  ])("%s", (text, expected) => {
    expect(day(text)).toBe(expected);
  });

  it("keeps the first month of a name, and no short Latin forms that could be English words", () => {
    const names = cldrMonthNames("ms").map((n) => n.name);
    expect(names).toContain("mac"); // long Malay name of March
    expect(cldrMonthNames("sw").map((n) => n.name)).not.toContain("mac"); // Swahili short form of March
    expect(getDefaultDateTables().months.get("may")).toBe(5);
  });

  it("must not fire", () => {
    expect(day("In 2020 May 5 people were hurt")).toBeNull(); // a year first needs its dot
    expect(day("تشرين 2020")).toBeNull(); // half of a two-word name
    expect(day("the 2020 April report")).toBeNull();
    expect(day("ב2020")).toBeNull();
  });
});

describe("other calendars (data/dates/calendars.tsv)", () => {
  const tables = getDefaultDateTables();
  const persian = tables.calendars!.find((c) => c.id === "persian")!;

  it("converts through Intl", () => {
    expect(new Date(gregorianDayOf(persian, 1399, 1, 1)!).toISOString().slice(0, 10)).toBe("2020-03-20");
    expect(new Date(gregorianDayOf(persian, 1399, 4, 2)!).toISOString().slice(0, 10)).toBe("2020-06-22");
    expect(new Date(gregorianDayOf(persian, 1398, 12, 29)!).toISOString().slice(0, 10)).toBe("2020-03-19");
    expect(gregorianDayOf(persian, 1398, 12, 31)).toBeNull(); // no such day
    expect(gregorianDayOf(persian, 1200, 1, 1)).toBeNull(); // outside the Web's years
  });

  it.each([
    ["2 تير 1399 - 12:09:08 ب.ظ", "2020-06-22"], // Solar Hijri, Arabic yeh
    ["۱۴ فروردین ۱۳۹۹", "2020-04-02"],
    ["تاریخ انتشار: ۱۳۹۹/۰۴/۰۲", "2020-06-22"], // numeric, in Persian text
    ["2 เมษายน 2563", "2020-04-02"], // Thai, Buddhist era
    ["วันที่ 2/4/2563", "2020-04-02"],
  ])("%s", (text, expected) => {
    expect(day(text)).toBe(expected);
  });

  it("must not fire", () => {
    expect(day("1399/04/02")).toBeNull(); // no Persian script around it
    expect(day("Order 2/4/2563")).toBeNull(); // no Thai script
    expect(day("2 تير 1200")).toBeNull(); // not a year of the Web
    expect(day("2 April 1399")).toBeNull(); // a Gregorian name with a Persian year
  });
});

describe("the generated months-cldr.tsv", () => {
  it("holds the CLDR names of every locale in month-locales.tsv (rerun npm run generate:cldr-months)", () => {
    const tables = getDefaultDateTables();
    const locales = readFileSync(join(DATE_DATA_DIR, "month-locales.tsv"), "utf8")
      .split("\n")
      .filter((l) => l.trim() && !l.startsWith("#"))
      .map((l) => l.split("\t")[0]!);
    expect(locales.length).toBeGreaterThan(40);
    const missing: string[] = [];
    for (const locale of locales)
      for (const { name } of cldrMonthNames(locale)) {
        const words = name.split(" ");
        const found =
          words.length === 1
            ? lookupMonth(name, tables)
            : tables.phraseMonths?.get(foldLetters(words[0]!))?.length;
        if (!found) missing.push(`${locale}:${name}`);
      }
    expect(missing).toEqual([]);
  });
});
