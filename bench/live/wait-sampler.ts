// Where a deployment's PostgreSQL backends spend a run: pg_stat_activity sampled every few tens of
// milliseconds for the run's database, each backend's state counted as one of
//   active/CPU        running a statement, not waiting
//   active/Lock:...   waiting for a lock (transactionid: a row another transaction holds; tuple;
//                     advisory: the event log's lock; relation), with the statement that waits
//   active/IO:...     waiting for the disk or the WAL
//   idle in xact      inside a transaction, waiting for the client's next statement (the worker
//                     process busy or not scheduled)
//   idle              between transactions (the worker coding a document)
// A second worker that waits on the first shows as Lock samples; one that waits for the machine
// shows as idle in transaction with nothing locked.
import type pg from "pg";

export interface WaitSampler {
  /** Stops sampling; the share of samples per state (and per waiting statement), most first. */
  stop(): Promise<{ samples: number; shares: [string, number][] }>;
}

/** Each sample reads this connection's view of the run's database's client backends. */
export function startWaitSampler(admin: pg.Client, database: string, everyMs = 25): WaitSampler {
  const counts = new Map<string, number>();
  let samples = 0;
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const r = await admin.query<{ state: string | null; wt: string | null; we: string | null; q: string }>(
        `select state, wait_event_type as wt, wait_event as we, left(regexp_replace(query, '\\s+', ' ', 'g'), 48) as q
         from pg_stat_activity where datname = $1 and backend_type = 'client backend' and pid <> pg_backend_pid()`,
        [database],
      );
      samples++;
      for (const row of r.rows) {
        const state = row.state ?? "?";
        const key =
          state === "active"
            ? row.wt && row.wt !== "Client"
              ? `active/${row.wt}:${row.we} (${row.q})`
              : "active/CPU"
            : state === "idle in transaction"
              ? "idle in xact"
              : state;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return {
    async stop() {
      stopped = true;
      await loop;
      const total = [...counts.values()].reduce((a, b) => a + b, 0) || 1;
      const shares = [...counts.entries()]
        .map(([k, n]): [string, number] => [k, n / total])
        .sort((a, b) => b[1] - a[1]);
      return { samples, shares };
    },
  };
}

export function formatWaits(r: { samples: number; shares: [string, number][] }): string {
  return `${r.samples} samples: ${r.shares
    .filter(([, s]) => s >= 0.005)
    .map(([k, s]) => `${k} ${(100 * s).toFixed(1)}%`)
    .join(", ")}`;
}
