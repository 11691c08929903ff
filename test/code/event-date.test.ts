import { describe, expect, it } from "vitest";
import { articleDay, sentenceDate } from "../../src/code/event-date.ts";
import type { Mention } from "../../src/types.ts";

const day = "2020-06-16"; // a Tuesday
const words = (s: string) => s.toLowerCase().split(/\s+/);
const on = (s: string, mentions: Mention[] = [], article: string | null = day) =>
  sentenceDate(words(s), mentions, article)?.value ?? null;

describe("event dates", () => {
  it("uses the article day unless the sentence dates itself", () => {
    expect(articleDay("2020-06-16T15:29:00Z")).toBe(day);
    expect(on("they met")).toBe(day);
    expect(on("they met yesterday")).toBe("2020-06-15");
    expect(on("they met on monday")).toBe("2020-06-15");
    expect(on("they met on tuesday")).toBe(day);
    expect(on("they met last tuesday")).toBe("2020-06-09");
    expect(on("they met last week")).toBe("2020-06-09");
    expect(on("they met", [], null)).toBeNull();
    expect(sentenceDate(words("they met"), [], day)?.precision).toBe("day");
  });
  it("prefers a date mention the annotator resolved, keeping its precision", () => {
    const m = { kind: "date", date: { value: "2020-05-01", precision: "day" } } as unknown as Mention;
    expect(on("they met on monday", [m])).toBe("2020-05-01");
    const year = { kind: "date", date: { value: "1902-01-01", precision: "year" } } as unknown as Mention;
    expect(sentenceDate(words("in 1902 the two kingdoms fought"), [year], day)).toEqual({
      value: "1902-01-01",
      precision: "year",
    });
  });
  it("reads a bare month as the latest such month up to the article's, at month precision", () => {
    expect(sentenceDate(words("at the start of march the envoys met"), [], day)).toEqual({
      value: "2020-03-01",
      precision: "month",
    });
    // A month after the article's month is last year's.
    expect(on("early in november the envoys met")).toBe("2019-11-01");
    expect(on("in june the envoys met")).toBe("2020-06-01");
    // A month name that is no time ("may" the modal, a name with no lead word) is left alone.
    expect(on("the envoys may meet")).toBe(day);
    expect(on("envoy april smith met them")).toBe(day);
  });
  it("counts last year back from the article", () => {
    expect(sentenceDate(words("the border was closed last year"), [], day)).toEqual({
      value: "2019-01-01",
      precision: "year",
    });
  });
  it("counts months, weeks and days back from the article", () => {
    expect(sentenceDate(words("the talks collapsed last month"), [], day)).toEqual({
      value: "2020-05-01",
      precision: "month",
    });
    expect(sentenceDate(words("the talks collapsed last month"), [], "2020-01-10")?.value).toBe("2019-12-01");
    expect(sentenceDate(words("talks resumed this month"), [], day)?.value).toBe("2020-06-01");
    expect(on("the envoys met two days ago")).toBe("2020-06-14");
    expect(on("the envoys met 3 weeks ago")).toBe("2020-05-26");
    expect(on("the envoys met a week ago")).toBe("2020-06-09");
    expect(on("the envoys met two hours ago")).toBe(day);
  });
  it("dates an event by a year the sentence names, when no date mention took it", () => {
    expect(sentenceDate(words("britain annexed the island in 1884"), [], day)).toEqual({
      value: "1884-01-01",
      precision: "year",
    });
    // A count, or a year after the article's (a plan), is no date of a past event.
    expect(on("troops killed 1884 fighters")).toBe(day);
    expect(on("they pledged to cut emissions by 2030")).toBe(day);
  });
});
