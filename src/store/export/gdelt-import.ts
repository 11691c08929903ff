// Loads GDELT 2.0 event exports (61 tab-separated columns) so the same analytics run on GDELT data.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { SitrepError } from "../../errors.ts";
import type { StoredEvent } from "../store.ts";
import { loadCameoToPlover, type PloverOfCameo } from "./cameo-plover.ts";
import { loadFipsToCountry } from "./country-fips.ts";
import { GDELT_EVENT_COLUMNS } from "./gdelt-events.ts";

const col = (name: (typeof GDELT_EVENT_COLUMNS)[number]) => GDELT_EVENT_COLUMNS.indexOf(name);

function num(s: string | undefined): number | null {
  if (s === undefined || s.trim() === "") return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** Geo_Type → the place kind we keep (1 country, 2/5 first-level division, 3/4 city or landmark). */
const KIND_OF_GEO_TYPE: Record<string, string> = {
  "1": "country",
  "2": "admin1",
  "3": "city",
  "4": "city",
  "5": "admin1",
};

/** A GDELT row as an event, or why it is not one. */
export type GdeltRowResult = { event: StoredEvent } | { reason: string };

export interface GdeltImportTables {
  readonly fipsToIso3: (fips: string) => string | null;
  readonly cameoToPlover: (cameo: string) => PloverOfCameo;
}

/** One GDELT row → a rolled-up event, or the reason it is rejected. */
export function readGdeltRow(line: string, tables: GdeltImportTables): GdeltRowResult {
  const f = line.split("\t");
  if (f.length !== GDELT_EVENT_COLUMNS.length)
    return { reason: `${f.length} columns; a GDELT 2.0 event row has ${GDELT_EVENT_COLUMNS.length}` };
  const get = (name: (typeof GDELT_EVENT_COLUMNS)[number]) => f[col(name)] ?? "";
  const id = get("GLOBALEVENTID");
  if (!/^\d+$/.test(id)) return { reason: `GLOBALEVENTID "${id.slice(0, 40)}" is not a number` };
  const sqlDate = get("SQLDATE");
  const day = `${sqlDate.slice(0, 4)}-${sqlDate.slice(4, 6)}-${sqlDate.slice(6, 8)}`;
  const parsedDay = new Date(`${day}T00:00:00Z`);
  if (
    !/^\d{8}$/.test(sqlDate) ||
    Number.isNaN(parsedDay.getTime()) ||
    parsedDay.toISOString().slice(0, 10) !== day
  )
    return { reason: `SQLDATE "${sqlDate.slice(0, 40)}" is not a YYYYMMDD day` };
  const quad = num(get("QuadClass"));
  if (!quad || ![1, 2, 3, 4].includes(quad))
    return { reason: `QuadClass "${get("QuadClass").slice(0, 20)}" is not 1-4` };
  const code = get("EventCode");
  if (!/^\d{2,4}$/.test(code)) return { reason: `EventCode "${code.slice(0, 20)}" is not a CAMEO code` };
  const lat = num(get("ActionGeo_Lat"));
  const lon = num(get("ActionGeo_Long"));
  const added = get("DATEADDED");
  const plover = tables.cameoToPlover(code);
  const fips = get("ActionGeo_CountryCode");
  const adm1 = get("ActionGeo_ADM1Code");
  return {
    event: {
      eventKey: `gdelt-${id}`,
      day,
      sourceCode: get("Actor1Code") || "---",
      sourceName: get("Actor1Name"),
      targetCode: get("Actor2Code") || null,
      targetName: get("Actor2Name") || null,
      cameoCode: code,
      cameoRoot: get("EventRootCode") || code.slice(0, 2),
      quadClass: quad,
      goldstein: num(get("GoldsteinScale")) ?? 0,
      // GDELT codes CAMEO only: PLOVER comes from our CAMEO→PLOVER table, as for events coded here.
      ploverType: plover.type,
      ploverMode: plover.mode,
      ploverContexts: plover.contexts,
      modality: "asserted",
      negated: false,
      placeName: get("ActionGeo_FullName") || null,
      country: tables.fipsToIso3(fips),
      admin1: null,
      // Kept as FIPS country "." division, so an export writes the same ADM1Code back.
      admin1Code:
        adm1.length > fips.length && fips && adm1.startsWith(fips)
          ? `${fips}.${adm1.slice(fips.length)}`
          : null,
      placeKind: KIND_OF_GEO_TYPE[get("ActionGeo_Type")] ?? null,
      featureId: get("ActionGeo_FeatureID") || null,
      lat,
      lon,
      numMentions: num(get("NumMentions")) ?? 1,
      numSources: num(get("NumSources")) ?? 1,
      numArticles: num(get("NumArticles")) ?? 1,
      avgTone: num(get("AvgTone")),
      confidence: null,
      isRoot: get("IsRootEvent") === "1",
      firstSeen: /^\d{14}$/.test(added)
        ? `${added.slice(0, 4)}-${added.slice(4, 6)}-${added.slice(6, 8)}T${added.slice(8, 10)}:${added.slice(10, 12)}:${added.slice(12, 14)}Z`
        : `${day}T00:00:00Z`,
      // Imported events have no stored document: the evidence field keeps the SOURCEURL.
      evidence: get("SOURCEURL"),
      origin: "gdelt",
    },
  };
}

/** One GDELT row → a rolled-up event; null for a row that is not a GDELT 2.0 event record. */
export function parseGdeltRow(
  line: string,
  fipsToIso3: (fips: string) => string | null,
  cameoToPlover: (cameo: string) => PloverOfCameo = () => ({ type: "", mode: null, contexts: [] }),
): StoredEvent | null {
  const r = readGdeltRow(line, { fipsToIso3, cameoToPlover });
  return "event" in r ? r.event : null;
}

/** Rejected rows listed one by one in an import report; past this only the counts by reason grow. */
const MAX_LISTED_REJECTIONS = 1000;

export interface GdeltImportReport {
  imported: number;
  rejected: number;
  /** Rejected rows by reason ("61 columns" style reasons are grouped by their text). */
  reasons: Record<string, number>;
  /** The first rejected rows: line number (1-based) and why. */
  rejections: { line: number; reason: string }[];
}

/** Streams a GDELT export file into `insert` in batches; bad rows are counted with their reason, not fatal. */
export async function importGdeltFile(
  path: string,
  dataDir: string,
  insert: (batch: StoredEvent[]) => Promise<number>,
): Promise<GdeltImportReport> {
  const tables: GdeltImportTables = {
    fipsToIso3: loadFipsToCountry(dataDir),
    cameoToPlover: loadCameoToPlover(dataDir),
  };
  let batch: StoredEvent[] = [];
  const report: GdeltImportReport = { imported: 0, rejected: 0, reasons: {}, rejections: [] };
  let stream: ReturnType<typeof createReadStream>;
  try {
    stream = createReadStream(path);
    await new Promise<void>((resolve, reject) => {
      stream.once("open", () => resolve());
      stream.once("error", reject);
    });
  } catch {
    throw new SitrepError("E_INPUT_NOT_FOUND", `Cannot read ${path}`, path);
  }
  let lineNo = 0;
  for await (const line of createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY })) {
    lineNo++;
    if (!line.trim()) continue;
    const r = readGdeltRow(line, tables);
    if ("reason" in r) {
      report.rejected++;
      const kind = r.reason.replace(/"[^"]*"/g, "…").replace(/^\d+ columns/, "N columns");
      report.reasons[kind] = (report.reasons[kind] ?? 0) + 1;
      if (report.rejections.length < MAX_LISTED_REJECTIONS)
        report.rejections.push({ line: lineNo, reason: r.reason });
      continue;
    }
    batch.push(r.event);
    if (batch.length >= 5000) {
      report.imported += await insert(batch);
      batch = [];
    }
  }
  if (batch.length) report.imported += await insert(batch);
  return report;
}
