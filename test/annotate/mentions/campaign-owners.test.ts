// A candidate's campaign acts for its owner ("The Roe campaign accused Doe", "Doe's campaign
// denied it"); a campaign that only describes a thing ("a Roe campaign bus") is no actor.
// Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { annotatedMentions } from "../../helpers/annotate-text.ts";

const TEXT =
  "DENVER - Senator Tamsin Orrell faces Governor Tom Harrow in the election. The Orrell campaign accused Harrow of lying. Harrow's campaign denied the charge. The senator left an Orrell campaign bus.";

const actors = (text: string) =>
  annotatedMentions(text, "DENVER")
    .filter((m) => m.kind === "organization" || m.kind === "person")
    .map((m) => `${m.text}=${m.code}:${m.kind}`);

describe("a campaign acts for its owner", () => {
  it("stretches the owner's mention over 'campaign' with the owner's code", () => {
    expect(actors(TEXT)).toEqual(
      expect.arrayContaining([
        "Orrell campaign=USALEG:organization",
        "Harrow's campaign=USAGOV:organization",
      ]),
    );
  });
  it("leaves a campaign that describes the noun after it", () => {
    const found = actors(TEXT);
    expect(found).toContain("Orrell=USALEG:person");
    expect(found.some((a) => a.startsWith("Orrell campaign bus"))).toBe(false);
  });
  it("makes no owner of a name without a code", () => {
    expect(actors("The Sunshine campaign raised money.").some((a) => a.includes("campaign"))).toBe(false);
  });
});
