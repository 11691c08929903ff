// Organisations, states and groups across a document: "it" as a verb's subject, "the
// group", an apposition or a name that says an organisation's country. Sentences written for
// these tests (invented names).
import { describe, expect, it } from "vitest";
import { annotatedMentions } from "../../helpers/annotate-text.ts";

const find = (ms: readonly { text: string }[], text: string, nth = 0) =>
  ms.filter((m) => m.text === text)[nth] as (typeof ms)[number] & { code: string | null; form: string };

describe("bodies referred to again", () => {
  it("reads a subject 'it' as the one body named before it", () => {
    const ms = annotatedMentions("Nairobi said on Monday it would appeal the ruling.");
    expect(find(ms, "it")).toMatchObject({ form: "pronoun", code: "KENGOV" });
  });

  it("leaves an 'it' of the next sentence alone: there it is often a thing", () => {
    const ms = annotatedMentions(
      "Brondell Holdings, a Kenyan firm, sued the ministry. It asked for damages.",
    );
    expect(ms.some((m) => m.text === "It")).toBe(false);
  });

  it("leaves an empty or a thing's 'it' alone", () => {
    const ms = annotatedMentions("Kenya signed the deal. It is likely to pass. It takes effect in May.");
    expect(ms.filter((m) => m.form === "pronoun")).toHaveLength(0);
  });

  it("reads 'it' as a state body not yet placed, which places it later", () => {
    const ms = annotatedMentions("The Interior Ministry said it had detained twelve people.");
    expect(find(ms, "it")).toMatchObject({ form: "pronoun", code: "GOV" });
  });

  it("reads 'the group' as a named armed organisation the name finder found", () => {
    const ms = annotatedMentions(
      "The Ogaden Liberation Front attacked a convoy. Ethiopian troops later attacked the group.",
    );
    const front = find(ms, "Ogaden Liberation Front");
    expect(front?.code).toBeTruthy();
    expect(find(ms, "the group")?.code).toBe(front.code);
  });
});

describe("an organisation's country from the text", () => {
  it("takes the country of its apposition", () => {
    const ms = annotatedMentions("Brondell Holdings, a Kenyan firm, signed a deal with the ministry.");
    expect(find(ms, "Brondell Holdings")?.code).toBe("KENBUS");
  });

  it("reads '<capital>-based' as the body's country", () => {
    const ms = annotatedMentions("Mbeya Trading Ltd, a Nairobi-based company, rejected the offer.");
    expect(find(ms, "Nairobi-based company")?.code).toBe("KENBUS");
    expect(find(ms, "Mbeya Trading Ltd")?.code).toBe("KENBUS");
  });

  it("reads officials of or from a placed body as that body", () => {
    const ms = annotatedMentions("Officials from the Nigerian Ports Authority met the minister.");
    expect(ms.find((m) => m.text.startsWith("Officials"))?.code).toBe("NGAGOV");
  });

  it("takes the country its own name gives with a role word, and none without one", () => {
    const court = annotatedMentions("The United States Court of Appeals rejected the request.");
    expect(find(court, "United States Court of Appeals")?.code).toBe("USAJUD");
    const open = annotatedMentions("The Australian Open said the tournament would go ahead.");
    expect(open.some((m) => m.code === "AUS")).toBe(false);
  });
});
