// Adds the local places of local-places-source.ts that the gazetteer does not hold yet: a name
// already filed for a place near the same point is the same place and is left alone.
import type { EntryIndex } from "./entry-index.ts";
import { type LocalPlace, loadLocalPlaces, usStateNames } from "./local-places-source.ts";
import { loadPostalTowns } from "./postal-towns-source.ts";
import { toNameKey } from "./name-key.ts";

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
 * Files the packages' neighbourhoods and small towns (the state city lists first, then the
 * post-office towns of `zipcodes`) as cities of unknown population: resolution
 * then believes them only with local evidence ("in Logan Square", "Maspeth, N.Y.", a list of
 * places of their state), as it does for every small town.
 */
export function addLocalPlaces(
  index: EntryIndex,
  pointOf: (id: number) => { lat: number; lon: number },
): void {
  const sources: [string, LocalPlace[]][] = [
    ["@countrystatecity/countries", loadLocalPlaces()],
    ["zipcodes", loadPostalTowns(usStateNames())],
  ];
  for (const [source, places] of sources) for (const place of places) addPlace(index, pointOf, place, source);
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
