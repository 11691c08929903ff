// Exports of the stored, rolled-up events: GDELT 2.0 events and mentions, PLOVER JSON Lines, CSV.
import { SitrepError } from "../../errors.ts";
import type { EventFilter, Store, StoredEvent } from "../store.ts";
import { createActorCodeReader } from "./cameo-actor-code.ts";
import { loadCountryToFips } from "./country-fips.ts";
import { type GdeltTables, globalEventId, toGdeltRow } from "./gdelt-events.ts";

export const EXPORT_FORMATS = ["gdelt", "gdelt-mentions", "plover", "csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const CSV_COLUMNS = [
  "eventKey",
  "day",
  "sourceCode",
  "sourceName",
  "targetCode",
  "targetName",
  "cameoCode",
  "cameoRoot",
  "quadClass",
  "goldstein",
  "ploverType",
  "ploverMode",
  "ploverContexts",
  "modality",
  "negated",
  "placeName",
  "country",
  "lat",
  "lon",
  "numMentions",
  "numSources",
  "numArticles",
  "evidence",
  "sourceUrl",
  "avgTone",
  "confidence",
] as const;

export function csvField(v: unknown): string {
  const s = Array.isArray(v) ? v.join(";") : v === null || v === undefined ? "" : String(v);
  // Quote when needed; a leading = + - @ is prefixed so spreadsheets never run it as a formula.
  const safe = /^[=+\-@]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** PLOVER-style record (event, mode, context, actor, recipient, location) with our evidence. */
function toPlover(e: StoredEvent & { sourceUrl: string | null }): Record<string, unknown> {
  return {
    id: e.eventKey,
    date: e.day,
    event: e.ploverType,
    mode: e.ploverMode,
    context: e.ploverContexts,
    actor: e.sourceCode,
    actor_name: e.sourceName,
    recipient: e.targetCode,
    recipient_name: e.targetName,
    cameo: e.cameoCode,
    quad_class: e.quadClass,
    goldstein: e.goldstein,
    modality: e.modality,
    negated: e.negated,
    location: e.lat === null ? null : { name: e.placeName, country: e.country, lat: e.lat, lon: e.lon },
    num_mentions: e.numMentions,
    num_sources: e.numSources,
    num_articles: e.numArticles,
    evidence: e.evidence,
    source_url: e.sourceUrl,
    tone: e.avgTone ?? null,
    confidence: e.confidence ?? null,
  };
}

/**
 * GDELT's YYYYMMDDHHMMSS, always in UTC: publishedAt keeps the page's own offset
 * ("2020-04-02T04:11:00+05:30" is 20200401224100 in GDELT's clock).
 */
export function utcStamp(iso: string): string {
  const ms = Date.parse(iso);
  const utc = Number.isNaN(ms) ? iso : new Date(ms).toISOString();
  return utc.replace(/[-:T]/g, "").slice(0, 14);
}

/** Writes every matching event in `format`; returns how many records were written. */
export async function exportEvents(
  store: Store,
  format: string,
  filter: EventFilter,
  /** Awaited when it returns a promise: a slow HTTP client pauses the export (bounded memory). */
  write: (chunk: string) => unknown,
  dataDir: string,
): Promise<number> {
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new SitrepError("E_OPTION_VALUE", `--format ${format}: use ${EXPORT_FORMATS.join(", ")}`);
  }
  let n = 0;
  if (format === "gdelt-mentions") {
    // GDELT 2.0 Mentions table: 16 columns. MentionType 1 = web; offsets are character offsets.
    for await (const m of store.streamMentions(filter)) {
      const when = utcStamp(m.publishedAt ?? `${m.day}T00:00:00Z`);
      const row = [
        globalEventId(m.eventKey),
        `${m.day.replace(/-/g, "")}000000`,
        when,
        "1",
        m.source ?? "",
        m.url ?? m.docKey,
        String(m.sentenceIndex + 1),
        String(m.sourceStart),
        m.targetStart === null ? "-1" : String(m.targetStart),
        String(m.triggerStart),
        "1",
        String(Math.round(m.confidence * 100)),
        m.docLength === null || m.docLength === undefined ? "" : String(m.docLength),
        m.docTone === null || m.docTone === undefined ? "" : String(m.docTone),
        "",
        "",
      ];
      await write(`${row.join("\t")}\n`);
      n++;
    }
    return n;
  }
  const tables: GdeltTables = {
    countryToFips: loadCountryToFips(dataDir),
    actorCode: createActorCodeReader(dataDir),
  };
  if (format === "csv") await write(`${CSV_COLUMNS.join(",")}\n`);
  for await (const e of store.streamEvents(filter)) {
    if (format === "gdelt") {
      // GDELT rows carry no negation or modality: a denied or hypothetical event would read as
      // one that happened, so those stay out (PLOVER and CSV keep them, with their flags).
      if (e.negated || e.modality === "hypothetical") continue;
      await write(`${toGdeltRow(e, e.sourceUrl, tables)}\n`);
    } else if (format === "plover") await write(`${JSON.stringify(toPlover(e))}\n`);
    else
      await write(
        `${CSV_COLUMNS.map((c) => csvField((e as unknown as Record<string, unknown>)[c])).join(",")}\n`,
      );
    n++;
  }
  return n;
}
