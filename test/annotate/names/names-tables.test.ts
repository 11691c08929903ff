// Sides in sports tables and bodies opened by an agent noun, on text written for these tests:
// a league table's rows name clubs, with the town letters that tell two clubs of one name apart;
// a table of club results keeps states as clubs on rows of their own, also in capitals; a list
// of fixtures ("CHICAGO AT BOSTON") names sides; "University of X" is a body.
import { describe, expect, it } from "vitest";
import { annotatedMentions } from "../../helpers/annotate-text.ts";

const SPORT =
  "Soccer results of the league on Saturday, the goals and points of each match, the striker scored:\n\n";
const byText = (text: string) => new Map(annotatedMentions(text, null).map((m) => [m.text, m.kind]));

describe("sides in sports tables", () => {
  it("reads a name opening a row of numbers in a league table as a club", () => {
    const ms = byText(`${SPORT}Standings:\n\nZemun 4 1 2 1 3 3 5\n\nOrlovka 4 2 1 1 8 5 7`);
    expect(ms.get("Zemun")).toBe("organization");
    expect(ms.get("Orlovka")).toBe("organization");
  });

  it("takes a club's town letters into its name on results lines and table rows", () => {
    const ms = byText(`${SPORT}Hajvola 2 Proleter (Z) 0\n\nMladost (L) 4 2 1 1 8 5 7`);
    expect(ms.get("Proleter (Z)")).toBe("organization");
    expect(ms.get("Mladost (L)")).toBe("organization");
  });

  it("keeps states as clubs on a row of their own in a table of club results", () => {
    const ms = byText(`${SPORT}Kansas City 1 Detroit 4\n\nCALIFORNIA 14 New York 3`);
    expect(ms.get("CALIFORNIA")).toBe("organization");
    expect(ms.get("New York")).toBe("organization");
  });

  it("reads towns opening the rows of a standings table printed in capitals as clubs", () => {
    const ms = byText(
      `${SPORT}W L PCT GB\n\nBALTIMORE 70 61 .534 -\n\nTORONTO 61 70 .466 9\n\nNEWCASTLE 4 3 1 0 9 2 10`,
    );
    expect(ms.get("BALTIMORE")).toBe("organization");
    expect(ms.get("TORONTO")).toBe("organization");
    expect(ms.get("NEWCASTLE")).toBe("organization");
  });

  it("does not read a short row of numbers without a row like it as a table", () => {
    const ms = byText(`${SPORT}TORONTO 61 70 .466\n\nThe striker scored twice.`);
    expect(ms.get("TORONTO")).toBe("place");
  });

  it("does not read a table in capitals as clubs outside a sports report", () => {
    const ms = byText("Rainfall in millimetres by city and month:\n\nTORONTO 61 70 46 52 80 77");
    expect(ms.get("TORONTO")).toBe("place");
  });

  it("does not make a person in a row of numbers a club", () => {
    const ms = byText(
      "Golf scores after the third round of the tournament, the par and the putts:\n\nMarta Kowalczyk 70 68 72 69 71",
    );
    expect(ms.get("Marta Kowalczyk")).toBe("person");
  });
});

describe("sides on a list of fixtures", () => {
  it("reads the side before 'at' as a club and leaves the venue after it a place", () => {
    const ms = byText(`${SPORT}WEDNESDAY'S SCHEDULE\n\nCHICAGO AT BOSTON\n\nSEATTLE AT DETROIT`);
    expect(ms.get("CHICAGO")).toBe("organization");
    expect(ms.get("SEATTLE")).toBe("organization");
    expect(ms.get("BOSTON")).toBe("place");
  });

  it("reads both sides of 'v' as clubs", () => {
    const ms = byText(`${SPORT}Fixtures:\n\nLeeds v Chelsea\n\nNewcastle v Everton`);
    expect(ms.get("Leeds")).toBe("organization");
    expect(ms.get("Everton")).toBe("organization");
  });

  it("does not read one 'X AT Y' line, a headline, as a fixture", () => {
    const ms = byText(`${SPORT}CHICAGO AT BOSTON\n\nThe coach praised the striker.`);
    expect(ms.get("CHICAGO")).toBe("place");
  });
});

describe("a town that also opens a club's name", () => {
  it("is the club alone, but the town after 'in'", () => {
    const text = `${SPORT}The Seattle Mariners won again on Friday.\n\nSeattle scored twice in the first. In Seattle, the pitcher struck out nine.`;
    const kinds = annotatedMentions(text, null)
      .filter((m) => m.text === "Seattle")
      .map((m) => m.kind);
    expect(kinds).toEqual(["organization", "place"]);
  });
});

describe("bodies opened by an agent noun", () => {
  it("reads 'University of' and a name as one organisation", () => {
    const ms = byText("He studied at the University of Kordavia last year.");
    expect(ms.get("University of Kordavia")).toBe("organization");
  });
});
