// A rank before any office ("Assistant Secretary of State", "Deputy Sheriff", "Acting President")
// holds the office's role, and a country whose data lists two demonyms in one string ("Bosnian,
// Herzegovinian") has both. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { annotatedMentions } from "../../helpers/annotate-text.ts";

const actors = (text: string) =>
  annotatedMentions(text)
    .filter((m) => m.kind !== "date" && m.kind !== "place")
    .map((m) => `${m.text}=${m.code}`);

describe("a rank before an office", () => {
  it("gives the office's role and the country before it", () => {
    expect(actors("The envoy met U.S. Assistant Secretary of State Tamsin Orrell on Monday.")).toContain(
      "U.S. Assistant Secretary of State Tamsin Orrell=USAGOV",
    );
    expect(actors("A Kenyan deputy sheriff arrested the man.")).toContain("Kenyan deputy sheriff=KENCOP");
  });
  it("makes no office of a rank alone", () => {
    expect(actors("The assistant poured the tea.").some((a) => a.startsWith("assistant"))).toBe(false);
  });
});

describe("both demonyms of a country listed in one string", () => {
  it("reads 'Bosnian' and 'Herzegovinian' as Bosnia and Herzegovina", () => {
    expect(actors("The envoy met Bosnian President Amara Welde on Monday.")).toContain(
      "Bosnian President Amara Welde=BIHGOV",
    );
    expect(actors("Herzegovinian police arrested the man.")).toContain("Herzegovinian police=BIHCOP");
  });
});
