// What the store knows about a document it is about to save, asked in one statement at the start
// of the save's transaction: a stored document with the same bytes (or key), the current version
// at its canonical URL, and, when the caller leaves the cluster to the store (`clusterOf`), the
// near-duplicate candidates. Each branch of the UNION ALL runs on its own index; on PostgreSQL
// the statement goes on the wire with the BEGIN (pipelined-driver.ts), so a document's checks cost
// one round trip instead of three (a lookup, the candidates, the version).
import { type Kysely, sql, type Transaction } from "kysely";
import { NEAR_DUPLICATE_BITS } from "../dedup/index.ts";
import { bands } from "./document-writes.ts";
import { simhashBits } from "./postgres/band-fingerprints.ts";
import type { Database } from "./schema.ts";
import type { NearDuplicate } from "./store.ts";

/** Band matches examined per new document. A random 8-bit band matches 1 in 256 documents, so
 * in a large store most candidates are chance matches; this bounds the work per document. */
export const CANDIDATE_LIMIT = 2000;

type Db = Kysely<Database> | Transaction<Database>;

export interface SaveLookup {
  /** Stored documents with these bytes (or this key): the first with the same bytes wins. */
  readonly known: { doc_key: string; cluster_key: string; content_hash: string }[];
  /** The current version at the canonical URL, when one was asked for and exists. */
  readonly previous:
    | {
        doc_key: string;
        version: number;
        body_hash: string | null;
        article_json: string | null;
        cluster_key: string;
      }
    | undefined;
  readonly candidates: NearDuplicate[];
}

/**
 * The candidates of a SimHash: documents sharing any of its 8-bit bands. A save's lookup
 * (`nearOnly`, PostgreSQL) keeps only those within NEAR_DUPLICATE_BITS of it, the ones
 * chooseCluster can pick: the rest are chance band matches (8 bands of 1 in 256 each: ~3 % of a
 * large store, up to CANDIDATE_LIMIT rows per document), which PostgreSQL would then send and the
 * worker parse and compare for nothing. They are dropped while the bands are read, by the bits
 * each band row carries (migration 022), so only the near ones' document rows are fetched; a band
 * row written without bits (an older writer) goes through to the same test on its document's
 * SimHash. The same cluster is chosen.
 */
export function candidatesQuery(db: Db, simhash: string, nearOnly = false) {
  const query = db.selectFrom("documents").select(["doc_key", "simhash", "cluster_key"]);
  const matches = db.selectFrom("document_bands").where("band", "in", bands(simhash)).limit(CANDIDATE_LIMIT);
  const bits = simhashBits(simhash);
  if (!nearOnly || bits === null) return query.where("doc_key", "in", matches.select("doc_key"));
  const near = db
    .selectFrom(matches.select(["doc_key", "simhash_bits"]).as("m"))
    .select("m.doc_key")
    .where(
      sql<boolean>`m.simhash_bits is null or bit_count((m.simhash_bits # ${bits}::bigint)::bit(64)) <= ${NEAR_DUPLICATE_BITS}`,
    );
  return query
    .where("doc_key", "in", near)
    .where(
      sql<boolean>`bit_count(('x' || simhash)::bit(64) # ${`x${simhash}`}::bit(64)) <= ${NEAR_DUPLICATE_BITS}`,
    );
}

/**
 * One statement for what is asked: `known` (by content hash, or also by `docKey` when `byKey`),
 * the current version at `urlKey`, the candidates of `simhash`. Columns a branch does not have are
 * typed NULLs (CAST works on both backends), so the branches line up.
 */
export async function lookUpForSave(
  db: Db,
  ask: {
    readonly known: { contentHash: string; docKey: string; byKey: boolean } | null;
    readonly urlKey: string | null;
    readonly simhash: string | null;
    /** Candidates within NEAR_DUPLICATE_BITS only, counted by the database (PostgreSQL). */
    readonly nearOnly?: boolean;
  },
): Promise<SaveLookup> {
  const text = sql<string | null>`cast(null as text)`;
  const int = sql<number | null>`cast(null as integer)`;
  const parts = [];
  if (ask.known) {
    const { contentHash, docKey, byKey } = ask.known;
    parts.push(
      db
        .selectFrom("documents")
        .select((eb) => [
          sql<string>`'known'`.as("part"),
          "doc_key",
          "cluster_key",
          eb.ref("content_hash").$castTo<string | null>().as("content_hash"),
          int.as("version"),
          text.as("body_hash"),
          text.as("article_json"),
          text.as("simhash"),
        ])
        .where((eb) =>
          byKey
            ? eb.or([eb("content_hash", "=", contentHash), eb("doc_key", "=", docKey)])
            : eb("content_hash", "=", contentHash),
        )
        .limit(2),
    );
  }
  if (ask.urlKey) {
    const urlKey = ask.urlKey;
    parts.push(
      db
        .selectFrom("documents")
        .select([
          sql<string>`'version'`.as("part"),
          "doc_key",
          "cluster_key",
          text.as("content_hash"),
          sql<number | null>`version`.as("version"),
          sql<string | null>`body_hash`.as("body_hash"),
          // Only versions stored before body hashes were kept need their text hashed again.
          sql<string | null>`case when body_hash is null then article_json end`.as("article_json"),
          text.as("simhash"),
        ])
        .where((eb) => eb.or([eb("url_key", "=", urlKey), eb("doc_key", "=", urlKey)]))
        .where("superseded_by", "is", null)
        .orderBy("version", "desc")
        .limit(1),
    );
  }
  if (ask.simhash) {
    parts.push(
      candidatesQuery(db, ask.simhash, ask.nearOnly)
        .clearSelect()
        .select([
          sql<string>`'candidate'`.as("part"),
          "doc_key",
          "cluster_key",
          text.as("content_hash"),
          int.as("version"),
          text.as("body_hash"),
          text.as("article_json"),
          sql<string | null>`simhash`.as("simhash"),
        ]),
    );
  }
  if (!parts.length) return { known: [], previous: undefined, candidates: [] };
  // Each branch wrapped as a subquery: its own ORDER BY and LIMIT stay its own on both backends.
  const [first, ...rest] = parts.map((p, i) => db.selectFrom(p.as(`p${i}`)).selectAll());
  const rows = await rest.reduce((q, p) => q.unionAll(p), first!).execute();
  const known = [];
  const candidates: NearDuplicate[] = [];
  let previous: SaveLookup["previous"];
  for (const r of rows) {
    if (r.part === "known")
      known.push({ doc_key: r.doc_key, cluster_key: r.cluster_key, content_hash: r.content_hash! });
    else if (r.part === "version")
      previous = {
        doc_key: r.doc_key,
        version: Number(r.version),
        body_hash: r.body_hash,
        article_json: r.article_json,
        cluster_key: r.cluster_key,
      };
    else candidates.push({ docKey: r.doc_key, simhash: r.simhash!, clusterKey: r.cluster_key });
  }
  return { known, previous, candidates };
}
