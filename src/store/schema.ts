// Table shapes as the query layer sees them. Dates are ISO text (`YYYY-MM-DD` for event days),
// codes are text, JSON columns hold the stage outputs so recoding needs no re-fetch.
import type { Generated } from "kysely";

export interface SourcesTable {
  name: string;
  first_seen: string;
}

export interface DocumentsTable {
  /** Stable key: hash of the canonical URL when there is one, else of the raw content. */
  doc_key: string;
  input_id: string;
  content_hash: string;
  url: string | null;
  source: string | null;
  title: string | null;
  published_at: string | null;
  lang: string | null;
  /** 64-bit SimHash of the text as 16 hex digits. */
  simhash: string;
  /** doc_key of the first document of its near-duplicate cluster (itself when first). */
  cluster_key: string;
  article_json: string;
  annotations_json: string;
  dictionary_version: string | null;
  ingested_at: string;
  /** doc_key of the URL's first version (hash of the canonical URL): every version shares it. Null without a URL. */
  url_key: string | null;
  /** 1 for the first body seen at a URL, then 2, 3, ... for each changed body (migration 002). */
  version: number;
  /** doc_key of the version that replaced this one; null for the current version. */
  superseded_by: string | null;
  /** sha256 of the extracted text: a page whose bytes changed but whose body did not is no new version. */
  body_hash: string | null;
  /** GDELT-style tone of the text: (positive − negative words) / words × 100 (document-tone.ts). */
  tone: number | null;
  /** Length of the text in characters (GDELT's MentionDocLen). */
  char_count: number | null;
}

/**
 * A long document's annotations JSON, a part a row (migration 012, annotation-parts.ts): its
 * `annotations_json` is then empty and the parts joined in order are the JSON.
 */
export interface DocumentAnnotationPartsTable {
  doc_key: string;
  /** 0, 1, 2, ...: the order the parts are joined in. */
  part: number;
  json: string;
}

/** The eight 8-bit bands of each document's SimHash ("3:a7" = band 3 has value a7), for candidate lookup. */
export interface DocumentBandsTable {
  band: string;
  doc_key: string;
  /** PostgreSQL only (migration 022): the document's SimHash as a signed 64-bit integer, so a
   * lookup drops far band matches without reading their documents. Null in rows of older writers. */
  simhash_bits?: string | null;
}

export interface EventsTable {
  /** Roll-up key: hash of day, dyad, CAMEO code and place. Repeated reports share it. */
  event_key: string;
  day: string;
  /** Monday of the ISO week of `day`, so weekly series need no dialect-specific date math. */
  week: string;
  month: string;
  source_code: string;
  source_name: string;
  /** First three letters of the actor code (country, or IGO/NGO): country-level dyads use an index. */
  source_country: string;
  target_code: string | null;
  target_name: string | null;
  target_country: string | null;
  cameo_code: string;
  cameo_root: string;
  quad_class: number;
  goldstein: number;
  plover_type: string;
  plover_mode: string | null;
  plover_contexts: string;
  modality: string;
  negated: number;
  place_name: string | null;
  country: string | null;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  num_mentions: number;
  num_sources: number;
  num_articles: number;
  first_seen: string;
  /** Evidence of the first mention, for listings; every mention keeps its own. */
  evidence: string;
  origin: string;
  /** Mean tone of the documents reporting the event (GDELT's AvgTone); kept by the roll-up recount. */
  avg_tone: number | null;
  /** Highest coder confidence among the event's mentions; null for imported events. */
  confidence: number | null;
  /** Kind of place (country, admin1, city, capital, region ...), for GDELT's Geo_Type. */
  place_kind: string | null;
  /** GeoNames first-level division code of the place ("PK.04"), for GDELT's ADM1Code. */
  admin1_code: string | null;
  /** GeoNames id of the place, GDELT's FeatureID. */
  feature_id: string | null;
  /** GDELT's IsRootEvent of an imported event; null for ours (derived from the mentions: lead sentence). */
  is_root: number | null;
}

/** Events that only superseded document versions reported: out of every default query, kept for --include-superseded. */
export interface SupersededEventsTable extends EventsTable {
  superseded_by: string;
  superseded_at: string;
}

export interface EventMentionsTable {
  event_key: string;
  doc_key: string;
  event_id: string;
  sentence_index: number;
  trigger_start: number;
  trigger_end: number;
  source_start: number;
  source_end: number;
  target_start: number | null;
  target_end: number | null;
  evidence: string;
  confidence: number;
  attribution_code: string | null;
  dictionary_version: string;
}

export interface ActorsSeenTable {
  code: string;
  name: string;
  mentions: number;
}

export interface PlacesSeenTable {
  name: string;
  country: string | null;
  lat: number;
  lon: number;
  mentions: number;
}

export interface DictionaryVersionsTable {
  version: string;
  first_used_at: string;
}

/** Events per country dyad, day and quad class, kept by triggers on `events` (dyad-rollup-schema.ts). */
export interface DyadDaysTable {
  source_country: string;
  target_country: string;
  day: string;
  quad_class: number;
  week: string;
  month: string;
  events: number;
  mentions: number;
  goldstein_sum: number;
}

/** Located events per day, place and CAMEO code, kept by triggers (rollup-schema.ts); '' = none. */
export interface PlaceDaysTable {
  day: string;
  country: string;
  admin1: string;
  cameo_code: string;
  cameo_root: string;
  quad_class: number;
  events: number;
  goldstein_sum: number;
  lat_sum: number;
  lon_sum: number;
}

/** actor_days summed by month, keyed actor first (month-rollup-schema.ts, migration 006). */
export interface ActorMonthsTable {
  source_code: string;
  /** '' for an event without a target. */
  target_code: string;
  month: string;
  cameo_code: string;
  cameo_root: string;
  quad_class: number;
  events: number;
  mentions: number;
  goldstein_sum: number;
}

/** Events per day, actor dyad (full codes) and CAMEO code, kept by triggers (rollup-schema.ts). */
export interface ActorDaysTable {
  day: string;
  source_code: string;
  /** '' for an event without a target. */
  target_code: string;
  cameo_code: string;
  cameo_root: string;
  quad_class: number;
  week: string;
  month: string;
  events: number;
  mentions: number;
  goldstein_sum: number;
}

/** dyad_days summed by month (series-rollup-schema.ts, migration 008). */
export interface DyadMonthsTable {
  source_country: string;
  target_country: string;
  month: string;
  quad_class: number;
  events: number;
  mentions: number;
  goldstein_sum: number;
}

/** Events per actor dyad (full codes), day and quad class, keyed actor first (migration 008). */
export interface ActorDyadDaysTable {
  source_code: string;
  /** '' for an event without a target. */
  target_code: string;
  day: string;
  quad_class: number;
  week: string;
  month: string;
  events: number;
  mentions: number;
  goldstein_sum: number;
}

/** One row: how many writes events have seen (rollup-schema.ts), the key of cached answers. */
export interface StoreGenerationTable {
  id: number;
  generation: number;
}

/** Writes of events per country dyad (dyad-write-stamps.ts), the key of cached series texts. */
export interface DyadWriteStampsTable {
  source_country: string;
  /** '' for events without a target. */
  target_country: string;
  writes: number;
}

/** Stored reports in storage order (serve-migration.ts): what live streams and alerts follow. */
export interface EventLogTable {
  seq: Generated<number>;
  event_key: string;
  doc_key: string;
  kind: "new" | "update";
  logged_at: string;
}

export interface ApiKeysTable {
  id: string;
  key_hash: string;
  scope: string;
  label: string | null;
  created_at: string;
  revoked_at: string | null;
}

export interface AlertRulesTable {
  id: string;
  name: string;
  filter_json: string;
  condition_json: string;
  webhook_url: string | null;
  webhook_secret: string | null;
  created_at: string;
}

export interface AlertFiringsTable {
  rule_id: string;
  firing_key: string;
  fired_at: string;
  payload_json: string;
  delivery: string;
}

export interface Database {
  sources: SourcesTable;
  documents: DocumentsTable;
  document_bands: DocumentBandsTable;
  document_annotation_parts: DocumentAnnotationPartsTable;
  events: EventsTable;
  superseded_events: SupersededEventsTable;
  event_mentions: EventMentionsTable;
  actors_seen: ActorsSeenTable;
  places_seen: PlacesSeenTable;
  dictionary_versions: DictionaryVersionsTable;
  dyad_days: DyadDaysTable;
  place_days: PlaceDaysTable;
  actor_days: ActorDaysTable;
  actor_months: ActorMonthsTable;
  dyad_months: DyadMonthsTable;
  actor_dyad_days: ActorDyadDaysTable;
  store_generation: StoreGenerationTable;
  dyad_write_stamps: DyadWriteStampsTable;
  event_log: EventLogTable;
  api_keys: ApiKeysTable;
  alert_rules: AlertRulesTable;
  alert_firings: AlertFiringsTable;
}
