// One raw document through a loaded pipeline and into the store: the store's known-document
// checks, near-duplicate clustering (dedup), the record the store writes, and a run over many
// documents (ingestInto). Used by batch ingest, the API and the live side's workers alike, so all
// store exactly the same way. The pipeline itself (stage order) is passed in by src/pipeline.ts,
// which re-exports these with its default pipeline: this file never imports it.
import { createHash } from "node:crypto";
import {
  type StoredMentions,
  storedMentionRecords,
  toStoredMentions,
} from "./annotate/mention-stored-form.ts";
import { toStoredSentence } from "./annotate/token-stored-form.ts";
import { chooseCluster, simhash64 } from "./dedup/index.ts";
import { SitrepError, toSitrepError } from "./errors.ts";
import { collectNow } from "./heap-budget.ts";
import { DOCUMENT_WINDOWS, type StreamedDoc } from "./pipeline-windows.ts";
import { JsonList } from "./store/annotation-parts.ts";
import { documentTone } from "./store/document-tone.ts";
import type { DocumentRecord, NearDuplicate, Store } from "./store/store.ts";
import type { Article, CodedDoc, CodedEvent, DocFailure, Mention, RawDoc } from "./types.ts";

/** A loaded pipeline as the ingester runs it: whole-document (CodedDoc) or streamed by windows. */
export type DocumentRun = (raw: RawDoc) => CodedDoc | DocFailure | Promise<StreamedDoc | DocFailure>;

/** A whole-document pipeline's output as a stream of one batch, so ingest takes either. */
function asStreamed(doc: CodedDoc): StreamedDoc {
  const { events, kind: _kind, mentions, ...rest } = doc;
  return {
    ...rest,
    kind: "streamed",
    mentions: toStoredMentions(doc.text, mentions),
    mentionCount: mentions.length,
    eventBatches: [events as CodedEvent[]],
  };
}

/** What one ingest run did. */
export interface IngestSummary {
  seen: number;
  stored: number;
  /** Already in the store (same content or canonical URL): not processed again. */
  skipped: number;
  failed: number;
  events: number;
  /** Stored documents that joined an existing near-duplicate cluster. */
  nearDuplicates: number;
  /** Stored documents that are a changed body at a known URL: their events supersede the old version's. */
  newVersions?: number;
}

export interface IngestedDoc {
  readonly title: string | null;
  readonly publishedAt: string | null;
  readonly sourceType: string;
  readonly lang: string | null;
  readonly events: number;
  readonly mentions: number;
  /** The stored document's key and version (1, or 2, 3 ... for a changed body at a known URL). */
  readonly docKey?: string;
  readonly version?: number;
  readonly url?: string | null;
}

export type IngestProgress = (item: {
  input: string;
  outcome: "stored" | "skipped" | "failed";
  detail?: string;
  doc?: IngestedDoc;
  /** The stored document's key (stored, or already there when skipped after extraction). */
  docKey?: string;
}) => void;

function contentHash(raw: RawDoc): string {
  return createHash("sha256").update(raw.content).digest("hex");
}

function sourceOf(article: Article): string | null {
  if (article.siteName) return article.siteName;
  if (!article.url) return null;
  try {
    return new URL(article.url).hostname.replace(/^www\./, "");
  } catch {
    return null;
  }
}

/** The actors and places a document's mentions name, one entry per mention (the store counts them). */
function seenIn(mentions: StoredMentions): Pick<DocumentRecord, "actors" | "places"> {
  const actors: { code: string; name: string }[] = [];
  const places: { name: string; country: string | null; lat: number; lon: number }[] = [];
  // One object per distinct record, listed once a mention: a long document names the same few
  // hundred actors hundreds of thousands of times, and these lists live until it is stored.
  const actorOf = new Map<Partial<Mention>, { code: string; name: string } | null>();
  const placeOf = new Map<Partial<Mention>, (typeof places)[number] | null>();
  for (const m of storedMentionRecords(mentions)) {
    let actor = actorOf.get(m);
    if (actor === undefined) {
      actor =
        m.code && m.kind !== "place" && m.kind !== "date" && m.kind !== "equipment"
          ? { code: m.code, name: m.name! }
          : null;
      actorOf.set(m, actor);
    }
    if (actor) actors.push(actor);
    let place = placeOf.get(m);
    if (place === undefined) {
      place = m.place
        ? { name: m.place.name, country: m.place.country, lat: m.place.lat, lon: m.place.lon }
        : null;
      placeOf.set(m, place);
    }
    if (place) places.push(place);
  }
  return { actors, places };
}

/** What storing one raw document did. */
export type DocOutcome =
  | {
      readonly outcome: "stored";
      readonly docKey: string;
      readonly events: number;
      readonly nearDuplicate: boolean;
      /** 1, or 2, 3 ... for a changed body at a known URL (its events supersede the old version's). */
      readonly version: number;
      readonly doc: IngestedDoc;
    }
  | { readonly outcome: "skipped"; readonly docKey: string | null }
  | { readonly outcome: "failed"; readonly error: { code: string; message: string } };

export interface IngesterOptions {
  /**
   * Code the document without looking it up first: the save's own first statement is the check
   * (same bytes, the URL's current version), so a new document costs one round trip less, and a
   * known one is coded for nothing. For a queue's workers, whose jobs are deduplicated by id (a
   * known document is a retried job's); batch ingest, which re-reads whole folders, looks first.
   */
  readonly checkWhenSaving?: boolean;
}

/**
 * extract → annotate → code → dedup → store for one raw document, in its own transaction. The same
 * bytes (or a known canonical URL with the same body) are skipped; a known URL with a changed body
 * is stored as a new version. Used by batch ingest, the API and the live side's workers alike, so
 * all store exactly the same way. `run` is a loaded pipeline, so a long-running process loads it once.
 */
export function createDocumentIngester(
  store: Store,
  run: DocumentRun,
  options: IngesterOptions = {},
): (raw: RawDoc) => Promise<DocOutcome> {
  return async (item) => {
    const hash = contentHash(item);
    // Same bytes: skipped unprocessed. A known URL with other bytes is processed: its body may have
    // changed (a new version) or not (skipped after extraction, by the body hash).
    if (!options.checkWhenSaving) {
      const known = await store.findDocument(hash, item.url ?? null);
      if (known && known.sameContent !== false) return { outcome: "skipped", docKey: known.docKey };
    }
    const processed = await run(item);
    if (processed.kind === "failure") return { outcome: "failed", error: processed.error };
    const doc = processed.kind === "coded" ? asStreamed(processed) : processed;
    // A page with no text (an empty or script-only page, a section page without a body) is not
    // a document to keep: storing it would only hide the problem. `extract` still shows the page.
    if (!doc.text.trim())
      return {
        outcome: "failed",
        error: new SitrepError("E_DOC_EMPTY", `${item.input} has no text to store`, item.input).toJSON(),
      };
    // The windows up to the first with events are coded now (the first event names the dictionary
    // version); the rest as the store writes them.
    const batches = doc.eventBatches[Symbol.iterator]();
    let events: readonly CodedEvent[] = [];
    try {
      while (!events.length) {
        const next = batches.next();
        if (next.done) break;
        events = next.value;
      }
    } catch (error) {
      return { outcome: "failed", error: toSitrepError(error, item.input).toJSON() };
    }
    // A window that fails to code fails the document (its transaction rolls back), not the batch.
    let codingError: unknown = null;
    const moreEvents: Iterable<readonly CodedEvent[]> = {
      *[Symbol.iterator]() {
        // The store has written the document row and its annotations (in parts: their strings are
        // dead now); the windows are coded on a heap with only what is live.
        if (doc.text.length > DOCUMENT_WINDOWS.window) collectNow();
        try {
          for (let next = batches.next(); !next.done; next = batches.next()) yield next.value;
        } catch (error) {
          codingError = error;
          throw error;
        }
      },
    };
    const simhash = simhash64(doc.text);
    const { sentences, mentions, eventBatches: _batches, ...article } = doc;
    // The cluster is chosen among the candidates the save reads with its known-document check.
    let clusterKey: string | null = null;
    const clusterOf = (candidates: readonly NearDuplicate[]) => {
      clusterKey = chooseCluster(simhash, candidates);
      return clusterKey;
    };
    // A long document's article JSON (and the first part of its annotations) is built on top of
    // what its first windows left: that garbage goes first, so the peak is what is live plus the
    // JSON, not plus both.
    if (doc.text.length > DOCUMENT_WINDOWS.window) collectNow();
    const saving = store.saveDocument({
      inputId: doc.id,
      contentHash: hash,
      url: doc.url,
      source: sourceOf(doc as unknown as Article),
      title: doc.title,
      publishedAt: doc.publishedAt,
      lang: doc.lang,
      simhash,
      clusterKey: null,
      clusterOf,
      article: { ...article, kind: "article" },
      // Tokens compactly (offsets and tags, texts read back from the document text), each sentence
      // put in that form only as it is written out, so a long document never holds them all twice;
      // mentions compactly too (offsets and an index into the document's distinct records).
      annotations: {
        sentences: new JsonList(sentences, toStoredSentence),
        packedMentions: mentions,
      },
      events,
      moreEvents,
      dictionaryVersion: events[0]?.dictionaryVersion ?? null,
      ...seenIn(mentions),
      bodyHash: createHash("sha256").update(doc.text).digest("hex"),
      tone: documentTone(doc.text).tone,
      charCount: doc.text.length,
    });
    let result: Awaited<typeof saving>;
    try {
      result = await saving;
    } catch (error) {
      if (codingError === null) throw error;
      return { outcome: "failed", error: toSitrepError(codingError, item.input).toJSON() };
    }
    if (!result.inserted) return { outcome: "skipped", docKey: result.docKey };
    const { title, publishedAt, sourceType, lang } = doc;
    const version = result.version ?? 1;
    return {
      outcome: "stored",
      docKey: result.docKey,
      events: result.events,
      nearDuplicate: Boolean(clusterKey),
      version,
      doc: {
        title,
        publishedAt,
        sourceType,
        lang,
        events: result.events,
        mentions: doc.mentionCount,
        docKey: result.docKey,
        version,
        url: doc.url,
      },
    };
  };
}

/**
 * ingest → extract → annotate → code → dedup → store, one document at a time, each stored in
 * its own transaction: a run killed at any point and run again loses nothing and stores nothing
 * twice (documents already stored are recognised by content hash or canonical URL and skipped).
 */
export async function ingestInto(
  store: Store,
  items: AsyncIterable<RawDoc | DocFailure>,
  run: DocumentRun,
  onProgress: IngestProgress = () => {},
): Promise<IngestSummary> {
  const ingestOne = createDocumentIngester(store, run);
  const summary: IngestSummary = { seen: 0, stored: 0, skipped: 0, failed: 0, events: 0, nearDuplicates: 0 };
  for await (const item of items) {
    summary.seen++;
    // A document that could not be read and one that failed in the pipeline are reported alike.
    const failed = (error: { readonly code: string; readonly message: string }) => {
      summary.failed++;
      onProgress({ input: item.input, outcome: "failed", detail: `${error.code}: ${error.message}` });
    };
    if (item.kind === "failure") {
      failed(item.error);
      continue;
    }
    const result = await ingestOne(item);
    if (result.outcome === "failed") {
      failed(result.error);
      continue;
    }
    if (result.outcome === "skipped") {
      summary.skipped++;
      onProgress({
        input: item.input,
        outcome: "skipped",
        ...(result.docKey ? { docKey: result.docKey } : {}),
      });
      continue;
    }
    summary.stored++;
    summary.events += result.events;
    if (result.nearDuplicate) summary.nearDuplicates++;
    if (result.version > 1) summary.newVersions = (summary.newVersions ?? 0) + 1;
    onProgress({ input: item.input, outcome: "stored", doc: result.doc, docKey: result.docKey });
  }
  return summary;
}
