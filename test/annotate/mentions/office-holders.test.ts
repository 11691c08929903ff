// People whose office the text states around the name, with whose office it is: AP-style
// abbreviated ranks (titles.tsv), a company's office after its name, a body's "chief" or "head"
// (organisation-members.ts), an office standing as the whole apposition after the name
// (role-appositions.ts), and a body's possessive in it (name-context-cues.ts). Sentences written
// for these tests.
import { describe, expect, it } from "vitest";
import { annotatedMentions } from "../../helpers/annotate-text.ts";

const people = (text: string) =>
  annotatedMentions(text, null)
    .filter((m) => m.kind === "person")
    .map((m) => `${m.text}=${m.code}`);

describe("abbreviated titles", () => {
  it("reads military ranks as the AP abbreviates them before a name", () => {
    expect(people("Lt. Col. Ann Rusk led the unit.")).toEqual(["Lt. Col. Ann Rusk=MIL"]);
    expect(people("Rear Adm. Lee Carver took command.")).toEqual(["Rear Adm. Lee Carver=MIL"]);
    expect(people("Maj. Ben Tally led the patrol.")).toEqual(["Maj. Ben Tally=MIL"]);
  });
});

describe("an office of the body named before it", () => {
  it("reads a company office after an unknown name as the company's", () => {
    expect(people("The deal was signed by Talvex CEO Jane Rowell on Monday.")).toEqual([
      "CEO Jane Rowell=BUS",
    ]);
  });

  it("reads a body's chief or head, with or without a rank, as the body", () => {
    expect(people("Pakistani army chief Tariq Malvern visited Kabul.")).toEqual([
      "Pakistani army chief Tariq Malvern=PAKMIL",
    ]);
    expect(people("Pakistani army chief Gen. Tariq Malvern visited Kabul.")).toEqual([
      "Pakistani army chief Gen. Tariq Malvern=PAKMIL",
    ]);
    expect(people("Hamas chief Ali Darwan spoke to reporters.")).toEqual(["Hamas chief Ali Darwan=HMS"]);
  });
});

describe("an office as the apposition after a name", () => {
  it("gives the person the office's code", () => {
    expect(people("Omar Basri, Egypt's foreign minister, met the delegation.")).toEqual([
      "Omar Basri=EGYGOV",
    ]);
    expect(people("Jane Otieno, 45, a Kenyan police officer, was shot.")).toEqual(["Jane Otieno=KENCOP"]);
    expect(people("Gen. Omar Basri, Egypt's army chief, met the delegation.")).toEqual([
      "Gen. Omar Basri=EGYMIL",
    ]);
    expect(people("Gen. Omar Basri, the Egyptian army chief, met them.")).toEqual(["Gen. Omar Basri=EGYMIL"]);
  });

  it("not when the office is one item of a list or the name's sentence goes on", () => {
    expect(people("Omar Basri, Egypt's foreign minister and Ali Roe met.")).not.toContain(
      "Omar Basri=EGYGOV",
    );
    expect(people("Omar Basri, the minister, and Ali Roe met.")).not.toContain("Omar Basri=EGYGOV");
  });
});

describe("a named person's apposition that says whose office it is", () => {
  it("gives the body's role to a person known by their given name", () => {
    expect(people("Mark Doherty, the union's president, rejected the offer.")).toEqual(["Mark Doherty=LAB"]);
  });

  it("not the office word's own role when no body is said", () => {
    expect(people("Mark Doherty, the union's president, rejected it.")).not.toContain("Mark Doherty=GOV");
    expect(people("Paul Ceglia, the club's president, met fans.")).not.toContain("Paul Ceglia=GOV");
  });
});
