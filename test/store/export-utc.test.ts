// GDELT exports stamp mentions in UTC, whatever offset publishedAt keeps from the page.
import { describe, expect, it } from "vitest";
import { utcStamp } from "../../src/store/export/index.ts";

describe("GDELT export time stamps", () => {
  it("converts a publishedAt that keeps the page's offset to UTC", () => {
    expect(utcStamp("2020-04-02T04:11:00+05:30")).toBe("20200401224100");
    expect(utcStamp("2023-11-08T21:11:00-05:00")).toBe("20231109021100");
    expect(utcStamp("2020-06-16T15:29:00Z")).toBe("20200616152900");
    expect(utcStamp("2020-06-16T00:00:00Z")).toBe("20200616000000");
  });
});
