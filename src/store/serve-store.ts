// What the serving side (HTTP API, live stream, alerts, keys, MCP) asks of the store beyond the
// pipeline's contract: the event log in storage order, keyset pages, one event or document with
// everything behind it, API keys and alert rules. Both backends implement it (serve-queries.ts).
import type { EventJsonRow } from "./event-page.ts";
import type { EventFilter, StoredEvent } from "./store.ts";

/** One stored report of an event, in storage order; `seq` is what SSE clients resume from. */
export interface LoggedEvent {
  readonly seq: number;
  /** "new": the report created the event; "update": it added a mention to a known event. */
  readonly kind: "new" | "update";
  readonly docKey: string;
  readonly loggedAt: string;
  readonly event: StoredEvent;
}

/** Position in the (day descending, event key ascending) order of event listings. */
export interface EventCursor {
  readonly day: string;
  readonly eventKey: string;
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** One report of an event: its sentence, the spans inside the document's text, and the document. */
export interface MentionDetail {
  readonly docKey: string;
  readonly eventId: string;
  readonly sentenceIndex: number;
  readonly evidence: string;
  readonly trigger: Span;
  readonly source: Span;
  readonly target: Span | null;
  readonly confidence: number;
  readonly attributionCode: string | null;
  readonly document: {
    readonly url: string | null;
    readonly title: string | null;
    readonly source: string | null;
    readonly publishedAt: string | null;
  };
}

export interface EventDetail {
  readonly event: StoredEvent;
  readonly mentions: readonly MentionDetail[];
}

export interface DocumentDetail {
  readonly docKey: string;
  readonly inputId: string;
  readonly url: string | null;
  readonly source: string | null;
  readonly title: string | null;
  readonly publishedAt: string | null;
  readonly lang: string | null;
  readonly ingestedAt: string;
  readonly article: unknown;
  readonly annotations: unknown;
  readonly events: readonly StoredEvent[];
}

export type KeyScope = "read" | "write" | "admin";

export interface ApiKeyRecord {
  readonly id: string;
  readonly scope: KeyScope;
  readonly label: string | null;
  readonly createdAt: string;
  readonly revokedAt: string | null;
}

export interface AlertRuleRecord {
  readonly id: string;
  readonly name: string;
  /** The rule's event filter as API query parameters (the same names as the CLI's options). */
  readonly filter: Readonly<Record<string, string | readonly string[]>>;
  readonly condition: unknown;
  readonly webhookUrl: string | null;
  readonly webhookSecret: string | null;
  readonly createdAt: string;
}

export interface AlertFiringRecord {
  readonly ruleId: string;
  readonly firingKey: string;
  readonly firedAt: string;
  readonly payload: unknown;
  readonly delivery: string;
}

/** A site that documents came from, with how many and when the newest arrived. */
export interface SourceSummary {
  readonly name: string;
  readonly firstSeen: string;
  readonly documents: number;
  readonly lastIngestedAt: string | null;
}

export interface ServeStore {
  /** Every site documents came from (ingested files, feeds, the API), busiest first. */
  listSourceSummaries(limit: number): Promise<SourceSummary[]>;
  /**
   * Reports logged after `afterSeq` whose event matches the filter, oldest first. At most `scan` log
   * rows are examined per call; `lastSeq` says how far the scan got, so a caller advances past
   * reports that did not match instead of reading them again.
   */
  eventLogAfter(
    afterSeq: number,
    filter: EventFilter,
    scan: number,
  ): Promise<{ readonly rows: LoggedEvent[]; readonly lastSeq: number }>;
  /** Events first reported since `since` (ISO time) that match the filter. */
  countNewEventsLoggedSince(since: string, filter: EventFilter): Promise<number>;
  /** The newest log position (0 when nothing is logged). */
  lastLogSeq(): Promise<number>;
  /** A page of events, newest day first, after a cursor: stable under concurrent inserts. */
  pageEvents(filter: EventFilter, limit: number, after: EventCursor | null): Promise<StoredEvent[]>;
  /**
   * The same page as reply text: each event's published fields as one JSON object (the API's Event
   * schema), with its cursor position. What /events sends, without building the events as objects.
   */
  pageEventJson(filter: EventFilter, limit: number, after: EventCursor | null): Promise<EventJsonRow[]>;
  eventDetail(eventKey: string): Promise<EventDetail | null>;
  documentDetail(docKey: string): Promise<DocumentDetail | null>;
  createApiKey(key: { id: string; keyHash: string; scope: KeyScope; label: string | null }): Promise<void>;
  /** The active (not revoked) key with this hash. */
  findApiKey(keyHash: string): Promise<ApiKeyRecord | null>;
  listApiKeys(): Promise<ApiKeyRecord[]>;
  revokeApiKey(id: string): Promise<boolean>;
  saveAlertRule(rule: AlertRuleRecord): Promise<void>;
  listAlertRules(): Promise<AlertRuleRecord[]>;
  deleteAlertRule(id: string): Promise<boolean>;
  /** Records a firing; false when this rule already fired for this key (then it is not delivered again). */
  recordAlertFiring(ruleId: string, firingKey: string, payload: unknown): Promise<boolean>;
  setAlertDelivery(ruleId: string, firingKey: string, delivery: string): Promise<void>;
  listAlertFirings(ruleId: string | null, limit: number): Promise<AlertFiringRecord[]>;
  /** How many writes events have seen: answers read under one generation stay right until it moves. */
  generation(): Promise<number>;
  /** Refills the roll-ups (place_days, actor_days, actor_months, dyad_days) from the events, in one transaction. */
  rebuildRollups(): Promise<void>;
}
