// The serving side's queries (serve-store.ts) over Kysely, for both backends. Events are always
// filtered by the one filter implementation (event-filter.ts), so the API, the stream and alerts
// select exactly what the CLI selects.
import type { Kysely } from "kysely";
import { readAnnotations } from "./annotation-parts.ts";
import { applyEventFilter } from "./event-filter.ts";
import { eventJsonPage } from "./event-page.ts";
import { toStoredEvent } from "./event-rows.ts";
import { ACTOR_MONTHS } from "./month-rollup-schema.ts";
import { pageRows } from "./page-query.ts";
import { PAIR_MONTHS } from "./pair-month-rollup.ts";
import { PLACE_MONTHS } from "./period-rollup-schema.ts";
import { PREFIX_MONTH_QUADS, PREFIX_WEEK_QUADS, rebuildQuadPrefixRollup } from "./prefix-quad-rollup.ts";
import { DYAD_DAYS, ROLLUPS, rebuildRollup } from "./rollup-schema.ts";
import type { Database } from "./schema.ts";
import { SERIES_ROLLUPS } from "./series-rollup-schema.ts";
import type {
  AlertFiringRecord,
  AlertRuleRecord,
  ApiKeyRecord,
  KeyScope,
  LoggedEvent,
  ServeStore,
} from "./serve-store.ts";

type Guard = <T>(work: () => Promise<T>) => Promise<T>;

const keyRecord = (r: Database["api_keys"]): ApiKeyRecord => ({
  id: r.id,
  scope: r.scope as KeyScope,
  label: r.label,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
});

export function createServeQueries(
  db: Kysely<Database>,
  backend: "sqlite" | "postgres",
  guard: Guard,
): ServeStore {
  const generationQuery = db.selectFrom("store_generation").select("generation").compile();
  return {
    listSourceSummaries: (limit) =>
      guard(async () => {
        const rows = await db
          .selectFrom("sources as s")
          .leftJoin("documents as d", "d.source", "s.name")
          .select((eb) => [
            "s.name",
            "s.first_seen",
            eb.fn.count<number>("d.doc_key").as("documents"),
            eb.fn.max("d.ingested_at").as("last"),
          ])
          .groupBy(["s.name", "s.first_seen"])
          .orderBy("documents", "desc")
          .orderBy("s.name")
          .limit(limit)
          .execute();
        return rows.map((r) => ({
          name: r.name,
          firstSeen: r.first_seen,
          documents: Number(r.documents),
          lastIngestedAt: (r.last as string | null) ?? null,
        }));
      }),

    eventLogAfter: (afterSeq, filter, scan) =>
      guard(async () => {
        const log = await db
          .selectFrom("event_log")
          .selectAll()
          .where("seq", ">", afterSeq)
          .orderBy("seq")
          .limit(scan)
          .execute();
        if (!log.length) return { rows: [], lastSeq: afterSeq };
        const keys = [...new Set(log.map((l) => l.event_key))];
        const events = await applyEventFilter(db.selectFrom("events").selectAll(), filter, backend)
          .where("event_key", "in", keys)
          .execute();
        const byKey = new Map(events.map((e) => [e.event_key, toStoredEvent(e)]));
        const rows: LoggedEvent[] = [];
        for (const l of log) {
          const event = byKey.get(l.event_key);
          if (event)
            rows.push({ seq: Number(l.seq), kind: l.kind, docKey: l.doc_key, loggedAt: l.logged_at, event });
        }
        return { rows, lastSeq: Number(log[log.length - 1]!.seq) };
      }),

    countNewEventsLoggedSince: (since, filter) =>
      guard(async () => {
        const logged = await db
          .selectFrom("event_log")
          .select("event_key")
          .where("logged_at", ">=", since)
          .where("kind", "=", "new")
          .execute();
        const keys = [...new Set(logged.map((l) => l.event_key))];
        let n = 0;
        // Bounded IN lists: SQLite and PostgreSQL both cap bound parameters per statement.
        for (let i = 0; i < keys.length; i += 500) {
          const r = await applyEventFilter(db.selectFrom("events"), filter, backend)
            .where("event_key", "in", keys.slice(i, i + 500))
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .executeTakeFirst();
          n += Number(r?.n ?? 0);
        }
        return n;
      }),

    lastLogSeq: () =>
      guard(async () => {
        const r = await db
          .selectFrom("event_log")
          .select((eb) => eb.fn.max("seq").as("seq"))
          .executeTakeFirst();
        return Number(r?.seq ?? 0);
      }),

    pageEvents: (filter, limit, after) =>
      guard(async () => {
        const rows = await pageRows(db, backend, filter, limit, after, (q) => q.selectAll());
        return rows.map(toStoredEvent);
      }),

    pageEventJson: (filter, limit, after) => guard(() => eventJsonPage(db, backend, filter, limit, after)),

    eventDetail: (eventKey) =>
      guard(async () => {
        const row = await db
          .selectFrom("events")
          .selectAll()
          .where("event_key", "=", eventKey)
          .executeTakeFirst();
        if (!row) return null;
        const mentions = await db
          .selectFrom("event_mentions as m")
          .innerJoin("documents as d", "d.doc_key", "m.doc_key")
          .select([
            "m.doc_key",
            "m.event_id",
            "m.sentence_index",
            "m.evidence",
            "m.trigger_start",
            "m.trigger_end",
            "m.source_start",
            "m.source_end",
            "m.target_start",
            "m.target_end",
            "m.confidence",
            "m.attribution_code",
            "d.url",
            "d.title",
            "d.source",
            "d.published_at",
          ])
          .where("m.event_key", "=", eventKey)
          .orderBy("d.ingested_at")
          .orderBy("m.doc_key")
          .execute();
        return {
          event: toStoredEvent(row),
          mentions: mentions.map((m) => ({
            docKey: m.doc_key,
            eventId: m.event_id,
            sentenceIndex: Number(m.sentence_index),
            evidence: m.evidence,
            trigger: { start: Number(m.trigger_start), end: Number(m.trigger_end) },
            source: { start: Number(m.source_start), end: Number(m.source_end) },
            target:
              m.target_start === null || m.target_end === null
                ? null
                : { start: Number(m.target_start), end: Number(m.target_end) },
            confidence: Number(m.confidence),
            attributionCode: m.attribution_code,
            document: { url: m.url, title: m.title, source: m.source, publishedAt: m.published_at },
          })),
        };
      }),

    documentDetail: (docKey) =>
      guard(async () => {
        const d = await db
          .selectFrom("documents")
          .selectAll()
          .where("doc_key", "=", docKey)
          .executeTakeFirst();
        if (!d) return null;
        const events = await db
          .selectFrom("events")
          .selectAll()
          .where("event_key", "in", (eb) =>
            eb.selectFrom("event_mentions").select("event_key").where("doc_key", "=", docKey),
          )
          .orderBy("event_key")
          .execute();
        return {
          docKey: d.doc_key,
          inputId: d.input_id,
          url: d.url,
          source: d.source,
          title: d.title,
          publishedAt: d.published_at,
          lang: d.lang,
          ingestedAt: d.ingested_at,
          article: JSON.parse(d.article_json),
          annotations: await readAnnotations(db, d.doc_key, d.annotations_json),
          events: events.map(toStoredEvent),
        };
      }),

    createApiKey: (k) =>
      guard(async () => {
        await db
          .insertInto("api_keys")
          .values({
            id: k.id,
            key_hash: k.keyHash,
            scope: k.scope,
            label: k.label,
            created_at: new Date().toISOString(),
            revoked_at: null,
          })
          .execute();
      }),

    findApiKey: (keyHash) =>
      guard(async () => {
        const r = await db
          .selectFrom("api_keys")
          .selectAll()
          .where("key_hash", "=", keyHash)
          .where("revoked_at", "is", null)
          .executeTakeFirst();
        return r ? keyRecord(r) : null;
      }),

    listApiKeys: () =>
      guard(async () =>
        (await db.selectFrom("api_keys").selectAll().orderBy("created_at").execute()).map(keyRecord),
      ),

    revokeApiKey: (id) =>
      guard(async () => {
        const r = await db
          .updateTable("api_keys")
          .set({ revoked_at: new Date().toISOString() })
          .where("id", "=", id)
          .where("revoked_at", "is", null)
          .executeTakeFirst();
        return Number(r.numUpdatedRows) > 0;
      }),

    saveAlertRule: (rule) =>
      guard(async () => {
        await db
          .insertInto("alert_rules")
          .values({
            id: rule.id,
            name: rule.name,
            filter_json: JSON.stringify(rule.filter),
            condition_json: JSON.stringify(rule.condition),
            webhook_url: rule.webhookUrl,
            webhook_secret: rule.webhookSecret,
            created_at: rule.createdAt,
          })
          .execute();
      }),

    listAlertRules: () =>
      guard(async () => {
        const rows = await db
          .selectFrom("alert_rules")
          .selectAll()
          .orderBy("created_at")
          .orderBy("id")
          .execute();
        return rows.map(
          (r): AlertRuleRecord => ({
            id: r.id,
            name: r.name,
            filter: JSON.parse(r.filter_json),
            condition: JSON.parse(r.condition_json),
            webhookUrl: r.webhook_url,
            webhookSecret: r.webhook_secret,
            createdAt: r.created_at,
          }),
        );
      }),

    deleteAlertRule: (id) =>
      guard(async () => {
        const r = await db.deleteFrom("alert_rules").where("id", "=", id).executeTakeFirst();
        return Number(r.numDeletedRows) > 0;
      }),

    recordAlertFiring: (ruleId, firingKey, payload) =>
      guard(async () => {
        const r = await db
          .insertInto("alert_firings")
          .values({
            rule_id: ruleId,
            firing_key: firingKey,
            fired_at: new Date().toISOString(),
            payload_json: JSON.stringify(payload),
            delivery: "pending",
          })
          .onConflict((oc) => oc.columns(["rule_id", "firing_key"]).doNothing())
          .executeTakeFirst();
        return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
      }),

    setAlertDelivery: (ruleId, firingKey, delivery) =>
      guard(async () => {
        await db
          .updateTable("alert_firings")
          .set({ delivery })
          .where("rule_id", "=", ruleId)
          .where("firing_key", "=", firingKey)
          .execute();
      }),

    // Read on every cacheable request (response-cache.ts): compiled once, not per call.
    generation: () =>
      guard(async () => {
        const { rows } = await db.executeQuery(generationQuery);
        return Number(rows[0]?.generation ?? 0);
      }),

    rebuildRollups: () =>
      guard(() =>
        db.transaction().execute(async (trx) => {
          for (const spec of [
            DYAD_DAYS,
            ...ROLLUPS,
            ACTOR_MONTHS,
            ...SERIES_ROLLUPS,
            PLACE_MONTHS,
            PAIR_MONTHS,
          ])
            await rebuildRollup(trx as unknown as Kysely<unknown>, spec);
          for (const p of [PREFIX_MONTH_QUADS, PREFIX_WEEK_QUADS])
            await rebuildQuadPrefixRollup(trx as unknown as Kysely<unknown>, p);
        }),
      ),

    listAlertFirings: (ruleId, limit) =>
      guard(async () => {
        let q = db.selectFrom("alert_firings").selectAll();
        if (ruleId) q = q.where("rule_id", "=", ruleId);
        const rows = await q.orderBy("fired_at", "desc").limit(limit).execute();
        return rows.map(
          (r): AlertFiringRecord => ({
            ruleId: r.rule_id,
            firingKey: r.firing_key,
            firedAt: r.fired_at,
            payload: JSON.parse(r.payload_json),
            delivery: r.delivery,
          }),
        );
      }),
  };
}
