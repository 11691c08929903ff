// The place recognizer as the place tests drive it: one gazetteer loaded before a file's tests, a
// recognizer over our own sentences with countries included, and lookups by mention text.
import { beforeAll } from "vitest";
import { createGazetteer, type Gazetteer } from "../../src/annotate/gazetteer/index.ts";
import { createPlaceRecognizer, type PlaceRecognizerOptions } from "../../src/annotate/places/index.ts";
import { createTokenizer } from "../../src/annotate/sentences-tokens.ts";
import { createContext } from "../../src/context.ts";
import type { Mention } from "../../src/types.ts";

/** Registers the gazetteer load (beforeAll) and returns a function that finds the places in a text. */
export function placeFinder(): (text: string, options?: PlaceRecognizerOptions) => Mention[] {
  const ctx = createContext();
  const tokenize = createTokenizer();
  let gazetteer: Gazetteer;
  beforeAll(() => {
    gazetteer = createGazetteer(ctx);
  }, 120_000);
  return (text, options = {}) => {
    const recognize = createPlaceRecognizer(ctx, gazetteer, { includeCountries: true, ...options });
    return recognize({ text, sentences: tokenize(text), countryHints: [], exclude: [] });
  };
}

export const placeTexts = (ms: Mention[]) => ms.map((m) => m.text);
export const foundPlace = (ms: Mention[], text: string) => ms.find((m) => m.text === text);
