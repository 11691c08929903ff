// The store contract. Both backends (sqlite/, postgres/) implement it through one typed query
// layer (Kysely), so the same contract suite runs against each.
import type { CodedEvent } from "../types.ts";
import type { ServeStore } from "./serve-store.ts";

/** A stored document sharing a SimHash band with a new one: a candidate for its cluster. */
export interface NearDuplicate {
  readonly docKey: string;
  readonly simhash: string;
  readonly clusterKey: string;
}

/** What the pipeline hands to the store for one document. */
export interface DocumentRecord {
  readonly inputId: string;
  /** sha256 of the raw bytes (or decoded text for JSON Lines records). */
  readonly contentHash: string;
  readonly url: string | null;
  /** Site name, else the URL host; null when neither is known. */
  readonly source: string | null;
  readonly title: string | null;
  readonly publishedAt: string | null;
  readonly lang: string | null;
  /** 64-bit SimHash of the text, 16 hex digits. */
  readonly simhash: string;
  /** docKey of the near-duplicate cluster it joins (chosen by the dedup stage), null to start one. */
  readonly clusterKey: string | null;
  /**
   * Instead of `clusterKey`: the dedup stage's choice among the near-duplicate candidates of
   * `simhash`, which the store then reads in the same statement as its known-document check (a
   * round trip less than asking nearDuplicateCandidates first). Called when no stored document
   * or URL version matched (on PostgreSQL a URL-less document's bytes are checked by the insert
   * itself, after the call); its answer (null: a cluster of its own) replaces `clusterKey`.
   */
  readonly clusterOf?: (candidates: readonly NearDuplicate[]) => string | null;
  /** The extracted Article, and the annotations (sentences, mentions), as stored JSON. */
  readonly article: unknown;
  readonly annotations: unknown;
  readonly events: readonly CodedEvent[];
  /**
   * A long document's events after `events`, a window at a time: read inside the store's
   * transaction, each window's written before the next is asked for, so the document's events are
   * never all held at once. Stored exactly as if all had come in `events`.
   */
  readonly moreEvents?: Iterable<readonly CodedEvent[]>;
  readonly dictionaryVersion: string | null;
  readonly actors: readonly { code: string; name: string }[];
  readonly places: readonly { name: string; country: string | null; lat: number; lon: number }[];
  /** sha256 of the extracted text: a known URL with another body is stored as a new version. */
  readonly bodyHash?: string | null;
  /** GDELT-style tone of the text (document-tone.ts). */
  readonly tone?: number | null;
  /** Length of the text in characters. */
  readonly charCount?: number | null;
}

export interface SaveResult {
  readonly docKey: string;
  /** False when the document was already stored (same canonical URL or same content). */
  readonly inserted: boolean;
  readonly clusterKey: string;
  readonly events: number;
  /** 1 for the first body seen at a URL, 2, 3, ... for changed bodies at the same URL. */
  readonly version?: number;
  /** The version this one replaced (its events are superseded), or null. */
  readonly supersedes?: string | null;
}

/** A rolled-up event: repeated reports of one event share it, with GDELT-style counts. */
export interface StoredEvent {
  readonly eventKey: string;
  readonly day: string;
  readonly sourceCode: string;
  readonly sourceName: string;
  readonly targetCode: string | null;
  readonly targetName: string | null;
  readonly cameoCode: string;
  readonly cameoRoot: string;
  readonly quadClass: number;
  readonly goldstein: number;
  readonly ploverType: string;
  readonly ploverMode: string | null;
  readonly ploverContexts: readonly string[];
  readonly modality: string;
  readonly negated: boolean;
  readonly placeName: string | null;
  readonly country: string | null;
  readonly admin1: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly numMentions: number;
  readonly numSources: number;
  readonly numArticles: number;
  readonly firstSeen: string;
  readonly evidence: string;
  /** "sitrep" for events we coded, "gdelt" for imported ones. */
  readonly origin: string;
  /** Mean tone of the reporting documents (GDELT AvgTone); null when unknown. */
  readonly avgTone?: number | null;
  /** Highest coder confidence of its mentions (0-1); null for imported events. */
  readonly confidence?: number | null;
  /** Kind of place: country, admin1, admin2, city, capital, region, continent, water, disputed. */
  readonly placeKind?: string | null;
  /** GeoNames first-level division code ("PK.04"). */
  readonly admin1Code?: string | null;
  /** GeoNames id (or GDELT FeatureID for imports). */
  readonly featureId?: string | null;
  /** GDELT's IsRootEvent: reported in a document's lead (first) sentence. Set by exports and imports. */
  readonly isRoot?: boolean | null;
  /** Set only with includeSuperseded: the document version that replaced the event's reports. */
  readonly supersededBy?: string | null;
}

/** A row of `query events`: the event with the document that first reported it. */
export interface EventRow extends StoredEvent {
  readonly docKey: string | null;
  readonly url: string | null;
}

/** One page of `query events`: `next` is the cursor of the following page, null on the last. */
export interface EventPage {
  readonly events: EventRow[];
  readonly next: string | null;
}

/** Sort keys of `query events`; a leading "-" sorts descending. */
export const EVENT_SORTS = ["day", "mentions", "goldstein", "tone", "confidence"] as const;
export type EventSortKey = (typeof EVENT_SORTS)[number];
export interface EventSort {
  readonly key: EventSortKey;
  readonly descending: boolean;
}

/** A value or several: any of them matches. */
export type OneOrMany<T> = T | readonly T[];

/**
 * Which events a query or export covers. Every list field matches any of its values; fields
 * combine with AND. Parse user input with parseEventQuery (filter-params.ts), which validates.
 */
export interface EventFilter {
  readonly from?: string;
  readonly to?: string;
  /** Actor code prefix on either side ("PAK" matches PAKMIL, PAKGOV). */
  readonly actor?: OneOrMany<string>;
  /** Actor code prefix of Actor1 (the source). */
  readonly source?: OneOrMany<string>;
  /** Actor code prefix of Actor2 (the target). */
  readonly target?: OneOrMany<string>;
  /** Country of the event location (ISO3). */
  readonly country?: OneOrMany<string>;
  readonly code?: OneOrMany<string>;
  readonly root?: OneOrMany<string>;
  readonly quad?: OneOrMany<number>;
  readonly plover?: OneOrMany<string>;
  readonly place?: OneOrMany<string>;
  /** Words that must all appear in the evidence. */
  readonly text?: OneOrMany<string>;
  /** At least this many mentions (GDELT NumMentions). */
  readonly minMentions?: number;
  readonly minGoldstein?: number;
  readonly maxGoldstein?: number;
  /** asserted | intended | hypothetical | reported (not denied), or negated (denied). */
  readonly modality?: OneOrMany<string>;
  /** sitrep (coded here) or gdelt (imported). */
  readonly origin?: OneOrMany<string>;
  /** Coder confidence at least this (0-1); imported events have none and drop out. */
  readonly minConfidence?: number;
  /** Also events that only superseded document versions reported (query events, export). */
  readonly includeSuperseded?: boolean;
}

export type Interval = "day" | "week" | "month";

export interface SeriesPoint {
  readonly period: string;
  readonly events: number;
  readonly verbalCooperation: number;
  readonly materialCooperation: number;
  readonly verbalConflict: number;
  readonly materialConflict: number;
  readonly meanGoldstein: number;
  /** (cooperation − conflict) / all, weighted by mentions: +1 all cooperation, −1 all conflict. */
  readonly cooperationIndex: number;
}

export interface DyadCount {
  readonly sourceCode: string;
  readonly targetCode: string;
  readonly events: number;
  readonly mentions: number;
  readonly meanGoldstein: number;
}

export interface ActorCount {
  readonly code: string;
  readonly events: number;
  readonly mentions: number;
}

export interface GeoCount {
  readonly key: string;
  readonly country: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly events: number;
  readonly meanGoldstein: number;
}

export interface MentionRow {
  readonly eventKey: string;
  readonly day: string;
  readonly docKey: string;
  readonly url: string | null;
  readonly source: string | null;
  readonly publishedAt: string | null;
  readonly sentenceIndex: number;
  readonly sourceStart: number;
  readonly targetStart: number | null;
  readonly triggerStart: number;
  readonly confidence: number;
  readonly evidence: string;
  /** Length of the document's text in characters (GDELT MentionDocLen); null for documents stored before it was kept. */
  readonly docLength?: number | null;
  /** Tone of the document (GDELT MentionDocTone). */
  readonly docTone?: number | null;
}

export interface DocumentEventRow {
  readonly eventId: string;
  readonly sentenceIndex: number;
  readonly triggerStart: number;
  readonly cameoCode: string;
  readonly sourceCode: string;
  readonly targetCode: string | null;
}

export interface StoredDocument {
  readonly docKey: string;
  readonly inputId: string;
  readonly article: unknown;
  readonly annotations: unknown;
}

export interface Store extends ServeStore {
  readonly backend: "sqlite" | "postgres";
  /** Brings the schema to the newest version; a failure leaves the previous version. */
  migrate(): Promise<void>;
  /**
   * The stored document with these bytes (sameContent: re-runs skip it unprocessed), else the
   * current version at this canonical URL (its body may have changed: a new version).
   */
  findDocument(
    contentHash: string,
    url: string | null,
  ): Promise<{ docKey: string; sameContent?: boolean } | null>;
  /** Documents sharing any 8-bit band of the SimHash: candidates for near-duplicate clustering. */
  nearDuplicateCandidates(simhash: string): Promise<NearDuplicate[]>;
  /** Stores a document with its events in one transaction; a known document is not stored twice. */
  saveDocument(record: DocumentRecord): Promise<SaveResult>;
  /** Replaces a stored document's events (recoding), keeping roll-up counts right. */
  replaceEvents(docKey: string, events: readonly CodedEvent[], dictionaryVersion: string): Promise<void>;
  listDocuments(): AsyncIterable<StoredDocument>;
  queryEvents(filter: EventFilter, page?: { limit: number; offset: number }): Promise<StoredEvent[]>;
  /** One sorted page of events with their first report's document; `cursor` comes from a previous page. */
  queryEventPage(
    filter: EventFilter,
    page: { limit: number; sort?: EventSort; cursor?: string | null },
  ): Promise<EventPage>;
  /** Every matching event with the URL of its first report, streamed in key order (exports). */
  streamEvents(filter: EventFilter): AsyncIterable<StoredEvent & { sourceUrl: string | null }>;
  /** Every mention with its document's URL and source, streamed (GDELT mentions export). */
  streamMentions(filter: EventFilter): AsyncIterable<MentionRow>;
  /** The events one stored document reported, as its mentions recorded them (for recode diffs). */
  documentEvents(docKey: string): Promise<DocumentEventRow[]>;
  /** Every mention (evidence) of one rolled-up event. */
  eventMentions(eventKey: string): Promise<{ docKey: string; evidence: string; sentenceIndex: number }[]>;
  dyadSeries(
    source: string,
    target: string,
    interval: Interval,
    filter?: EventFilter,
  ): Promise<SeriesPoint[]>;
  /**
   * The same series as reply text: the JSON array of its points, byte for byte JSON.stringify of
   * dyadSeries' answer, written without making the points objects (what /series sends).
   */
  dyadSeriesJson(source: string, target: string, interval: Interval, filter?: EventFilter): Promise<string>;
  /** Every matching event by period (with or without a target): the dashboard's timeline. */
  eventSeries(interval: Interval, filter?: EventFilter): Promise<SeriesPoint[]>;
  topDyads(filter: EventFilter, limit: number): Promise<DyadCount[]>;
  topActors(filter: EventFilter, limit: number): Promise<ActorCount[]>;
  geoAggregates(level: "country" | "admin1" | "point", filter: EventFilter): Promise<GeoCount[]>;
  /** Inserts already rolled-up events (GDELT imports, benchmarks) in one transaction. */
  insertEvents(events: readonly StoredEvent[]): Promise<number>;
  /** Refreshes the query planner's statistics; run after large loads. */
  analyze(): Promise<void>;
  counts(): Promise<{ documents: number; events: number; mentions: number; clusters: number }>;
  close(): Promise<void>;
}
