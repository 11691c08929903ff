// A 12-hour clock with the CJK words for before and after noon (data/dates/day-periods.tsv), and
// Japanese era years (japanese-eras.ts, from CLDR's Japanese calendar).
import { describe, expect, it } from "vitest";
import { gregorianYearOfEra, japaneseEraStarts } from "../../../src/extract/dates/japanese-eras.ts";
import { parseDateText } from "../../../src/extract/dates/parse-date-text.ts";

describe("day periods beside a 12-hour clock", () => {
  it.each([
    ["2020. 4. 2. 오후 4:11", "2020-04-02T16:11:00Z"],
    ["입력 2020-04-02 오후 04:11", "2020-04-02T16:11:00Z"],
    ["2020년 4월 2일 오전 9:05", "2020-04-02T09:05:00Z"],
    ["2020/04/02 午後4:11", "2020-04-02T16:11:00Z"],
    ["2020年4月2日 下午4:11", "2020-04-02T16:11:00Z"],
    ["下午4:11 2020年4月2日", "2020-04-02T16:11:00Z"],
    ["2020年4月2日 午前12:30", "2020-04-02T00:30:00Z"],
  ])("%s -> %s", (text, iso) => {
    expect(parseDateText(text)?.iso).toBe(iso);
  });

  it("leaves a 24-hour clock as it is", () => {
    expect(parseDateText("2020년 4월 2일 오후 16:11")?.iso).toBe("2020-04-02T16:11:00Z");
  });
});

describe("hours and minutes written with unit words", () => {
  it.each([
    ["2020年4月2日 午後4時11分", "2020-04-02T16:11:00Z"],
    ["2020년 4월 2일 오후 4시 11분", "2020-04-02T16:11:00Z"],
    ["2020年4月2日 16时11分", "2020-04-02T16:11:00Z"],
    ["平成24年11月7日 午後3時5分", "2012-11-07T15:05:00Z"],
  ])("%s -> %s", (text, iso) => {
    expect(parseDateText(text)?.iso).toBe(iso);
  });

  it("not across a separator", () => {
    expect(parseDateText("2020年4月2日 | 3时5分")?.precision).toBe("day");
  });
});

describe("Japanese era years", () => {
  it("takes each era's first year from the calendar", () => {
    expect(Object.fromEntries(japaneseEraStarts())).toMatchObject({ 昭和: 1926, 平成: 1989, 令和: 2019 });
    expect([
      gregorianYearOfEra("令和", "元"),
      gregorianYearOfEra("平成", "24"),
      gregorianYearOfEra("天気", "2"),
    ]).toEqual([2019, 2012, null]);
  });

  it.each([
    ["令和2年4月2日", "2020-04-02T00:00:00Z"],
    ["令和元年5月1日", "2019-05-01T00:00:00Z"],
    ["平成24年11月7日 15:05", "2012-11-07T15:05:00Z"],
  ])("%s -> %s", (text, iso) => {
    expect(parseDateText(text)?.iso).toBe(iso);
  });
});
