// Offices written with a qualifier before the title ("U.S. District Judge", "Senior Judge",
// "Republican Sen.") and offices named with "a" ("a federal judge said") make actors, like the
// bare title does. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { annotatedMentions } from "../../helpers/annotate-text.ts";

const actors = (text: string, dateline: string | null = null) =>
  annotatedMentions(text, dateline)
    .filter((m) => m.kind === "person" || m.kind === "agent" || m.kind === "organization")
    .map((m) => `${m.text}=${m.code}`);

describe("capitalised qualifiers of an office before a title and a name", () => {
  it("keeps the country before the court's name: 'U.S. District Judge Ann Marlow'", () => {
    expect(actors("U.S. District Judge Ann Marlow rejected the request on Monday.")).toContain(
      "U.S. District Judge Ann Marlow=USAJUD",
    );
  });
  it("makes a judge of 'Senior Judge' and 'Federal Judge' with a name", () => {
    expect(actors("Senior Judge Ann Marlow rejected the request.")).toContain("Judge Ann Marlow=JUD");
    expect(actors("Federal Judge Ann Marlow rejected the request.")).toContain("Judge Ann Marlow=JUD");
  });
  it("reads a party word before a legislator's title as no name: 'Republican Sen. Bob Carey'", () => {
    expect(actors("WASHINGTON - Republican Sen. Bob Carey criticized the plan.", "WASHINGTON")).toContain(
      "Sen. Bob Carey=USALEG",
    );
  });
  it("leaves a title inside a longer proper name alone (must not fire)", () => {
    const found = actors("Acme President John Doe criticized the plan.");
    expect(found.some((a) => /GOV$/.test(a))).toBe(false);
  });
});

describe("an office named with 'a'", () => {
  it("makes 'a federal judge' and 'a senator' actors", () => {
    expect(actors("WASHINGTON - A federal judge rejected the request.", "WASHINGTON")).toContain(
      "judge=USAJUD",
    );
    expect(actors("WASHINGTON - A senator criticized the plan.", "WASHINGTON")).toContain("senator=USALEG");
  });
  it("leaves an office a firm also fills alone: 'a company spokesman' (must not fire)", () => {
    expect(actors("On Monday, a company spokesman said prices would rise.")).toEqual([]);
  });
  it("leaves a rank that is no actor noun alone: 'a general decline' (must not fire)", () => {
    expect(actors("WASHINGTON - The firm reported a general decline.", "WASHINGTON").join()).not.toMatch(
      /general/,
    );
  });
});
