// The gazetteer's own vocabulary: every named place it knows is one GazetteerEntry, found by
// normalized name. Entries extend the pipeline's Place with what resolution needs.
import type { Place } from "../../types.ts";

/**
 * What sort of place an entry is. Resolution weighs them differently: a country or a curated
 * region outranks a village of the same name.
 */
export type PlaceKind =
  | "country"
  | "capital"
  | "city"
  | "admin1"
  | "admin2"
  | "continent"
  | "region"
  | "water"
  | "disputed";

export interface GazetteerEntry extends Place {
  readonly kind: PlaceKind;
  /** GeoNames feature code (PPLC, PPLA, ADM1, PCLI, CONT, RGN ...), for explanations. */
  readonly featureCode: string;
  /** GeoNames admin-1 code ("CN.13"), to group cities with their region; null when unknown. */
  readonly admin1Code: string | null;
  /** Where the entry came from: a package name or a `data/gazetteer/<file>:<line>`. */
  readonly source: string;
}

export interface CountryInfo {
  readonly iso3: string;
  readonly iso2: string;
  readonly name: string;
  readonly capital: string | null;
  /** Representative point of the country (not the capital). */
  readonly lat: number;
  readonly lon: number;
}

export interface Gazetteer {
  countryByIso3(iso3: string): CountryInfo | null;
  countryByIso2(iso2: string): CountryInfo | null;
  /** Every entry carrying this name or alias, most populous (most likely) first. */
  lookup(name: string): GazetteerEntry[];
  /**
   * Looks up an already-normalized key (see `toNameKey`); the recognizer's fast path. Names
   * written as acronyms ("US", "U.S.", "NSW") answer only when the span is written in capitals
   * too (`spanIsAcronym`), so "us" never becomes the United States.
   */
  lookupKey(key: string, spanIsAcronym: boolean): readonly GazetteerEntry[];
  /** Longest name, in words, that starts with this first-word key; 0 when none does. */
  maxWordsFrom(firstWordKey: string): number;
  countryCentroid(iso3: string): GazetteerEntry | null;
  /** "Beijing" -> China and the city; null when the name is no country's seat of government. */
  capitalOf(name: string): { iso3: string; place: GazetteerEntry } | null;
  /** Country demonyms and adjectives ("Chinese", "Pakistani") as keys: never places themselves. */
  isDemonymKey(key: string): boolean;
  /**
   * The place an adjective names, by key: a country for its demonym ("russian" -> Russia), a
   * region for its adjective ("latin american" -> Latin America); null for other words.
   */
  placeOfAdjective(key: string): GazetteerEntry | null;
  /**
   * Regions written short, exactly as in the text ("Ill.", "TX", "N.B."; data/gazetteer/
   * region-abbreviations.tsv): the recognizer reads them only after "Name," or "Name (".
   */
  regionsAbbreviated(text: string): readonly GazetteerEntry[];
  readonly size: number;
}
