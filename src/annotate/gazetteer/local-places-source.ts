// Places of local news that the GeoNames cities1000 dump lacks: neighbourhoods ("Logan Square",
// "Howard Beach") and towns it files under another name, from the per-state city lists of the
// @countrystatecity/countries package. Read for the United States only: there the package's
// states are GeoNames' first-level divisions (USPS codes), so each town gets its state right;
// elsewhere its "states" are other units (England's counties) and would misfile them.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);

export interface LocalPlace {
  readonly name: string;
  /** The state's name as its folder gives it ("New York"), which is GeoNames' admin-1 name. */
  readonly admin1: string;
  /** GeoNames admin-1 code ("US.NY"). */
  readonly admin1Code: string;
  readonly lat: number;
  readonly lon: number;
}

interface CityRow {
  name: string;
  state_code: string;
  latitude: string | null;
  longitude: string | null;
}

/** The package folder of the country whose city lists are read ("United_States-US"). */
const COUNTRY_FOLDER = "United_States-US";

const countryDir = () =>
  join(dirname(require.resolve("@countrystatecity/countries")), "data", COUNTRY_FOLDER);

/** "New_York-NY" -> ["New York", "NY"]. */
const stateOfFolder = (folder: string): [string, string] => [
  folder.replace(/-[^-]+$/, "").replace(/_/g, " "),
  folder.replace(/^.*-/, ""),
];

/** The US states and the District by USPS code ("NY" -> "New York"), from the package's folders. */
export function usStateNames(): Map<string, string> {
  const dir = countryDir();
  if (!existsSync(dir)) return new Map();
  const folders = readdirSync(dir).filter((folder) => /-[A-Z]{2}$/.test(folder));
  return new Map(folders.map((folder) => stateOfFolder(folder).reverse() as [string, string]));
}

/** Every city the package lists for the United States, with its state. */
export function loadLocalPlaces(): LocalPlace[] {
  const dir = countryDir();
  if (!existsSync(dir)) return [];
  const places: LocalPlace[] = [];
  for (const stateDir of readdirSync(dir)) {
    const path = join(dir, stateDir, "cities.json");
    if (!existsSync(path)) continue;
    const [admin1] = stateOfFolder(stateDir);
    for (const row of JSON.parse(readFileSync(path, "utf8")) as CityRow[]) {
      const lat = Number(row.latitude);
      const lon = Number(row.longitude);
      if (!row.latitude || !row.longitude || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
      places.push({ name: row.name, admin1, admin1Code: `US.${row.state_code}`, lat, lon });
    }
  }
  return places;
}
