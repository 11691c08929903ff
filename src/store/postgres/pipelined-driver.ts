// A transaction's BEGIN goes on the wire with its first statement, and its COMMIT with its last,
// instead of a round trip each. A worker's document was saved in one transaction of six round
// trips (begin, document, events, recount, event log, commit), two of which only waited for
// PostgreSQL to say "BEGIN" or "COMMIT": each a socket write, a switch to the backend and back and
// a wake-up of the worker's event loop, costs that grow when two workers and their backends share
// the cores. And the event log's lock (event-writes.ts) was held from the log statement's answer
// until the COMMIT arrived, i.e. across a round trip through the worker, a stretch the other
// worker waits out whenever its own log statement comes then.
// node-pg's pipeline mode writes a query as soon as it is asked for and matches the answers in
// order. So the BEGIN is sent and the first statement follows at once; and a statement marked
// ANSWERED_AT_COMMIT (its caller reads no rows from it and commits next) is sent and the COMMIT
// follows at once, its answer awaited with the COMMIT's. Each query keeps its own Sync: an error
// stays with its statement and aborts the transaction as before; the error thrown is the first
// statement's that failed (a failed marked statement is thrown by the commit, which PostgreSQL
// then answers with ROLLBACK: nothing of the transaction is kept).
import {
  AbortedTransactionError,
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  PostgresDialect,
  type PostgresDialectConfig,
  PostgresDriver,
  type QueryResult,
  type TransactionSettings,
} from "kysely";

/** Opens a statement whose rows nobody reads: inside a transaction it is sent at once and its
 * answer awaited with the next statement's, or with the COMMIT's when it is the last (the use
 * it is for). An SQL comment: on any other driver the statement is awaited as usual. */
export const ANSWERED_AT_COMMIT = "/* answered at commit */ ";

/** Kysely's own PostgreSQL connection (its release and discard marks are private to it). */
type PostgresConnection = Parameters<PostgresDriver["releaseConnection"]>[0];

/** A connection that remembers the statements it sent whose answers nobody has awaited yet. */
class PipelinedConnection implements DatabaseConnection {
  /** Sent, answers not yet awaited, in the order sent (a BEGIN, a statement marked for commit). */
  private unanswered: Promise<unknown>[] = [];
  inTransaction = false;
  constructor(readonly inner: PostgresConnection) {}

  /** Sends a statement now without awaiting its answer; the next one awaited sees its error. */
  sendAhead(query: CompiledQuery): void {
    const answer = this.inner.executeQuery(query);
    // Observed by settle(); never an unhandled rejection.
    answer.catch(() => {});
    this.unanswered.push(answer);
  }

  /** Awaits the answers sent ahead; throws the first failure after all have arrived. */
  async settle(): Promise<void> {
    const answers = this.unanswered;
    this.unanswered = [];
    let failure: { error: unknown } | null = null;
    for (const answer of answers)
      await answer.catch((error: unknown) => {
        failure ??= { error };
      });
    if (failure) throw (failure as { error: unknown }).error;
  }

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    if (this.inTransaction && query.sql.startsWith(ANSWERED_AT_COMMIT)) {
      this.sendAhead(query);
      return { rows: [] };
    }
    // Written to the socket now (the client is in pipeline mode), behind what was sent ahead.
    const result = this.inner.executeQuery<R>(query);
    try {
      await this.settle();
    } catch (error) {
      // The statement ran in an aborted transaction (or none): its answer is not the caller's.
      result.catch(() => {});
      throw error;
    }
    return result;
  }

  streamQuery<R>(query: CompiledQuery, chunkSize: number): AsyncIterableIterator<QueryResult<R>> {
    return this.inner.streamQuery<R>(query, chunkSize);
  }
}

class PipelinedPostgresDriver extends PostgresDriver implements Driver {
  override async acquireConnection(): Promise<DatabaseConnection> {
    return new PipelinedConnection((await super.acquireConnection()) as PostgresConnection);
  }

  override async beginTransaction(
    connection: DatabaseConnection,
    settings: TransactionSettings,
  ): Promise<void> {
    const c = connection as PipelinedConnection;
    if (settings.isolationLevel || settings.accessMode) await super.beginTransaction(c.inner, settings);
    else c.sendAhead(CompiledQuery.raw("begin"));
    c.inTransaction = true;
  }

  override async commitTransaction(connection: DatabaseConnection): Promise<void> {
    const c = connection as PipelinedConnection;
    c.inTransaction = false;
    const committed = c.inner.executeQuery(CompiledQuery.raw("commit"));
    try {
      await c.settle();
    } catch (error) {
      // PostgreSQL answers this COMMIT with ROLLBACK: the statement's own error says why.
      await committed.catch(() => {});
      throw error;
    }
    const { rows } = await committed;
    if ((rows[0] as { command?: string } | undefined)?.command === "ROLLBACK")
      throw new AbortedTransactionError();
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    const c = connection as PipelinedConnection;
    c.inTransaction = false;
    // What was sent ahead failed or no longer matters: the transaction is given up.
    await c.settle().catch(() => {});
    return super.rollbackTransaction(c.inner);
  }

  override async releaseConnection(connection: DatabaseConnection): Promise<void> {
    const c = connection as PipelinedConnection;
    c.inTransaction = false;
    await c.settle().catch(() => {});
    return super.releaseConnection(c.inner);
  }
}

/**
 * Makes what a connection writes in one tick (a synchronous stretch and the promise callbacks it
 * starts) go to the socket in one write. node-pg writes each simple query (BEGIN, COMMIT) by itself
 * and each extended one as its own write: a pipelined BEGIN and the statement behind it, or a
 * statement sent ahead and its COMMIT, were two writes each. On this machine the profile of a
 * worker showed its socket writes at ~15 % of its CPU (a write to the loopback also runs the
 * receiving side's TCP work and wakes the backend), the BEGIN's write alone ~7 %. The socket is
 * corked at the first write of a tick and uncorked on process.nextTick, which runs before any I/O
 * callback: nothing waits longer to be sent than the stretch of code that asked for it.
 */
export function coalesceWritesPerTick(socket: {
  write: (...args: never[]) => boolean;
  cork(): void;
  uncork(): void;
}): void {
  const write = socket.write;
  let corked = false;
  const uncork = () => {
    corked = false;
    socket.uncork();
  };
  socket.write = function (this: unknown, ...args: never[]) {
    if (!corked) {
      corked = true;
      socket.cork();
      process.nextTick(uncork);
    }
    return write.apply(this, args);
  };
}

/**
 * Kysely's PostgreSQL dialect over a pool whose clients are in pipeline mode (`pipeline: true` in
 * the pool's options, which node-pg hands to each client), with BEGIN and COMMIT sent beside the
 * statements next to them. Cursors (streamQuery) cannot share a pipelined connection; the store
 * uses none.
 */
export class PipelinedPostgresDialect extends PostgresDialect {
  readonly #config: PostgresDialectConfig;
  constructor(config: PostgresDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new PipelinedPostgresDriver(this.#config);
  }
}
