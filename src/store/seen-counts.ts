// The actors and places a document names, counted in actors_seen and places_seen (inside the
// caller's transaction).
import { type QueryCreator, type RawBuilder, sql } from "kysely";
import type { Db } from "./document-writes.ts";
import { chunks } from "./event-recount.ts";
import type { Database } from "./schema.ts";
import type { DocumentRecord } from "./store.ts";

type Backend = "sqlite" | "postgres";

/** A document's actors and places with their mention counts, each list in key order (the lock order). */
export interface SeenRows {
  readonly actors: readonly { code: string; name: string; mentions: number }[];
  readonly places: readonly {
    name: string;
    country: string | null;
    lat: number;
    lon: number;
    mentions: number;
  }[];
}

/** Rows a seen-counts upsert may carry and still go in one statement. */
const ONE_STATEMENT_ROWS = 500;

export function seenRowsOf(rec: DocumentRecord): SeenRows {
  const actors = new Map<string, { code: string; name: string; mentions: number }>();
  for (const a of rec.actors) {
    const k = JSON.stringify([a.code, a.name]);
    const known = actors.get(k);
    if (known) known.mentions++;
    else actors.set(k, { code: a.code, name: a.name, mentions: 1 });
  }
  const places = new Map<
    string,
    { name: string; country: string | null; lat: number; lon: number; mentions: number }
  >();
  for (const p of rec.places) {
    const k = JSON.stringify([p.name, p.lat, p.lon]);
    const known = places.get(k);
    if (known) known.mentions++;
    else places.set(k, { ...p, mentions: 1 });
  }
  const inKeyOrder = <T>(m: Map<string, T>) =>
    [...m.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, v]) => v);
  return { actors: inKeyOrder(actors), places: inKeyOrder(places) };
}

/** True when the rows go in one statement with another (seenCountsCte). */
export function fitsOneStatement(seen: SeenRows): boolean {
  return seen.actors.length + seen.places.length <= ONE_STATEMENT_ROWS;
}

/**
 * PostgreSQL: the counts as WITH items of another statement (the event log insert, a round trip
 * less per document): `seen_places`, then `seen_actors`, whose rows are read only after every
 * place is counted (an uncorrelated condition on seen_places is evaluated before its first row),
 * so the places' rows are locked before the actors', the order countSeen keeps. The caller makes
 * its own work wait for both (e.g. `select count(*) from seen_actors`), so they are done before it.
 */
export function seenCountsCte(seen: SeenRows): RawBuilder<unknown> {
  const placeValues = seen.places.length
    ? sql`values ${sql.join(
        seen.places.map(
          (p) =>
            sql`(${p.name}::text, ${p.country}::text, ${p.lat}::double precision, ${p.lon}::double precision, ${p.mentions}::integer)`,
        ),
      )}`
    : sql`select null::text, null::text, null::double precision, null::double precision, null::integer where false`;
  const actorValues = seen.actors.length
    ? sql`values ${sql.join(seen.actors.map((a) => sql`(${a.code}::text, ${a.name}::text, ${a.mentions}::integer)`))}`
    : sql`select null::text, null::text, null::integer where false`;
  return sql`seen_places as (insert into places_seen (name, country, lat, lon, mentions)
      select * from (${placeValues}) as v(name, country, lat, lon, mentions)
      on conflict (name, lat, lon) do update set mentions = places_seen.mentions + excluded.mentions
      returning 1),
    seen_actors as (insert into actors_seen (code, name, mentions)
      select * from (${actorValues}) as v(code, name, mentions)
      where (select count(*) from seen_places) >= 0
      on conflict (code, name) do update set mentions = actors_seen.mentions + excluded.mentions
      returning 1)`;
}

/** Counts of the actors and places a document names: one upsert each, in key order (see insertEventsOf);
 * on PostgreSQL both in one statement when they fit one (a document names a few dozen at most). */
export async function countSeen(db: Db, seen: SeenRows, backend: Backend = "sqlite"): Promise<void> {
  const { actors: actorRows, places: placeRows } = seen;
  const upsertActors = (qc: QueryCreator<Database>, rows: SeenRows["actors"]) =>
    qc
      .insertInto("actors_seen")
      .values([...rows])
      .onConflict((oc) =>
        oc.columns(["code", "name"]).doUpdateSet({ mentions: sql`actors_seen.mentions + excluded.mentions` }),
      );
  const upsertPlaces = (qc: QueryCreator<Database>, rows: SeenRows["places"]) =>
    qc
      .insertInto("places_seen")
      .values([...rows])
      .onConflict((oc) =>
        oc
          .columns(["name", "lat", "lon"])
          .doUpdateSet({ mentions: sql`places_seen.mentions + excluded.mentions` }),
      );
  if (backend === "postgres" && actorRows.length && placeRows.length && fitsOneStatement(seen)) {
    // Lock order: PostgreSQL runs an unread data-modifying WITH after the main statement, so the
    // places' rows are locked before the actors' here, and the statements below keep that order.
    await upsertPlaces(
      db.with("counted_actors", (qc) =>
        upsertActors(qc, actorRows).returning("code"),
      ) as unknown as QueryCreator<Database>,
      placeRows,
    ).execute();
    return;
  }
  // PostgreSQL: places first, as the one statement above locks them.
  if (backend === "postgres")
    for (const part of chunks(placeRows, ONE_STATEMENT_ROWS)) await upsertPlaces(db, part).execute();
  for (const part of chunks(actorRows, ONE_STATEMENT_ROWS)) await upsertActors(db, part).execute();
  if (backend !== "postgres")
    for (const part of chunks(placeRows, ONE_STATEMENT_ROWS)) await upsertPlaces(db, part).execute();
}
