// Sense and modality checks of issue 9 §4–§5 (src/code/complement-sense.ts, clause-modality.ts,
// clause-scope.ts, data/verbs/cues.tsv): each suppression with the near case it must leave alone.
// Sentences written for this test.
import { describe, expect, it } from "vitest";
import { pipelineTriples } from "./fixture-triples.ts";

const { roots, triples } = pipelineTriples();

describe("a clause after a verb of a material act", () => {
  it("reads 'demonstrating how' as showing, not protesting", () => {
    expect(
      roots("The Kenyan senator staged a hoax, demonstrating how the president can say silly things."),
    ).toEqual([]);
  });
  it("still codes a demonstration against a government", () => {
    expect(roots("Thousands of students demonstrated against the Egyptian government in Cairo.")).toEqual([
      "14",
    ]);
  });
  it("codes 'charged that' as an accusation, not a charge", () => {
    // (The accused, the subject of the clause, is not yet taken as the target.)
    expect(triples("Kenyan prosecutors charged that the Ugandan minister had hidden the money.")).toEqual([
      "KENJUD>-:112",
    ]);
  });
});

describe("a reflexive compound", () => {
  it("does not code 'self-indicting words'", () => {
    expect(
      roots("The Kenyan minister left himself open to prosecution from his own self-indicting words."),
    ).toEqual([]);
  });
  it("still codes an indictment", () => {
    expect(roots("Kenyan prosecutors indicted the Ugandan minister on Monday.")).toEqual(["17"]);
  });
});

describe("asking a quoted question", () => {
  it("is no appeal", () => {
    expect(
      roots('"Will the government stay in our homes?" the Kenyan president asked the Ugandan envoy.'),
    ).toEqual([]);
  });
  it("still codes a request for an act", () => {
    expect(roots("The Kenyan president asked the Ugandan government to send troops.")).toEqual(["02"]);
  });
});

describe("a habit of the governing cue", () => {
  it("makes the governed act a custom ('have long refused to negotiate')", () => {
    expect(
      roots("The Taliban, who have long refused to negotiate with the Afghan government, said nothing."),
    ).toEqual([]);
  });
  it("still codes one refusal", () => {
    expect(roots("The Taliban refused to negotiate with the Afghan government on Monday.")).toEqual(["12"]);
  });
});

describe("conditions", () => {
  it("reads a present-tense when-clause as generic", () => {
    expect(
      roots("When the United States slaps tariffs on Chinese goods, Chinese exporters do not pay."),
    ).toEqual([]);
  });
  it("still codes a past when-clause", () => {
    expect(roots("When the United States imposed tariffs on Chinese goods, Chinese exporters paid.")).toEqual(
      ["16"],
    );
  });
  it("reads 'so long as' as a condition", () => {
    expect(
      roots("People gave up liberty so long as the Kenyan government promised them protection."),
    ).toEqual([]);
  });
  it("still codes a promise outside the condition", () => {
    expect(roots("The Kenyan government promised protection to the Somali refugees.")).toEqual(["03"]);
  });
});

describe("wanting an act", () => {
  it("leaves wanting to act oneself an intent", () => {
    expect(roots("The Kenyan government wants to send troops to Somalia.")).toEqual(["15"]);
  });
  it("codes no event for a wish not held", () => {
    expect(roots("Chinese President Xi does not want to send the army into Hong Kong.")).toEqual([]);
  });
  it("still codes a refused agreement as negated", () => {
    expect(roots("Chinese President Xi did not agree to send the army into Hong Kong.")).toEqual(["15"]);
  });
});

describe("an actor's acronym in brackets", () => {
  it("does not break the appeal that names the actor", () => {
    expect(
      triples(
        "The Palestinian envoy said they will ask the International Criminal Court (ICC) to investigate Israel.",
      ),
    ).toEqual(["PSEGOV>IGOICC:020"]);
  });
});

describe("asking about something", () => {
  it("is a question, not an appeal", () => {
    expect(roots("The Kenyan president asked the Ugandan envoy about the border dispute.")).toEqual([]);
  });
  it("still codes asking for help", () => {
    expect(roots("The Kenyan president asked the Ugandan government for help.")).toEqual(["02"]);
  });
});

describe("a modal before a quoted verb", () => {
  it("keeps the talks the verb opens the way to hypothetical", () => {
    expect(roots('The Kenyan president hoped the deal would "pave the way" for talks with Somalia.')).toEqual(
      [],
    );
  });
  it("still codes talks that were held", () => {
    expect(roots("The Kenyan president held talks with Somalia on Monday.")).toContain("04");
  });
});

describe("gunmen", () => {
  it("are criminals when the text names no side (CAMEO CRM, not the opposition's REB)", () => {
    expect(triples("Gunmen killed three Nigerian soldiers in Maiduguri on Monday.")).toEqual([
      "NGACRM>NGAMIL:180",
    ]);
  });
  it("leave rebels rebels", () => {
    expect(triples("Rebels killed three Nigerian soldiers in Maiduguri on Monday.")).toEqual([
      "REB>NGAMIL:190",
    ]);
  });
});

describe("a list of infinitives", () => {
  it("shares its first member's permission ('allowed to shoot somebody and kill them')", () => {
    expect(roots("Kenyan forces are allowed to shoot somebody and kill them, the minister said.")).toEqual(
      [],
    );
  });
  it("shares the noun its first member completes ('an imperative to topple a tyrant, defend Hezbollah')", () => {
    expect(
      roots("Activists see an imperative to topple a tyrant, defend Hezbollah, and strengthen the doctrine."),
    ).toEqual([]);
  });
  it("still codes a past verb after a governed infinitive", () => {
    expect(
      roots("Kenya decided to send troops to Somalia and attacked Somali militants on Monday."),
    ).toContain("19");
  });
});

describe("force by the media", () => {
  it("is words, not an assault ('bombarded by the media')", () => {
    expect(roots("The Kenyan minister was bombarded by the Kenyan media about the story.")).not.toContain(
      "18",
    );
  });
  it("leaves an armed source's bombardment force", () => {
    expect(roots("The Kenyan army bombarded Somali militants in Kismayo.")).toEqual(["19"]);
  });
});

describe("a speaker's 'would' after a past say verb (the sequence of tenses)", () => {
  it("reads 'said it would V' as the stated intent, as 'will'", () => {
    expect(triples("Kenya announced it would send food aid to Uganda.")).toEqual(["KEN>UGA:0333"]);
    expect(triples("The Kenyan government said it would hold talks with Uganda.")).toEqual([
      "KENGOV>UGA:036",
    ]);
  });
  it("leaves a present say verb, a condition and a counterfactual alone", () => {
    expect(roots("Kenya says it would hold talks with Uganda if asked.")).toEqual([]);
    expect(roots("Kenya says it would hold talks with Uganda.")).toEqual([]);
    expect(roots("Kenya is saying it would hold talks with Uganda.")).toEqual([]);
    expect(roots("Kenya said it would have sent food aid to Uganda.")).toEqual([]);
    expect(roots("Kenya said it would send food aid to Uganda if the rains failed.")).toEqual([]);
  });
});
