import { describe, expect, it } from "vitest";
import {
  firstWordOf,
  isAcronymText,
  toNameKey,
  wordCountOf,
} from "../../../src/annotate/gazetteer/name-key.ts";

describe("toNameKey", () => {
  it("drops case, diacritics and a leading 'the'", () => {
    expect(toNameKey("São Paulo")).toBe("sao paulo");
    expect(toNameKey("Ürümqi")).toBe("urumqi");
    expect(toNameKey("The Gambia")).toBe(toNameKey("Gambia"));
  });

  it("maps Saint/Mount on one word too, and never answers an object's built-in member", () => {
    expect(toNameKey("Saint")).toBe("st");
    expect(toNameKey("Constructor")).toBe("constructor");
    expect(toNameKey("Saint Louis")).toBe(toNameKey("St. Louis"));
  });

  it("joins initials so dotted and plain acronyms meet", () => {
    expect(toNameKey("U.S.")).toBe("us");
    expect(toNameKey("US")).toBe("us");
    expect(toNameKey("Washington, D. C.")).toBe(toNameKey("Washington DC"));
  });

  it("treats hyphens as spaces and Saint as St", () => {
    expect(toNameKey("Guinea-Bissau")).toBe("guinea bissau");
    expect(toNameKey("Saint Louis")).toBe(toNameKey("St. Louis"));
  });

  it("drops apostrophes, so transliterations meet", () => {
    expect(toNameKey("People’s Republic of China")).toBe(toNameKey("People's Republic of China"));
    expect(toNameKey("Sana'a")).toBe(toNameKey("Sanaa"));
    expect(toNameKey("Kramators’k")).toBe(toNameKey("Kramatorsk"));
  });
});

describe("key helpers", () => {
  it("finds the first word and counts words", () => {
    expect(firstWordOf("new south wales")).toBe("new");
    expect(firstWordOf("texas")).toBe("texas");
    expect(wordCountOf("new south wales")).toBe(3);
    expect(wordCountOf("texas")).toBe(1);
  });

  it("tells acronyms from words", () => {
    expect(isAcronymText("U.S.")).toBe(true);
    expect(isAcronymText("NSW")).toBe(true);
    expect(isAcronymText("Us")).toBe(false);
    expect(isAcronymText("Nairobi")).toBe(false);
  });
});
