// Organisations and teams told by general evidence around their names, on sentences written for
// these tests: long forms defined by a bracketed acronym, bodies named after a body noun or
// speaking after "the", events that are no bodies, abbreviations that are measures, towns that act
// as teams in sports reports, and countries in wire headlines of capitals.
import { describe, expect, it } from "vitest";
import { annotatedMentions } from "../../helpers/annotate-text.ts";

function mentionsOf(text: string) {
  return annotatedMentions(text).map((m) => ({ text: m.text, kind: m.kind, name: m.name }));
}

describe("organisations from the words around them", () => {
  it("joins a long form across 'and' and 'in' when the acronym after it spells its initials", () => {
    const ms = mentionsOf(
      "The Council for Farming and Fisheries in Veldavia (CFFV) met on Monday. Later the CFFV said prices would rise.",
    );
    expect(ms.find((m) => m.text === "Council for Farming and Fisheries in Veldavia")?.kind).toBe(
      "organization",
    );
    expect(ms.filter((m) => m.text === "CFFV").map((m) => m.name)).toContain(
      "Council for Farming and Fisheries in Veldavia",
    );
  });

  it("reads a name after a body noun as the body's", () => {
    const ms = mentionsOf("The striker joined second division club Kovarna on loan for a season.");
    expect(ms.find((m) => m.text === "Kovarna")?.kind).toBe("organization");
  });

  it("reads a name after 'the' and before a verb of reporting as a body that speaks", () => {
    const ms = mentionsOf("The Morning Lantern reported on Tuesday that the talks had failed.");
    expect(ms.find((m) => m.text === "Morning Lantern")?.kind).toBe("organization");
  });

  it("makes no organisation of an event's name", () => {
    const ms = mentionsOf("She finished fourth at the Brelton Games and won at the Varsk Open a year later.");
    expect(ms.filter((m) => m.kind === "organization")).toEqual([]);
  });

  it("makes no organisation of an abbreviation that is counted or owned", () => {
    const ms = mentionsOf("He drove in three RBI on Friday and lowered his ERA again.");
    expect(ms.filter((m) => m.kind === "organization")).toEqual([]);
  });
});

describe("teams in sports reports", () => {
  it("reads a town that acts as a subject in a cricket report as its team", () => {
    const ms = mentionsOf(
      "The county championship match was drawn. Leicester had reached 108 for three by stumps, " +
        "and the bowlers took four wickets in the innings before the match ended.",
    );
    expect(ms.find((m) => m.text === "Leicester")?.kind).toBe("organization");
  });

  it("keeps a player's surname that is also a town a person", () => {
    const ms = mentionsOf(
      "Tomas Leicester won the squash match in five games. Leicester had lost the first game " +
        "but the tournament favourite recovered to win the semifinal.",
    );
    expect(ms.filter((m) => m.text === "Leicester").map((m) => m.kind)).not.toContain("organization");
  });

  it("reads a state on a results line of clubs as a club", () => {
    const ms = mentionsOf(
      "Baseball results on Thursday in the league:\n\nDetroit 4 Kansas City 1\n\nMinnesota 6 Milwaukee 1",
    );
    expect(ms.find((m) => m.text === "Minnesota")?.kind).toBe("organization");
  });

  it("finds the countries of a wire headline in capitals", () => {
    const ms = mentionsOf(
      "SOCCER - AUSTRIA BEAT LATVIA IN QUALIFIER.\n\nAustria beat Latvia 2-0 on Saturday.",
    );
    expect(ms.find((m) => m.text === "AUSTRIA")?.kind).toBe("state");
    expect(ms.find((m) => m.text === "LATVIA")?.kind).toBe("state");
  });
});
