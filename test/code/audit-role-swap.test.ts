// bench/audit's lenient tuple match compares countries only when gold names one, so within one
// country it could not tell the party that acted from the one acted on: "USACVL -> USAGOV" passed
// for gold "USAGOV -> USACVL". roleSwapped refuses such an emission; roles that merely differ
// from gold (or a side with no role) stay lenient.
import { describe, expect, it } from "vitest";
import { type ScoredEmission, sameEvent } from "../../bench/audit/audit-score.ts";

const countries = new Set(["USA", "GBR"]);
const emission = (source: string, target: string | null, root = "17"): ScoredEmission => ({
  cameo: { root },
  negated: false,
  source: { code: source },
  target: target === null ? null : { code: target },
});
const gold = (source: string, target: string) => ({ code: "173", root: "17", source, target });

describe("the audit's lenient tuple match", () => {
  it("refuses a role swap within one country", () => {
    const g = gold("USACOP", "USACVL");
    expect(sameEvent(g, emission("USACVL", "USACOP"), "lenient", countries)).toBe(false);
    // One side naming the other party is enough: the victim as the doer, the target unplaced.
    expect(sameEvent(g, emission("USACVL", "USA"), "lenient", countries)).toBe(false);
    expect(sameEvent(g, emission("USA", "USACOP"), "lenient", countries)).toBe(false);
  });

  it("stays lenient on roles that only differ, on bare countries and across countries", () => {
    const g = gold("USACOP", "USACVL");
    expect(sameEvent(g, emission("USACOP", "USACVL"), "lenient", countries)).toBe(true);
    expect(sameEvent(g, emission("USAGOV", "USA"), "lenient", countries)).toBe(true);
    expect(sameEvent(g, emission("USA", "USA"), "lenient", countries)).toBe(true);
    // Across countries the country match alone already decides.
    expect(sameEvent(gold("GBRCOP", "USACVL"), emission("GBRCVL", "USACOP"), "lenient", countries)).toBe(
      true,
    );
    expect(sameEvent(gold("GBRCOP", "USACVL"), emission("USACOP", "GBRCVL"), "lenient", countries)).toBe(
      false,
    );
    // Same roles on both gold sides: no side can be the other by role.
    expect(sameEvent(gold("USAGOV", "USAGOV"), emission("USAGOV", "USAGOV"), "lenient", countries)).toBe(
      true,
    );
  });
});
