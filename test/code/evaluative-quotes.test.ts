// Evaluative reported speech (issue 9): comments that come before their speaker ('"…," the
// minister said'; src/code/quoted-evaluation.ts), praise in plainly positive words, labels, and
// criticism received with its doer as the noun's modifier ("faced sharp Chinese criticism").
// Sentences written for this test, fixture actors; each mechanism has cases it must not fire on.
import { describe, expect, it } from "vitest";
import { fixtureTriples } from "./fixture-triples.ts";

const coded = fixtureTriples(4, "2024-05-01T00:00:00Z");
const roots = (text: string, root: string) =>
  coded(text).filter((e) => e.endsWith(`:${root}`) || e.split(":")[1]!.startsWith(root));

describe("a comment before its speaker (fronted complement)", () => {
  it("codes criticism from the speaker named after the quotation to the actor it is about", () => {
    expect(
      coded(
        '"The Iranian government has behaved recklessly and dangerously," the French foreign minister said.',
      ),
    ).toContain("FRAGOV>IRNGOV:111");
    expect(coded('"Russia\'s policy is dangerous and illegal," said the German foreign minister.')).toContain(
      "DEUGOV>RUS:111",
    );
    // Without quotation marks, closed by a comma.
    expect(coded("The Kenyan plan is illegal and irresponsible, the Somali president said.")).toContain(
      "SOMGOV>KEN:111",
    );
  });
  it("codes praise in plainly positive words that say what the actor is", () => {
    expect(
      coded('"Germany\'s leadership was excellent and admirable," the Polish prime minister said.'),
    ).toContain("POLGOV>DEU:051");
  });
  // (Self-praise, "France was brave," the French president said, is dropped with every dyad of a
  // state and its own organs: clause-pairs.ts.)
  it("leaves neutral, negated, predicted and self-referring comments alone", () => {
    expect(coded('"The Iranian delegation arrived on Monday," the French foreign minister said.')).toEqual(
      [],
    );
    expect(coded('"Israel is not a threat," the Egyptian foreign minister said.')).toEqual([]);
    expect(
      roots('"Iran could face a terrible and dangerous crisis," the French president said.', "11"),
    ).toEqual([]);
    expect(coded('"France was brave and wonderful," the French president said.')).toEqual([]);
  });
  it("leaves a fronted quotation that reports an event to that event", () => {
    expect(
      roots(
        '"Syrian troops attacked the town and killed civilians," the Turkish foreign minister said.',
        "11",
      ),
    ).toEqual([]);
  });
});

describe("praise and its limits (complement after the verb)", () => {
  it("codes praise of an actor described in positive words", () => {
    expect(coded("Egypt said Ethiopia was a good and trusted neighbour.")).toContain("EGY>ETH:051");
  });
  it("does not read an actor's doings or feelings in pleasant words as praise", () => {
    expect(
      roots("Egypt said the Ethiopian army was looking for an adventure and was very happy.", "05"),
    ).toEqual([]);
    expect(roots("Egypt said Sudanese officials love good food.", "05")).toEqual([]);
  });
});

describe("labels", () => {
  it("one strongly negative word in a label is a criticism", () => {
    expect(coded('India called the Pakistani statement "irresponsible".')).toContain("IND>PAK:111");
  });
  it("ends the label at the next clause", () => {
    expect(
      roots("The UN called China a pillar of the system, but said trade wars are always bad.", "11"),
    ).toEqual([]);
  });
});

describe("criticism or praise received, with the doer as the noun's modifier", () => {
  it("codes the modifier's act against the subject", () => {
    expect(coded("Japan faced sharp Chinese criticism over the visit.")).toContain("CHN>JPN:111");
    expect(coded("Germany drew Russia's condemnation for the decision.")).toContain("RUS>DEU:111");
    expect(coded("Kenya drew Somali praise for the agreement.")).toContain("SOM>KEN:051");
  });
  it("codes nothing when no doer is named, or the from-phrase belongs to another clause", () => {
    expect(roots("Kenya faced criticism over the new law.", "11")).toEqual([]);
    expect(roots("The Kenyan slogan drew criticism and was dropped from the Somali campaign.", "11")).toEqual(
      [],
    );
  });
});

describe("an obligation put on another actor in reported speech (obligation-speech.ts)", () => {
  it("reads 'must' as a demand and 'should' as an appeal, specific when the act asked is coded", () => {
    expect(coded("Germany said Russia must withdraw its troops from Ukraine.")).toContain("DEU>RUS:1056");
    expect(coded("The Chinese foreign ministry said Japan must stop interfering.")).toContain(
      "CHNGOV>JPN:100",
    );
    expect(coded("The UN said Israel should halt construction.")).toContain("IGOUNO>ISR:020");
    expect(
      coded('"Russia must withdraw its troops from Ukraine," the German foreign minister said.'),
    ).toContain("DEUGOV>RUS:1056");
  });
  it("codes a demand between bodies of one country", () => {
    expect(coded("The Kenyan opposition said the Kenyan government must resign.")).toContain(
      "KENOPP>KENGOV:100",
    );
  });
  it("codes a demand to refrain at the parent level", () => {
    expect(coded("Germany said Russia must not attack Ukraine.")).toContain("DEU>RUS:100");
  });
  it("leaves passives, pronoun subjects and the speaker's own country alone", () => {
    expect(roots("Germany said Iran must be held accountable.", "10")).toEqual([]);
    expect(roots("The German foreign minister said we must protect our borders.", "10")).toEqual([]);
    expect(roots("The German foreign minister said Germany must protect its borders.", "10")).toEqual([]);
  });
  it("wants the actor itself as the subject, not something it owns", () => {
    expect(roots("Germany said Russia's economy must grow faster.", "10")).toEqual([]);
  });
});

describe("the topic of a reaction names its target (speech-topic.ts)", () => {
  it("takes the actor opening an about/over/of phrase", () => {
    expect(coded("Kenya complained about Somali incursions.")).toContain("KEN>SOM:114");
    expect(coded("Germany complained bitterly over Russia's decision.")).toContain("DEU>RUS:114");
  });
  it("not for a time phrase, nor for the reason of a lawsuit", () => {
    expect(coded("Kenya complained over the weekend.")).toEqual(["KEN>-:114"]);
    expect(coded("Kenya sued the company over Somali imports.").some((e) => e.startsWith("KEN>SOM"))).toBe(
      false,
    );
  });
});

describe("a stated feeling about another actor (feeling-speech.ts)", () => {
  it("codes disapproval (110) and approval (051) from the one who feels to the actor felt about", () => {
    expect(coded("The Kenyan government is frustrated with the Somali authorities.")).toContain(
      "KENGOV>SOM:110",
    );
    expect(coded("Egypt is angry at Ethiopia.")).toContain("EGY>ETH:110");
    expect(coded("The French president was pleased with Germany's response.")).toContain("FRAGOV>DEU:051");
  });
  it("leaves passives of acts, properties, negated feelings and feelings about no actor alone", () => {
    expect(roots("Kenyan soldiers were injured by Somali gunmen.", "11")).toEqual([]);
    expect(roots("Kenyan troops were defeated by the Somali army.", "11")).toEqual([]);
    expect(roots("Germany is popular with Russian tourists.", "05")).toEqual([]);
    expect(roots("The Kenyan president was not pleased with Somalia.", "05")).toEqual([]);
    expect(coded("The Kenyan president was frustrated with the weather.")).toEqual([]);
  });
});
