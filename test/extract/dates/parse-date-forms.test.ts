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
