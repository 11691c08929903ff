// GDELT 2.0 event records: 61 tab-separated columns in GDELT's order, no header, codes as text.
// Field list from the GDELT 2.0 Event Database codebook. Actor attribute columns come from reading
// each CAMEO actor code by its structure (cameo-actor-code.ts); geography is the action location,
// also used for the actors (we do not locate actors separately), Actor2's only when there is one.
import type { StoredEvent } from "../store.ts";
import type { ActorCodeReader } from "./cameo-actor-code.ts";

export const GDELT_EVENT_COLUMNS = [
  "GLOBALEVENTID",
  "SQLDATE",
  "MonthYear",
  "Year",
  "FractionDate",
  "Actor1Code",
  "Actor1Name",
  "Actor1CountryCode",
  "Actor1KnownGroupCode",
  "Actor1EthnicCode",
  "Actor1Religion1Code",
  "Actor1Religion2Code",
  "Actor1Type1Code",
  "Actor1Type2Code",
  "Actor1Type3Code",
  "Actor2Code",
  "Actor2Name",
  "Actor2CountryCode",
  "Actor2KnownGroupCode",
  "Actor2EthnicCode",
  "Actor2Religion1Code",
  "Actor2Religion2Code",
  "Actor2Type1Code",
  "Actor2Type2Code",
  "Actor2Type3Code",
  "IsRootEvent",
  "EventCode",
  "EventBaseCode",
  "EventRootCode",
  "QuadClass",
  "GoldsteinScale",
  "NumMentions",
  "NumSources",
  "NumArticles",
  "AvgTone",
  "Actor1Geo_Type",
  "Actor1Geo_FullName",
  "Actor1Geo_CountryCode",
  "Actor1Geo_ADM1Code",
  "Actor1Geo_ADM2Code",
  "Actor1Geo_Lat",
  "Actor1Geo_Long",
  "Actor1Geo_FeatureID",
  "Actor2Geo_Type",
  "Actor2Geo_FullName",
  "Actor2Geo_CountryCode",
  "Actor2Geo_ADM1Code",
  "Actor2Geo_ADM2Code",
  "Actor2Geo_Lat",
  "Actor2Geo_Long",
  "Actor2Geo_FeatureID",
  "ActionGeo_Type",
  "ActionGeo_FullName",
  "ActionGeo_CountryCode",
  "ActionGeo_ADM1Code",
  "ActionGeo_ADM2Code",
  "ActionGeo_Lat",
  "ActionGeo_Long",
  "ActionGeo_FeatureID",
  "DATEADDED",
  "SOURCEURL",
] as const;

/** A numeric GLOBALEVENTID derived from our event key: stable across exports, under 2^52. */
export function globalEventId(eventKey: string): string {
  // An imported GDELT event keeps its own id, so import → export round-trips.
  const imported = /^gdelt-(\d+)$/.exec(eventKey);
  if (imported) return imported[1]!;
  const hex = eventKey.replace(/[^0-9a-f]/gi, "").slice(0, 13);
  return hex ? String(Number.parseInt(hex, 16)) : "0";
}

/** Country codes and actor-code attributes an export needs, loaded once per export. */
export interface GdeltTables {
  readonly countryToFips: (iso3: string) => string;
  readonly actorCode: ActorCodeReader;
}

/** GDELT's 8 attribute columns of one actor, from its CAMEO code read by structure. */
export function actorColumns(code: string | null, read: ActorCodeReader): string[] {
  const a = read(code);
  return [
    a.countryCode,
    a.knownGroupCode,
    a.ethnicCode,
    a.religion1Code,
    a.religion2Code,
    a.type1Code,
    a.type2Code,
    a.type3Code,
  ];
}

function clean(s: string | null | undefined): string {
  return (s ?? "").replace(/[\t\r\n]+/g, " ");
}

/**
 * FIPS 10-4 gives the Gaza Strip (GZ) and the West Bank (WE) codes of their own where ISO 3166
 * has one (PSE). A place is in Gaza when its GeoNames division says so (PS.GZ), else when it lies
 * west of 34.6°E: the Gaza Strip lies wholly west of it (34.2-34.57°E), the West Bank wholly east
 * (34.88-35.57°E).
 */
const GAZA_EAST_EDGE_LON = 34.6;

function fipsOf(e: StoredEvent, countryToFips: (iso3: string) => string): string {
  if (!e.country) return "";
  if (e.country === "PSE") {
    const division = e.admin1Code?.split(".")[1];
    if (division === "GZ" || division === "WE") return division;
    if (e.lon !== null) return e.lon < GAZA_EAST_EDGE_LON ? "GZ" : "WE";
  }
  return countryToFips(e.country);
}

/**
 * GDELT Geo_Type: 1 country, 2 US state, 3 US city or landmark, 4 world city or landmark,
 * 5 world first-level division. A place of another kind (a sea, a region, a disputed area
 * without a division code) is a located feature, so 4 (or 3 in the US); 1 only for a country.
 */
export function geoType(e: StoredEvent): string {
  if (e.lat === null) return "";
  const us = e.country === "USA";
  const kind = e.placeKind ?? null;
  if (kind === "country") return "1";
  if (kind === "admin1") return us ? "2" : "5";
  // Events stored before place kinds were kept: a place without a division was the country.
  if (kind === null && !e.admin1 && !e.admin1Code) return "1";
  return us ? "3" : "4";
}

/** The 8 geography columns of a place: type, name, FIPS country, ADM1, ADM2, lat, long, feature id. */
function geoColumns(e: StoredEvent, countryToFips: (iso3: string) => string): string[] {
  if (e.lat === null && !e.country) return ["", "", "", "", "", "", "", ""];
  const type = geoType(e);
  const fips = fipsOf(e, countryToFips);
  // ADM1: FIPS country + the GeoNames division code, which is the FIPS 10-4 division code for most
  // countries and the postal code for US states (USTX), as GDELT writes them. A country's ADM1 is
  // the country code itself (GDELT's convention); Gaza and the West Bank are FIPS countries.
  const division = e.admin1Code?.split(".")[1] ?? "";
  const adm1 =
    type === "1" || division === fips
      ? fips
      : fips && division && /^[A-Z0-9]{1,3}$/.test(division)
        ? `${fips}${division}`
        : "";
  const featureId = type === "1" ? fips : type === "2" || type === "5" ? adm1 : (e.featureId ?? "");
  return [
    type,
    clean(e.placeName),
    fips,
    adm1,
    "",
    e.lat === null ? "" : String(e.lat),
    e.lon === null ? "" : String(e.lon),
    featureId,
  ];
}

export function toGdeltRow(e: StoredEvent, sourceUrl: string | null, tables: GdeltTables): string {
  const [y, m, d] = e.day.split("-");
  const start = Date.UTC(Number(y), 0, 1);
  const dayOfYear = (Date.UTC(Number(y), Number(m) - 1, Number(d)) - start) / 86_400_000;
  const fraction = (Number(y) + dayOfYear / 365).toFixed(4);
  const a1 = actorColumns(e.sourceCode, tables.actorCode);
  const a2 = actorColumns(e.targetCode, tables.actorCode);
  const geo = geoColumns(e, tables.countryToFips);
  const none = ["", "", "", "", "", "", "", ""];
  const row = [
    globalEventId(e.eventKey),
    `${y}${m}${d}`,
    `${y}${m}`,
    y ?? "",
    fraction,
    e.sourceCode,
    clean(e.sourceName),
    ...a1,
    e.targetCode ?? "",
    clean(e.targetName),
    ...a2,
    e.isRoot ? "1" : "0",
    e.cameoCode,
    e.cameoCode.slice(0, 3),
    e.cameoRoot,
    String(e.quadClass),
    String(e.goldstein),
    String(e.numMentions),
    String(e.numSources),
    String(e.numArticles),
    e.avgTone === null || e.avgTone === undefined ? "" : String(e.avgTone),
    // We place the event, not each actor: the action's place stands for Actor1's, and for
    // Actor2's only when there is an Actor2 (GDELT leaves an absent actor's geography empty).
    ...geo,
    ...(e.targetCode ? geo : none),
    ...geo,
    e.firstSeen.replace(/[-:T]/g, "").slice(0, 14),
    clean(sourceUrl),
  ];
  return row.join("\t");
}
