import { describe, expect, it } from "vitest";
import { articleDay, sentenceDate } from "../../src/code/event-date.ts";
import type { Mention } from "../../src/types.ts";

const day = "2020-06-16"; // a Tuesday
const words = (s: string) => s.toLowerCase().split(/\s+/);

describe("event dates", () => {
  it("uses the article day unless the sentence dates itself", () => {
    expect(articleDay("2020-06-16T15:29:00Z")).toBe(day);
    expect(sentenceDate(words("they met"), [], day)).toBe(day);
    expect(sentenceDate(words("they met yesterday"), [], day)).toBe("2020-06-15");
    expect(sentenceDate(words("they met on monday"), [], day)).toBe("2020-06-15");
    expect(sentenceDate(words("they met on tuesday"), [], day)).toBe(day);
    expect(sentenceDate(words("they met last tuesday"), [], day)).toBe("2020-06-09");
    expect(sentenceDate(words("they met last week"), [], day)).toBe("2020-06-09");
    expect(sentenceDate(words("they met"), [], null)).toBeNull();
  });
  it("prefers a date mention the annotator resolved", () => {
    const m = { kind: "date", date: { value: "2020-05-01", precision: "day" } } as unknown as Mention;
    expect(sentenceDate(words("they met on monday"), [m], day)).toBe("2020-05-01");
  });
});
