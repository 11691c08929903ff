// Emissions the sentence does not assert between actors CAMEO codes (src/code/assertion-checks.ts,
// the attributive participle of match-select.ts, public advice in role-sense-checks.ts). Every
// sentence was written for this test; each check has a control where the event is still coded.
import { describe, expect, it } from "vitest";
import { isSportReport } from "../../src/code/assertion-checks.ts";
import { pipelineTriples } from "./fixture-triples.ts";

const { triples, roots } = pipelineTriples();

describe("examinations by private parties", () => {
  it("drops an examination by a private party", () => {
    expect(roots("A Kenyan company launched an investigation into the fraud.")).toEqual([]);
  });
  it("keeps an investigation by the police", () => {
    expect(roots("Kenyan police launched an investigation into the fraud.")).toEqual(["09"]);
  });
});

describe("statements of private parties", () => {
  it("drops an opinion voiced by private people to no one", () => {
    expect(roots("Local residents welcomed the new road.")).toEqual([]);
    expect(roots("Local farmers are pondering a switch to organic seed.")).toEqual([]);
  });
  it("keeps the same statement by a government, and a private person's plea", () => {
    // (Welcoming an act is an endorsement, CAMEO 051: welcome.v.1 "accept gladly".)
    expect(roots("The Kenyan government welcomed the new road.")).toEqual(["05"]);
    expect(triples("A Kenyan man pleaded guilty to fraud.")).toEqual(["KENCVL>-:015"]);
  });
});

describe("verbs of judging with a predicate", () => {
  it("reads 'consider X a Y' and 'consider X to be Y' as a judgement, not a policy considered", () => {
    expect(roots("The French government considers the new vaccine a top priority.")).toEqual([]);
    expect(roots("The Japanese cabinet considered the old treaty to be obsolete.")).toEqual([]);
  });
  it("keeps 'consider' with a plain object", () => {
    expect(roots("The French government considered new tariffs on steel.")).toEqual(["01"]);
    expect(triples("The Indian government is considering sanctions against Pakistan.")).toEqual([
      "INDGOV>PAK:014",
    ]);
  });
});

describe("an act completing a denied noun", () => {
  it("drops what there was no order, request or means to do", () => {
    expect(roots("The Spanish prime minister gave no order to withdraw the troops from Mali.")).toEqual([]);
    expect(roots("There was no request from Chad to send troops to Niger.")).toEqual([]);
    expect(roots("Kenya made no effort to urge Uganda to investigate the killings.")).toEqual([]);
  });
  it("keeps an order that was given", () => {
    expect(roots("The Spanish prime minister withdrew the troops from Mali.")).toEqual(["08"]);
  });
});

describe("signing a document of one's own side", () => {
  it("drops a bare 'sign' whose object is no pact", () => {
    expect(roots("The US president signed an executive order on immigration.")).toEqual([]);
    expect(roots("The Mexican president signed the budget bill on Friday.")).toEqual([]);
  });
  it("keeps the signing of an agreement", () => {
    expect(triples("The US president signed a trade agreement with Mexico.")).toContain("USAGOV>MEX:057");
  });
});

describe("a charge that opens a claim", () => {
  it("reads 'charged that' as an accusation", () => {
    expect(roots("Kenyan farmers charged that the Ugandan government had poisoned the river.")).toEqual([
      "11",
    ]);
  });
  it("keeps a charge brought against someone", () => {
    expect(roots("Kenyan police charged the Ugandan minister with fraud.")).toEqual(["17"]);
  });
});

describe("conditions above the trigger", () => {
  it("reads an infinitive under a conditioned verb as hypothetical", () => {
    expect(
      roots("If the French president asks the army to deploy troops to Mali, the senate will object."),
    ).toEqual([]);
  });
  it("keeps the unconditioned act", () => {
    expect(roots("The French president asked the army to deploy troops to Mali.")).toContain("02");
  });
});

describe("expectations of the future", () => {
  it("drops what a speaker hopes or trusts another will do", () => {
    expect(
      roots("The Kenyan minister is confident that Ugandan officials will cooperate with Nairobi."),
    ).toEqual([]);
    expect(roots("Kenyan teachers hope the Ugandan government will recognise their union.")).toEqual([]);
  });
  it("keeps a future act the actor announces", () => {
    expect(roots("The Kenyan government will cooperate with Uganda.")).toContain("03");
  });
});

describe("reduced passives with 'as'", () => {
  it("drops the act when the actor before the participle is the one named", () => {
    expect(roots("The court heard a Kenyan farmer praised as a hero by his village.")).not.toContain("05");
  });
  it("keeps the active verb", () => {
    expect(roots("The Kenyan president praised the farmer as a hero.")).toContain("05");
  });
});

describe("need and obligation", () => {
  it("drops what an actor is said to need to do", () => {
    expect(roots("The Kenyan government said Uganda needed to investigate the killings.")).toEqual([]);
  });
  it("keeps what the actor did", () => {
    expect(roots("The Kenyan government said Uganda investigated the killings.")).toEqual(["09"]);
  });
});

describe("participles that describe someone", () => {
  it("drops a participle between a preposition or article and the noun it modifies", () => {
    expect(roots("The court heard a suit filed by ousted Thai prime minister Somchai.")).toEqual([]);
  });
  it("keeps the finite verb", () => {
    expect(roots("The Thai army ousted the prime minister.")).toEqual(["16"]);
  });
});

describe("public advice", () => {
  it("drops a warning to the public to do something", () => {
    expect(roots("Kenyan police warned residents to stay indoors.")).toEqual([]);
  });
  it("keeps a warning to an actor as an appeal", () => {
    expect(triples("The Kenyan government warned Uganda to withdraw its soldiers.")).toContain(
      "KENGOV>UGA:020",
    );
  });
});

describe("contests in sports reports", () => {
  const report = (line: string) =>
    `${line} It was the last fixture of the season. The coach praised the defender after the match.`;
  it("drops a win told with a score in a sports report", () => {
    expect(roots(report("Brazil beat Argentina 2-1 in Buenos Aires."))).toEqual([]);
  });
  it("keeps force between armed sides even in a sports report", () => {
    expect(roots(report("Russian troops attacked Ukrainian soldiers near the stadium."))).toContain("19");
  });
  it("keeps force in a report that is not about sport", () => {
    expect(roots("Russia attacked Ukraine 2-1 hours after the talks failed.")).toContain("19");
  });
  it("counts different words of sport", () => {
    const words = new Set(["match", "goal", "coach"]);
    expect(isSportReport(["match", "match", "goal"], words)).toBe(false);
    expect(isSportReport(["match", "goal", "coach"], words)).toBe(true);
  });
});
