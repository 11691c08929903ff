// Three ways an actor is found from what the text says elsewhere: an organisation no dictionary
// holds takes the role a later "the company" gives it (described-organisations.ts); "he" two or
// three sentences after the person is named (pronoun-reach.ts); an office apposition without
// its article (apposed-people.ts). Sentences written for these tests, including where nothing
// may fire.
import { describe, expect, it } from "vitest";
import { annotatedMentions } from "../../helpers/annotate-text.ts";

const actors = (text: string, dateline: string | null = null) =>
  annotatedMentions(text, dateline)
    .filter((m) => ["person", "organization", "agent", "group"].includes(m.kind))
    .map((m) => `${m.text}=${m.code}`);

describe("organisations described by a later role noun", () => {
  it("codes a pair of unknown organisations the companies' speech tag names, and their later mentions", () => {
    const found = actors(
      "DENVER - Talbrin and QRV have agreed to merge their logistics arms, the companies said on Monday. QRV will pay cash.",
      "DENVER",
    );
    expect(found).toContain("Talbrin=USABUS");
    expect(found.filter((f) => f === "QRV=USABUS").length).toBe(2);
  });
  it("codes an unknown organisation that acted when the next sentence calls it the company", () => {
    const found = actors(
      "DENVER - QRV filed a lawsuit against the city on Monday. The company said the new tax was unlawful.",
      "DENVER",
    );
    expect(found[0]).toBe("QRV=USABUS");
  });
  it("learns nothing when a company already coded is named nearer", () => {
    const found = actors(
      "DENVER - QRV sued Toyota Motor Corp. on Monday. The company said it would fight the claim.",
      "DENVER",
    );
    expect(found.find((f) => f.startsWith("QRV="))).toBe("QRV=null");
  });
  it("does not read an organisation named as a thing or a modifier as the company", () => {
    const found = actors(
      "DENVER - Engineers said the update implements QVX on every server. The company declined to comment.",
      "DENVER",
    );
    expect(found.some((f) => f.startsWith("QVX=") && !f.endsWith("null"))).toBe(false);
  });
  it("does not take the kind of a name from a role noun right after it", () => {
    const found = actors("PARIS - Talbrin unions protested on Friday against the plan.", "PARIS");
    expect(found.some((f) => f.startsWith("Talbrin=") && f.endsWith("LAB"))).toBe(false);
  });
});

describe("a person pronoun further back than the sentence before", () => {
  it("stands for the one person of role named two sentences before", () => {
    const found = actors(
      'NAIROBI - Kenyan Foreign Minister Amara Welde criticised Uganda on Monday. "The border must stay open." She said talks would continue.',
      "NAIROBI",
    );
    expect(found.at(-1)).toBe("She=KENGOV");
  });
  it("stands for no one when a person noun comes in between", () => {
    const found = actors(
      'NAIROBI - Kenyan Foreign Minister Amara Welde criticised Uganda on Monday. A man was arrested at the border. "It is calm," he said.',
      "NAIROBI",
    );
    expect(found.some((f) => f.startsWith("he="))).toBe(false);
  });
  it("stands for no one when two people were named", () => {
    const found = actors(
      'NAIROBI - Kenyan Foreign Minister Amara Welde and Ugandan Foreign Minister Tom Harrow met on Monday. "The border must stay open." He said talks would continue.',
      "NAIROBI",
    );
    expect(found.some((f) => f.startsWith("He="))).toBe(false);
  });
});

describe("an office apposition without its article", () => {
  it("codes the person by the body of the office", () => {
    const found = actors(
      "WASHINGTON - Tamsin Orrell, acting assistant attorney general for the Justice Department, accused the contractor.",
      "WASHINGTON",
    );
    expect(found[0]).toBe("Tamsin Orrell=USAJUD");
  });
  it("reads no office from a plain list of names", () => {
    const found = actors(
      "WASHINGTON - Tamsin Orrell, Tom Harrow and Amara Welde met at the Justice Department.",
      "WASHINGTON",
    );
    expect(found.find((f) => f.startsWith("Tamsin Orrell="))).not.toBe("Tamsin Orrell=USAJUD");
  });
});
