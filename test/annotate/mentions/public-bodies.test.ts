// Public bodies named by their kind ("the utilities commission", "the
// regulator") are the state's, with the document's country like "the ministry"; "security
// officers" are police. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { annotatedMentions } from "../../helpers/annotate-text.ts";

const actors = (text: string, dateline: string | null = null) =>
  annotatedMentions(text, dateline)
    .filter((m) => m.kind === "agent")
    .map((m) => `${m.text}=${m.code}`);

describe("public bodies by their kind", () => {
  it("codes commissions and regulators as the dateline country's government", () => {
    const found = actors(
      "NAIROBI, Kenya - The utilities commission criticised the power companies. The regulator agreed.",
      "NAIROBI, Kenya",
    );
    expect(found).toEqual(expect.arrayContaining(["commission=KENGOV", "regulator=KENGOV"]));
  });
  it("codes security officers as police and an agency of the news as media", () => {
    const found = actors("Kenyan security officers detained him, a Kenyan news agency said.");
    expect(found).toEqual(
      expect.arrayContaining(["Kenyan security officers=KENCOP", "Kenyan news agency=KENMED"]),
    );
  });
  it("makes no public body of an agency in general", () => {
    // (an advertising agency is a company: organisation-kinds.ts)
    const found = actors("The advertising agency hired him in Nairobi.", "NAIROBI");
    expect(found.filter((f) => f.endsWith("GOV"))).toEqual([]);
  });
});

describe("rights organisations", () => {
  it("codes rights organizations and activists as HRI with the country they are in", () => {
    const found = actors(
      "Rights organizations in Ukraine condemned the bill, and rights activists in Kenya agreed.",
    );
    expect(found).toEqual(expect.arrayContaining(["Rights organizations=UKRHRI", "rights activists=KENHRI"]));
  });
});
