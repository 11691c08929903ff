// Countries from the world-countries package (names, ISO codes, capitals, demonyms, a point)
// and English name variants from i18n-iso-countries.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { CountryInfo } from "./gazetteer-types.ts";

const require = createRequire(import.meta.url);

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  capital?: string[];
  altSpellings?: string[];
  latlng?: [number, number];
  area?: number;
  demonyms?: { eng?: { f: string; m: string } };
}

export interface CountryRecord extends CountryInfo {
  /** Every English name and spelling worth matching in running text. */
  readonly names: readonly string[];
  readonly demonyms: readonly string[];
  /** Square kilometres. */
  readonly area: number;
}

/** Latin letters, spaces and the punctuation of names; rejects other scripts and "X, the Y of". */
const MATCHABLE_NAME = /^[\p{Script=Latin}\s'’.()&-]+$/u;

export function loadCountries(): CountryRecord[] {
  const world = require("world-countries/countries.json") as WorldCountry[];
  const i18nPath = require.resolve("i18n-iso-countries/langs/en.json");
  const i18n = JSON.parse(readFileSync(i18nPath, "utf8")) as { countries: Record<string, string | string[]> };
  return world.map((c) => {
    const variants = i18n.countries[c.cca2];
    const names = new Set<string>([c.name.common, c.name.official]);
    for (const v of Array.isArray(variants) ? variants : variants ? [variants] : []) names.add(v);
    // altSpellings start with the bare alpha-2 code ("CN"); codes are matched only when
    // data/gazetteer/aliases.tsv lists them (UK, US), so that "CN" or "GB" in text stay unmatched.
    for (const alt of c.altSpellings ?? []) if (alt.length > 3) names.add(alt);
    const demonyms = new Set<string>();
    if (c.demonyms?.eng) {
      demonyms.add(c.demonyms.eng.m);
      demonyms.add(c.demonyms.eng.f);
    }
    return {
      iso3: c.cca3,
      iso2: c.cca2,
      name: c.name.common,
      capital: c.capital?.[0] ?? null,
      lat: c.latlng?.[0] ?? 0,
      lon: c.latlng?.[1] ?? 0,
      names: [...names].filter((n) => MATCHABLE_NAME.test(n)),
      demonyms: [...demonyms].filter(Boolean),
      area: c.area ?? 0,
    };
  });
}
