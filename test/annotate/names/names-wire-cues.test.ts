// Name evidence of wire copy, on sentences written for these tests (fictional names): results
// lines whose lower-case verb says they are no title-case headline, a role after a name without
// its article, and a name's first word alone standing for the person.
import { describe, expect, it } from "vitest";
import { annotatedMentions } from "../../helpers/annotate-text.ts";

const kinds = (text: string, word: string) =>
  annotatedMentions(text, null)
    .filter((m) => m.text === word || m.text.endsWith(` ${word}`))
    .map((m) => m.kind);

describe("wire-copy name cues", () => {
  it("reads the names of a results line with a lower-case verb, not as a headline", () => {
    const text = "Results on Friday:\n\nTamsin Orvell (Kenya) beat Petra Vanhoek (Peru)\n\n6-4 6-2";
    expect(kinds(text, "Tamsin Orvell")).toEqual(["person"]);
    expect(kinds(text, "Petra Vanhoek")).toEqual(["person"]);
  });

  it("still reads a title-case headline as a headline", () => {
    const text = "Varnok Talks Stall Over Budget Dispute\n\nTalks on the budget stalled on Friday.";
    expect(kinds(text, "Varnok Talks")).not.toContain("person");
  });

  it("takes a role after a name without its article as a person's", () => {
    const text = "Dravan Oskelt, leader of the Unity Front, told reporters the vote would go ahead.";
    expect(kinds(text, "Dravan Oskelt")).toEqual(["person"]);
  });

  it("takes no bare role without its tie for a person's", () => {
    const text = "Roads were closed in Zelvora, capital of the province, on Friday.";
    expect(kinds(text, "Zelvora")).not.toContain("person");
  });

  it("reads a full name's first word alone as that person (family name first)", () => {
    const text =
      "Tsao Linbei, executive director of the group, spoke on Friday. Later Tsao said the arrests would go on.";
    const tsao = annotatedMentions(text, null).filter((m) => m.text === "Tsao");
    expect(tsao.map((m) => [m.kind, m.name])).toEqual([["person", "Tsao Linbei"]]);
  });
});

describe("cricket scorecards", () => {
  const card = [
    "Cricket scoreboard of the one-day match between the sides on Saturday, with the innings and wickets:",
    "",
    "T. Varnel c Osk b Drummet 56",
    "",
    "Palvo Renkid lbw b Drummet 4",
    "",
    "A.de Morvan not out 45",
    "",
    "Did not bat: Quessel, Ambrick.",
    "",
    "Bowling: Drummet 10-0-41-2, Jorvic Tallam 6.5-1-23-4.",
  ].join("\n");
  const people = () =>
    annotatedMentions(card, null)
      .filter((m) => m.kind === "person" && m.form === "name")
      .map((m) => m.text);

  it("reads the batsman, the fielder and the bowler of a batting row as people", () => {
    expect(people()).toEqual(expect.arrayContaining(["T. Varnel", "Osk", "Palvo Renkid", "A.de Morvan"]));
  });

  it("reads the players listed after 'did not bat' and before bowling figures as people", () => {
    expect(people()).toEqual(expect.arrayContaining(["Quessel", "Ambrick", "Jorvic Tallam"]));
    expect(people()).not.toContain("Not Bat");
  });

  it("reads goal scorers listed with the minute of their goal as people", () => {
    const text =
      "The striker's team won the soccer match 2-1 after the goalkeeper saved a penalty in the second half of the game.\n\nScorers: Varnok - Tamsel (41st min, pen), Orvik Dallen (88th).";
    const found = annotatedMentions(text, null)
      .filter((m) => m.kind === "person")
      .map((m) => m.text);
    expect(found).toEqual(expect.arrayContaining(["Tamsel", "Orvik Dallen"]));
  });

  it("reads no row notation outside a sports report", () => {
    const text = "The memo was signed by Varnel Osk b Drummet 56 times last year, officials said.";
    expect(kinds(text, "Drummet")).not.toContain("person");
  });
});

describe("examples of a kind of body", () => {
  it("reads the names listed after 'firms including' as organisations", () => {
    const text = "Multinational firms including Varnok, Telvida and Oskrim were also drawn to the zone.";
    for (const name of ["Varnok", "Telvida", "Oskrim"]) expect(kinds(text, name)).toEqual(["organization"]);
  });

  it("leaves the names after a noun for people alone", () => {
    const text = "Veterans including Varnok, Telvida and Oskrim were also at the ceremony.";
    expect(kinds(text, "Telvida")).not.toContain("organization");
  });
});
