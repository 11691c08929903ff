// Streets, buildings and natural features named by a head noun (includeFacilities), and regions'
// short forms standing alone: our own sentences. Each case says where the facility must be placed
// (by the text's own words, the document's focus, the place inside its name) or that it must not
// be reported.
import { describe, expect, it } from "vitest";
import { distanceKm, FACILITY_CLASSES, type FacilityClass } from "../../../src/annotate/places/index.ts";
import type { Mention } from "../../../src/types.ts";
import { foundPlace, placeFinder } from "../../helpers/place-finder.ts";

const findPlaces = placeFinder();
const places = (text: string, includeFacilities: readonly FacilityClass[] = FACILITY_CLASSES) =>
  findPlaces(text, { includeFacilities });
const found = foundPlace;
const near = (m: Mention | undefined, lat: number, lon: number) =>
  m?.place ? distanceKm(m.place, { lat, lon }) : Number.POSITIVE_INFINITY;

describe("facilities named by a head noun", () => {
  it("places a street where the text puts it", () => {
    const ms = places("A man was found asleep on Atlantic Avenue in Garden City on Tuesday.");
    const street = found(ms, "Atlantic Avenue");
    expect(street).toBeDefined();
    const town = found(ms, "Garden City");
    expect(town?.place).toBeDefined();
    expect(near(street, town!.place!.lat, town!.place!.lon)).toBeLessThan(1);
  });

  it("places a venue after a possessive place ('Brooklyn's Barclays Center')", () => {
    const ms = places("The fight was held at Brooklyn's Barclays Center on Saturday.");
    expect(near(found(ms, "Barclays Center"), 40.65, -73.95)).toBeLessThan(30);
  });

  it("places an unplaced building at the town the document is about", () => {
    const text =
      "Manassas police closed two roads on Monday. Officers in Manassas said the fire began " +
      "near Buckland Elementary late on Sunday.";
    expect(near(found(places(text), "Buckland Elementary"), 38.75, -77.47)).toBeLessThan(30);
  });

  it("reads natural features opened by their noun, and 'of' forms", () => {
    const ms = places("Divers searched Lake Manassas and the Gulf of Aden coast near Djibouti.");
    expect(found(ms, "Lake Manassas")).toBeDefined();
    expect(found(ms, "Gulf of Aden")).toBeDefined();
  });

  it("places a natural feature in the place its name holds", () => {
    const ms = places("Tensions rose on the Korean Peninsula, officials in Chicago said.");
    expect(near(found(ms, "Korean Peninsula"), 37, 127.5)).toBeLessThan(600);
  });

  it("leaves heads alone, heads after function words, and 'Gulf' without 'of'", () => {
    const ms = places("At the Campus, Park officials met the Gulf Information Security Conference in Dubai.");
    expect(ms.map((m) => m.text)).not.toContain("At the Campus");
    expect(ms.some((m) => m.text.includes("Conference"))).toBe(false);
    expect(ms.some((m) => m.text.includes("Park"))).toBe(false);
  });

  it("reports only the classes asked for, and none by default", () => {
    const text = "Crews closed Kingsley Road near Mahim Creek in Mumbai.";
    const nature = places(text, ["nature"]).map((m) => m.text);
    expect(nature).toContain("Mahim Creek");
    expect(nature).not.toContain("Kingsley Road");
    const none = places(text, []).map((m) => m.text);
    expect(none).not.toContain("Mahim Creek");
    expect(none).toContain("Mumbai");
  });
});

describe("a region's short form standing alone", () => {
  it("is the region where the text names a place of it", () => {
    const ms = places("Wildfires forced evacuations near Kamloops. Crews across BC were on alert.", []);
    expect(found(ms, "BC")?.place?.admin1 ?? found(ms, "BC")?.name).toMatch(/British Columbia/);
  });
  it("is not a place where the text names none", () => {
    const ms = places("The BC team met officials in Cairo on Monday.", []);
    expect(found(ms, "BC")).toBeUndefined();
  });
});

describe("a township the gazetteer lacks", () => {
  it("lies in the division the story's names lie in, not at a namesake abroad", () => {
    const text =
      "Hamilton Township police said a man from Trenton was charged. Mercer County prosecutors " +
      "said Ewing residents were told to stay inside.";
    const township = found(places(text, []), "Hamilton Township");
    expect(township?.place?.admin1).toBe("New Jersey");
    expect(township?.place?.geonameid).toBeNull();
  });
  it("leaves a city's plural divisions to the city", () => {
    const text = "London boroughs protect murals. Officials in Washington and Baltimore disagreed.";
    expect(found(places(text, []), "London boroughs")?.code).toBe("GBR");
  });
});
