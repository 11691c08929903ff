// The document side of the store: whether a document is already known (same bytes, same URL, or
// a near duplicate), saving a new one or the next version of a known URL (its old events move to
// the superseded set), re-coding a stored document's events, and listing current documents.
import { type Kysely, sql } from "kysely";
import { SitrepError } from "../errors.ts";
import { readAnnotations } from "./annotation-parts.ts";
import { candidatesQuery, lookUpForSave } from "./document-lookup.ts";
import { bodyHashOf, insertDocument } from "./document-writes.ts";
import { documentKey } from "./event-key.ts";
import { recount } from "./event-recount.ts";
import { insertEventsOf, writeEventLog } from "./event-writes.ts";
import type { Database } from "./schema.ts";
import type { SaveResult, Store, StoredDocument } from "./store.ts";

type Guard = <T>(work: () => Promise<T>) => Promise<T>;

/** The Store members this file implements. */
export type DocumentVersions = Pick<
  Store,
  "findDocument" | "nearDuplicateCandidates" | "saveDocument" | "replaceEvents" | "listDocuments"
>;

export function createDocumentVersions(
  db: Kysely<Database>,
  backend: "sqlite" | "postgres",
  guard: Guard,
  annotationPartChars: number | undefined,
): DocumentVersions {
  return {
    // One round trip whatever is asked: the same bytes and the URL's current version are looked
    // up in one statement (each branch on its own index), and an empty hash (a URL checked before
    // its page is fetched) looks up the URL alone. A worker asks this for every document job.
    findDocument: (contentHash, url) =>
      guard(async () => {
        const byHash = db
          .selectFrom("documents")
          .select(["doc_key", sql<number>`1`.as("same")])
          .where("content_hash", "=", contentHash)
          .limit(1);
        if (!url) {
          const same = await byHash.executeTakeFirst();
          return same ? { docKey: same.doc_key, sameContent: true } : null;
        }
        const urlKey = documentKey(url, contentHash);
        const byUrl = db
          .selectFrom("documents")
          .select(["doc_key", sql<number>`0`.as("same")])
          .where((eb) => eb.or([eb("url_key", "=", urlKey), eb("doc_key", "=", urlKey)]))
          .where("superseded_by", "is", null)
          .orderBy("version", "desc")
          .limit(1);
        const rows = contentHash
          ? await db
              .selectFrom(byHash.as("h"))
              .selectAll()
              .unionAll(db.selectFrom(byUrl.as("u")).selectAll())
              .execute()
          : await byUrl.execute();
        const found = rows.find((r) => Number(r.same) === 1) ?? rows[0];
        return found ? { docKey: found.doc_key, sameContent: Number(found.same) === 1 } : null;
      }),

    nearDuplicateCandidates: (hash) =>
      guard(async () => {
        const rows = await candidatesQuery(db, hash).execute();
        return rows.map((r) => ({ docKey: r.doc_key, simhash: r.simhash, clusterKey: r.cluster_key }));
      }),

    saveDocument: (rec) =>
      guard(() =>
        db.transaction().execute(async (trx): Promise<SaveResult> => {
          const docKey = documentKey(rec.url, rec.contentHash);
          // The same bytes are the same document, whatever its URL; without a URL and body hash,
          // the same key is too (a same-bytes row wins). A known URL: the same body is the same
          // document, a changed body its next version. Asked in one statement, with the
          // near-duplicate candidates when the caller leaves the cluster to this save.
          const byKey = !(rec.url && rec.bodyHash);
          const urlKey = rec.url ? docKey : null;
          const { known, previous, candidates } = await lookUpForSave(trx, {
            // PostgreSQL, no URL: no version to look for, and the document insert itself does
            // nothing for known bytes (insertDocument then reads the stored one): nothing to ask.
            known:
              backend === "postgres" && !rec.url ? null : { contentHash: rec.contentHash, docKey, byKey },
            urlKey,
            simhash: rec.clusterOf ? rec.simhash : null,
            nearOnly: backend === "postgres",
          });
          const existing = known.find((d) => d.content_hash === rec.contentHash) ?? known[0];
          if (existing) {
            return { docKey: existing.doc_key, inserted: false, clusterKey: existing.cluster_key, events: 0 };
          }
          if (previous) {
            const body = previous.body_hash ?? bodyHashOf(previous.article_json ?? "{}");
            if (!rec.bodyHash || body === rec.bodyHash) {
              return {
                docKey: previous.doc_key,
                inserted: false,
                clusterKey: previous.cluster_key,
                events: 0,
              };
            }
          }
          if (rec.clusterOf) rec = { ...rec, clusterKey: rec.clusterOf(candidates) };
          const version = previous ? Number(previous.version) + 1 : 1;
          const newKey = previous ? `${urlKey}-v${version}` : docKey;
          const { log, seen, ...saved } = await insertDocument(
            trx,
            rec,
            newKey,
            urlKey,
            version,
            backend,
            annotationPartChars,
          );
          if (!saved.inserted) return saved;
          if (previous) {
            const old = await trx
              .selectFrom("event_mentions")
              .select("event_key")
              .where("doc_key", "=", previous.doc_key)
              .execute();
            await trx.deleteFrom("event_mentions").where("doc_key", "=", previous.doc_key).execute();
            await trx
              .updateTable("documents")
              .set({ superseded_by: newKey })
              .where("doc_key", "=", previous.doc_key)
              .execute();
            await recount(
              trx,
              old.map((o) => o.event_key),
              { by: newKey, at: new Date().toISOString() },
              backend,
            );
          }
          await writeEventLog(trx, backend, log ?? [], seen);
          return { ...saved, version, supersedes: previous?.doc_key ?? null };
        }),
      ),

    replaceEvents: (docKey, events, dictionaryVersion) =>
      guard(() =>
        db.transaction().execute(async (trx) => {
          const doc = await trx
            .selectFrom("documents")
            .select(["published_at", "ingested_at"])
            .where("doc_key", "=", docKey)
            .executeTakeFirst();
          if (!doc) throw new SitrepError("E_QUERY_PARAM", `no stored document ${docKey}`);
          const old = await trx
            .selectFrom("event_mentions")
            .select("event_key")
            .where("doc_key", "=", docKey)
            .execute();
          await trx.deleteFrom("event_mentions").where("doc_key", "=", docKey).execute();
          const now = new Date().toISOString();
          const fallbackDay = (doc.published_at ?? doc.ingested_at).slice(0, 10);
          const written = await insertEventsOf(trx, docKey, events, fallbackDay, now, null);
          await trx
            .updateTable("documents")
            .set({ dictionary_version: dictionaryVersion })
            .where("doc_key", "=", docKey)
            .execute();
          // Every event it touched is recounted: the tone and counts come from all its reports.
          await recount(
            trx,
            [...new Set([...old.map((o) => o.event_key), ...written.keys])].sort(),
            undefined,
            backend,
          );
          await writeEventLog(trx, backend, written.log);
        }),
      ),

    async *listDocuments(): AsyncIterable<StoredDocument> {
      // Paged by key so a large store streams in bounded memory.
      let after = "";
      for (;;) {
        const rows = await guard(() =>
          db
            .selectFrom("documents")
            .select(["doc_key", "input_id", "article_json", "annotations_json"])
            .where("doc_key", ">", after)
            .where("superseded_by", "is", null)
            .orderBy("doc_key")
            .limit(500)
            .execute(),
        );
        if (!rows.length) return;
        for (const r of rows) {
          yield {
            docKey: r.doc_key,
            inputId: r.input_id,
            article: JSON.parse(r.article_json),
            annotations: await readAnnotations(db, r.doc_key, r.annotations_json),
          };
        }
        after = rows[rows.length - 1]!.doc_key;
      }
    },
  };
}
