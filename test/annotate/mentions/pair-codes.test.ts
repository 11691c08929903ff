// A reference to two actors ("they" for two senators) takes the codes its members were given after
// it was resolved: a country added to a bare role, never a different role or country.
import { describe, expect, it } from "vitest";
import { refreshPairCodes } from "../../../src/annotate/mentions/pair-codes.ts";
import type { Mention } from "../../../src/types.ts";

let offset = 0;
function mention(name: string, code: string | null, refersTo?: Mention["refersTo"]): Mention {
  offset += 10;
  return {
    start: offset,
    end: offset + 5,
    text: name,
    kind: "person",
    form: refersTo ? "pronoun" : "name",
    name,
    code,
    sentenceIndex: 0,
    ...(refersTo ? { refersTo } : {}),
  };
}

describe("references to two actors", () => {
  it("take the countries the document passes gave their members", () => {
    const they = mention("Roe and Doe", "LEG|LEG", [
      { name: "Roe", code: "LEG" },
      { name: "Doe", code: "LEG" },
    ]);
    const out = refreshPairCodes([mention("Roe", "USALEG"), mention("Doe", "USALEG"), they]);
    expect(out[2]!.code).toBe("USALEG|USALEG");
    expect(out[2]!.refersTo?.map((r) => r.code)).toEqual(["USALEG", "USALEG"]);
  });

  it("keep a member's code that a later mention would change to another role or country", () => {
    const they = mention("Roe and Doe", "USALEG|GBRGOV", [
      { name: "Roe", code: "USALEG" },
      { name: "Doe", code: "GBRGOV" },
    ]);
    const out = refreshPairCodes([mention("Roe", "FRALEG"), mention("Doe", "GBRMIL"), they]);
    expect(out[2]!.code).toBe("USALEG|GBRGOV");
  });

  it("read only mentions before them", () => {
    const they = mention("Roe and Doe", "LEG|LEG", [
      { name: "Roe", code: "LEG" },
      { name: "Doe", code: "LEG" },
    ]);
    const out = refreshPairCodes([they, mention("Roe", "USALEG")]);
    expect(out[0]!.code).toBe("LEG|LEG");
  });
});
