// Datelines and headlines in capitals, on text written for these tests: the place opening a
// dateline is a place (never an acronym or a team), and a team named by its town in the running
// text is that team again in an all-capital headline.
import { describe, expect, it } from "vitest";
import { annotatedMentions } from "../../helpers/annotate-text.ts";

const kindOf = (text: string, word: string, nth = 0) =>
  annotatedMentions(text, null).filter((m) => m.text === word)[nth]?.kind;

describe("datelines", () => {
  it("leaves the capitals opening a dateline to places, not to acronyms", () => {
    const text = "Council delays the vote.\n\nYUMA, Ariz. 2026-03-02\n\nThe council met on Monday.";
    expect(kindOf(text, "YUMA")).toBe("place");
  });

  it("reads a dateline with its date or its agency in brackets", () => {
    const text = "Talks resume.\n\nBRASOV (Reuters) - The talks resumed on Monday in the city.";
    expect(kindOf(text, "BRASOV")).not.toBe("organization");
  });

  it("does not take a headline listing names for a dateline", async () => {
    const { datelineTokens } = await import("../../../src/annotate/names/dateline-runs.ts");
    const line = (text: string) => {
      const tokens = [...text.matchAll(/[A-Za-z]+|\d[\d-]*|[^\sA-Za-z\d]/g)].map((m) => ({
        start: m.index!,
        end: m.index! + m[0].length,
        text: m[0],
        key: m[0].toLowerCase(),
      }));
      const input = { text, tokens, pos: [], sentenceOf: tokens.map(() => 0), headline: [], items: [] };
      return datelineTokens(input)
        .map((d, k) => (d ? tokens[k]!.text : ""))
        .filter(Boolean);
    };
    expect(line("HARRISON, EDWARDS TO MEET IN OSLO.")).toEqual([]);
    expect(line("CAMP MURRAY, Wash. 2026-01-05")).toEqual(["CAMP", "MURRAY", "Wash"]);
    expect(line("CRICKET - KENT TAKE OVER AT TOP.")).toEqual([]);
    expect(line("TALLINN 2026-01-05")).toEqual(["TALLINN"]);
  });
});

describe("teams in headlines", () => {
  it("finds a team named by its town in the running text again in the headline, not in the dateline", () => {
    const text =
      "RUGBY LEAGUE - WIGAN BEAT HALIFAX IN SEMIFINAL.\n\nWIGAN, England 2026-08-31\n\n" +
      "Result of the rugby league semifinal played on Saturday: Wigan 42 Halifax 36 Leeds 20 Hull 10";
    const ms = annotatedMentions(text, null).filter((m) => m.text === "WIGAN");
    expect(ms.map((m) => m.kind)).toEqual(["organization", "place"]);
  });
});
