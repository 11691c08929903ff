// Adds the local places of local-places-source.ts and postal-towns-source.ts that the gazetteer
// does not hold yet: a name already filed for a place near the same point is the same place and
// is left alone.
import type { EntryIndex } from "./entry-index.ts";
import { type LocalPlace, loadLocalPlaces, usStateNames } from "./local-places-source.ts";
import { toNameKey } from "./name-key.ts";
import { loadPostalTowns } from "./postal-towns-source.ts";

/**
 * A town of the same name this close is the same place (GeoNames and the package put a town's
 * point at slightly different spots; namesakes of one state are farther apart than this).
 */
const SAME_PLACE_KM = 15;

/** Kilometres between two points, flat-earth: exact enough at the SAME_PLACE_KM scale. */
function roughKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const kmPerDegree = 111.2;
  const dx = (b.lon - a.lon) * Math.cos(((a.lat + b.lat) / 2) * (Math.PI / 180));
  return kmPerDegree * Math.hypot(b.lat - a.lat, dx);
}

/**
 * Files the package's neighbourhoods and small towns as cities of unknown population: resolution
 * then believes them only with local evidence ("in Logan Square", "Maspeth, N.Y.", a list of
 * places of their state), as it does for every small town.
 */
export function addLocalPlaces(
  index: EntryIndex,
  pointOf: (id: number) => { lat: number; lon: number },
): void {
  for (const place of loadLocalPlaces()) addPlace(index, pointOf, place, "@countrystatecity/countries");
}

/** The source of entries for villages known only from their post office (see addPostalTowns). */
export const POSTAL_TOWN_SOURCE = "zipcodes";

/**
 * A town at least this large makes its name its own: a village named after it ("Montreal,
 * Wis.", "Oakland, Tex.") would take the city's mentions whenever a story names other US
 * places, so such villages are not filed.
 */
const FAMOUS_TOWN_POPULATION = 100_000;
/**
 * Kinds whose name is theirs in news, whatever village shares it ("South China", "Jordan"); a
 * state or province counts by its people (Malta's "Pembroke" does not hide Pembroke, Ky.).
 */
const FAMOUS_KINDS: ReadonlySet<string> = new Set([
  "country",
  "capital",
  "continent",
  "region",
  "water",
  "disputed",
]);
/**
 * A village whose name is a known place's and more words ("Mississippi State", "South China",
 * "Guilderland Center") would hide that place inside longer spans ("Mississippi State
 * University"): it is left out when the place is a division, a country or region, or a town of
 * at least this many people (not every hamlet called "Hill").
 */
const HIDDEN_TOWN_POPULATION = 10_000;

/**
 * Files the post-office towns of `zipcodes` the gazetteer lacks, like addLocalPlaces; run after
 * every other source, so that a village named after a famous place (a big city, a country, a
 * region) or hiding one in its name is left out.
 */
export function addPostalTowns(
  index: EntryIndex,
  pointOf: (id: number) => { lat: number; lon: number },
): void {
  const isFamous = (key: string) =>
    index
      .ids(key, false)
      .some((id) => FAMOUS_KINDS.has(index.kindOf(id)) || index.populationOf(id) >= FAMOUS_TOWN_POPULATION);
  const isKnown = (key: string) =>
    index
      .ids(key, false)
      .some((id) => index.kindOf(id) !== "city" || index.populationOf(id) >= HIDDEN_TOWN_POPULATION);
  const extendsKnownName = (key: string) => {
    const words = key.split(" ");
    for (let n = 1; n < words.length; n++)
      if (isKnown(words.slice(0, n).join(" ")) || isKnown(words.slice(n).join(" "))) return true;
    return false;
  };
  for (const place of loadPostalTowns(usStateNames())) {
    const key = toNameKey(place.name);
    if (isFamous(key) || extendsKnownName(key)) continue;
    addPlace(index, pointOf, place, POSTAL_TOWN_SOURCE);
  }
}

function addPlace(
  index: EntryIndex,
  pointOf: (id: number) => { lat: number; lon: number },
  place: LocalPlace,
  source: string,
): void {
  const key = toNameKey(place.name);
  if (!key || index.ids(key, false).some((id) => roughKm(pointOf(id), place) < SAME_PLACE_KM)) return;
  const id = index.add({
    name: place.name,
    country: "USA",
    admin1: place.admin1,
    lat: place.lat,
    lon: place.lon,
    geonameid: null,
    featureClass: "P",
    featureCode: "PPL",
    population: null,
    kind: "city",
    admin1Code: place.admin1Code,
    source,
  });
  index.addName(id, place.name);
}
