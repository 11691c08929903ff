// Cooperative constructions of issue 9, roots 01-08 (sentences written for this test, fixture
// actors): stated support, one-sided ceasefires, captives named by their capture, money and loans
// given or offered, aspect verbs that scale an act, comments on what will happen, denials of one's
// own act (with no object taken from the denied clause, and the speaker's own side as no target),
// declining to comment, and gerunds after a possessive 's.

import { describe, expect, it } from "vitest";
import { fixtureCoder } from "./fixture-annotate.ts";

const codeText = fixtureCoder();
const coded = (text: string) =>
  codeText(text).map((e) => `${e.source.code}>${e.target?.code ?? "-"}:${e.cameo.code}`);

describe("diplomatic cooperation (05) and yielding (08)", () => {
  it("codes support expressed with a word between the verb and the noun", () => {
    expect(coded("Egypt expressed its full support for Sudan.")).toContain("EGY>SDN:051");
    // Must not fire: support that is asked for, not expressed.
    expect(coded("Egypt asked for support from Sudan.").some((c) => c.endsWith(":051"))).toBe(false);
  });
  it("codes a ceasefire one side declares or accepts, with no other side named", () => {
    expect(coded("Russia declared a ceasefire on Friday.")).toContain("RUS>-:0871");
    expect(coded("Israel agreed to a truce with Egypt.")).toContain("ISR>EGY:0871");
    // Must not fire: a ceasefire only mentioned, with no act of an actor.
    expect(coded("The ceasefire in Syria was fragile.")).toEqual([]);
  });
  it("reads people named by their capture as captives released", () => {
    expect(coded("Iran released the detained Japanese sailors.")).toContain("IRN>JPN:0841");
    // Must not fire: a release of no people ("released the report").
    expect(coded("Iran released the report on Monday.")).toEqual([]);
  });
});

describe("aid (07) and the intent to give it (03)", () => {
  it("codes money given to an actor as economic aid", () => {
    expect(coded("Japan provided 50 million dollars to Ethiopia.")).toContain("JPN>ETH:071");
    expect(coded("Qatar gave $2 billion to Egypt.")).toContain("QAT>EGY:071");
    // Must not fire: money given with no actor receiving it.
    expect(coded("Japan provided 50 million dollars for roads.").some((c) => c.endsWith(":071"))).toBe(false);
  });
  it("codes a loan approved as aid and a loan offered as the intent to give it (0331)", () => {
    expect(coded("China approved a loan to Pakistan.")).toContain("CHN>PAK:071");
    expect(coded("China offered Pakistan a loan of $2 billion.")).toContain("CHN>PAK:0331");
  });
  it("codes an act scaled up by an aspect verb under an intent cue as that intent", () => {
    expect(coded("Germany vowed to increase its humanitarian assistance to Syria.")).toContain("DEU>SYR:033");
  });
});

describe("agreeing together on an act no pattern codes (030)", () => {
  it("codes the parties' intent to cooperate, both ways", () => {
    expect(coded("Egypt and Sudan agreed to reopen their border.")).toEqual(["EGY>SDN:030", "SDN>EGY:030"]);
  });
  it("codes an agreement reached on an act still to be done as that intent, not a signed agreement", () => {
    expect(coded("Egypt and Sudan reached an agreement to expand economic cooperation.")).toEqual([
      "EGY>SDN:030",
      "SDN>EGY:030",
    ]);
    // Must not fire: an agreement reached with no act after it stays 057.
    expect(coded("Egypt and Sudan reached an agreement on trade.")).toContain("EGY>SDN:057");
  });
  it("leaves a coded act to its own intent code, and one party alone to nothing", () => {
    expect(coded("China and Japan agreed to hold joint exercises.")).not.toContain("CHN>JPN:030");
    // Must not fire: one actor agreeing to an act ("agreed to buy") names no cooperation.
    expect(coded("Egypt agreed to buy wheat.")).toEqual([]);
  });
});

describe("statements (01)", () => {
  it("codes a comment on what will happen as optimistic or pessimistic", () => {
    expect(coded("The Iranian government is hopeful that the talks with Germany will succeed.")).toContain(
      "IRNGOV>DEU:013",
    );
    // Must not fire: the same words about no matter, and a comment on another's future act.
    expect(coded("Egypt is hopeful.")).toEqual([]);
    expect(
      coded("The Kenyan minister is confident that Ugandan officials will cooperate with Nairobi."),
    ).toEqual([]);
  });
  it("codes a denial of one's own act with no object taken from the denied clause", () => {
    expect(coded("The Turkish government denied having contacts with Syrian rebels.")).toEqual([
      "TURGOV>-:016",
    ]);
  });
  it("keeps a statement about the speaker's own side, to no target", () => {
    expect(coded("The Pakistani army denied that Pakistani troops had crossed the border.")).toContain(
      "PAKMIL>-:016",
    );
  });
  it("codes declining to reveal and having no comment as 011", () => {
    expect(coded("The Egyptian foreign ministry declined to reveal the details.")).toContain("EGYGOV>-:011");
    expect(coded("The Egyptian foreign ministry had no immediate comment.")).toContain("EGYGOV>-:011");
  });
});

describe("a gerund after a possessive 's", () => {
  it("is no verb of its own", () => {
    expect(coded("A Chinese poll before the treaty's signing showed doubts.")).toEqual([]);
    // Must still fire: the same verb as a verb, and an act noun naming its undergoer.
    expect(coded("Iran and Iraq are signing a treaty.")).toContain("IRN>IRQ:057");
  });
});
