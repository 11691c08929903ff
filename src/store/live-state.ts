// What the live side keeps in the store: each source's status and fetch state (so a restart sends
// the same conditional GET and does not refetch), the article URLs already queued (each fetched
// once), the embedded job table, and the announcement outbox over the event log.
import { type Kysely, sql } from "kysely";
import type { ErrorMapper } from "./kysely-store.ts";
import { type Outbox, openOutbox } from "./live-outbox.ts";
import type { LiveDatabase, LiveJobsTable, LiveSourcesTable } from "./live-schema.ts";
import type { Database } from "./schema.ts";

export interface SourceStatus {
  readonly name: string;
  readonly type: string;
  readonly address: string;
  readonly lastPollAt: string | null;
  /** Epoch ms of the next poll the scheduler will enqueue. */
  readonly nextPollAt: number;
  /** HTTP status of the last poll (304 = unchanged), null for local sources or before any answer. */
  readonly lastStatus: number | null;
  readonly lastError: { code: string; message: string } | null;
  readonly consecutiveFailures: number;
  readonly polls: number;
  readonly itemsLast: number;
  readonly itemsNewLast: number;
  readonly itemsNewTotal: number;
  readonly documentsStored: number;
  readonly documentsFailed: number;
  readonly etag: string | null;
  readonly lastModified: string | null;
}

export interface PollRecord {
  readonly status: number | null;
  readonly error: { code: string; message: string } | null;
  readonly items: number;
  readonly newItems: number;
  readonly etag?: string | null;
  readonly lastModified?: string | null;
  readonly nextPollAt: number;
}

/** A job row of the embedded queue, payload still JSON text. */
export type JobRow = LiveJobsTable;

export interface LiveState {
  /** Makes sure a row exists for each configured source (new ones are due at once). */
  registerSources(sources: readonly { name: string; type: string; address: string }[]): Promise<void>;
  sourceStatus(name: string): Promise<SourceStatus | null>;
  listSourceStatus(): Promise<SourceStatus[]>;
  recordPoll(name: string, poll: PollRecord): Promise<void>;
  recordDocument(name: string, outcome: "stored" | "failed"): Promise<void>;
  /** Adds several documents' outcomes to a source's counts in one statement (queue/source-tally.ts). */
  recordDocuments(name: string, counts: { readonly stored: number; readonly failed: number }): Promise<void>;
  /** Names of sources whose next poll is due, with the time it was due. */
  dueSources(now: number): Promise<{ name: string; nextPollAt: number }[]>;
  /** Pushes a source's next poll forward (set when its poll job is enqueued). */
  setNextPoll(name: string, at: number): Promise<void>;
  /** The keys of `keys` not seen before; they are not marked (call markSeen once they are queued). */
  unseen(keys: readonly string[]): Promise<string[]>;
  markSeen(keys: readonly string[], source: string): Promise<void>;
  readonly jobs: JobTable;
  /** The event log as the announcement outbox. */
  readonly outbox: Outbox;
}

export interface JobTable {
  /** Inserts jobs whose id is new; returns how many were new. A known id is left as it is. */
  insert(
    jobs: readonly { id: string; kind: string; payload: string; maxAttempts: number; runAt: number }[],
  ): Promise<number>;
  /** Claims the next due job (or one whose lease ran out), leased to `worker` until `leaseUntil`. */
  claim(worker: string, now: number, leaseUntil: number): Promise<JobRow | null>;
  extendLease(id: string, worker: string, leaseUntil: number): Promise<void>;
  complete(id: string, worker: string): Promise<void>;
  /** A failed attempt: waits again from `runAt`, or moves to dead when `dead`. */
  fail(
    id: string,
    worker: string,
    error: string,
    next: { dead: true } | { dead: false; runAt: number },
  ): Promise<void>;
  counts(now: number): Promise<Record<"waiting" | "delayed" | "active" | "done" | "dead", number>>;
  listDead(limit: number): Promise<JobRow[]>;
  /** Moves dead jobs (one, or all when id is null) back to waiting with fresh attempts. */
  retryDead(id: string | null, now: number): Promise<number>;
}

const SEEN_CHUNK = 500;

function toStatus(r: LiveSourcesTable): SourceStatus {
  return {
    name: r.name,
    type: r.type,
    address: r.address,
    lastPollAt: r.last_poll_at,
    nextPollAt: Number(r.next_poll_at),
    lastStatus: r.last_status === null ? null : Number(r.last_status),
    lastError: r.last_error_code ? { code: r.last_error_code, message: r.last_error_message ?? "" } : null,
    consecutiveFailures: Number(r.consecutive_failures),
    polls: Number(r.polls),
    itemsLast: Number(r.items_last),
    itemsNewLast: Number(r.items_new_last),
    itemsNewTotal: Number(r.items_new_total),
    documentsStored: Number(r.documents_stored),
    documentsFailed: Number(r.documents_failed),
    etag: r.etag,
    lastModified: r.last_modified,
  };
}

function createJobTable(db: Kysely<LiveDatabase>): JobTable {
  const stamp = () => new Date().toISOString();
  return {
    async insert(jobs) {
      let added = 0;
      for (const j of jobs) {
        const r = await db
          .insertInto("live_jobs")
          .values({
            id: j.id,
            kind: j.kind,
            payload: j.payload,
            state: "waiting",
            attempts: 0,
            max_attempts: j.maxAttempts,
            run_at: j.runAt,
            locked_by: null,
            locked_until: null,
            last_error: null,
            created_at: stamp(),
            updated_at: stamp(),
          })
          .onConflict((oc) => oc.column("id").doNothing())
          .executeTakeFirst();
        added += Number(r.numInsertedOrUpdatedRows ?? 0);
      }
      return added;
    },
    async claim(worker, now, leaseUntil) {
      // Pick a candidate, then take it only if it is still claimable: on PostgreSQL two workers
      // may pick the same row, and the second update then changes nothing and tries the next.
      for (let tries = 0; tries < 5; tries++) {
        const candidate = await db
          .selectFrom("live_jobs")
          .select("id")
          .where((eb) =>
            eb.or([
              eb.and([eb("state", "=", "waiting"), eb("run_at", "<=", now)]),
              eb.and([eb("state", "=", "active"), eb("locked_until", "<", now)]),
            ]),
          )
          .orderBy("run_at")
          .limit(1)
          .executeTakeFirst();
        if (!candidate) return null;
        const taken = await db
          .updateTable("live_jobs")
          .set({
            state: "active",
            locked_by: worker,
            locked_until: leaseUntil,
            attempts: sql`attempts + 1`,
            updated_at: stamp(),
          })
          .where("id", "=", candidate.id)
          .where((eb) =>
            eb.or([
              eb.and([eb("state", "=", "waiting"), eb("run_at", "<=", now)]),
              eb.and([eb("state", "=", "active"), eb("locked_until", "<", now)]),
            ]),
          )
          .returningAll()
          .executeTakeFirst();
        if (taken) return taken;
      }
      return null;
    },
    async extendLease(id, worker, leaseUntil) {
      await db
        .updateTable("live_jobs")
        .set({ locked_until: leaseUntil })
        .where("id", "=", id)
        .where("locked_by", "=", worker)
        .where("state", "=", "active")
        .execute();
    },
    async complete(id, worker) {
      await db
        .updateTable("live_jobs")
        .set({ state: "done", locked_by: null, locked_until: null, updated_at: stamp() })
        .where("id", "=", id)
        .where("locked_by", "=", worker)
        .execute();
    },
    async fail(id, worker, error, next) {
      await db
        .updateTable("live_jobs")
        .set({
          state: next.dead ? "dead" : "waiting",
          run_at: next.dead ? sql`run_at` : next.runAt,
          locked_by: null,
          locked_until: null,
          last_error: error,
          updated_at: stamp(),
        })
        .where("id", "=", id)
        .where("locked_by", "=", worker)
        .execute();
    },
    async counts(now) {
      const rows = await db
        .selectFrom("live_jobs")
        .select((eb) => [
          "state",
          sql<number>`case when state = 'waiting' and run_at > ${now} then 1 else 0 end`.as("later"),
          eb.fn.countAll<number>().as("n"),
        ])
        .groupBy(["state", sql`case when state = 'waiting' and run_at > ${now} then 1 else 0 end`])
        .execute();
      const out = { waiting: 0, delayed: 0, active: 0, done: 0, dead: 0 };
      for (const r of rows) {
        const key = r.state === "waiting" && Number(r.later) ? "delayed" : (r.state as keyof typeof out);
        if (key in out) out[key] += Number(r.n);
      }
      return out;
    },
    listDead: (limit) =>
      db
        .selectFrom("live_jobs")
        .selectAll()
        .where("state", "=", "dead")
        .orderBy("updated_at", "desc")
        .limit(limit)
        .execute(),
    async retryDead(id, now) {
      let q = db
        .updateTable("live_jobs")
        .set({ state: "waiting", attempts: 0, run_at: now, updated_at: stamp() })
        .where("state", "=", "dead");
      if (id !== null) q = q.where("id", "=", id);
      const r = await q.executeTakeFirst();
      return Number(r.numUpdatedRows);
    },
  };
}

/** The live tables on a store's database handle (migration 005 created them when the store opened). */
export async function openLiveState(
  storeDb: Kysely<Database>,
  mapError: ErrorMapper,
  backend: "sqlite" | "postgres",
): Promise<LiveState> {
  const db = storeDb as unknown as Kysely<LiveDatabase>;
  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw mapError(error);
    }
  };
  const jobs = createJobTable(db);
  const stamp = () => new Date().toISOString();
  const addDocumentCounts = (name: string, counts: { readonly stored: number; readonly failed: number }) =>
    guard(async () => {
      if (!counts.stored && !counts.failed) return;
      await db
        .updateTable("live_sources")
        .set({
          documents_stored: sql`documents_stored + ${counts.stored}`,
          documents_failed: sql`documents_failed + ${counts.failed}`,
        })
        .where("name", "=", name)
        .execute();
    });
  return {
    outbox: openOutbox(storeDb, backend, mapError),
    jobs: Object.fromEntries(
      Object.entries(jobs).map(([k, f]) => [
        k,
        (...args: unknown[]) => guard(() => (f as (...a: unknown[]) => Promise<unknown>)(...args)),
      ]),
    ) as unknown as JobTable,
    registerSources: (sources) =>
      guard(async () => {
        for (const s of sources) {
          await db
            .insertInto("live_sources")
            .values({ name: s.name, type: s.type, address: s.address, next_poll_at: 0 } as LiveSourcesTable)
            .onConflict((oc) => oc.column("name").doUpdateSet({ type: s.type, address: s.address }))
            .execute();
        }
      }),
    sourceStatus: (name) =>
      guard(async () => {
        const r = await db.selectFrom("live_sources").selectAll().where("name", "=", name).executeTakeFirst();
        return r ? toStatus(r) : null;
      }),
    listSourceStatus: () =>
      guard(async () =>
        (await db.selectFrom("live_sources").selectAll().orderBy("name").execute()).map(toStatus),
      ),
    recordPoll: (name, p) =>
      guard(async () => {
        await db
          .updateTable("live_sources")
          .set({
            last_poll_at: stamp(),
            next_poll_at: p.nextPollAt,
            last_status: p.status,
            last_error_code: p.error?.code ?? null,
            last_error_message: p.error?.message ?? null,
            consecutive_failures: p.error ? sql`consecutive_failures + 1` : 0,
            polls: sql`polls + 1`,
            items_last: p.items,
            items_new_last: p.newItems,
            items_new_total: sql`items_new_total + ${p.newItems}`,
            ...(p.etag !== undefined ? { etag: p.etag } : {}),
            ...(p.lastModified !== undefined ? { last_modified: p.lastModified } : {}),
          })
          .where("name", "=", name)
          .execute();
      }),
    recordDocument: (name, outcome) =>
      addDocumentCounts(name, { stored: outcome === "stored" ? 1 : 0, failed: outcome === "failed" ? 1 : 0 }),
    recordDocuments: addDocumentCounts,
    dueSources: (now) =>
      guard(async () =>
        (
          await db
            .selectFrom("live_sources")
            .select(["name", "next_poll_at"])
            .where("next_poll_at", "<=", now)
            .execute()
        ).map((r) => ({ name: r.name, nextPollAt: Number(r.next_poll_at) })),
      ),
    setNextPoll: (name, at) =>
      guard(async () => {
        await db.updateTable("live_sources").set({ next_poll_at: at }).where("name", "=", name).execute();
      }),
    unseen: (keys) =>
      guard(async () => {
        const seen = new Set<string>();
        for (let i = 0; i < keys.length; i += SEEN_CHUNK) {
          const chunk = keys.slice(i, i + SEEN_CHUNK);
          for (const r of await db.selectFrom("live_seen").select("key").where("key", "in", chunk).execute())
            seen.add(r.key);
        }
        return [...new Set(keys)].filter((k) => !seen.has(k));
      }),
    markSeen: (keys, source) =>
      guard(async () => {
        for (let i = 0; i < keys.length; i += SEEN_CHUNK) {
          const rows = keys.slice(i, i + SEEN_CHUNK).map((key) => ({ key, source, first_seen: stamp() }));
          if (rows.length)
            await db
              .insertInto("live_seen")
              .values(rows)
              .onConflict((oc) => oc.column("key").doNothing())
              .execute();
        }
      }),
  };
}
