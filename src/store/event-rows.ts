// Events as rows and back: the one mapping between a coded or stored event and the events table's
// columns, shared by writes, queries and bulk loads.
import type { CodedEvent } from "../types.ts";
import { eventKey, weekOf } from "./event-key.ts";
import type { EventsTable } from "./schema.ts";
import type { StoredEvent } from "./store.ts";

export function eventRow(e: CodedEvent, day: string, firstSeen: string): EventsTable {
  return {
    event_key: eventKey(day, e),
    day,
    week: weekOf(day),
    month: day.slice(0, 7),
    source_code: e.source.code,
    source_name: e.source.name,
    source_country: e.source.code.slice(0, 3),
    target_code: e.target?.code ?? null,
    target_name: e.target?.name ?? null,
    target_country: e.target?.code.slice(0, 3) ?? null,
    cameo_code: e.cameo.code,
    cameo_root: e.cameo.root,
    quad_class: e.cameo.quadClass,
    goldstein: e.cameo.goldstein,
    plover_type: e.plover.type,
    plover_mode: e.plover.mode,
    plover_contexts: e.plover.contexts.join(","),
    modality: e.modality,
    negated: e.negated ? 1 : 0,
    place_name: e.location?.name ?? null,
    country: e.location?.country ?? null,
    admin1: e.location?.admin1 ?? null,
    lat: e.location?.lat ?? null,
    lon: e.location?.lon ?? null,
    num_mentions: 0,
    num_sources: 0,
    num_articles: 0,
    first_seen: firstSeen,
    evidence: e.evidence,
    origin: "sitrep",
    avg_tone: null,
    confidence: e.confidence,
    place_kind: e.location?.type ?? null,
    admin1_code: e.location?.admin1Code ?? null,
    feature_id: e.location?.geonameid ? String(e.location.geonameid) : null,
    is_root: null,
  };
}

/** Every column of `events`, in one fixed order: copies into superseded_events name them all. */
export const EVENT_COLUMNS = Object.keys(
  eventRow(
    {
      source: { code: "", name: "", start: 0, end: 0 },
      cameo: { code: "", root: "", quadClass: 1, goldstein: 0 },
      plover: { type: "", mode: null, contexts: [] },
    } as unknown as CodedEvent,
    "2000-01-01",
    "",
  ),
) as (keyof EventsTable)[];

export const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

export function toStoredEvent(r: EventsTable): StoredEvent {
  return {
    eventKey: r.event_key,
    day: r.day,
    sourceCode: r.source_code,
    sourceName: r.source_name,
    targetCode: r.target_code,
    targetName: r.target_name,
    cameoCode: r.cameo_code,
    cameoRoot: r.cameo_root,
    quadClass: Number(r.quad_class),
    goldstein: Number(r.goldstein),
    ploverType: r.plover_type,
    ploverMode: r.plover_mode,
    ploverContexts: r.plover_contexts ? r.plover_contexts.split(",") : [],
    modality: r.modality,
    negated: Boolean(Number(r.negated)),
    placeName: r.place_name,
    country: r.country,
    admin1: r.admin1,
    lat: r.lat === null ? null : Number(r.lat),
    lon: r.lon === null ? null : Number(r.lon),
    numMentions: Number(r.num_mentions),
    numSources: Number(r.num_sources),
    numArticles: Number(r.num_articles),
    firstSeen: r.first_seen,
    evidence: r.evidence,
    origin: r.origin,
    avgTone: num(r.avg_tone),
    confidence: num(r.confidence),
    placeKind: r.place_kind ?? null,
    admin1Code: r.admin1_code ?? null,
    featureId: r.feature_id ?? null,
    isRoot: r.is_root === null || r.is_root === undefined ? null : Boolean(Number(r.is_root)),
  };
}

export function fromStoredEvent(e: StoredEvent): EventsTable {
  return {
    event_key: e.eventKey,
    day: e.day,
    week: weekOf(e.day),
    month: e.day.slice(0, 7),
    source_code: e.sourceCode,
    source_name: e.sourceName,
    source_country: e.sourceCode.slice(0, 3),
    target_code: e.targetCode,
    target_name: e.targetName,
    target_country: e.targetCode?.slice(0, 3) ?? null,
    cameo_code: e.cameoCode,
    cameo_root: e.cameoRoot,
    quad_class: e.quadClass,
    goldstein: e.goldstein,
    plover_type: e.ploverType,
    plover_mode: e.ploverMode,
    plover_contexts: e.ploverContexts.join(","),
    modality: e.modality,
    negated: e.negated ? 1 : 0,
    place_name: e.placeName,
    country: e.country,
    admin1: e.admin1,
    lat: e.lat,
    lon: e.lon,
    num_mentions: e.numMentions,
    num_sources: e.numSources,
    num_articles: e.numArticles,
    first_seen: e.firstSeen,
    evidence: e.evidence,
    origin: e.origin,
    avg_tone: e.avgTone ?? null,
    confidence: e.confidence ?? null,
    place_kind: e.placeKind ?? null,
    admin1_code: e.admin1Code ?? null,
    feature_id: e.featureId ?? null,
    is_root: e.isRoot === null || e.isRoot === undefined ? null : e.isRoot ? 1 : 0,
  };
}
