// A state's unique organ named without a country ("the government", "President Buhari") takes the story's
// country even beside another party of it (src/annotate/mentions/story-organs.ts); officials, envoys
// and organs in a sentence naming another country stay bare. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { giveBareAgentsCountry } from "../../../src/annotate/mentions/agent-country.ts";
import type { Mention } from "../../../src/types.ts";

const isCountry = (code: string) => ["NGA", "KEN", "UGA"].includes(code);

/** Mentions found in `text` by their words, in order, each with its kind, code and sentence. */
function mentionsIn(text: string, specs: [string, Mention["kind"], string, number][]): Mention[] {
  let from = 0;
  return specs.map(([words, kind, code, sentenceIndex]) => {
    const start = text.indexOf(words, from);
    from = start + words.length;
    return { start, end: from, text: words, kind, form: "name", name: words, code, sentenceIndex };
  });
}

// A story about Nigeria: three mentions of it before the sentence under test.
const STORY = "Nigeria votes. Nigeria waits. Nigeria counts. ";
const storyMentions: [string, Mention["kind"], string, number][] = [
  ["Nigeria", "state", "NGA", 0],
  ["Nigeria", "state", "NGA", 1],
  ["Nigeria", "state", "NGA", 2],
];

function codeOf(
  sentence: string,
  specs: [string, Mention["kind"], string, number][],
  k: number,
): string | null {
  const text = STORY + sentence;
  const ms = mentionsIn(text, [...storyMentions, ...specs]);
  return giveBareAgentsCountry(
    ms,
    ms.map(() => 0),
    isCountry,
    { text },
  )[storyMentions.length + k]!.code;
}

describe("a state's unique organ named without a country is the story's own", () => {
  it("gives 'the government' the story's country beside the story's opposition", () => {
    const sentence = "The Nigerian opposition criticised the government.";
    const specs: [string, Mention["kind"], string, number][] = [
      ["Nigerian opposition", "agent", "NGAOPP", 3],
      ["government", "agent", "GOV", 3],
    ];
    expect(codeOf(sentence, specs, 1)).toBe("NGAGOV");
  });

  it("gives an office holder titled before the name the story's country", () => {
    const sentence = "President Buhari visited troops of the Nigerian Army.";
    const specs: [string, Mention["kind"], string, number][] = [
      ["President Buhari", "person", "GOV", 3],
      ["Nigerian Army", "agent", "NGAMIL", 3],
    ];
    expect(codeOf(sentence, specs, 0)).toBe("NGAGOV");
  });

  it("leaves plural officials and envoys bare beside a party of the story's country", () => {
    const sentence = "Nigeria expelled the envoy and arrested officials.";
    const specs: [string, Mention["kind"], string, number][] = [
      ["Nigeria", "state", "NGA", 3],
      ["envoy", "agent", "GOV", 3],
      ["officials", "agent", "GOV", 3],
    ];
    expect(codeOf(sentence, specs, 1)).toBe("GOV");
    expect(codeOf(sentence, specs, 2)).toBe("GOV");
  });

  it("leaves the organ bare when its sentence names another country", () => {
    const sentence = "Nigeria thanked Uganda and the government.";
    const specs: [string, Mention["kind"], string, number][] = [
      ["Nigeria", "state", "NGA", 3],
      ["Uganda", "state", "UGA", 3],
      ["government", "agent", "GOV", 3],
    ];
    expect(codeOf(sentence, specs, 2)).toBe("GOV");
  });

  it("leaves an indefinite organ bare ('a government')", () => {
    const sentence = "Nigeria backed a government.";
    const specs: [string, Mention["kind"], string, number][] = [
      ["Nigeria", "state", "NGA", 3],
      ["government", "agent", "GOV", 3],
    ];
    expect(codeOf(sentence, specs, 1)).toBe("GOV");
  });
});
