// Country names, short forms, demonyms and capitals from the npm data packages world-countries
// (names, ISO codes, demonyms, capitals) and i18n-iso-countries (English name variants).
import { createRequire } from "node:module";

export interface CountryNames {
  readonly iso3: string;
  readonly iso2: string;
  /** Common English name: "Pakistan", "United Kingdom". */
  readonly name: string;
  /** Every English name form: common, official, alternative spellings, i18n variants. */
  readonly names: readonly string[];
  readonly demonyms: readonly string[];
  readonly capitals: readonly string[];
  /** Sovereign UN member: wins a name or demonym it shares with a territory ("French", "Dutch"). */
  readonly unMember: boolean;
  readonly area: number;
}

interface WorldCountry {
  readonly name: {
    readonly common: string;
    readonly official: string;
    readonly native?: Record<string, { readonly common: string; readonly official: string }>;
  };
  readonly translations?: Record<string, { readonly common: string; readonly official: string }>;
  readonly cca2: string;
  readonly cca3: string;
  readonly altSpellings: readonly string[];
  readonly capital: readonly string[];
  readonly demonyms?: { readonly eng?: { readonly f: string; readonly m: string } };
  readonly unMember?: boolean;
  readonly area?: number;
}

const require = createRequire(import.meta.url);

// Latin script only: the packages also list native spellings ("Zhōngguó", "北京"), which English
// news does not use and which would only slow the matcher down.
const LATIN_NAME = /^[A-Za-z][A-Za-z .'’()-]*$/;

/**
 * Whether an alternative spelling is safe to match as a country name. Two-letter spellings ("IN",
 * "IT", "US") are ISO codes that collide with English words; the few that news uses as names (US,
 * UK) come from data/actors/countries-extra.tsv instead. Inverted forms ("Korea, Republic of")
 * are catalogue order, never running text.
 */
function isUsableName(name: string): boolean {
  return name.length > 2 && !name.includes(",") && LATIN_NAME.test(name);
}

/** Capital names as news writes them: "Washington D.C." is also just "Washington". */
function capitalForms(capital: string): string[] {
  const forms = [capital];
  const bare = capital.replace(/,?\s+D\.?C\.?$/, "");
  if (bare !== capital) forms.push(bare);
  return forms.filter(isUsableName);
}

const foldDiacritics = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/**
 * The country's names in other languages, folded: alternative spellings that are only a native
 * name without its accents ("Island" for Ísland) are English words, not English country names.
 */
function foreignNames(c: WorldCountry): Set<string> {
  const out = new Set<string>();
  for (const n of [...Object.values(c.name.native ?? {}), ...Object.values(c.translations ?? {})]) {
    out.add(foldDiacritics(n.common));
    out.add(foldDiacritics(n.official));
  }
  out.delete(foldDiacritics(c.name.common));
  out.delete(foldDiacritics(c.name.official));
  return out;
}

export function loadCountryNames(): CountryNames[] {
  const world = require("world-countries/countries.json") as WorldCountry[];
  const i18n = require("i18n-iso-countries/langs/en.json") as {
    countries: Record<string, string | string[]>;
  };
  return world.map((c) => {
    // world-countries gives Kosovo the placeholder UNK; news data and data/actors use XKX.
    const iso3 = c.cca3 === "UNK" ? "XKX" : c.cca3;
    const variants = i18n.countries[c.cca2];
    const foreign = foreignNames(c);
    const names = new Set<string>([
      c.name.common,
      c.name.official,
      ...c.altSpellings.filter((a) => !foreign.has(foldDiacritics(a))),
    ]);
    for (const v of Array.isArray(variants) ? variants : variants ? [variants] : []) names.add(v);
    const demonyms = new Set<string>();
    // "Bosnian, Herzegovinian": the package lists a country's two demonyms in one string.
    if (c.demonyms?.eng)
      for (const d of [c.demonyms.eng.m, c.demonyms.eng.f])
        for (const one of d.split(/\s*,\s*/)) demonyms.add(one);
    return {
      iso3,
      iso2: c.cca2,
      name: c.name.common,
      names: [...names].filter(isUsableName),
      demonyms: [...demonyms].filter(isUsableName),
      capitals: c.capital.flatMap(capitalForms),
      unMember: c.unMember === true,
      area: c.area ?? 0,
    };
  });
}

/**
 * The plural of a demonym used as a noun for the people: "Pakistanis", "Americans", "Afghans";
 * demonyms in -ese, -ish, -ch ("Chinese", "British", "French") have none.
 */
export function demonymPlural(demonym: string): string | null {
  if (/(?:ese|ish|ch|ss|s|x|z)$/i.test(demonym)) return null;
  return `${demonym}s`;
}
