// Two local-news forms: US islands, valleys and informal regions named as places (regions.tsv,
// counted as a big town's people so that their country named elsewhere still picks a namesake:
// SUBNATIONAL_AREA_EQUIVALENT), and a given name that is also a place's before a surname the
// story repeats alone ("Jordan Spieth ... Spieth said": findSurnamesUsedAlone). Our own
// sentences; each mechanism with cases where it must not fire.
import { describe, expect, it } from "vitest";
import { foundPlace, placeFinder, placeTexts } from "../../helpers/place-finder.ts";

const places = placeFinder();
const texts = placeTexts;
const found = foundPlace;

describe("US regions local news names", () => {
  it("takes 'Long Island' alone for New York's, not the Bahamas' district", () => {
    const ms = places("Commuters on Long Island faced delays on Monday morning.");
    expect(found(ms, "Long Island")?.place?.country).toBe("USA");
    expect(found(ms, "Long Island")?.place?.admin1).toBe("New York");
  });

  it("keeps the Bahamas' Long Island when the story names the Bahamas", () => {
    const ms = places("Residents of Nassau and Long Island in the Bahamas were evacuated.");
    expect(found(ms, "Long Island")?.place?.country).toBe("BHS");
  });

  it("reads a possessive region's name whole", () => {
    const ms = places("The family spent the summer on Martha's Vineyard before returning to Boston.");
    expect(found(ms, "Martha's Vineyard")?.place?.admin1).toBe("Massachusetts");
    expect(texts(ms)).not.toContain("Vineyard");
  });
});

describe("a given name that is a place's, before a surname used alone", () => {
  it("is the person when the story repeats the surname alone", () => {
    const ms = places(
      "Jordan Spieth won the tournament in Augusta, Ga., on Sunday. Spieth said he was tired.",
    );
    expect(texts(ms)).not.toContain("Jordan");
    expect(found(ms, "Augusta")?.place?.admin1).toBe("Georgia");
  });

  it("stays the place when the next word is never used alone", () => {
    expect(found(places("Talks between Jordan and Israel resumed in Amman."), "Jordan")?.place?.country).toBe(
      "JOR",
    );
  });

  it("stays the place before a word that is no surname (a lost full stop)", () => {
    const ms = places("He was shot in Parkland, Florida The controversy grew. The school reopened.");
    expect(texts(ms)).toContain("Florida");
  });
});

describe("a city's services named 'Metro'", () => {
  it("is no place, while 'Metro Manila' still names Manila", () => {
    expect(texts(places("Metro police said the shooting happened near downtown Nashville."))).toEqual([
      "Nashville",
    ]);
    expect(texts(places("Floods hit Metro Manila on Sunday."))).toContain("Manila");
  });
});
