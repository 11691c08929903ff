// Sides in sports tables and bodies opened by an agent noun, on text written for these tests:
// a league table's rows name clubs, with the town letters that tell two clubs of one name apart;
// a table of club results keeps states as clubs on rows of their own; "University of X" is a body.
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

  it("does not make a person in a row of numbers a club", () => {
    const ms = byText(
      "Golf scores after the third round of the tournament, the par and the putts:\n\nMarta Kowalczyk 70 68 72 69 71",
    );
    expect(ms.get("Marta Kowalczyk")).toBe("person");
  });
});

describe("bodies opened by an agent noun", () => {
  it("reads 'University of' and a name as one organisation", () => {
    const ms = byText("He studied at the University of Kordavia last year.");
    expect(ms.get("University of Kordavia")).toBe("organization");
  });
});
