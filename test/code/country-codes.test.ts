// One answer to "which country is this actor of" across the coder: an ISO 3166 country (or Kosovo)
// that opens the code. A group's code ("HMS" Hamas, "TAL" the Taliban), a bare role ("GOV"), an
// IGO or an NGO is no country. (Before, src/code/clause-scope.ts read any three capitals as one.)
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sameCountry } from "../../src/code/clause-scope.ts";
import { leadingCountry } from "../../src/code/country-codes.ts";
import { mergeRepeatedEvents } from "../../src/code/event-merge.ts";
import { loadCoderDictionaries } from "../../src/code/index.ts";
import type { CodedEvent } from "../../src/types.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const actor = (code: string) => ({ code, name: code, start: 0, end: 0 });
const event = (code: string, source: string, target: string) =>
  ({
    cameo: { code, root: code.slice(0, 2) },
    source: actor(source),
    target: actor(target),
  }) as unknown as CodedEvent;

describe("country codes", () => {
  it("reads the country an actor code opens with, only when it is a country", () => {
    expect(leadingCountry("AFGCOP")).toBe("AFG");
    expect(leadingCountry("XKXGOV")).toBe("XKX");
    expect(leadingCountry("HMSMIL")).toBeNull();
    expect(leadingCountry("NGOMED")).toBeNull();
    expect(leadingCountry("GOV")).toBeNull();
  });

  it("keeps two acts on two NGOs apart: the NGO prefix is no country they share", () => {
    const { ontology } = loadCoderDictionaries(join(ROOT, "data"));
    // "Kenya criticised Oxfam and condemned MSF": a generic 110 beside a 111 folds away only
    // when both targets are one country's.
    const ngos = mergeRepeatedEvents(
      [event("110", "KEN", "NGOXFM"), event("111", "KEN", "NGOMED")],
      ontology,
    );
    expect(ngos.map((e) => e.target!.code)).toEqual(["NGOXFM", "NGOMED"]);
    const state = mergeRepeatedEvents(
      [event("110", "KEN", "UGAGOV"), event("111", "KEN", "UGAMIL")],
      ontology,
    );
    expect(state.map((e) => e.target!.code)).toEqual(["UGAMIL"]);
  });

  it("pairs actors as one side through a country or a group, never through an IGO or NGO prefix", () => {
    expect(sameCountry(actor("USA"), actor("USAMIL"))).toBe(true);
    expect(sameCountry(actor("HMS"), actor("HMSMIL"))).toBe(true);
    expect(sameCountry(actor("IGOUNO"), actor("IGOEUR"))).toBe(false);
    expect(sameCountry(actor("NGOXFM"), actor("NGOMED"))).toBe(false);
  });
});
