import { describe, expect, it } from "vitest";
import { isDatelineLine, readDateline } from "../../../src/extract/dates/dateline-line.ts";

describe("isDatelineLine / readDateline", () => {
  it("reads the role from the lead word", () => {
    expect(readDateline("Updated 11:29 AM EDT, Tue, Jun 16, 2020")).toEqual([
      { iso: "2020-06-16T15:29:00Z", precision: "minute", role: "modified", zoneOffset: -240 },
    ]);
    // A time without a zone says so, so the page's other stamps can supply it.
    expect(readDateline("Published 14 May 2023 22:10")[0]?.zoneOffset).toBeNull();
    expect(readDateline("Published 14 May 2023")[0]?.zoneOffset).toBeUndefined();
    expect(readDateline("Posted: 2019-07-01 08:00 +0530")[0]?.role).toBe("published");
    expect(readDateline("Last updated on March 3, 2021")[0]?.role).toBe("modified");
    expect(readDateline("Tuesday, June 16, 2020")[0]?.role).toBe("unknown");
  });

  it("splits a line carrying both stamps", () => {
    const r = readDateline("Published 3 March 2021 14:05 GMT | Last updated 4 March 2021");
    expect(r.map((d) => [d.role, d.iso])).toEqual([
      ["published", "2021-03-03T14:05:00Z"],
      ["modified", "2021-03-04T00:00:00Z"],
    ]);
  });

  it("accepts bare dates with a weekday or zone", () => {
    expect(isDatelineLine("16 June 2020")).toBe(true);
    expect(isDatelineLine("Tue 16 Jun 2020 06.00 BST")).toBe(true);
    expect(isDatelineLine("June 16, 2020 at 9 a.m.")).toBe(true);
    expect(isDatelineLine("Tuesday, June 16, 2020, 9:00 p.m. local time")).toBe(true);
  });

  it("does not read a name ending in Today as a relative date", () => {
    const reference = new Date("2025-01-01T00:00:00Z");
    expect(readDateline("Caucasus Today", { reference })).toEqual([]);
    expect(readDateline("Updated Today", { reference })[0]?.iso).toBe("2025-01-01T00:00:00Z");
    expect(readDateline("today", { reference })[0]?.iso).toBe("2025-01-01T00:00:00Z");
  });

  it("rejects sentences and other lines that merely mention a date", () => {
    expect(isDatelineLine("The talks began on June 3, 2021 in Geneva with ministers from both sides.")).toBe(
      false,
    );
    expect(isDatelineLine("By Jane Doe, June 16, 2020")).toBe(false);
    expect(isDatelineLine("On June 3, 2021, talks resumed.")).toBe(false);
    expect(isDatelineLine("Updated to reflect the latest figures")).toBe(false);
    expect(isDatelineLine("")).toBe(false);
  });
});
