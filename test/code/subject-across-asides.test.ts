// The subject of a verb that an aside or a relative clause separates from it: "Hamas — the group
// that controls Gaza — condemned ...", "Officials who met Chinese diplomats criticized Japan". The
// subject is the noun before the aside or clause (or the aside itself when it only renames the
// subject), never an actor inside it. Sentences written for this test; the whole pipeline.
import { describe, expect, it } from "vitest";
import { pipelineTriples } from "./fixture-triples.ts";

const { triples } = pipelineTriples();
const roots = (text: string) => triples(text).map((t) => t.replace(/:(\d\d)\d*$/, ":$1"));

describe("a verb after an aside set off by dashes", () => {
  it("takes the subject before a relative clause between dashes", () => {
    expect(roots("The Palestinian Authority — which considers the US biased — condemned Israel.")).toContain(
      "PSEGOV>ISR:11",
    );
    // A spaced hyphen sets off an aside as a dash does; the US inside it is not the one calling.
    const hyphen = triples(
      "The Palestinian Authority - which considers the US biased - called for a meeting.",
    );
    expect(hyphen.map((t) => t.split(">")[0])).toContain("PSEGOV");
    expect(hyphen.map((t) => t.split(">")[0])).not.toContain("USA");
  });

  it("takes the subject before an appositive between dashes", () => {
    expect(roots("Hamas — the group that controls Gaza — condemned Israel on Monday.")).toContain(
      "HMS>ISR:11",
    );
  });

  it("steps back over a place phrase before the aside", () => {
    expect(
      roots("Police in Nairobi — who had been searching for the men for weeks — arrested three suspects."),
    ).toContain("KENCOP>KENCRM:17");
  });

  it("takes an aside that only names actors as the subject it renames", () => {
    const text =
      "The only two Arab states to have signed peace treaties with Israel - Egypt and Jordan - also sharply criticised the US policy.";
    const got = roots(text);
    expect(got).toContain("EGY>USA:11");
    expect(got).not.toContain("ISR>USA:11");
  });
});

describe("a verb after a restrictive relative clause", () => {
  it("takes the noun the clause modifies, not the clause's object", () => {
    const got = roots("Officials who met Chinese diplomats in Beijing criticized Japan.");
    expect(got).not.toContain("CHNGOV>JPN:11");
    expect(got.some((t) => t.endsWith(">JPN:11") && t.startsWith("GOV"))).toBe(true);
  });

  it("finds the subject across the clause where none was found", () => {
    expect(roots("Russian officials who visited the site accused Ukraine of shelling it.")).toContain(
      "RUSGOV>UKR:11",
    );
    expect(roots("The company that runs the plant in Ohio denied the report.")).toContain("USABUS>-:01");
  });

  it("leaves a clause whose verb takes a clause to the old reading", () => {
    // "said" opens a complement: "the attack" is the subject of "killed", not the officials.
    const got = triples("Officials who said the attack killed five people criticized Japan.");
    expect(got.filter((t) => t.endsWith(":190") || t.startsWith("GOV>CVL"))).toEqual([]);
  });
});
