// Local-news forms of places: the place a public body is named for ("Seattle Police",
// includeBodySeats), a town named like a person before a local body ("Bethany police said"), and
// places the gazetteer lacks that the text qualifies by a region ("in Fort Detrick, Maryland").
// Our own sentences; each mechanism with cases where it must not fire.
import { describe, expect, it } from "vitest";
import { distanceKm } from "../../../src/annotate/places/index.ts";
import type { Mention } from "../../../src/types.ts";
import { foundPlace, placeFinder, placeTexts } from "../../helpers/place-finder.ts";

const findPlaces = placeFinder();
const places = (text: string, includeBodySeats = false) => findPlaces(text, { includeBodySeats });
const texts = placeTexts;
const found = foundPlace;
const near = (m: Mention | undefined, lat: number, lon: number) =>
  m?.place ? distanceKm(m.place, { lat, lon }) : Number.POSITIVE_INFINITY;

describe("the place a public body is named for (includeBodySeats)", () => {
  const text = "The Killeen Police Department said the suspect fled. Seattle Fire crews responded.";

  it("reports the town that names a police force or a fire service", () => {
    const ms = places(text, true);
    expect(found(ms, "Killeen")?.place?.admin1).toBe("Texas");
    expect(found(ms, "Seattle")?.place?.admin1).toBe("Washington");
  });

  it("leaves the body's name whole when the caller does not count such places", () => {
    expect(texts(places(text))).not.toContain("Killeen");
  });

  it("does not take a person's surname before a body word for a town", () => {
    expect(texts(places("Officer Jane Bethany Police said nothing more.", true))).not.toContain("Bethany");
  });
});

describe("a town named like a person before a local body", () => {
  it("is the town: 'Bethany police said'", () => {
    const ms = places("A witness told Bethany police she saw the car leave Oklahoma City.");
    expect(found(ms, "Bethany")?.place?.admin1).toBe("Oklahoma");
  });

  it("stays a person before a verb or another name", () => {
    expect(texts(places("Bethany said she saw the car leave Oklahoma City."))).not.toContain("Bethany");
    expect(texts(places("Bethany Smith told reporters in Oklahoma City."))).not.toContain("Bethany");
  });
});

describe("places the gazetteer lacks, qualified by a region", () => {
  it("reports 'in Name, State' at the state, or at the story's town in that state", () => {
    const ms = places("He worked at the laboratories in Fort Detrick, Maryland for 18 years.");
    const base = found(ms, "Fort Detrick");
    expect(base?.place?.country).toBe("USA");
    expect(base?.place?.admin1).toBe("Maryland");
    const local = places(
      "Police in Frederick said the crash closed Route 15. A driver from Fort Detrick, Maryland was hurt.",
    );
    expect(near(found(local, "Fort Detrick"), 39.41, -77.41)).toBeLessThan(20);
  });

  it("reads a dateline in capitals and a region abbreviation", () => {
    const ms = places("CAMP MURRAY, Wash. — The Guard sent two helicopters.");
    expect(found(ms, "CAMP MURRAY")?.place?.admin1).toBe("Washington");
  });

  it("needs a preposition of place, and a region that ends the mention", () => {
    const unplaced = places("Acme Widgets, Maryland's biggest employer, hired 40 people.");
    expect(texts(unplaced)).not.toContain("Acme Widgets");
    const person = places("The bill was backed by John Smith, Texas Republican, in Austin.");
    expect(texts(person)).not.toContain("John Smith");
    const title = places("The award went to Gen. Miller, Maryland, last week.");
    expect(texts(title)).not.toContain("Miller");
  });

  it("leaves organisations and bodies before the comma alone", () => {
    const ms = places("He sued in Baltimore after working at Acme Corp, Maryland for years.");
    expect(texts(ms)).not.toContain("Acme Corp");
  });
});

describe("place compounds and lists after 'residents of'", () => {
  it("reads 'Atlanta-area' and 'Peoria-based' as the place, whatever its size", () => {
    const ms = places(
      "Atlanta-area roads were icy, and a Peoria-based firm closed its plant in Normal, Ill.",
    );
    expect(found(ms, "Atlanta")?.place?.admin1).toBe("Georgia");
    expect(found(ms, "Peoria")?.place?.admin1).toBe("Illinois");
  });

  it("leaves an actor compound alone: 'Hamas-run', 'Peoria-backed'", () => {
    expect(texts(places("The Peoria-backed plan stalled in Springfield, Ill."))).not.toContain("Peoria");
  });

  it("places a list member after 'residents of' whose own words say 'a person speaking'", () => {
    const ms = places("Residents of West Milford and Ringwood said the river flooded again.");
    expect(found(ms, "Ringwood")?.place?.admin1).toBe("New Jersey");
  });
});

describe("a small town first taken for another state than the story's", () => {
  it("is the story's state's town of that name when the gazetteer files one", () => {
    const ms = places("The storm hit Kokomo, Indiana. Schools in Tipton and Sharpsville closed.");
    expect(found(ms, "Tipton")?.place?.admin1).toBe("Indiana");
    expect(found(ms, "Sharpsville")?.place?.admin1).toBe("Indiana");
  });

  it("keeps a town the text itself puts in the other state", () => {
    const ms = places("The storm hit Kokomo, Indiana. Schools in Sharpsville, Pa., closed.");
    expect(found(ms, "Sharpsville")?.place?.admin1).toBe("Pennsylvania");
  });
});

describe("counties named by a bare name of several words", () => {
  it("reads 'Prince William counties' and 'Anne Arundel county'", () => {
    const ms = places("Loudoun and Prince William counties will share the cost of the road to Manassas.");
    expect(found(ms, "Prince William")?.place?.admin1).toBe("Virginia");
    const single = places("Anne Arundel county police closed the road.");
    expect(found(single, "Anne Arundel county")?.place?.admin1).toBe("Maryland");
  });

  it("needs the kind word right after the name", () => {
    expect(texts(places("Prince William visited the county fair in Virginia."))).not.toContain(
      "Prince William",
    );
  });
});

describe("a body head that ends a name before punctuation", () => {
  it("is no public body: a band or a team ('Arcade Fire,')", () => {
    const ms = places("The lineup features Arcade Fire, Chris Stapleton and more in Seattle.", true);
    expect(texts(ms)).not.toContain("Arcade");
  });
});

describe("a small town after an adjective of nearness", () => {
  it("is the town: 'of nearby Eton', 'neighboring Marion'", () => {
    const ms = places("Mark Jones, of nearby Eton, said the Thames rose overnight in Windsor, England.");
    expect(found(ms, "Eton")?.place?.country).toBe("GBR");
    const us = places("A driver from neighboring Marion was hurt on the road out of Columbus, Ohio.");
    expect(found(us, "Marion")?.place?.admin1).toBe("Ohio");
  });

  it("leaves a person's name that only follows 'nearby' in another sense alone", () => {
    expect(texts(places("Nearby, Marion Cotillard waved to fans in Paris."))).not.toContain("Marion");
  });
});

describe("a town's name opening a longer name", () => {
  it("is the town after a word of place when another mention places it, else part of the name", () => {
    const text =
      "Volunteers served meals at Greeley Harvest Kitchen on Friday. The kitchen has operated in Greeley since 1990.";
    expect(places(text).filter((m) => m.text === "Greeley" && m.place?.admin1 === "Colorado")).toHaveLength(
      2,
    );
    const unplaced =
      "Volunteers thanked Greeley Harvest Kitchen on Friday. It has operated in Greeley since 1990.";
    expect(places(unplaced).filter((m) => m.text === "Greeley")).toHaveLength(1);
  });

  it("stays part of the longer name without a word of place before it", () => {
    const text = "The Las Vegas Police department opened an inquiry into the death in Las Vegas.";
    expect(places(text).filter((m) => m.text === "Las Vegas")).toHaveLength(1);
  });

  it("stays part of the longer name when no other mention places the town", () => {
    expect(texts(places("Volunteers served meals at Greeley Harvest Kitchen on Friday."))).not.toContain(
      "Greeley",
    );
  });
});

describe("a county's name opening an institution's name in a story naming the county", () => {
  const story =
    "A Jackson County deputy stopped the car near Ripley. The driver, from Ravenswood, was taken to Jackson General Hospital.";

  it("is the county the story names, and does not pull the story's towns to a namesake city", () => {
    const ms = places(story);
    const jackson = ms.find((m) => m.text === "Jackson");
    expect(jackson?.place?.admin1).toBe("West Virginia");
    expect(found(ms, "Ripley")?.place?.admin1).toBe("West Virginia");
  });

  it("does not fire where the story names no county of that name", () => {
    const ms = places("The driver, from Ravenswood, was taken to Jackson General Hospital in Ripley.");
    expect(found(ms, "Jackson")?.place?.admin1).not.toBe("West Virginia");
  });
});

describe("a name listed as no place, in a story that places it firmly", () => {
  it("is the town wherever only the list said otherwise: 'CLINTON, Iowa — Clinton residents'", () => {
    const ms = places("CLINTON, Iowa — Clinton residents asked the council about taxes.");
    const later = ms.filter((m) => m.text === "Clinton");
    expect(later).toHaveLength(1);
    expect(later[0]?.place?.admin1).toBe("Iowa");
  });

  it("stays no place without the firm placing, or where a person's name holds it", () => {
    expect(texts(places("Clinton residents said the plan would help families in Iowa."))).not.toContain(
      "Clinton",
    );
    const ms = places(
      "Hillary Clinton spoke to voters in Clinton, Iowa. Clinton told them the plant would reopen.",
    );
    expect(ms.filter((m) => m.text === "Clinton")).toHaveLength(1);
  });
});

describe("a big city pulled abroad by a namesake neighbour", () => {
  it("returns to its first sense once the neighbour moves beside it: Boston with Dorchester", () => {
    const ms = places("Residents of Dorchester held a vigil in Boston on Sunday.");
    expect(found(ms, "Boston")?.place?.admin1).toBe("Massachusetts");
    const listed = places("Dorchester and Mattapan residents held a vigil in Boston.");
    expect(found(listed, "Boston")?.place?.admin1).toBe("Massachusetts");
  });
});

describe("a wire dateline in capitals with no region", () => {
  it("is the town, whatever its size: 'ALBANY —', 'TROY (AP)'", () => {
    expect(found(places("ALBANY — State lawmakers met Tuesday."), "ALBANY")?.place?.admin1).toBe("New York");
    expect(found(places("CARBONDALE (AP) — The university closed."), "CARBONDALE")?.place?.admin1).toBe(
      "Illinois",
    );
  });

  it("needs the dash or the bracket: a shouted word opening a headline is no dateline", () => {
    expect(texts(places("TROY SAYS he will run again."))).not.toContain("TROY");
  });
});

describe("a small town's name opening a sentence", () => {
  const fire = "A house fire in Carbondale left two families homeless.";

  it("is the town beside a town the story names in the same state", () => {
    const ms = places(`${fire} Murphysboro crews helped put out the flames.`);
    expect(found(ms, "Murphysboro")?.place?.admin1).toBe("Illinois");
  });

  it("is no place with no such town beside it, and a given name stays a person", () => {
    expect(texts(places("Murphysboro crews helped put out the flames."))).not.toContain("Murphysboro");
    expect(texts(places(`${fire} Marion went home early.`))).not.toContain("Marion");
  });
});

describe("a name doubted as a given name or a common word, listed with a town or before a body", () => {
  it("is the town beside a town the story names: 'Troy and Cohoes', 'Sparks police'", () => {
    const listed = places("Troy and Cohoes would benefit from the plan, Schenectady officials said.");
    expect(found(listed, "Troy")?.place?.admin1).toBe("New York");
    const body = places("Reno police and Sparks police arrested two men on Monday.");
    expect(found(body, "Sparks")?.place?.admin1).toBe("Nevada");
  });

  it("stays a person when no town of that name lies beside the others", () => {
    expect(texts(places("Tyler and Cohoes officials met on Monday."))).not.toContain("Tyler");
  });
});
