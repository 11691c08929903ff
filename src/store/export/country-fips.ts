// ISO alpha-3 ↔ FIPS 10-4 country codes for GDELT exports and imports (data/codes/iso3-fips.tsv).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * ISO 3166 alpha-3 → FIPS 10-4 country codes, which GDELT uses in its geography columns.
 * From data/codes/iso3-fips.tsv (`iso3<TAB>fips`); an unknown country exports as empty,
 * GDELT's own convention for an unknown value.
 */
function readPairs(dataDir: string): [string, string][] {
  const file = join(dataDir, "codes", "iso3-fips.tsv");
  if (!existsSync(file)) return [];
  const pairs: [string, string][] = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.trim() || line.startsWith("#")) continue;
    const [iso3, fips] = line.split("\t");
    if (iso3?.trim() && fips?.trim()) pairs.push([iso3.trim(), fips.trim()]);
  }
  return pairs;
}

export function loadCountryToFips(dataDir: string): (iso3: string) => string {
  const map = new Map(readPairs(dataDir));
  return (iso3) => map.get(iso3) ?? "";
}

/** FIPS 10-4 → ISO alpha-3, for GDELT imports. */
export function loadFipsToCountry(dataDir: string): (fips: string) => string | null {
  const map = new Map(readPairs(dataDir).map(([iso3, fips]) => [fips, iso3]));
  // FIPS splits Palestine in two (gdelt-events.ts): the Gaza Strip is GZ, the West Bank WE.
  if (map.get("WE") === "PSE" && !map.has("GZ")) map.set("GZ", "PSE");
  return (fips) => map.get(fips) ?? null;
}
