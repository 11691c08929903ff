// Behaviour of the mention engine over the fixture dictionaries (invented people and media).
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Mention, Place } from "../../../src/types.ts";
import { FIXTURES, find, fixtureRecognizer } from "./mention-helpers.ts";

const recognize = fixtureRecognizer();
const brief = (ms: readonly Mention[]) => ms.map((m) => `${m.text}=${m.kind}/${m.form}/${m.code}`);

describe("states, organisations, groups, equipment", () => {
  it("finds country names, abbreviations and demonyms with ISO3 codes", () => {
    const ms = recognize("Pakistan, the U.S. and the PRC met. Chinese diplomats and Pakistanis watched.");
    expect(find(ms, "Pakistan")).toMatchObject({
      kind: "state",
      form: "name",
      name: "Pakistan",
      code: "PAK",
    });
    expect(find(ms, "U.S.")).toMatchObject({ kind: "state", code: "USA" });
    expect(find(ms, "PRC")).toMatchObject({ kind: "state", code: "CHN" });
    expect(find(ms, "Chinese")).toMatchObject({ kind: "state", form: "demonym", code: "CHN" });
    expect(find(ms, "Pakistanis")).toMatchObject({ kind: "state", form: "demonym", code: "PAK" });
  });

  it("keeps names case-sensitive: china and turkey in lower case are no states", () => {
    const ms = recognize("They served turkey on fine china.");
    expect(ms.filter((m) => m.kind === "state")).toEqual([]);
  });

  it("matches acronyms exactly and names title-case", () => {
    const ms = recognize("The UN and the NVF spoke, but nvf and Un did not.");
    expect(brief(ms)).toEqual(["UN=organization/name/IGOUNO", "NVF=group/name/PAKREB"]);
  });

  it("a demonym inside a longer proper name is no actor", () => {
    expect(recognize("Ships crossed the Indian Ocean.").filter((m) => m.kind === "state")).toEqual([]);
  });

  it("codes media by its dictionary line and equipment by its type", () => {
    const ms = recognize("The Daily Lantern said Falcon Nine jets and ballistic missiles were sold.");
    expect(find(ms, "The Daily Lantern")).toMatchObject({ kind: "organization", code: "CHNMED" });
    expect(find(ms, "Falcon Nine")).toMatchObject({
      kind: "equipment",
      form: "name",
      name: "Skyhawk-9",
      equipmentType: "combat aircraft",
    });
    expect(find(ms, "ballistic missiles")).toMatchObject({ kind: "equipment", form: "nominal" });
  });

  it("returns mentions sorted, non-overlapping, with sentence indexes and offsets into the text", () => {
    const text = "China spoke. Pakistan replied. The UN watched.";
    const ms = recognize(text);
    expect(ms.map((m) => m.sentenceIndex)).toEqual([0, 1, 2]);
    for (let k = 0; k < ms.length; k++) {
      expect(text.slice(ms[k]!.start, ms[k]!.end)).toBe(ms[k]!.text);
      if (k) expect(ms[k]!.start).toBeGreaterThanOrEqual(ms[k - 1]!.end);
    }
  });
});

describe("composition", () => {
  it("country + 's + title -> country role; demonym + agent -> country role", () => {
    const ms = recognize("Pakistan's Army Chief met Chinese troops and the Pakistani foreign ministry.");
    expect(brief(ms)).toEqual([
      "Pakistan's Army Chief=agent/title/PAKMIL",
      "Chinese troops=agent/nominal/CHNMIL",
      "Pakistani foreign ministry=agent/nominal/PAKGOV",
    ]);
  });

  it("country + modifiers + titles + quoted name -> one person", () => {
    const ms = recognize("Pakistan's newly appointed Army Chief 'General Ulric Dane' arrived.");
    expect(ms[0]).toMatchObject({ kind: "person", name: "Ulric Dane", code: "PAKMIL" });
  });

  it("'X of COUNTRY' and coordinated countries share the role", () => {
    const ms = recognize("The army of Pakistan met Chinese and Pakistani troops.");
    expect(brief(ms)).toEqual([
      "army of Pakistan=agent/nominal/PAKMIL",
      "Chinese=agent/nominal/CHNMIL",
      "Pakistani troops=agent/nominal/PAKMIL",
    ]);
  });

  it("capitals as subjects are governments, with places; after 'in' they are places", () => {
    const beijing: Place = {
      name: "Beijing",
      country: "CHN",
      admin1: null,
      lat: 39.9,
      lon: 116.4,
      geonameid: 1,
      featureClass: "P",
      population: 1,
    };
    const islamabad: Place = { ...beijing, name: "Islamabad", country: "PAK", lat: 33.7, lon: 73.1 };
    const capitals: Record<string, { iso3: string; place: Place }> = {
      Beijing: { iso3: "CHN", place: beijing },
      Islamabad: { iso3: "PAK", place: islamabad },
    };
    const rec = fixtureRecognizer([], { gazetteer: { capitalOf: (name) => capitals[name] ?? null } });
    const ms = rec("Beijing and Islamabad agreed. Talks were held in Beijing.");
    expect(brief(ms)).toEqual([
      "Beijing=state/name/CHNGOV",
      "Islamabad=state/name/PAKGOV",
      "Beijing=place/name/CHN",
    ]);
    expect(ms[0]!.place).toEqual(beijing);
    expect(ms[2]!.place).toEqual(beijing);
    // a name the gazetteer does not hold as a seat of government is no government
    expect(rec("Hamilton said nothing.").filter((m) => m.kind === "state")).toEqual([]);
  });

  it("metonyms code the institution", () => {
    expect(brief(recognize("The Kremlin denied the report."))).toEqual(["The Kremlin=state/name/RUSGOV"]);
  });

  it("unattached agents carry their role alone; adjectives are not agents", () => {
    const ms = recognize("Police dispersed the protesters.");
    expect(brief(ms)).toEqual(["Police=agent/nominal/COP", "protesters=agent/nominal/OPP"]);
  });
});

describe("people and office dates", () => {
  it("codes a person by the office held on the document date", () => {
    const text = "General Alda Morvane spoke.";
    expect(fixtureRecognizer()(text, "2018-05-01T00:00:00Z")[0]).toMatchObject({
      code: "PAKMIL",
      name: "Alda Morvane",
    });
    expect(fixtureRecognizer()(text, "2021-05-01T00:00:00Z")[0]).toMatchObject({ code: "PAKGOV" });
    // before any office: the country alone
    expect(fixtureRecognizer()(text, "2010-05-01T00:00:00Z")[0]).toMatchObject({ code: "PAK" });
  });

  it("an unknown name after a title becomes a person; later surname-only mentions refer to it", () => {
    const ms = recognize("Chinese Foreign Minister Hadrian Quoll visited. Quoll left on Friday.");
    expect(ms[0]).toMatchObject({ kind: "person", name: "Hadrian Quoll", code: "CHNGOV" });
    expect(find(ms, "Quoll")).toMatchObject({ kind: "person", name: "Hadrian Quoll", code: "CHNGOV" });
  });

  it("a surname shared by two people is left alone", () => {
    const ms = recognize("Oren Bask met Lin Bask. Later Bask left.");
    expect(ms.map((m) => m.text)).toEqual(["Oren Bask", "Lin Bask"]);
  });
});

describe("references", () => {
  it("'both countries' and 'the two sides' stand for the pair named before", () => {
    const ms = recognize("China and Pakistan met. Both countries agreed, and the two sides signed.");
    expect(find(ms, "Both countries")).toMatchObject({
      code: "CHN|PAK",
      refersTo: [
        { name: "China", code: "CHN" },
        { name: "Pakistan", code: "PAK" },
      ],
    });
    expect(find(ms, "the two sides")).toMatchObject({ code: "CHN|PAK" });
  });

  it("'the two officials' stands for the two people named before", () => {
    const ms = recognize("Tesso Varga met General Alda Morvane. The two senior officials agreed.");
    expect(find(ms, "The two senior officials")).toMatchObject({ kind: "person", code: "CHNGOV|PAKGOV" });
  });

  it("pronouns resolve only when exactly one actor fits", () => {
    const ms = recognize("China said its army would grow. China and Pakistan said their ties were strong.");
    expect(find(ms, "its army")).toMatchObject({ kind: "agent", code: "CHNMIL" });
    expect(find(ms, "their")).toMatchObject({ form: "pronoun", code: "CHN|PAK" });
    const two = recognize("China told Pakistan about its plans.");
    expect(find(two, "its")).toBeUndefined();
  });
});

describe("dates", () => {
  const pub = "2020-06-16T12:00:00Z"; // a Tuesday
  const dates = (text: string) =>
    recognize(text, pub)
      .filter((m) => m.kind === "date")
      .map((m) => `${m.text}=${m.date?.value}/${m.date?.precision}`);

  it("resolves relative dates against the publication date", () => {
    expect(dates("On Monday, yesterday and earlier this week, and last month, and next Friday.")).toEqual([
      "Monday=2020-06-15/day",
      "yesterday=2020-06-15/day",
      "earlier this week=2020-06-15/week",
      "last month=2020-05-01/month",
      "next Friday=2020-06-19/day",
    ]);
    expect(dates("It happened three days ago.")).toEqual(["three days ago=2020-06-13/day"]);
  });

  it("reads absolute dates and guesses the missing year", () => {
    expect(dates("On June 3, on 16 June 2019, on 2019-02-28, on December 20 and in 2018.")).toEqual([
      "June 3=2020-06-03/day",
      "16 June 2019=2019-06-16/day",
      "2019-02-28=2019-02-28/day",
      "December 20=2019-12-20/day",
      "2018=2018-01-01/year",
    ]);
  });

  it("'may' the verb and bare numbers are no dates", () => {
    expect(dates("They may come. He has 2018 reasons.")).toEqual([]);
  });

  it("without a publication date relative dates stay unresolved", () => {
    const m = recognize("They met yesterday.", null).find((x) => x.kind === "date")!;
    expect(m.code).toBeNull();
    expect(m.date).toBeUndefined();
  });
});

describe("page furniture and user dictionaries", () => {
  it("a company in a photo credit or a call to action is no actor", () => {
    expect(recognize("(Photo: Picturebank Images) The talks began.")).toEqual([]);
    expect(recognize("Like Us on Facebook")).toEqual([]);
    expect(find(recognize("Facebook said it would comply."), "Facebook")).toMatchObject({ code: "MNCMED" });
  });

  it("a --dict folder overrides and extends ours", () => {
    const rec = fixtureRecognizer([join(FIXTURES, "dict-user")]);
    const ms = rec("President Tesso Varga met Mira Quell. Facebook said nothing.");
    expect(find(ms, "President Tesso Varga")).toMatchObject({ code: "CHNELI" });
    expect(find(ms, "Mira Quell")).toMatchObject({ code: "GBRGOV" });
    expect(find(ms, "Facebook")).toBeUndefined();
  });
});

describe("longer proper names are not actors", () => {
  it("a person or role word inside a building or company name", () => {
    expect(recognize("They went to the Tesso Varga University Hospital.")).toEqual([]);
    expect(recognize("The Peanut Troops of America recalled its products.")).toEqual([]);
  });

  it("a country name closing a longer place name", () => {
    expect(recognize("Cases rose in New Pakistan County.").filter((m) => m.kind === "state")).toEqual([]);
  });

  it("a unique surname after someone else's first name", () => {
    expect(recognize("Health adviser Marco Varga spoke.").some((m) => m.name === "Tesso Varga")).toBe(false);
    expect(recognize("Varga spoke.")[0]).toMatchObject({ name: "Tesso Varga", code: "CHNGOV" });
  });

  it("a hyphenated name after a title is one person", () => {
    expect(recognize("President Anna-Lise Morrow spoke.")[0]).toMatchObject({
      kind: "person",
      name: "Anna-Lise Morrow",
      code: "GOV",
    });
  });

  it("capitals named as places: after place nouns, compass words and before their own country", () => {
    const kinds = (text: string) => recognize(text).map((m) => `${m.text}=${m.kind}`);
    expect(kinds("Cases rose in the capital Islamabad.")).toEqual(["Islamabad=place"]);
    expect(kinds("Smoke hung over eastern Beijing.")).toEqual(["Beijing=place"]);
    expect(kinds("Islamabad, Pakistan was calm.")[0]).toBe("Islamabad=place");
    expect(kinds("Islamabad protested.")).toEqual(["Islamabad=state"]);
    expect(kinds("ISLAMABAD, June 3 - Talks began.")[0]).toBe("ISLAMABAD=place");
  });

  it("a pronoun is left alone when an uncoded name stands between", () => {
    const ms = recognize("Tesso Varga thanked nurse Pauline Orrin, and she smiled.");
    expect(ms.some((m) => m.form === "pronoun")).toBe(false);
    expect(find(recognize("Tesso Varga said she was ready."), "she")).toMatchObject({ name: "Tesso Varga" });
  });
});

describe("wire furniture", () => {
  it("an agency in a dateline, a copyright line or the reporting credits is no actor", () => {
    expect(recognize("ISLAMABAD (Daily Lantern) - Talks began.").some((m) => m.kind === "organization")).toBe(
      false,
    );
    expect(recognize("Talks began.\n\n© Daily Lantern").some((m) => m.kind === "organization")).toBe(false);
    expect(
      recognize("(Reporting by Ann Lee; Editing by Daily Lantern)").some((m) => m.kind === "organization"),
    ).toBe(false);
    expect(recognize("The Daily Lantern reported the talks.")[0]).toMatchObject({ kind: "organization" });
  });

  it("a capitalised institution word with 'of' and a name is a proper name", () => {
    expect(recognize("She studied at the University of Georgia.").filter((m) => m.kind !== "place")).toEqual(
      [],
    );
    expect(recognize("The Government of Pakistan objected.")[0]).toMatchObject({ code: "PAKGOV" });
  });
});

describe("organisations and their people", () => {
  it("a group's members named by a plural agent are the group", () => {
    expect(brief(recognize("Taliban fighters attacked. NVF militants fled."))).toEqual([
      "Taliban fighters=group/name/TAL",
      "NVF militants=group/name/PAKREB",
    ]);
  });

  it("an organisation's office holder codes as the organisation", () => {
    expect(recognize("UN Director-General Amara Welde spoke.")[0]).toMatchObject({
      kind: "person",
      name: "Amara Welde",
      code: "IGOUNO",
    });
  });

  it("a country's person without a title keeps their own code", () => {
    expect(brief(recognize("China's Tesso Varga replied."))).toEqual([
      "China's Tesso Varga=person/name/CHNGOV",
    ]);
  });
});

describe("matching edges", () => {
  it("a country after pro- or anti- is no actor", () => {
    expect(brief(recognize("Pro-Pakistan protesters marched."))).toEqual(["protesters=agent/nominal/OPP"]);
  });

  it("a leading 'the' does not cut a longer phrase short", () => {
    const rec = fixtureRecognizer([join(FIXTURES, "dict-user")]);
    expect(brief(rec("The Daily Lantern Weekly said so."))).toEqual([
      "Daily Lantern Weekly=organization/name/CHNMED",
    ]);
  });
});
