// An intent to meet (036) is an intent to meet another side: a body that is set or prepares to
// meet, with no other side named, will sit as a body, which is no event between actors
// (src/code/event-drafts.ts). Refusals and threats to meet stay events whoever the other side is.
// Every sentence was written for this test.
import { describe, expect, it } from "vitest";
import { fixtureTriples } from "./fixture-triples.ts";

const triples = fixtureTriples(3);
const intents = (text: string) => triples(text).filter((t) => /:03\d*$/.test(t));

describe("an intent to meet needs another side", () => {
  it("drops a single body that is set or prepares to meet", () => {
    expect(intents("The Egyptian parliament is set to meet next week to elect a speaker.")).toEqual([]);
    expect(intents("Egyptian lawmakers prepare to meet again next month.")).toEqual([]);
  });
  it("keeps an intent to meet another side, or two sides that will meet", () => {
    expect(intents("Egypt's president is set to meet Turkey's president next week.")).not.toEqual([]);
    expect(intents("Egypt and Turkey agreed to meet next week.")).not.toEqual([]);
  });
});
