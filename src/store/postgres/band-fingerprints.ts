// Migration 022 (PostgreSQL): each band row carries its document's SimHash as a 64-bit integer, so
// a save's near-duplicate lookup (document-lookup.ts) drops the far band matches while reading the
// bands, and fetches only the near ones' document rows. Before, every band match was looked up in
// `documents` (an index probe and a heap row each) only to compare its SimHash there: news shares
// bands by chance (8 bands of 1 in 256: ~3 % of a large store, up to CANDIDATE_LIMIT rows) and
// wire copies share them by design, so those probes grew with the store while ~1 % of them were
// kept. The bits ride in the bands' primary key index as an included column, so the band matches
// are read from the index alone (where the visibility map allows) rather than from ~one table page
// each. Measured on a bench/live store of 300 stories, the lookup statements alternately (backend
// CPU per lookup): probing documents 1.3-1.9 ms, bits read from the band rows 0.7-1.2 ms, bits in
// the index 0.12-0.26 ms. SQLite hands every band match to the caller anyway (no bit_count
// there): nothing to do.
import { type Kysely, type Migration, sql } from "kysely";

/** A SimHash as simhash64 writes it: anything else has no 64-bit reading. */
const SIMHASH_HEX = /^[0-9a-f]{16}$/;

/** The SimHash as PostgreSQL's signed bigint (decimal text, as pg sends int8), or null if not 16 hex digits. */
export function simhashBits(simhash: string): string | null {
  return SIMHASH_HEX.test(simhash) ? BigInt.asIntN(64, BigInt(`0x${simhash}`)).toString() : null;
}

export const m022_band_fingerprints = (backend: "sqlite" | "postgres"): Migration => ({
  async up(db: Kysely<unknown>) {
    if (backend !== "postgres") return;
    await sql`alter table document_bands add column if not exists simhash_bits bigint`.execute(db);
    await sql`update document_bands b set simhash_bits = ('x' || d.simhash)::bit(64)::bigint
      from documents d where d.doc_key = b.doc_key and d.simhash ~ '^[0-9a-f]{16}$'`.execute(db);
    // The same key, rebuilt with the bits as payload (an index-only scan answers the lookup).
    await sql`alter table document_bands drop constraint document_bands_pk`.execute(db);
    await sql`alter table document_bands add constraint document_bands_pk
      primary key (band, doc_key) include (simhash_bits)`.execute(db);
  },
});
