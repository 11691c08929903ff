// Constructions of roots 10-12 and 16 (issue 9; sentences written for this test, fixture actors):
// the one accused in an allegation's or complaint's that-clause (also when the tagger reads the
// verb as an adjective, and the possessor of the clause's subject), the target a criticism's
// ", saying ..." speech names, rejecting what another actor asked for (12, not a denial) and
// turning down a request for comment (011), a court handing down a sentence, "under fire" from a
// speaker who bears no arms (censure, not force), and labels in the frame "VERB + object + as"
// (describe, portray, cast).

import { describe, expect, it } from "vitest";
import { fixtureCoder } from "./fixture-annotate.ts";

const codeText = fixtureCoder();
const coded = (text: string) =>
  codeText(text).map((e) => `${e.source.code}>${e.target?.code ?? "-"}:${e.cameo.code}`);

describe("accusations in a that-clause", () => {
  it("accuses the clause's subject also when the past form is tagged as an adjective", () => {
    expect(coded("Britain alleged that Russia had interfered in the referendum.")).toContain("GBR>RUS:112");
  });
  it("accuses the possessor of the clause's subject, and takes complaints the same way", () => {
    expect(coded("Britain alleged that Russia's envoy with his staff had lied.")).toContain("GBR>RUS:112");
    expect(coded("Kenya complained that Somali rebels had crossed the border.")).toContain("KEN>SOMREB:114");
  });
  it("names no one accused when the clause opens with no actor", () => {
    expect(coded("Britain alleged that the referendum had been rigged.")).not.toContain("GBR>RUS:112");
  });
});

describe("the speech after a criticism names whom it is aimed at", () => {
  it("takes the subject of a clause in ', saying ...' as the target", () => {
    expect(coded("France criticised the decision, saying Germany had acted recklessly.")).toEqual([
      "FRA>DEU:111",
    ]);
  });
  it("not an actor in a forecast, nor the speaker itself", () => {
    expect(coded("France criticised the decision, saying French farmers would suffer.")).toEqual([
      "FRA>-:111",
    ]);
    expect(coded("France criticised the decision, saying France had warned against it.")).toEqual([
      "FRA>-:111",
    ]);
  });
});

describe("rejecting what another actor asked for", () => {
  it("is a rejection (12) aimed at the one who asked, not a denial (016)", () => {
    expect(coded("Iran rejected the demands of the United States.")).toEqual(["IRN>USA:120"]);
    expect(coded("China rebuffed the request by Japan.")).toContain("CHN>JPN:120");
  });
  it("reads turning down a request for comment as declining comment (011), not a rejection", () => {
    expect(coded("The Russian embassy declined a request for comment.")).toEqual(["RUS>-:011"]);
    expect(coded("China rebuffed the request by Japan to hold talks.")).not.toContain("CHN>JPN:011");
  });
  it("leaves rejecting an accusation a denial", () => {
    expect(
      coded("Iran rejected the accusations by the United States that it armed the rebels."),
    ).not.toContain("IRN>USA:120");
  });
});

describe("a court handing down a sentence", () => {
  it("codes the sentence (116) on the one it is imposed on", () => {
    expect(coded("A Kenyan court handed down death sentences to two Somali rebels.")).toEqual([
      "KEN>SOMREB:116",
    ]);
    expect(coded("A Kenyan court imposed a ten-year sentence on two Somali rebels.")).toEqual([
      "KEN>SOMREB:116",
    ]);
  });
  it("needs someone sentenced: a verdict handed down on a day is none", () => {
    expect(coded("The Kenyan court handed down its verdict on Monday.")).toEqual([]);
  });
});

describe("under fire from a speaker", () => {
  it("is censure (111) when the doer bears no arms", () => {
    expect(coded("Israel has come under fire from the United Nations over the settlements.")).toEqual([
      "IGOUNO>ISR:111",
    ]);
    expect(coded("France came under fire from the United Nations.")).toEqual(["IGOUNO>FRA:111"]);
  });
  it("stays force when the doer bears arms or is a bare country", () => {
    expect(coded("Kenyan troops came under fire from Somali rebels.")).toEqual(["SOMREB>KENMIL:190"]);
    expect(coded("The convoy came under attack from Syria.")[0] ?? "").not.toMatch(/:111$/);
  });
});

describe("labels with as", () => {
  it("reads describe/portray/cast + actor + as + negative words as criticism", () => {
    expect(coded("Germany described the Russian decision as reckless.")).toContain("DEU>RUS:111");
    expect(
      coded("The Russian foreign ministry portrayed the American move as a dangerous provocation."),
    ).toContain("RUSGOV>USA:111");
  });
  it("does not read portray or cast without as, nor praise as criticism", () => {
    expect(coded("The Russian foreign ministry portrayed the American move in a dangerous light.")).toEqual(
      [],
    );
    expect(coded("Germany described the Russian decision as wise and generous.")).not.toContain(
      "DEU>RUS:111",
    );
  });
});
