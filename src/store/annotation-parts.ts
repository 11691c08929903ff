// A document's annotations JSON in parts (migration 012). A 20 MB text's annotations come to ~70M
// characters of JSON: built as one string, copied to UTF-8 by the SQLite binding and again into
// SQLite's record, that was ~300 MB of peak memory for one column. Past PART_CHARS the JSON is
// written as it is produced, a part of about PART_CHARS characters a row in
// `document_annotation_parts`, and the document row's `annotations_json` is left empty; readers
// join the parts back. The text of the parts joined is what JSON.stringify gives, so every reader
// sees the same value either way, and documents stored whole (all before 012) read as before.
import type { Kysely, Transaction } from "kysely";
import type { Database } from "./schema.ts";

type Db = Kysely<Database> | Transaction<Database>;

/**
 * Characters of JSON per part, and the size past which a document's annotations go in parts: an
 * article of a few thousand words has 10-100 KB, so only long documents (past ~300 KB of text) are
 * stored in parts, and a part's three copies (string, UTF-8, record) stay a few MB.
 */
export const PART_CHARS = 1_000_000;

/** Array elements serialised per piece, so a piece stays small next to a part (a stored sentence
 * is a few hundred characters). */
const SLICE = 256;

/**
 * An array whose elements are each `map(item)`, made only as they are written: a long document's
 * sentences in their stored form without a wrapper object per sentence held until the write (at
 * 20 MB of text, ~250k sentences: ~100 MB of heap while the windows were coded). JSON.stringify
 * sees the mapped array (toJSON).
 */
export class JsonList<T> {
  constructor(
    readonly items: readonly T[],
    readonly map: (item: T) => unknown,
  ) {}

  toJSON(): unknown[] {
    return this.items.map((item) => this.map(item));
  }
}

function isContainer(value: unknown): value is object {
  return (
    value !== null &&
    typeof value === "object" &&
    !(value instanceof Number || value instanceof String || value instanceof Boolean)
  );
}

function withToJson(value: unknown, key: string): unknown {
  const toJSON = isContainer(value) ? (value as { toJSON?: unknown }).toJSON : undefined;
  return typeof toJSON === "function" ? (toJSON as (k: string) => unknown).call(value, key) : value;
}

/**
 * The JSON text of `value` in pieces whose concatenation is JSON.stringify(value): objects and
 * arrays down to `depth` levels are written a member (arrays: a slice of elements) at a time, the
 * rest whole. A toJSON method is called with its key as JSON.stringify calls it, except that an
 * element of a streamed array gets its index within its slice. Nothing for a value JSON.stringify
 * leaves out (undefined, a function).
 */
export function* jsonPieces(value: unknown, depth = 2, key = ""): Generator<string> {
  if (value instanceof JsonList && depth > 0) {
    yield "[";
    const { items, map } = value as JsonList<unknown>;
    for (let i = 0; i < items.length; i += SLICE) {
      const slice = JSON.stringify(items.slice(i, i + SLICE).map((item) => map(item)));
      yield i === 0 ? slice.slice(1, -1) : `,${slice.slice(1, -1)}`;
    }
    yield "]";
    return;
  }
  const v = withToJson(value, key);
  if (depth <= 0 || !isContainer(v)) {
    const text = JSON.stringify(v);
    if (text !== undefined) yield text;
    return;
  }
  if (Array.isArray(v)) {
    yield "[";
    for (let i = 0; i < v.length; i += SLICE) {
      const slice = JSON.stringify(v.slice(i, i + SLICE));
      yield i === 0 ? slice.slice(1, -1) : `,${slice.slice(1, -1)}`;
    }
    yield "]";
    return;
  }
  yield "{";
  let first = true;
  for (const k of Object.keys(v)) {
    const raw = (v as Record<string, unknown>)[k];
    // A JsonList is streamed as it is; anything else goes through toJSON once, here.
    const member = raw instanceof JsonList && depth > 1 ? raw : withToJson(raw, k);
    if (member === undefined || typeof member === "function" || typeof member === "symbol") continue;
    yield `${first ? "" : ","}${JSON.stringify(k)}:`;
    first = false;
    yield* member instanceof JsonList
      ? jsonPieces(member, depth - 1)
      : jsonPieces({ toJSON: () => member }, depth - 1);
  }
  yield "}";
}

/**
 * A value's JSON, whole when it is at most `partChars` characters, else in parts of about
 * `partChars` characters produced one at a time as they are read (the first already built).
 */
export type AnnotationJson =
  | { readonly kind: "whole"; readonly json: string }
  | { readonly kind: "parts"; readonly parts: Iterable<string> };

export function annotationJson(value: unknown, partChars = PART_CHARS): AnnotationJson {
  const pieces = jsonPieces(value)[Symbol.iterator]();
  const first = nextPart(pieces, partChars);
  if (first.last) return { kind: "whole", json: first.text };
  return {
    kind: "parts",
    parts: {
      *[Symbol.iterator]() {
        yield first.text;
        for (let part = nextPart(pieces, partChars); ; part = nextPart(pieces, partChars)) {
          if (part.text) yield part.text;
          if (part.last) return;
        }
      },
    },
  };
}

/** The pieces up to `partChars` characters joined; `last` when the pieces ran out. */
function nextPart(pieces: Iterator<string>, partChars: number): { text: string; last: boolean } {
  const buffer: string[] = [];
  let length = 0;
  while (length < partChars) {
    const next = pieces.next();
    if (next.done) return { text: buffer.join(""), last: true };
    buffer.push(next.value);
    length += next.value.length;
  }
  return { text: buffer.join(""), last: false };
}

/** Writes a document's annotation parts, numbered from 0, each as it is produced. */
export async function insertAnnotationParts(db: Db, docKey: string, parts: Iterable<string>): Promise<void> {
  let part = 0;
  for (const json of parts) {
    await db.insertInto("document_annotation_parts").values({ doc_key: docKey, part, json }).execute();
    part++;
  }
}

/** A stored document's annotations: its `annotations_json`, or its parts joined when that is empty. */
export async function readAnnotations(db: Db, docKey: string, annotationsJson: string): Promise<unknown> {
  if (annotationsJson !== "") return JSON.parse(annotationsJson);
  const parts = await db
    .selectFrom("document_annotation_parts")
    .select("json")
    .where("doc_key", "=", docKey)
    .orderBy("part")
    .execute();
  return JSON.parse(parts.map((p) => p.json).join(""));
}
