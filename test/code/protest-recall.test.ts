// Protests (CAMEO 14, issue 9 "recall"): whom a protest with no named target is against, and the
// phrasings of taking part in a demonstration or a strike. Sentences written for this test (whole
// pipeline); each names a kind of phrasing, not a sentence of any benchmark.
import { describe, expect, it } from "vitest";
import { protestTarget } from "../../src/code/protest-target.ts";
import { pipelineTriples } from "./fixture-triples.ts";

const { triples, roots } = pipelineTriples();
const actor = (code: string) => ({ code, name: code, start: 0, end: 1 });

describe("a protest that names no one is against the protesters' government", () => {
  it("gives a country's people's protest their government as target", () => {
    expect(protestTarget("141", actor("IRNOPP"), null)?.code).toBe("IRNGOV");
    expect(protestTarget("1412", actor("FRACVL"), null)?.code).toBe("FRAGOV");
    expect(triples("Thousands of Kenyan protesters marched through Nairobi on Friday.")).toContain(
      "KENOPP>KENGOV:141",
    );
  });
  it("leaves a named target, a state's protest, other roots and country-less sources alone", () => {
    expect(protestTarget("141", actor("IRNOPP"), actor("USAGOV"))).toBeNull();
    expect(protestTarget("144", actor("JOR"), null)).toBeNull();
    expect(protestTarget("144", actor("JORGOV"), null)).toBeNull();
    expect(protestTarget("141", actor("IRNMILOPP"), null)).toBeNull();
    expect(protestTarget("141", actor("OPP"), null)).toBeNull();
    expect(protestTarget("141", actor("NGOHRW"), null)).toBeNull();
    expect(protestTarget("111", actor("IRNOPP"), null)).toBeNull();
  });
  it("leaves a protest named by its noun alone (mostly background) without a target", () => {
    expect(
      triples("Wang was jailed after the army crushed demonstrations by Chinese students.").join(" "),
    ).not.toMatch(/CHNGOV:14/);
  });
  it("leaves a strike or a boycott (143) without a target: a walkout is mostly against an employer", () => {
    expect(protestTarget("143", actor("FRALAB"), null)).toBeNull();
  });
  it("leaves a sector's protest (students, workers, doctors) without a target: often against its institution", () => {
    expect(protestTarget("141", actor("FRALAB"), null)).toBeNull();
    expect(protestTarget("141", actor("KENEDU"), null)).toBeNull();
    expect(protestTarget("141", actor("KENEDUOPP"), null)).toBeNull();
    expect(triples("Kenyan protesters rallied against the Ugandan government.")).toContain(
      "KENOPP>UGAGOV:141",
    );
  });
});

describe("protests that break out", () => {
  it("codes a protest noun with a verb of occurrence as the place's people's protest", () => {
    expect(triples("Protests erupted across Iran on Saturday.")).toContain("IRNCVL>IRNGOV:141");
    expect(triples("Mass protests broke out in Sri Lanka.")).toContain("LKACVL>LKAGOV:141");
  });
  it("does not code a protest that may break out, or none", () => {
    expect(roots("Protests could erupt in Iran if prices rise.")).toEqual([]);
    expect(roots("No protests took place in Cairo on Friday.")).toEqual([]);
  });
});

describe("taking part in a protest or a strike", () => {
  it("codes joining or taking part in a demonstration (141)", () => {
    expect(roots("Thousands of Kenyan teachers joined a march in Nairobi.")).toEqual(["14"]);
    expect(roots("Hundreds of Chilean students took part in a protest in Santiago.")).toEqual(["14"]);
  });
  it("codes walking off the job and calling or joining a strike (143)", () => {
    expect(triples("Nigerian nurses walked off the job on Monday.")).toContain("NGAHLH>-:143");
    expect(roots("Kenyan doctors joined the strike on Tuesday.")).toEqual(["14"]);
  });
  it("does not read a military strike or a walk as a protest", () => {
    expect(roots("Kenyan troops joined the air strikes on the camp.")).not.toContain("14");
    expect(roots("The Kenyan president walked off the stage after the speech.")).toEqual([]);
    expect(roots("Kenyan protesters rallied support for the candidate.")).not.toContain("14");
  });
  it("codes picketing a place as a demonstration, not as showing it", () => {
    expect(roots("Kenyan activists picketed the Ugandan embassy.")).toEqual(["14"]);
  });
});
