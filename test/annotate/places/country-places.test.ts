import { describe, expect, it } from "vitest";
import { createGazetteer } from "../../../src/annotate/gazetteer/index.ts";
import { introducesPlace, placeCountryMentions } from "../../../src/annotate/places/index.ts";
import { createTokenizer } from "../../../src/annotate/sentences-tokens.ts";
import { createContext } from "../../../src/context.ts";
import type { Mention } from "../../../src/types.ts";

const introduced = (sentence: string, name: string) => introducesPlace(sentence, 0, sentence.indexOf(name));

describe("countries named as places", () => {
  it("reads prepositions of place and the edges of a country", () => {
    expect(introduced("Fighting broke out in eastern Ukraine.", "Ukraine")).toBe(true);
    expect(introduced("Troops massed near the border with Belarus.", "Belarus")).toBe(true);
    expect(introduced("Patrols moved along the coast of Libya.", "Libya")).toBe(true);
    expect(introduced("Aid was flown across Syria.", "Syria")).toBe(true);
  });
  it("reads 'over' as a place only after flight or fire", () => {
    expect(introduced("A drone was shot down over Ukraine.", "Ukraine")).toBe(true);
    expect(introduced("The jets flew over Poland on Monday.", "Poland")).toBe(true);
    expect(introduced("The EU imposed sanctions over Ukraine.", "Ukraine")).toBe(false);
    expect(introduced("Talks stalled over Iran.", "Iran")).toBe(false);
  });
  it("leaves actors alone", () => {
    expect(introduced("Russia accused Ukraine of lying.", "Ukraine")).toBe(false);
    expect(introduced("Officials held talks with Belarus.", "Belarus")).toBe(false);
  });
  it("gives a state mention introduced as a place its country's point", () => {
    const text = "Russian jets flew over Ukraine while Russia warned Poland.";
    const sentences = createTokenizer()(text);
    const state = (name: string, code: string): Mention => {
      const start = text.indexOf(name);
      return {
        start,
        end: start + name.length,
        text: name,
        kind: "state",
        form: "name",
        name,
        code,
        sentenceIndex: 0,
      };
    };
    const gazetteer = createGazetteer(createContext());
    const [ukraine, russia, poland] = placeCountryMentions(
      text,
      sentences,
      [state("Ukraine", "UKR"), state("Russia", "RUS"), state("Poland", "POL")],
      gazetteer,
    );
    expect(ukraine?.place?.country).toBe("UKR");
    expect(ukraine?.place?.type).toBe("country");
    expect(russia?.place).toBeUndefined();
    expect(poland?.place).toBeUndefined();
  });
});
