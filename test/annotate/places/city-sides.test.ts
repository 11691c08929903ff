// A city's parts and sides named by local news: "Kilburn, north London" (a district placed by
// its city and a compass word), "Chicago's North Side" (a name of position words that the
// gazetteer files in another country), and a place's name used as a given name before a
// surname the story uses alone ("Paris Jackson ... Jackson said"); a small town beside a county
// the story names ("visited Adairsville" beside Gordon County, Georgia). Our own sentences; each
// mechanism with a case where it must not fire.
import { describe, expect, it } from "vitest";
import { distanceKm } from "../../../src/annotate/places/index.ts";
import type { Mention } from "../../../src/types.ts";
import { foundPlace, placeFinder, placeTexts } from "../../helpers/place-finder.ts";

const places = placeFinder();
const near = (m: Mention | undefined, lat: number, lon: number) =>
  m?.place ? distanceKm(m.place, { lat, lon }) : Number.POSITIVE_INFINITY;
const LONDON = { lat: 51.51, lon: -0.13 };
const CHICAGO = { lat: 41.85, lon: -87.65 };

describe("a district placed by its city and a compass word", () => {
  it("places a filed namesake far from the city at the city: 'Kilburn, north London'", () => {
    const ms = places("The man, from Kilburn, north London, was charged by police in Camden.");
    expect(near(foundPlace(ms, "Kilburn"), LONDON.lat, LONDON.lon)).toBeLessThan(20);
  });

  it("adds a district the gazetteer lacks when a preposition introduces it", () => {
    const ms = places("She grew up in Zorblington, south-east London, before moving away.");
    expect(near(foundPlace(ms, "Zorblington"), LONDON.lat, LONDON.lon)).toBeLessThan(20);
  });

  it("keeps a filed place near the city where it lies", () => {
    const ms = places("He lives in Brixton, south London, with his family.");
    const brixton = foundPlace(ms, "Brixton");
    expect(brixton?.place?.name).toBe("Brixton");
    expect(near(brixton, LONDON.lat, LONDON.lon)).toBeLessThan(40);
  });

  it("does not fire without a compass word: 'Paris, Texas' stays the region's town", () => {
    const ms = places("She flew from Paris, Texas, to Dallas on Monday.");
    expect(foundPlace(ms, "Paris")?.place?.admin1).toBe("Texas");
  });
});

describe("a part of a place named by a part noun: 'the Karrada district of Baghdad'", () => {
  const BAGHDAD = { lat: 33.34, lon: 44.4 };

  it("adds a part the gazetteer lacks at its holder's point, before 'of' and after a possessive", () => {
    const before = places("A car bomb exploded in the Zorbadiya district of Baghdad on Sunday.");
    expect(near(foundPlace(before, "Zorbadiya"), BAGHDAD.lat, BAGHDAD.lon)).toBeLessThan(20);
    const opening = places("The Zorbadiya neighbourhood of Baghdad was shelled again.");
    expect(near(foundPlace(opening, "Zorbadiya"), BAGHDAD.lat, BAGHDAD.lon)).toBeLessThan(20);
    const possessive = places("A car bomb exploded in Baghdad's Zorbadiya district on Sunday.");
    expect(near(foundPlace(possessive, "Zorbadiya"), BAGHDAD.lat, BAGHDAD.lon)).toBeLessThan(20);
  });

  it("places a filed namesake far from the holder at the holder: 'the Kilburn area of London'", () => {
    const ms = places("Police sealed off streets in the Kilburn area of London after the attack.");
    expect(near(foundPlace(ms, "Kilburn"), LONDON.lat, LONDON.lon)).toBeLessThan(20);
  });

  it("places a district of a state or province within it", () => {
    const ms = places("Militants attacked a post in the Zorbaghat district of Jammu and Kashmir.");
    expect(foundPlace(ms, "Zorbaghat")?.place?.admin1).toBe("Jammu and Kashmir");
  });

  it("does not fire on a capitalized part noun, a lowercase name or a person after the possessive", () => {
    expect(placeTexts(places("The Zorbadiya District of Baghdad issued a statement."))).not.toContain(
      "Zorbadiya",
    );
    expect(placeTexts(places("The financial district of London was quiet on Monday."))).toEqual(["London"]);
    expect(placeTexts(places("Baghdad's Mayor Zorbadi district office was closed."))).not.toContain(
      "Mayor Zorbadi",
    );
  });
});

describe("a name of position words filed in another country", () => {
  it("is a side of the story's place: 'Chicago's North Side'", () => {
    const ms = places("Two men were shot on Chicago's North Side late Sunday, Chicago police said.");
    expect(foundPlace(ms, "North Side")?.code).toBe("USA");
    expect(near(foundPlace(ms, "North Side"), CHICAGO.lat, CHICAGO.lon)).toBeLessThan(50);
  });

  it("stays the division where the story names its country", () => {
    const ms = places("Floods hit the West Coast region of New Zealand near Greymouth and Christchurch.");
    expect(foundPlace(ms, "West Coast")?.code).toBe("NZL");
  });
});

describe("a place's name as a given name", () => {
  it("is the person before a surname the story uses alone: 'Paris Jackson ... Jackson said'", () => {
    const ms = places("Paris Jackson arrived late. Jackson said the show in Rome went well.");
    expect(ms.find((m) => m.start === 0)).toBeUndefined();
    expect(placeTexts(ms)).toContain("Rome");
  });

  it("stays the place when the next word is no surname used alone", () => {
    const ms = places("Paris Police said the march in Paris was calm.");
    expect(foundPlace(ms, "Paris")?.code).toBe("FRA");
  });
});

describe("a small town beside a town or county the story names", () => {
  it("is believed in that county's state: 'visited Adairsville' beside Gordon County", () => {
    const ms = places("The governor visited Adairsville on Friday. He toured Gordon County's new jail.");
    expect(foundPlace(ms, "Adairsville")?.place?.admin1).toBe("Georgia");
  });

  it("still needs context when the story names nothing near it", () => {
    const ms = places("The governor visited Adairsville on Friday. He toured Maricopa County's new jail.");
    expect(placeTexts(ms)).not.toContain("Adairsville");
  });
});

describe("a district or suburb of a big city the story names", () => {
  it("is the city's, not a bigger namesake elsewhere: 'Lincoln Park' beside Chicago", () => {
    const ms = places("Home prices in Chicago rose. Lincoln Park, Lakeview and Logan Square led the gains.");
    expect(near(foundPlace(ms, "Lincoln Park"), CHICAGO.lat, CHICAGO.lon)).toBeLessThan(20);
  });

  it("leaves the namesake where no big city is named near one", () => {
    const ms = places("Home prices in Detroit rose. Lincoln Park and Dearborn led the gains.");
    expect(foundPlace(ms, "Lincoln Park")?.place?.admin1).toBe("Michigan");
  });
});

describe("adjectives of divisions and peoples (includeAdjectives)", () => {
  const text = "A Texan rancher met Kazakh officials and Kurdish fighters.";

  it("names the division, the country or the area", () => {
    const ms = places(text, { includeAdjectives: true });
    expect(foundPlace(ms, "Texan")?.place?.admin1).toBe("Texas");
    expect(foundPlace(ms, "Kazakh")?.code).toBe("KAZ");
    expect(foundPlace(ms, "Kurdish")?.name).toBe("Kurdistan");
  });

  it("takes the most populous division of the name: 'Floridian' is the US state", () => {
    const ms = places("A Floridian retiree spoke.", { includeAdjectives: true });
    expect(foundPlace(ms, "Floridian")?.code).toBe("USA");
  });

  it("reports no adjective when the caller does not count them", () => {
    expect(placeTexts(places(text))).toEqual([]);
  });
});

describe("towns listed together lie together", () => {
  it("weighs every town the listed name could be: 'Peoria and Pekin' are Illinois'", () => {
    const ms = places("Flooding closed roads in Peoria and Pekin on Monday.");
    expect(foundPlace(ms, "Peoria")?.place?.admin1).toBe("Illinois");
    expect(foundPlace(ms, "Pekin")?.place?.admin1).toBe("Illinois");
  });

  it("leaves capitals listed together the capitals: 'Paris and London'", () => {
    const ms = places("Talks in Paris and London ended on Monday.");
    expect(foundPlace(ms, "Paris")?.code).toBe("FRA");
    expect(foundPlace(ms, "London")?.code).toBe("GBR");
  });
});

describe("a state's dotted initials standing alone", () => {
  it("is the state where the story names a place of it: 'N.C. officials'", () => {
    const ms = places("The storm hit Wilmington and Raleigh. N.C. officials urged calm.");
    expect(foundPlace(ms, "N.C.")?.place?.admin1).toBe("North Carolina");
  });

  it("is nothing where the story names no place of that state", () => {
    const ms = places("The storm hit Tucson. N.C. officials sent help.");
    expect(placeTexts(ms)).not.toContain("N.C.");
  });
});
