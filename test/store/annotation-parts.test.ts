// Issue 11, item 1 (memory bounded): a long document's annotations JSON is written in parts
// (migration 012) instead of one value of tens of millions of characters. What every reader gets
// back (the API's document detail, listDocuments behind recode and exports) must be what the whole
// JSON gave, on both backends; databases made before 012 must still read and take new documents.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../../src/context.ts";
import { createDocumentIngester, createPipeline, recodeStored } from "../../src/pipeline.ts";
import { annotationJson, JsonList, jsonPieces } from "../../src/store/annotation-parts.ts";
import { openStore, type Store } from "../../src/store/index.ts";
import type { CodedDoc } from "../../src/types.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/postgres.ts";
import { rawText } from "../helpers/raw-text.ts";

describe("annotations JSON in pieces", () => {
  const values: unknown[] = [
    { sentences: Array.from({ length: 9000 }, (_, i) => ({ start: i, end: i + 1, pos: "NOUN" })) },
    { rows: Array.from({ length: 10_000 }, (_, i) => i % 97), records: [{ name: "Pakistan", code: "PAK" }] },
    { a: undefined, b: () => 1, c: [undefined, () => 2, null], d: { toJSON: () => ({ e: "é\n\u2028" }) } },
    { nested: { deeper: { deepest: [1, [2, [3]]] } }, date: new Date(0), empty: [], none: {} },
    [1, "two", { three: 3 }],
    "text",
    42,
    null,
  ];

  it("join to exactly what JSON.stringify writes", () => {
    for (const value of values) expect([...jsonPieces(value)].join("")).toBe(JSON.stringify(value));
  });

  it("write a JsonList's mapped items, streamed or whole", () => {
    const list = new JsonList([1, 2, 3], (n) => ({ n, twice: 2 * n }));
    const mapped = [1, 2, 3].map((n) => ({ n, twice: 2 * n }));
    expect([...jsonPieces({ list })].join("")).toBe(JSON.stringify({ list: mapped }));
    expect(JSON.stringify({ list })).toBe(JSON.stringify({ list: mapped }));
  });

  it("stay whole up to the part size and come in parts past it, joined the same", () => {
    const value = values[0];
    const json = JSON.stringify(value);
    const whole = annotationJson(value, json.length + 1);
    expect(whole).toEqual({ kind: "whole", json });
    const split = annotationJson(value, 10_000);
    expect(split.kind).toBe("parts");
    const parts = split.kind === "parts" ? [...split.parts] : [];
    // Each part but the last has at least the part size, and none much more.
    expect(parts.length).toBeGreaterThan(10);
    for (const part of parts.slice(0, -1)) expect(part.length).toBeGreaterThanOrEqual(10_000);
    for (const part of parts) expect(part.length).toBeLessThan(30_000);
    expect(parts.join("")).toBe(json);
  });
});

const TEXT = [
  "ISLAMABAD, June 3 (Reuters) - Pakistan's army chief Gen. Asim Munir met Chinese Foreign Minister Wang Yi in Beijing on Monday, the military said.",
  "Munir told Wang that Pakistan would protect Chinese workers. The two sides agreed to meet again in Islamabad in July.",
  "Indian police arrested 12 protesters in New Delhi on Tuesday. India's foreign ministry condemned the attack on the embassy in Kabul.",
].join("\n\n");

const ctx = createContext();
const run = createPipeline(ctx, "code");
const raw = rawText;

/** A store of each backend with a part size small enough that a short document is stored in parts. */
interface Backend {
  readonly name: string;
  open(partChars?: number): Promise<Store | null>;
  /** Rows of document_annotation_parts for a document. */
  parts(docKey: string): Promise<number>;
  cleanup(): Promise<void>;
}

function backends(): Backend[] {
  const file = join(mkdtempSync(join(tmpdir(), "sitrep-parts-")), "t.db");
  let database: TestDatabase | null = null;
  return [
    {
      name: "sqlite",
      open: (partChars) => openStore({ dbPath: file, databaseUrl: null }, { annotationPartChars: partChars }),
      parts: async (docKey) => {
        const db = new Database(file, { readonly: true });
        const row = db
          .prepare("select count(*) as n from document_annotation_parts where doc_key = ?")
          .get(docKey);
        db.close();
        return (row as { n: number }).n;
      },
      cleanup: async () => {},
    },
    {
      name: "postgres",
      open: async (partChars) => {
        database ??= await createTestDatabase();
        return database
          ? openStore({ dbPath: "", databaseUrl: database.url }, { annotationPartChars: partChars })
          : null;
      },
      parts: async (docKey) => {
        const client = new pg.Client({ connectionString: database!.url });
        await client.connect();
        const r = await client.query(
          "select count(*)::int as n from document_annotation_parts where doc_key = $1",
          [docKey],
        );
        await client.end();
        return r.rows[0].n as number;
      },
      cleanup: async () => {
        await database?.drop();
      },
    },
  ];
}

for (const backend of backends()) {
  describe(`annotations stored in parts: ${backend.name}`, () => {
    let whole: Store | null = null;
    afterAll(async () => {
      await backend.cleanup();
    });
    beforeAll(async () => {
      whole = await backend.open();
    });

    it("read back as the whole JSON reads, and recode finds nothing changed", {
      timeout: 60_000,
    }, async (t) => {
      if (!whole) return t.skip();
      const coded = run(raw("short", TEXT)) as CodedDoc;
      const first = await createDocumentIngester(whole, ctx, () => coded)(raw("short", TEXT));
      const wholeKey = (first as { docKey: string }).docKey;
      const expected = (await whole.documentDetail(wholeKey))!.annotations;
      await whole.close();
      // The same text (other bytes: a trailing line break) through a store whose part size is a
      // few hundred characters.
      const parted = (await backend.open(300))!;
      try {
        const second = await createDocumentIngester(parted, ctx, run)(raw("parted", `${TEXT}\n`));
        expect(second.outcome).toBe("stored");
        const key = (second as { docKey: string }).docKey;
        expect(key).not.toBe(wholeKey);
        expect(await backend.parts(key)).toBeGreaterThan(1);
        expect(await backend.parts(wholeKey)).toBe(0);
        const detail = (await parted.documentDetail(key))!.annotations;
        expect(detail).toEqual(expected);
        const listed = new Map<string, unknown>();
        for await (const d of parted.listDocuments()) listed.set(d.docKey, d.annotations);
        expect(listed.get(key)).toEqual(detail);
        expect(listed.get(wholeKey)).toEqual(expected);
        // Recode reads both documents' annotations and codes them as they were coded at ingest.
        const report = await recodeStored(parted, ctx);
        expect(report.changedDocuments).toBe(0);
      } finally {
        await parted.close();
      }
    });
  });
}

/**
 * Back to the schema before 012: its table and the migration log's lines from 012 on gone (Kysely
 * refuses a log with a gap; the later migrations are idempotent and run again).
 */
const BEFORE_012 = "drop table document_annotation_parts; delete from kysely_migration where name >= '012'";

interface OldBackend {
  readonly name: string;
  open(options?: { annotationPartChars?: number; readOnly?: boolean }): Promise<Store | null>;
  exec(sql: string): Promise<void>;
  cleanup(): Promise<void>;
}

function oldBackends(): OldBackend[] {
  const file = join(mkdtempSync(join(tmpdir(), "sitrep-mig012-")), "old.db");
  let database: TestDatabase | null = null;
  return [
    {
      name: "sqlite",
      open: (options) => openStore({ dbPath: file, databaseUrl: null }, options),
      exec: async (sql) => {
        const db = new Database(file);
        db.exec(sql);
        db.close();
      },
      cleanup: async () => {},
    },
    {
      name: "postgres",
      open: async (options) => {
        database ??= await createTestDatabase();
        return database ? openStore({ dbPath: "", databaseUrl: database.url }, options) : null;
      },
      exec: async (sql) => {
        const client = new pg.Client({ connectionString: database!.url });
        await client.connect();
        await client.query(sql);
        await client.end();
      },
      cleanup: async () => {
        await database?.drop();
      },
    },
  ];
}

for (const backend of oldBackends()) {
  describe(`a database made before migration 012: ${backend.name}`, () => {
    afterAll(async () => {
      await backend.cleanup();
    });

    it("reads the documents it holds and stores new ones in parts", { timeout: 60_000 }, async (t) => {
      const old = await backend.open();
      if (!old) return t.skip();
      const coded = run(raw("old", TEXT)) as CodedDoc;
      // Stored as a store before 012 stored every document: the whole JSON in the document row.
      const oldKey = (
        (await createDocumentIngester(old, ctx, () => coded)(raw("old", TEXT))) as { docKey: string }
      ).docKey;
      const expected = (await old.documentDetail(oldKey))!.annotations;
      await old.close();
      await backend.exec(BEFORE_012);
      if (backend.name === "sqlite") {
        // Opened only to read, an old file is read as it is (no migration runs).
        const reader = (await backend.open({ readOnly: true }))!;
        try {
          expect((await reader.documentDetail(oldKey))!.annotations).toEqual(expected);
        } finally {
          await reader.close();
        }
      }
      const store = (await backend.open({ annotationPartChars: 300 }))!;
      try {
        expect((await store.documentDetail(oldKey))!.annotations).toEqual(expected);
        const text = `${TEXT}\n\nThe talks will resume next month.`;
        const next = run(raw("new", text)) as CodedDoc;
        const stored = await createDocumentIngester(store, ctx, () => next)(raw("new", text));
        expect(stored.outcome).toBe("stored");
        const detail = (await store.documentDetail((stored as { docKey: string }).docKey))!.annotations as {
          sentences: unknown[];
        };
        expect(detail.sentences.length).toBe((expected as { sentences: unknown[] }).sentences.length + 1);
        expect((await recodeStored(store, ctx)).changedDocuments).toBe(0);
      } finally {
        await store.close();
      }
    });
  });
}
