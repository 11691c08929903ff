// The actors and places a document names, counted in actors_seen and places_seen (inside the
// caller's transaction).
import { type QueryCreator, sql } from "kysely";
import type { Db } from "./document-writes.ts";
import { chunks } from "./event-recount.ts";
import type { Database } from "./schema.ts";
import type { DocumentRecord } from "./store.ts";

type Backend = "sqlite" | "postgres";

/** Counts of the actors and places a document names: one upsert each, in key order (see insertEventsOf);
 * on PostgreSQL both in one statement when they fit one (a document names a few dozen at most). */
export async function countSeen(db: Db, rec: DocumentRecord, backend: Backend = "sqlite"): Promise<void> {
  const actors = new Map<string, { code: string; name: string; mentions: number }>();
  for (const a of rec.actors) {
    const k = JSON.stringify([a.code, a.name]);
    const known = actors.get(k);
    if (known) known.mentions++;
    else actors.set(k, { code: a.code, name: a.name, mentions: 1 });
  }
  const actorRows = [...actors.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, v]) => v);
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
  const placeRows = [...places.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, v]) => v);
  const upsertActors = (qc: QueryCreator<Database>, rows: typeof actorRows) =>
    qc
      .insertInto("actors_seen")
      .values(rows)
      .onConflict((oc) =>
        oc.columns(["code", "name"]).doUpdateSet({ mentions: sql`actors_seen.mentions + excluded.mentions` }),
      );
  const upsertPlaces = (qc: QueryCreator<Database>, rows: typeof placeRows) =>
    qc
      .insertInto("places_seen")
      .values(rows)
      .onConflict((oc) =>
        oc
          .columns(["name", "lat", "lon"])
          .doUpdateSet({ mentions: sql`places_seen.mentions + excluded.mentions` }),
      );
  if (
    backend === "postgres" &&
    actorRows.length &&
    placeRows.length &&
    actorRows.length + placeRows.length <= 500
  ) {
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
    for (const part of chunks(placeRows, 500)) await upsertPlaces(db, part).execute();
  for (const part of chunks(actorRows, 500)) await upsertActors(db, part).execute();
  if (backend !== "postgres")
    for (const part of chunks(placeRows, 500)) await upsertPlaces(db, part).execute();
}
