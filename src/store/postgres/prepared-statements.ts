// Statements a connection runs again and again are prepared once on it (named statements), so the
// server stops parsing and analysing their text on every run. Kysely sends every statement
// unnamed: PostgreSQL parses, analyses and rewrites it on each run, and a worker's document save
// repeats the same few texts (the lookup, the document insert, the event log, the recount) for
// every document. A text is named from its second run on (a one-off text, e.g. a VALUES list of
// an unusual length, costs nothing more than before); each connection names at most
// MAX_NAMED_PER_CONNECTION texts, and forgets the counts of unnamed ones when it has seen too many
// distinct texts, so memory on client and server stays bounded. Statements without parameters
// (BEGIN, COMMIT, DDL) stay on the simple protocol as before.

/** Named statements kept per connection (each holds a parsed query on the server session). */
const MAX_NAMED_PER_CONNECTION = 200;
/** Distinct unnamed texts counted per connection before the counts start over. */
const MAX_COUNTED_TEXTS = 2000;

type QueryFn = (config: unknown, values?: unknown, callback?: unknown) => unknown;

/** Makes `client.query(text, values)` use a named statement for a text it has run before. */
export function prepareRepeatedStatements(client: { query: QueryFn }): void {
  const query = client.query;
  const names = new Map<string, string>();
  let runs = new Map<string, number>();
  client.query = function (this: unknown, config: unknown, values?: unknown, callback?: unknown) {
    if (typeof config !== "string" || !Array.isArray(values) || values.length === 0)
      return query.call(this, config, values, callback);
    let name = names.get(config);
    if (name === undefined && names.size < MAX_NAMED_PER_CONNECTION) {
      const seen = (runs.get(config) ?? 0) + 1;
      if (seen >= 2) {
        name = `sitrep_s${names.size + 1}`;
        names.set(config, name);
        runs.delete(config);
      } else {
        if (runs.size >= MAX_COUNTED_TEXTS) runs = new Map();
        runs.set(config, seen);
      }
    }
    if (name === undefined) return query.call(this, config, values, callback);
    return query.call(this, { name, text: config, values }, undefined, callback);
  };
}
