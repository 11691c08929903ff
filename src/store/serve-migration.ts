// Tables of the serving side (issue 13): the event log that live streams and alerts follow, API keys
// (hashed) and alert rules with their firings. A migration of its own so the pipeline's tables stay
// as they were; both dialects get the same tables, only the auto-increment column differs.
import type { Kysely, Migration } from "kysely";

export const m003_serve = (backend: "sqlite" | "postgres"): Migration => ({
  async up(db: Kysely<unknown>) {
    // One row per stored report of an event, in storage order: `seq` is the SSE event id, so a
    // client that reconnects with Last-Event-ID misses nothing whichever process stored the row.
    await db.schema
      .createTable("event_log")
      .$call((t) =>
        backend === "postgres"
          ? t.addColumn("seq", "bigserial", (c) => c.primaryKey())
          : t.addColumn("seq", "integer", (c) => c.primaryKey().autoIncrement()),
      )
      .addColumn("event_key", "text", (c) => c.notNull())
      .addColumn("doc_key", "text", (c) => c.notNull())
      /** "new" when the report created the event, "update" when it added a mention to a known one. */
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("logged_at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createTable("api_keys")
      .addColumn("id", "text", (c) => c.primaryKey())
      /** sha256 of the key: the key itself is shown once and never stored. */
      .addColumn("key_hash", "text", (c) => c.notNull().unique())
      .addColumn("scope", "text", (c) => c.notNull())
      .addColumn("label", "text")
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("revoked_at", "text")
      .execute();
    await db.schema
      .createTable("alert_rules")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("filter_json", "text", (c) => c.notNull())
      .addColumn("condition_json", "text", (c) => c.notNull())
      .addColumn("webhook_url", "text")
      .addColumn("webhook_secret", "text")
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
    // A firing is recorded before it is delivered; the primary key makes "never twice for the same
    // firing" hold across API processes (only the process whose insert succeeds delivers).
    await db.schema
      .createTable("alert_firings")
      .addColumn("rule_id", "text", (c) => c.notNull())
      .addColumn("firing_key", "text", (c) => c.notNull())
      .addColumn("fired_at", "text", (c) => c.notNull())
      .addColumn("payload_json", "text", (c) => c.notNull())
      .addColumn("delivery", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("alert_firings_pk", ["rule_id", "firing_key"])
      .execute();
  },
});
