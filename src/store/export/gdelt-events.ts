// GDELT 2.0 event records: 61 tab-separated columns in GDELT's order, no header, codes as text.
// Field list from the GDELT 2.0 Event Database codebook. Actor attribute columns are derived from
// CAMEO actor codes (3-letter country or IGO prefix + 3-letter roles); geography is the action
// location, also used for both actors (we do not locate actors separately).
import type { StoredEvent } from "../store.ts";

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
  const hex = eventKey.replace(/[^0-9a-f]/gi, "").slice(0, 13);
  return hex ? String(Number.parseInt(hex, 16)) : "0";
}

const ROLE = /^[A-Z]{3}$/;

/** Splits a CAMEO actor code into GDELT's attribute columns: country, known group, types. */
export function actorColumns(
  code: string | null,
): [string, string, string, string, string, string, string, string] {
  if (!code) return ["", "", "", "", "", "", "", ""];
  const parts = code.match(/.{1,3}/g) ?? [];
  const [first = "", ...rest] = parts;
  const isIgo = ["IGO", "NGO", "MNC"].includes(first);
  const country = isIgo ? "" : first;
  const types = (isIgo ? [first, ...rest] : rest).filter((p) => ROLE.test(p));
  return [country, "", "", "", "", types[0] ?? "", types[1] ?? "", types[2] ?? ""];
}

function clean(s: string | null | undefined): string {
  return (s ?? "").replace(/[\t\r\n]+/g, " ");
}

export function toGdeltRow(
  e: StoredEvent,
  sourceUrl: string | null,
  countryToFips: (iso3: string) => string,
): string {
  const [y, m, d] = e.day.split("-");
  const start = Date.UTC(Number(y), 0, 1);
  const dayOfYear = (Date.UTC(Number(y), Number(m) - 1, Number(d)) - start) / 86_400_000;
  const fraction = (Number(y) + dayOfYear / 365).toFixed(4);
  const a1 = actorColumns(e.sourceCode);
  const a2 = actorColumns(e.targetCode);
  const geoType = e.lat === null ? "" : e.placeName && e.country && e.placeName !== e.country ? "4" : "1";
  const fips = e.country ? countryToFips(e.country) : "";
  const geo = [
    geoType,
    clean(e.placeName),
    fips,
    e.admin1 ?? "",
    "",
    e.lat === null ? "" : String(e.lat),
    e.lon === null ? "" : String(e.lon),
    "",
  ];
  const row = [
    globalEventId(e.eventKey),
    `${y}${m}${d}`,
    `${y}${m}`,
    y ?? "",
    fraction,
    e.sourceCode,
    clean(e.sourceName),
    a1[0],
    a1[1],
    a1[2],
    a1[3],
    a1[4],
    a1[5],
    a1[6],
    a1[7],
    e.targetCode ?? "",
    clean(e.targetName),
    a2[0],
    a2[1],
    a2[2],
    a2[3],
    a2[4],
    a2[5],
    a2[6],
    a2[7],
    "1",
    e.cameoCode,
    e.cameoCode.slice(0, 3),
    e.cameoRoot,
    String(e.quadClass),
    String(e.goldstein),
    String(e.numMentions),
    String(e.numSources),
    String(e.numArticles),
    "0",
    ...geo,
    ...geo,
    ...geo,
    e.firstSeen.replace(/[-:T]/g, "").slice(0, 14),
    clean(sourceUrl),
  ];
  return row.join("\t");
}
