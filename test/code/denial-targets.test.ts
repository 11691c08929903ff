// A denial of a back-referring accusation ("rejected these accusations") is aimed at whoever made
// the accusation an earlier sentence told (src/code/denial-targets.ts). Sentences written for
// this test; the whole pipeline with the annotator's actors.
import { describe, expect, it } from "vitest";
import { pipelineTriples } from "./fixture-triples.ts";

const { triples } = pipelineTriples();

describe("a denial answers the accusation told before it", () => {
  it("takes the accusers of the denier in an earlier sentence as its targets", () => {
    const out = triples(
      "On Monday the Iranian and Syrian foreign ministries accused Turkish troops of shelling villages. " +
        "Ankara's defence ministry rejected these accusations on Tuesday.",
    );
    const denials = out.filter((t) => t.endsWith(":016"));
    expect(denials.length).toBeGreaterThan(0);
    expect(denials.every((t) => /^TUR\w*>(IRN|SYR)/.test(t))).toBe(true);
  });
  it("leaves a denial with no back-referring noun, or with no earlier accusation, without a target", () => {
    const fresh = triples("Ankara's defence ministry rejected the accusations on Tuesday.");
    expect(fresh.filter((t) => t.endsWith(":016")).every((t) => t.includes(">-:"))).toBe(true);
    // An earlier act against someone else is no accusation of the denier.
    const other = triples(
      "On Monday Iran accused Saudi Arabia of funding militants. " +
        "Ankara's defence ministry rejected the accusations on Tuesday.",
    );
    expect(other.filter((t) => t.endsWith(":016")).every((t) => t.includes(">-:"))).toBe(true);
  });
});
