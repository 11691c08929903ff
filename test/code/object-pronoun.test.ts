// "her" is a possessive determiner before a noun and the object pronoun elsewhere: "arrested her"
// names the person arrested, "praised her courage" names no party. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { pipelineTriples } from "./fixture-triples.ts";

describe("'her' as the object of an event", () => {
  const { triples } = pipelineTriples();

  it("takes 'arrested her' as the person named before", () => {
    const out = triples(
      "Kenyan police arrested Mary Kamau on Monday and later charged her with fraud in a court in Nairobi.",
    );
    expect(out).toContain("KENCOP>KEN:173");
    const after = triples(
      "Grace Otieno was found in Nairobi on Monday. The last call on her phone came from a friend, after which Kenyan police arrested her and her friend.",
    );
    expect(after.some((t) => /^KENCOP>KEN[A-Z]*:173/.test(t))).toBe(true);
  });

  it("still reads 'her' before a noun as a possessive, not a party", () => {
    const out = triples("Kenya's president praised her courage in Nairobi on Monday.");
    expect(out.every((t) => !/>KEN:/.test(t))).toBe(true);
  });
});
