// Kinds of company, news organisation and charity standing alone as actors (the generated
// actors/wordnet.organisations.agents.tsv, organisation-kinds.ts): a definite one is a body that
// acts; one that modifies the noun after it, or speaks of the kind in general, is none; and one
// kind is never another kind written before. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { annotatedMentions } from "../../helpers/annotate-text.ts";

const actors = (text: string, dateline: string | null = null) =>
  annotatedMentions(text, dateline)
    .filter((m) => ["person", "organization", "agent", "group"].includes(m.kind))
    .map((m) => `${m.text}=${m.code}`);

describe("kinds of organisation as actors", () => {
  it("codes a definite kind of company, with its possessor or modifiers between", () => {
    expect(actors("DENVER - Customers accused the utility of negligence.", "DENVER")).toContain(
      "utility=USABUS",
    );
    expect(actors("DENVER - The state's largest airline sued the city.", "DENVER")).toContain(
      "airline=USABUS",
    );
    expect(actors("DENVER - The troubled domestic automakers asked for loans.", "DENVER")).toContain(
      "automakers=USABUS",
    );
    expect(actors("DENVER - The charity criticised the plan.", "DENVER").join()).toMatch(/charity=\w*NGO/);
  });

  it("reads a kind before another noun as its modifier", () => {
    const found = actors("DENVER - The state's utilities regulators demanded answers.", "DENVER");
    expect(found.some((f) => f.startsWith("utilities"))).toBe(false);
    expect(found).toContain("regulators=USAGOV");
    expect(actors("DENVER - The utility bills rose again.", "DENVER")).toEqual([]);
  });

  it("codes no kind spoken of in general", () => {
    expect(actors("DENVER - Several polysilicon manufacturers cut output.", "DENVER")).toEqual([]);
  });

  it("does not take one kind of company for another named before", () => {
    const found = actors("DENVER - The airline sued the city. The automaker denied the claims.", "DENVER");
    expect(found).toContain("automaker=USABUS");
    expect(found.filter((f) => f.startsWith("airline"))).toHaveLength(1);
  });
});
