// Centre points of first-level divisions (states, provinces, counties of Kenya ...) from the
// @countrystatecity/countries package. GeoNames' cities give no point for a region, and the
// middle of its towns is far off where towns crowd one edge (Ontario, Queensland); these are.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { toNameKey } from "./name-key.ts";

const require = createRequire(import.meta.url);

export interface StateCentre {
  readonly name: string;
  readonly iso2: string;
  readonly lat: number;
  readonly lon: number;
  /** The package's own word: "state", "province", "county", "region" ... */
  readonly type: string;
}

interface StateRow {
  name: string;
  country_code: string;
  latitude: string | null;
  longitude: string | null;
  type: string | null;
}

/** Every division with a point, by `${iso2}:${name key}`. */
export function loadStateCentres(): Map<string, StateCentre> {
  const dataDir = join(dirname(require.resolve("@countrystatecity/countries")), "data");
  const centres = new Map<string, StateCentre>();
  for (const countryDir of readdirSync(dataDir)) {
    const path = join(dataDir, countryDir, "states.json");
    if (!existsSync(path)) continue;
    for (const row of JSON.parse(readFileSync(path, "utf8")) as StateRow[]) {
      const lat = Number(row.latitude);
      const lon = Number(row.longitude);
      if (!row.latitude || !row.longitude || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
      const centre = { name: row.name, iso2: row.country_code, lat, lon, type: row.type ?? "" };
      centres.set(`${row.country_code}:${toNameKey(row.name)}`, centre);
    }
  }
  return centres;
}
