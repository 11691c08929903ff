// Name recognition from general evidence, on sentences written for these tests: lists and
// scorecards that look like headlines, names found again in all-capital headlines, organisations
// known by name (WordNet), firms joined by "&" and closed by a legal form ("Corp"), and teams
// named by their town in sports reports.
import { describe, expect, it } from "vitest";
import { annotatedMentions } from "../../helpers/annotate-text.ts";

function mentionsOf(text: string) {
  return annotatedMentions(text).map((m) => ({ text: m.text, kind: m.kind, name: m.name }));
}
const kindsOf = (ms: ReturnType<typeof mentionsOf>, text: string) =>
  ms.filter((m) => m.text === text).map((m) => m.kind);

describe("lines of names that look like headlines", () => {
  it("finds the people of a team sheet, whose line is nearly all capitals", () => {
    const ms = mentionsOf(
      "The squad was named on Tuesday.\n\nSquad: Tomasz Brelik (captain), Odile Marchetti, Ravi Dunmore, Keld Ostrander",
    );
    for (const name of ["Tomasz Brelik", "Odile Marchetti", "Ravi Dunmore", "Keld Ostrander"])
      expect(ms.find((m) => m.name === name)?.kind).toBe("person");
  });

  it("finds a player with an initial on a scorecard row", () => {
    const ms = mentionsOf("The scores were posted after play.\n\nB. Okonjo c Varga b Tellenbach 56");
    expect(ms.find((m) => m.text === "B. Okonjo")?.kind).toBe("person");
  });

  it("finds a name of the story again in an all-capital headline", () => {
    const ms = mentionsOf(
      "GOLF - VARDENBURG TAKES LEAD AT LAKESIDE.\n\nNils Vardenburg shot a 66 on Friday to lead by two.",
    );
    expect(ms.find((m) => m.text === "VARDENBURG")).toMatchObject({
      kind: "person",
      name: "Nils Vardenburg",
    });
  });

  it("makes no person of an all-capital headline's words", () => {
    const ms = mentionsOf("CRICKET - KORVIN WIN TOSS AND CHOOSE TO BAT.\n\nThe toss was won early.");
    expect(ms.filter((m) => m.kind === "person")).toEqual([]);
  });
});

describe("people from general evidence", () => {
  it("finds a person named in an apposition after their role, and their surname later", () => {
    const ms = mentionsOf(
      "The chief executive of the firm, Vrenk Brelikow, told reporters it would grow. Analysts doubted Brelikow.",
    );
    expect(ms.find((m) => m.text === "Vrenk Brelikow")?.kind).toBe("person");
    expect(ms.find((m) => m.text === "Brelikow")).toMatchObject({ kind: "person", name: "Vrenk Brelikow" });
  });
});

describe("organisations from general evidence", () => {
  it("knows an organisation by a name WordNet holds, cut from the title after it", () => {
    // (The Federal Reserve is in organizations.tsv now, with central banks: another WordNet name.)
    const ms = mentionsOf("Prices rose, Internal Revenue Service Commissioner Ilse Varga warned on Monday.");
    expect(kindsOf(ms, "Internal Revenue Service")).toContain("organization");
  });

  it("reads names joined by '&' as a firm", () => {
    const ms = mentionsOf("Shares of the builder Halvorsen & Drake rose on Friday.");
    expect(kindsOf(ms, "Halvorsen & Drake")).toContain("organization");
  });

  it("reads a name ending in a company form of another country as a company", () => {
    const ms = mentionsOf("The order went to Norrvik Telemetri AB on Friday.");
    expect(kindsOf(ms, "Norrvik Telemetri AB")).toContain("organization");
  });
});

describe("teams named by their town in sports reports", () => {
  it("reads a town played against, or with a captain after it, as a team, through the document", () => {
    const ms = mentionsOf(
      "Worcester took four wickets before lunch in the match against Northampton. Northampton captain Sam Okafor made 40 in their second innings. Northampton were bowled out for 212.",
    );
    const kinds = kindsOf(ms, "Northampton");
    expect(kinds.length).toBe(3);
    expect(kinds.every((k) => k === "organization")).toBe(true);
  });

  it("reads a name ending in a club word as a team in a sports report", () => {
    const ms = mentionsOf(
      "Harwick City striker Ali Musa scored twice in the league match, the second goal just after halftime.",
    );
    expect(kindsOf(ms, "Harwick City")).toContain("organization");
  });

  it("leaves the town a place outside sports reports", () => {
    const ms = mentionsOf("She moved against her family's wishes to Northampton, where she opened a bakery.");
    expect(kindsOf(ms, "Northampton")).not.toContain("organization");
  });
});

describe("names of one list share a kind", () => {
  it("gives the surnames of a team list the kind their resolved members have", () => {
    const ms = mentionsOf(
      "Coach Ilse Varga named Tomas Brelik and Odo Marchetti on Friday.\n\nThe team is as follows:\n\nVrenkel, Brelik, Dunmoreau, Marchetti, Ostrandler.",
    );
    for (const name of ["Vrenkel", "Dunmoreau", "Ostrandler"])
      expect(ms.find((m) => m.text === name)?.kind).toBe("person");
  });

  it("goes on past a line that ends in the list's comma and past a bracketed role", () => {
    const ms = mentionsOf(
      "The squad was named on Tuesday.\n\nSquad - Tomasz Brelik (captain), Odile Marchetti,\n\nQorvath Kelewatte, Zundrik Gunaretna.",
    );
    for (const name of ["Qorvath Kelewatte", "Zundrik Gunaretna"])
      expect(ms.find((m) => m.text === name)?.kind).toBe("person");
  });

  it("does not join names across a line that ends without a comma", () => {
    const ms = mentionsOf("Tomasz Brelik and Odile Marchetti arrived.\n\nQorvath Kelewatte.");
    expect(ms.find((m) => m.text === "Qorvath Kelewatte")?.kind).toBeUndefined();
  });
});

describe("particles inside people's names", () => {
  it("keeps a hyphened particle and two particles in a row inside the name", () => {
    const ms = mentionsOf(
      "Police captured their leader Karim al-Badrani on Monday. Coach Jorrit van der Wessel said the team was ready.",
    );
    expect(ms.find((m) => m.name === "Karim al-Badrani")?.kind).toBe("person");
    expect(ms.find((m) => m.name === "Jorrit van der Wessel")?.kind).toBe("person");
  });

  it("joins no lower-case word that is not a particle", () => {
    const ms = mentionsOf("Coach Karim met-Badrani on Monday.");
    expect(ms.find((m) => m.name.includes("met-Badrani"))).toBeUndefined();
  });
});

describe("a one-word name that speaks of itself", () => {
  it("is a person when it says 'he' or 'she' of itself, and so is the full name it opens", () => {
    const ms = mentionsOf(
      "Ostrander called Zorvat Khemal a cheat on Friday. Zorvat said that he was upset by the call.",
    );
    expect(ms.find((m) => m.text === "Zorvat")?.kind).toBe("person");
    expect(ms.find((m) => m.text === "Zorvat Khemal")?.kind).toBe("person");
  });

  it("is no person when it speaks of itself as 'it'", () => {
    const ms = mentionsOf("Vextronics said it would appeal the ruling on Friday.");
    expect(ms.find((m) => m.text === "Vextronics")?.kind).not.toBe("person");
  });

  it("takes the person's given name when it speaks, though a town bears that name", () => {
    const ms = mentionsOf(
      "Xiao Mingde, director of the group, spoke on Saturday. Xiao said the camp was brutal.",
    );
    expect(ms.find((m) => m.text === "Xiao")).toMatchObject({ kind: "person", name: "Xiao Mingde" });
  });
});

describe("the body a composed person serves", () => {
  it("says where the organisation is named inside the person's mention", () => {
    const text = "On Friday, State Department spokesman Glyn Davies said talks would go on.";
    const person = annotatedMentions(text).find((m) => m.kind === "person");
    expect(person?.body).toBeDefined();
    expect(text.slice(person!.body!.start, person!.body!.end)).toBe("State Department");
  });

  it("gives a person named with no organisation no body", () => {
    const person = annotatedMentions("On Friday, spokesman Glyn Davies said talks would go on.").find(
      (m) => m.kind === "person",
    );
    expect(person?.body).toBeUndefined();
  });
});

describe("a legal form closes a firm's name", () => {
  it("ends the name at 'Corp', so 'of South Korea' after it is no part of it", () => {
    const ms = mentionsOf("The cars were made by Velmont Motor Corp of South Korea and arrived on Thursday.");
    expect(kindsOf(ms, "Velmont Motor Corp")).toEqual(["organization"]);
    expect(ms.some((m) => m.text.includes("Corp of"))).toBe(false);
  });

  it("still joins 'of' inside a name without a legal form ('Bank of Ghana')", () => {
    const ms = mentionsOf("Officials said the Bank of Ghana raised rates on Monday.");
    expect(ms.some((m) => m.text.endsWith("Bank of Ghana") && m.kind === "organization")).toBe(true);
  });
});
