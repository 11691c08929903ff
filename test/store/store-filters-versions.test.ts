// Store contract, part 2, on both backends: every filter with several values, the new filters,
// sorted pages with a next cursor, document versions (a changed body at a known URL supersedes the
// old version's events), and migration of a database made before versions existed.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { Kysely, Migrator, SqliteDialect } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { simhash64 } from "../../src/dedup/index.ts";
import { documentKey } from "../../src/store/event-key.ts";
import { type DocumentRecord, openStore, parseEventQuery, type Store } from "../../src/store/index.ts";
import { migrationsFor } from "../../src/store/migrations.ts";
import type { CodedEvent } from "../../src/types.ts";
import { makeEvent } from "../helpers/event-factory.ts";
import { storeBackends } from "../helpers/store-backends.ts";

let counter = 0;
function record(events: CodedEvent[], over: Partial<DocumentRecord> = {}): DocumentRecord {
  counter++;
  const text = `Story ${counter} ${Math.random()}`;
  return {
    inputId: `doc-${counter}`,
    contentHash: `hash-${counter}-${Math.random()}`,
    url: null,
    source: `Site ${counter % 3}`,
    title: text,
    publishedAt: "2021-03-01T10:00:00Z",
    lang: "en",
    simhash: simhash64(text),
    clusterKey: null,
    article: { text },
    annotations: { sentences: [] },
    events,
    dictionaryVersion: "test-1",
    actors: [],
    places: [],
    ...over,
  };
}

const BACKENDS = storeBackends("sitrep-fv-");

const keysOf = (events: readonly { sourceCode: string; cameoCode: string }[]) =>
  events.map((e) => `${e.sourceCode}:${e.cameoCode}`).sort();

for (const backend of BACKENDS) {
  describe(`store filters and versions: ${backend.name}`, () => {
    let store: Store | null = null;
    beforeAll(async () => {
      store = await backend.open();
      if (!store) return;
      // One fixed set of events, with actor codes no other test here uses (prefix Q/X/Z).
      const on = (day: string, over: Parameters<typeof makeEvent>[0]) => makeEvent({ date: day, ...over });
      await store.saveDocument(
        record(
          [
            on("2021-03-01", { eventId: "1", code: "190", src: "QATMIL", tgt: "ZAFGOV", confidence: 0.9 }),
            on("2021-03-02", { eventId: "2", code: "040", src: "ZAFGOV", tgt: "QATMIL", confidence: 0.4 }),
            on("2021-03-03", {
              eventId: "3",
              code: "0311",
              src: "XKXGOV",
              tgt: "QATGOV",
              modality: "intended",
              confidence: 0.7,
            }),
            on("2021-03-04", {
              eventId: "4",
              code: "172",
              src: "QATGOV",
              tgt: null,
              negated: true,
              confidence: 0.5,
            }),
          ],
          { tone: -4 },
        ),
      );
      // A second report of event 1: two mentions, mean tone of both documents.
      await store.saveDocument(
        record(
          [on("2021-03-01", { eventId: "1b", code: "190", src: "QATMIL", tgt: "ZAFGOV", confidence: 0.8 })],
          {
            tone: 2,
          },
        ),
      );
    });
    afterAll(async () => {
      await store?.close();
      await backend.cleanup();
    });
    const s = () => store!;
    const itStore = (name: string, fn: () => Promise<void>) =>
      it(name, async (ctx) => {
        if (!store) ctx.skip();
        await fn();
      });
    const q = async (params: Record<string, string | string[]>) =>
      (await s().queryEventPage(parseEventQuery({ ...params }).filter, { limit: 100 })).events;

    itStore("--source and --target filter by the actor code prefix on their own side", async () => {
      expect(keysOf(await q({ source: "QAT", from: "2021-03-01", to: "2021-03-05" }))).toEqual([
        "QATGOV:172",
        "QATMIL:190",
      ]);
      expect(keysOf(await q({ target: "QATMIL" }))).toEqual(["ZAFGOV:040"]);
      expect(keysOf(await q({ source: "QAT", target: "ZAF" }))).toEqual(["QATMIL:190"]);
    });

    itStore("every list filter takes several values, comma-separated or repeated", async () => {
      const comma = await q({ source: "QAT,XKX" });
      const repeated = await q({ source: ["QAT", "XKX"] });
      expect(keysOf(comma)).toEqual(["QATGOV:172", "QATMIL:190", "XKXGOV:0311"]);
      expect(keysOf(repeated)).toEqual(keysOf(comma));
      expect(keysOf(await q({ actor: "XKX", code: ["0311", "040"] }))).toEqual(["XKXGOV:0311"]);
      expect(keysOf(await q({ source: "QAT,ZAF,XKX", root: "19,04" }))).toEqual(["QATMIL:190", "ZAFGOV:040"]);
      expect(keysOf(await q({ source: "QAT,ZAF,XKX", quad: "1,4" }))).toHaveLength(4);
      expect(keysOf(await q({ source: "QAT,ZAF,XKX", quad: ["4"] }))).toEqual(["QATGOV:172", "QATMIL:190"]);
      expect(keysOf(await q({ country: "PAK,CHN", source: "XKX" }))).toEqual(["XKXGOV:0311"]);
    });

    itStore("filters by mentions, Goldstein range, modality, origin and confidence", async () => {
      const all = { source: "QAT,ZAF,XKX" };
      expect(keysOf(await q({ ...all, "min-mentions": "2" }))).toEqual(["QATMIL:190"]);
      expect(keysOf(await q({ ...all, "min-goldstein": "0" }))).toEqual(["XKXGOV:0311", "ZAFGOV:040"]);
      expect(keysOf(await q({ ...all, "max-goldstein": "-1" }))).toEqual(["QATGOV:172", "QATMIL:190"]);
      expect(keysOf(await q({ ...all, modality: "negated" }))).toEqual(["QATGOV:172"]);
      expect(keysOf(await q({ ...all, modality: "intended,negated" }))).toEqual([
        "QATGOV:172",
        "XKXGOV:0311",
      ]);
      expect(keysOf(await q({ ...all, modality: "asserted" }))).toEqual(["QATMIL:190", "ZAFGOV:040"]);
      expect(await q({ ...all, origin: "gdelt" })).toEqual([]);
      expect(keysOf(await q({ ...all, origin: "sitrep", "min-confidence": "0.75" }))).toEqual(["QATMIL:190"]);
    });

    itStore("keeps each event's best confidence and its documents' mean tone", async () => {
      const [e] = await q({ source: "QATMIL" });
      expect(e).toMatchObject({ numMentions: 2, confidence: 0.9, avgTone: -1 });
    });

    itStore("sorts, pages with a next cursor, and refuses a cursor from another query", async () => {
      const query = parseEventQuery({ source: "QAT,ZAF,XKX", sort: "-goldstein", limit: "2" });
      const first = await s().queryEventPage(query.filter, query);
      expect(first.events).toHaveLength(2);
      expect(first.next).toBeTruthy();
      expect(first.events.map((e) => e.goldstein)).toEqual(
        [...first.events.map((e) => e.goldstein)].sort((a, b) => b - a),
      );
      const second = await s().queryEventPage(query.filter, { ...query, cursor: first.next });
      expect(second.events).toHaveLength(2);
      expect(second.next).toBeNull();
      const seen = [...first.events, ...second.events].map((e) => e.eventKey);
      expect(new Set(seen).size).toBe(4);
      const other = parseEventQuery({ source: "QAT", sort: "-goldstein", limit: "2" });
      await expect(s().queryEventPage(other.filter, { ...other, cursor: first.next })).rejects.toMatchObject({
        code: "E_QUERY_PARAM",
      });
      const ascending = parseEventQuery({ source: "QAT,ZAF,XKX", sort: "day" });
      const days = (await s().queryEventPage(ascending.filter, ascending)).events.map((e) => e.day);
      expect(days).toEqual([...days].sort());
    });

    itStore("rows carry the document that first reported them and its URL", async () => {
      await s().saveDocument(
        record([makeEvent({ eventId: "u", code: "042", src: "ZZZGOV", tgt: "ZZYGOV" })], {
          url: "https://example.net/zzz",
        }),
      );
      const [row] = await q({ source: "ZZZ" });
      expect(row).toMatchObject({ url: "https://example.net/zzz" });
      expect(row!.docKey).toMatch(/^[0-9a-f]{32}$/);
    });

    itStore("a changed body at a known URL is a new version whose events supersede the old", async () => {
      const url = "https://example.net/live-blog";
      const v1 = await s().saveDocument(
        record([makeEvent({ eventId: "a", code: "043", src: "XVAGOV", tgt: "XVBGOV", date: "2021-04-01" })], {
          url,
          bodyHash: "body-1",
        }),
      );
      expect(v1).toMatchObject({ inserted: true, version: 1 });
      // Other bytes, same body (an ad or a timestamp changed): no new version.
      const same = await s().saveDocument(record([], { url, bodyHash: "body-1" }));
      expect(same.inserted).toBe(false);
      expect(await s().findDocument("other-bytes", url)).toMatchObject({
        docKey: v1.docKey,
        sameContent: false,
      });
      const v2 = await s().saveDocument(
        record([makeEvent({ eventId: "b", code: "190", src: "XVAGOV", tgt: "XVBGOV", date: "2021-04-01" })], {
          url,
          bodyHash: "body-2",
        }),
      );
      expect(v2).toMatchObject({ inserted: true, version: 2, supersedes: v1.docKey });
      expect(keysOf(await q({ source: "XVA" }))).toEqual(["XVAGOV:190"]);
      const withOld = await q({ source: "XVA", "include-superseded": "true" });
      expect(keysOf(withOld)).toEqual(["XVAGOV:043", "XVAGOV:190"]);
      const old = withOld.find((e) => e.cameoCode === "043")!;
      expect(old).toMatchObject({ supersededBy: v2.docKey, docKey: v1.docKey, url });
      // A third version supersedes the second; recoding reads current versions only.
      const v3 = await s().saveDocument(record([], { url, bodyHash: "body-3" }));
      expect(v3).toMatchObject({ version: 3, supersedes: v2.docKey });
      expect(await q({ source: "XVA" })).toEqual([]);
      const current: string[] = [];
      for await (const d of s().listDocuments()) current.push(d.docKey);
      expect(current).toContain(v3.docKey);
      expect(current).not.toContain(v1.docKey);
      expect(current).not.toContain(v2.docKey);
    });
  });
}

describe("migration 002 on a database made before it", () => {
  it("adds the version, tone and place columns to an existing SQLite store, keeping its data", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "sitrep-mig-")), "old.db");
    const oldKey = documentKey("https://example.org/a", "h-old");
    const raw = new Database(file);
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: raw }) });
    const only001 = { "001_initial": migrationsFor("sqlite")["001_initial"]! };
    const migrator = new Migrator({ db, provider: { getMigrations: async () => only001 } });
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    raw
      .prepare(
        `insert into documents (doc_key, input_id, content_hash, url, source, title, published_at, lang, simhash,
          cluster_key, article_json, annotations_json, dictionary_version, ingested_at)
         values (?, 'old', 'h-old', 'https://example.org/a', null, 't', null, 'en', '0000000000000000', ?,
          '{"text":"old body"}', '{}', null, '2020-01-01T00:00:00Z')`,
      )
      .run(oldKey, oldKey);
    await db.destroy();
    const store = await openStore({ dbPath: file, databaseUrl: null });
    await store.migrate();
    // The old document is the current version at its URL: a changed body there is version 2.
    const v2 = await store.saveDocument(record([], { url: "https://example.org/a", bodyHash: "new body" }));
    expect(v2).toMatchObject({ inserted: true, version: 2, supersedes: oldKey });
    const unchanged = await store.saveDocument(
      record([], { url: "https://example.org/a", bodyHash: "new body" }),
    );
    expect(unchanged.inserted).toBe(false);
    await store.close();
  });
});
