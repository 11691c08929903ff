// Name recognition and the actors it makes, on sentences written for these tests: people and
// organisations no dictionary holds, found from general evidence; their codes from titles,
// appositions and the document; references back to them.
import { describe, expect, it } from "vitest";
import { loadNameTables } from "../../../src/annotate/names/index.ts";
import { PROJECT_DATA_DIR } from "../../../src/context.ts";
import { annotatedMentions } from "../../helpers/annotate-text.ts";

function mentionsOf(text: string, dateline: string | null = null) {
  return annotatedMentions(text, dateline).map((m) => ({
    text: m.text,
    kind: m.kind,
    name: m.name,
    code: m.code,
    reason: m.reason,
  }));
}
const find = (ms: ReturnType<typeof mentionsOf>, text: string) => ms.find((m) => m.text === text);

describe("name recognition", () => {
  it("finds a person by a given name, and the surname alone later", () => {
    const ms = mentionsOf("Marta Kowalczyk took three wickets before lunch. Later Kowalczyk bowled again.");
    expect(find(ms, "Marta Kowalczyk")).toMatchObject({ kind: "person", name: "Marta Kowalczyk" });
    expect(find(ms, "Kowalczyk")).toMatchObject({ kind: "person", name: "Marta Kowalczyk" });
  });

  it("finds a person after an honorific or a role noun, without the title in the name", () => {
    const ms = mentionsOf(
      "The talks stalled, Mr. Okonkwo-Bright told the panel. Analyst Tiberiu Vasko disagreed.",
    );
    expect(ms.find((m) => m.name === "Okonkwo-Bright")?.kind).toBe("person");
    expect(ms.find((m) => m.name === "Tiberiu Vasko")?.kind).toBe("person");
  });

  it("finds organisations by their organisation word, whole, with the country inside", () => {
    const ms = mentionsOf(
      "Workers at the Zelvana Mining Corporation of Ghana walked out, said the Lumbra Teachers Union.",
    );
    expect(ms.find((m) => m.name === "Zelvana Mining Corporation of Ghana")).toMatchObject({
      kind: "organization",
      code: "GHABUS",
    });
    expect(ms.find((m) => m.name === "Lumbra Teachers Union")?.kind).toBe("organization");
  });

  it("gives an acronym defined in the text the long form's type and name", () => {
    const ms = mentionsOf(
      "The Northern Grain Growers Board (NGGB) raised prices. On Friday the NGGB said prices would fall.",
    );
    const acronyms = ms.filter((m) => m.text === "NGGB");
    expect(acronyms.length).toBe(2);
    for (const a of acronyms)
      expect(a).toMatchObject({ kind: "organization", name: "Northern Grain Growers Board" });
  });

  it("does not make places, weekdays or sentence-opening words into people", () => {
    const ms = mentionsOf(
      "Officials met on Monday near Grace Road. Trailing badly, the team left Virginia Beach.",
    );
    expect(ms.filter((m) => m.kind === "person")).toEqual([]);
  });

  it("reads the first word of an organisation's name alone as that organisation", () => {
    const ms = mentionsOf("Shares in Varnholt Logistics Corp rose. Analysts expect Varnholt to cut jobs.");
    expect(ms.find((m) => m.text === "Varnholt")).toMatchObject({
      kind: "organization",
      name: "Varnholt Logistics Corp",
    });
  });

  it("splits a person from the body named after 'of'", () => {
    const ms = mentionsOf("Economist Harriet Mbeki of Quillon Securities Ltd said rates would rise.");
    expect(ms.find((m) => m.name === "Harriet Mbeki")?.kind).toBe("person");
    expect(ms.find((m) => m.name === "Quillon Securities Ltd")?.kind).toBe("organization");
  });
});

describe("actors from names", () => {
  it("codes a titled person with the country of the place named after them", () => {
    const ms = mentionsOf(
      "Sen. Dana Whitlow of Ohio said she would block the bill. Whitlow spoke for an hour.",
    );
    expect(ms.find((m) => m.text === "Sen. Dana Whitlow")).toMatchObject({ kind: "person", code: "USALEG" });
    expect(find(ms, "Whitlow")?.code).toBe("USALEG");
    expect(find(ms, "she")).toMatchObject({ name: "Dana Whitlow", code: "USALEG" });
  });

  it("codes an apposition's role and takes the dateline's country", () => {
    const ms = mentionsOf("OSLO (Reuters) - Doherty, the union's president, called a strike.", "OSLO");
    expect(find(ms, "Doherty")).toMatchObject({ kind: "person", code: "NORLAB" });
    expect(find(ms, "Doherty")?.reason).toMatch(/dateline OSLO/);
  });

  it("gives a person their country from a demonym before the name", () => {
    const ms = mentionsOf("The winner was Kenyan Mary Kamau.");
    expect(ms.find((m) => m.name === "Mary Kamau")).toMatchObject({ kind: "person", code: "KEN" });
  });

  it("gives bare police the country of a dateline that names its country", () => {
    const ms = mentionsOf(
      "TALLINN, Estonia (AP) — Police closed the border road on Sunday.",
      "TALLINN, Estonia",
    );
    expect(find(ms, "Police")?.code).toBe("ESTCOP");
  });

  it("leaves a bare code bare with its reason when the document gives no country", () => {
    const ms = mentionsOf("Police said the road was closed.");
    const police = find(ms, "Police");
    expect(police?.code).toBe("COP");
    expect(police?.reason).toMatch(/^bare: /);
  });
});

describe("names by where they stand", () => {
  it("reads place names that score on a results line as teams, and keeps them so in the document", () => {
    const ms = mentionsOf(
      "Results on Sunday: Dunmore 3 Kelso 1 Brackwater 0 Tullow 2\n\nDunmore have now won four games in a row.",
    );
    for (const team of ["Dunmore", "Kelso", "Brackwater", "Tullow"])
      expect(find(ms, team)?.kind, team).toBe("organization");
    expect(ms.filter((m) => m.text === "Dunmore").every((m) => m.kind === "organization")).toBe(true);
  });

  it("does not read a time or bowling figures as a score", () => {
    const ms = mentionsOf("Bowling: Tolvanen 10-0-41-2, Marsk 9-1-30-1.");
    expect(find(ms, "Tolvanen")?.kind).not.toBe("organization");
  });

  it("reads two sides that beat or meet each other as teams", () => {
    const ms = mentionsOf("On Friday Carrowmore beat Ballinalee by nine wickets.");
    expect(find(ms, "Carrowmore")?.kind).toBe("organization");
    expect(find(ms, "Ballinalee")?.kind).toBe("organization");
  });

  it("reads a name in the plural after 'the' as a body", () => {
    const ms = mentionsOf("The pitcher struck out six as the Riverton Otters won again.");
    expect(find(ms, "Riverton Otters")?.kind).toBe("organization");
  });

  it("finds a person by a country in brackets after the full name, with that country", () => {
    const ms = mentionsOf("1. Amaka Ojukwu-Bello (Nigeria) 50.31 seconds 2. Tirsa Vellamo (Finland) 50.42");
    expect(find(ms, "Amaka Ojukwu-Bello")).toMatchObject({ kind: "person", code: "NGA" });
    expect(find(ms, "Tirsa Vellamo")).toMatchObject({ kind: "person", code: "FIN" });
  });

  it("reads a name before a noun for a kind of body, or before a body's office, as an organisation", () => {
    const ms = mentionsOf("The Varnok newspaper said the deal was off, Talvex spokesman Ari Penn told us.");
    expect(find(ms, "Varnok")?.kind).toBe("organization");
    expect(find(ms, "Talvex")?.kind).toBe("organization");
    // The spokesman speaks for the company, not for a government.
    expect(ms.find((m) => m.name === "Ari Penn")).toMatchObject({ kind: "person", code: null });
  });

  it("never reads an adjective written with a capital as a body before a body noun", () => {
    const ms = mentionsOf("He began his career in English club rugby and a European group qualifier.");
    expect(ms.some((m) => m.kind === "organization")).toBe(false);
  });

  it("gives the names of one list the one kind its known members have", () => {
    const ms = mentionsOf("The squad: Marta Kowalczyk, Tirsa Vellamo, Okonjo and Brannagh.");
    expect(find(ms, "Okonjo")?.kind).toBe("person");
    expect(find(ms, "Brannagh")?.kind).toBe("person");
  });

  it("leaves a sentence-final stop out of an abbreviated company name", () => {
    const ms = mentionsOf("The parts maker competes with Dravec Corp.");
    expect(ms.find((m) => m.kind === "organization")?.text).toBe("Dravec Corp");
  });
});

describe("countries of people and bodies no dictionary names", () => {
  it("gives a body the country named right before it, with the role its name says", () => {
    const ms = mentionsOf(
      "The call went to U.S. Capitol Police. Kenya's Talvex Workers Union called a strike.",
    );
    expect(find(ms, "U.S. Capitol Police")).toMatchObject({ kind: "organization", code: "USACOP" });
    expect(find(ms, "Kenya's Talvex Workers Union")).toMatchObject({ code: "KENLAB" });
  });

  it("reads the party-state tag of a member of Congress as a US legislator", () => {
    const ms = mentionsOf("Rep. Dana Kowalik, R-Ohio, objected. Later Tom Brennagh (D-Calif.) agreed.");
    expect(ms.find((m) => m.name === "Dana Kowalik")?.code).toBe("USALEG");
    expect(ms.find((m) => m.name === "Tom Brennagh")?.code).toBe("USALEG");
  });

  it("does not read a country's dotted abbreviation as a person's initial", () => {
    const ms = mentionsOf("She reached the final of the U.S. Open last year.");
    expect(ms.some((m) => m.kind === "person")).toBe(false);
  });
});

describe("coreference", () => {
  it("resolves 'the ministry' and 'the rebels' to the actor named in an earlier sentence", () => {
    const ms = mentionsOf(
      "Kenya's Interior Ministry banned the march. The ministry said it feared violence. The Lord's Resistance Army attacked a camp. The rebels then withdrew.",
    );
    expect(ms.find((m) => m.text === "ministry")).toMatchObject({ code: "KENGOV" });
    expect(ms.find((m) => m.text === "rebels")).toMatchObject({ name: "Lord's Resistance Army" });
  });

  it("does not resolve a definite role to an actor of its own sentence", () => {
    const ms = mentionsOf("The Pakistani foreign ministry summoned the envoy.");
    expect(ms.find((m) => m.text === "envoy")?.code).not.toBe("PAKGOV");
  });

  it("skips a person whose given name says the other sex", () => {
    const ms = mentionsOf("Maria Lindqvist met Tomas Berg, and he thanked her.");
    expect(find(ms, "he")?.name).toBe("Tomas Berg");
  });
});

describe("name tables", () => {
  it("reads our tables and reports bad lines with file and line", () => {
    const issues: { file: string; line: number; message: string }[] = [];
    const tables = loadNameTables([PROJECT_DATA_DIR], issues);
    expect(issues).toEqual([]);
    expect(tables.organisationWords.get("ministry")).toBe("GOV");
    expect(tables.honorifics.has("mr")).toBe(true);
    // Kinds of body: the one-word WordNet heads and the body nouns, without the state's forces.
    expect(tables.bodyKinds.has("carmaker")).toBe(true);
    expect(tables.bodyKinds.has("club")).toBe(true);
    expect(tables.bodyKinds.has("police")).toBe(false);
  });
});
