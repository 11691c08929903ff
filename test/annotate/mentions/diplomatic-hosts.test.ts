// Diplomats and missions serve another state than the one the text posts them to: "the embassy
// in Belize", "the ambassador to Kenya", "Kurt Vollmer, the special envoy to Ukraine". Sentences
// written for these tests.
import { describe, expect, it } from "vitest";
import { annotatedMentions } from "../../helpers/annotate-text.ts";

const actors = (text: string, dateline: string | null = null) =>
  annotatedMentions(text, dateline)
    .filter((m) => m.kind === "person" || m.kind === "agent")
    .map((m) => `${m.text}=${m.code}`);

describe("a diplomatic mission or envoy is not of its host country", () => {
  it("gives the embassy in a foreign country the dateline's country, not the host's", () => {
    expect(
      actors("WASHINGTON - The embassy in Belize offered assistance to the family.", "WASHINGTON"),
    ).toContain("embassy=USAGOV");
  });
  it("leaves a mission bare rather than the host's when nothing else places it", () => {
    expect(actors("The embassy in Nairobi criticized the Kenyan government.")).toContain("embassy=GOV");
  });
  it("does not make an envoy act for the state they are sent to", () => {
    const found = actors(
      "WASHINGTON - Kurt Vollmer, the special envoy to Ukraine, criticized the Kremlin.",
      "WASHINGTON",
    );
    expect(found.find((a) => a.startsWith("Kurt Vollmer"))).toMatch(/^Kurt Vollmer=USA/);
  });
  it("places an envoy to the country a story is about by the country it names next", () => {
    const text =
      "Kurt Vollmer, the former special envoy to Ukraine, testified on Tuesday. Ukraine has asked for help. " +
      "Ukraine and Ukraine's president spoke. The United States sent aid to Ukraine. The United States and " +
      "Ukraine met. Vollmer said Ukraine was not told.";
    const found = actors(text);
    expect(found.filter((a) => a.includes("Vollmer")).every((a) => /=USA/.test(a))).toBe(true);
  });
  it("still places police by the place phrase after them (must not fire)", () => {
    expect(actors("The police in Nairobi arrested three men.")).toContain("police=KENCOP");
  });
});
