// A party word before a person's name ("Republican Mitt Romney", "Democrat Jane Roe") is no part
// of the name: the person is found. Party names that hold no person ("Republican Guard") and
// a party word alone stay as they were. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { partyWordsOf } from "../../../src/annotate/names/party-words.ts";
import { annotatedMentions } from "../../helpers/annotate-text.ts";

const people = (text: string, dateline: string | null = null) =>
  annotatedMentions(text, dateline)
    .filter((m) => m.kind === "person")
    .map((m) => `${m.text}=${m.code}`);

describe("party words from the names of parties", () => {
  it("takes the word before 'Party', and the member noun of an -ic adjective", () => {
    const words = partyWordsOf(
      new Set(["Democratic Party", "Labour Party", "Green Bay Packers", "Party Time"]),
    );
    expect([...words].sort()).toEqual(["democrat", "democratic", "labour"]);
  });
});

describe("a party word before a person's name", () => {
  it("finds the person after the party adjective or member noun", () => {
    const text =
      "Officials met in Denver on Monday. Republican Tomasz Wielgus criticized the governor. Democrat Amara Okafor attacked the governor.";
    const found = people(text, "DENVER");
    expect(found).toEqual(expect.arrayContaining(["Tomasz Wielgus=USA", "Amara Okafor=USA"]));
    expect(found.some((p) => p.startsWith("Republican") || p.startsWith("Democrat "))).toBe(false);
  });
  it("leaves a name that is no person's alone", () => {
    const text = "The Republican Guard shelled the town. Republican leaders met the governor in Denver.";
    expect(people(text, "DENVER").some((p) => p.includes("Guard") || p.includes("leaders"))).toBe(false);
  });
});
