import { describe, expect, it } from "vitest";
import { parseDateText } from "../../../src/extract/dates/parse-date-text.ts";
import { parseDateValue } from "../../../src/extract/html/meta-date-value.ts";

describe("a clock between the day and the year (ctime, Java's Date.toString)", () => {
  it("reads the stamp with its zone", () => {
    expect(parseDateText("Fri Aug 13 08:30:00 UTC 2010")?.iso).toBe("2010-08-13T08:30:00Z");
    expect(parseDateText("Fri Aug 13 23:30:00 EDT 2010")?.iso).toBe("2010-08-14T03:30:00Z");
    expect(parseDateValue("Fri Aug 13 23:30:00 EDT 2010")?.day).toBe("2010-08-13");
    expect(parseDateText("Fri Aug 13 08:30 2010")?.iso).toBe("2010-08-13T08:30:00Z");
  });

  it("must not fire", () => {
    expect(parseDateText("Aug 13 08:30:00 and 2010")).toBeNull();
    expect(parseDateText("Aug 45 08:30:00 UTC 2010")).toBeNull();
  });
});

describe("numbered months the separator-consistent readers miss", () => {
  it("reads year-first dates with a dot and a space after each part (Korean, Hungarian)", () => {
    expect(parseDateValue("2020. 4. 2. 오후 4:11")?.day).toBe("2020-04-02");
    expect(parseDateValue("입력 2020. 04. 02 16:11")?.day).toBe("2020-04-02");
    expect(parseDateValue("2010. aug. 13. 08:30")?.day).toBe("2010-08-13");
  });
  it("reads day-first dates with a dot and a space after each part (Czech, Slovak, Slovenian)", () => {
    expect(parseDateValue("Publikováno 14. 1. 2022")?.day).toBe("2022-01-14");
    expect(parseDateText("Aktualizováno 03. 02. 2021 10:15")?.iso).toBe("2021-02-03T10:15:00Z");
  });
  it("reads the Vietnamese month written as 'tháng' and its number", () => {
    expect(parseDateValue("Thứ năm, 2 tháng 4 năm 2020")?.day).toBe("2020-04-02");
    expect(parseDateValue("ngày 02 tháng 04, 2020")?.day).toBe("2020-04-02");
  });
  it("reads Catalan's elided 'd’' before the month", () => {
    expect(parseDateValue("2 d’abril de 2020")?.day).toBe("2020-04-02");
    expect(parseDateValue("13 d'agost de 2010")?.day).toBe("2010-08-13");
  });
  it("must not fire", () => {
    expect(parseDateText("2020. 4. 25% growth")).toBeNull();
    expect(parseDateText("In 2020. 13. 40 people came")).toBeNull();
    expect(parseDateText("tháng 4 năm 2020")).toBeNull();
    expect(parseDateText("Kapitola 3. 14. 2020 a dál")).toBeNull();
    expect(parseDateText("Skóre 2. 3. 2020,5 bodu")).toBeNull();
  });
});

describe("short month names of Cyrillic locales, from CLDR (month-locales.tsv)", () => {
  it("reads Russian abbreviated months with or without their dot", () => {
    expect(parseDateValue("14 янв 2022")?.day).toBe("2022-01-14");
    expect(parseDateValue("3 сент. 2021, 10:15")?.day).toBe("2021-09-03");
  });
});
