// Loads GDELT 2.0 event exports (61 tab-separated columns) so the same analytics run on GDELT data.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { SitrepError } from "../../errors.ts";
import type { StoredEvent } from "../store.ts";
import { loadFipsToCountry } from "./country-fips.ts";
import { GDELT_EVENT_COLUMNS } from "./gdelt-events.ts";

const col = (name: (typeof GDELT_EVENT_COLUMNS)[number]) => GDELT_EVENT_COLUMNS.indexOf(name);

function num(s: string | undefined): number | null {
  if (s === undefined || s.trim() === "") return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** One GDELT row → a rolled-up event; null for a row that is not a GDELT 2.0 event record. */
export function parseGdeltRow(line: string, fipsToIso3: (fips: string) => string | null): StoredEvent | null {
  const f = line.split("\t");
  if (f.length !== GDELT_EVENT_COLUMNS.length) return null;
  const get = (name: (typeof GDELT_EVENT_COLUMNS)[number]) => f[col(name)] ?? "";
  const sqlDate = get("SQLDATE");
  if (!/^\d{8}$/.test(sqlDate)) return null;
  const quad = num(get("QuadClass"));
  const code = get("EventCode");
  if (!quad || quad < 1 || quad > 4 || !/^\d{2,4}$/.test(code)) return null;
  const lat = num(get("ActionGeo_Lat"));
  const lon = num(get("ActionGeo_Long"));
  const day = `${sqlDate.slice(0, 4)}-${sqlDate.slice(4, 6)}-${sqlDate.slice(6, 8)}`;
  const added = get("DATEADDED");
  return {
    eventKey: `gdelt-${get("GLOBALEVENTID")}`,
    day,
    sourceCode: get("Actor1Code") || "---",
    sourceName: get("Actor1Name"),
    targetCode: get("Actor2Code") || null,
    targetName: get("Actor2Name") || null,
    cameoCode: code,
    cameoRoot: get("EventRootCode") || code.slice(0, 2),
    quadClass: quad,
    goldstein: num(get("GoldsteinScale")) ?? 0,
    // GDELT has no PLOVER coding; `sitrep export --format plover` then shows the CAMEO code only.
    ploverType: "",
    ploverMode: null,
    ploverContexts: [],
    modality: "asserted",
    negated: false,
    placeName: get("ActionGeo_FullName") || null,
    country: fipsToIso3(get("ActionGeo_CountryCode")),
    admin1: get("ActionGeo_ADM1Code") || null,
    lat,
    lon,
    numMentions: num(get("NumMentions")) ?? 1,
    numSources: num(get("NumSources")) ?? 1,
    numArticles: num(get("NumArticles")) ?? 1,
    firstSeen: /^\d{14}$/.test(added)
      ? `${added.slice(0, 4)}-${added.slice(4, 6)}-${added.slice(6, 8)}T${added.slice(8, 10)}:${added.slice(10, 12)}:${added.slice(12, 14)}Z`
      : `${day}T00:00:00Z`,
    evidence: get("SOURCEURL"),
    origin: "gdelt",
  };
}

/** Streams a GDELT export file into `insert` in batches; bad rows are counted, not fatal. */
export async function importGdeltFile(
  path: string,
  dataDir: string,
  insert: (batch: StoredEvent[]) => Promise<number>,
): Promise<{ imported: number; rejected: number }> {
  const toIso3 = loadFipsToCountry(dataDir);
  let batch: StoredEvent[] = [];
  let imported = 0;
  let rejected = 0;
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
  for await (const line of createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY })) {
    if (!line.trim()) continue;
    const e = parseGdeltRow(line, toIso3);
    if (!e) {
      rejected++;
      continue;
    }
    batch.push(e);
    if (batch.length >= 5000) {
      imported += await insert(batch);
      batch = [];
    }
  }
  if (batch.length) imported += await insert(batch);
  return { imported, rejected };
}
