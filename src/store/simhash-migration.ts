// Migration 009: the SimHash of every stored document recomputed with the fingerprint that new
// documents get (word shingles through a 64-bit integer mix, no longer md5). Without it a new copy
// of a story stored before would be compared with a fingerprint of another hash family: its
// distance would be random, so near-duplicates of old documents would silently open new clusters.
// Cluster keys already given are kept (they were right when they were chosen); only the
// fingerprints and their bands, which later candidates are looked up by, change.
import { type Kysely, type Migration, sql } from "kysely";
import { simhash64 } from "../dedup/index.ts";
import { bands } from "./document-writes.ts";

/** Documents rewritten per batch: bounded memory on a large store (each row holds its article JSON). */
const BATCH = 500;

/** The article's text as stored in article_json, or "" for a row whose JSON holds none. */
function storedText(articleJson: string): string {
  try {
    const article = JSON.parse(articleJson) as { text?: unknown };
    return typeof article.text === "string" ? article.text : "";
  } catch {
    return "";
  }
}

export const m009_simhash_refingerprint: Migration = {
  async up(db: Kysely<unknown>) {
    let after = "";
    for (;;) {
      const rows = await sql<{ doc_key: string; article_json: string }>`
        select doc_key, article_json from documents where doc_key > ${after} order by doc_key limit ${BATCH}`
        .execute(db)
        .then((r) => r.rows);
      if (!rows.length) break;
      const updates = rows.map((r) => ({ key: r.doc_key, hash: simhash64(storedText(r.article_json)) }));
      for (const u of updates)
        await sql`update documents set simhash = ${u.hash} where doc_key = ${u.key}`.execute(db);
      await sql`delete from document_bands where doc_key in (${sql.join(updates.map((u) => u.key))})`.execute(
        db,
      );
      const bandRows = updates.flatMap((u) => bands(u.hash).map((band) => sql`(${band}, ${u.key})`));
      await sql`insert into document_bands (band, doc_key) values ${sql.join(bandRows)}`.execute(db);
      after = rows[rows.length - 1]!.doc_key;
    }
  },
};
