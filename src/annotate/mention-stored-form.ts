// How a document's mentions are stored: a few numbers per mention (offsets, sentence index) and
// an index into the document's distinct mention records, instead of one JSON object each. A name,
// its code, kind and place repeat all through a document ("Pakistan", PAK, its point), so each
// distinct record is written once: the object form took about 130 characters a mention (a 20 MB
// text's mentions came to 129 MB of JSON, copied again by the database's write); this takes about
// 15. The mention's text is read back from the document text when it is the text at its offsets.
import type { Mention } from "../types.ts";

/** The mentions of a document, as stored. */
export interface StoredMentions {
  /**
   * Four numbers per mention: characters from the start of the mention before (or 0), its length,
   * its sentence index minus the one before's, and the index of its record in `records`.
   */
  readonly rows: readonly number[];
  /** Each distinct rest of a mention (all but offsets, sentence index and a text read back), once. */
  readonly records: readonly Record<string, unknown>[];
}

/** What a stored document's annotations hold: sentences and either mention form. */
export interface StoredMentionFields {
  /** Mentions compactly: see StoredMentions. */
  readonly packedMentions?: StoredMentions;
  /** Documents stored before the compact form have one object per mention. */
  readonly mentions?: readonly Mention[];
}

/** Builds the compact form a mention at a time, so a caller never holds the objects all at once. */
export class StoredMentionsWriter {
  private readonly rows: number[] = [];
  private readonly records: Record<string, unknown>[] = [];
  private readonly recordIndex = new Map<string, number>();
  private lastStart = 0;
  private lastSentence = 0;

  constructor(private readonly text: string) {}

  add(mention: Mention): void {
    const { start, end, sentenceIndex, text, ...rest } = mention;
    // The text is kept only where it is not the document's text at the mention's offsets.
    const record: Record<string, unknown> = this.text.slice(start, end) === text ? rest : { text, ...rest };
    const key = JSON.stringify(record);
    let index = this.recordIndex.get(key);
    if (index === undefined) {
      index = this.records.length;
      this.records.push(record);
      this.recordIndex.set(key, index);
    }
    this.rows.push(start - this.lastStart, end - start, sentenceIndex - this.lastSentence, index);
    this.lastStart = start;
    this.lastSentence = sentenceIndex;
  }

  get length(): number {
    return this.rows.length / 4;
  }

  finish(): StoredMentions {
    return { rows: this.rows, records: this.records };
  }
}

export function toStoredMentions(text: string, mentions: Iterable<Mention>): StoredMentions {
  const writer = new StoredMentionsWriter(text);
  for (const m of mentions) writer.add(m);
  return writer.finish();
}

/** Stored mentions back as Mentions of `text`. */
export function fromStoredMentions(text: string, stored: StoredMentions): Mention[] {
  return [...readStoredMentions(text, stored)];
}

/** Stored mentions back as Mentions of `text`, one at a time: a long document's are never all objects at once. */
export function* readStoredMentions(text: string, stored: StoredMentions): Generator<Mention> {
  const { rows, records } = stored;
  let start = 0;
  let sentenceIndex = 0;
  for (let k = 0; 4 * k < rows.length; k++) {
    start += rows[4 * k]!;
    const end = start + rows[4 * k + 1]!;
    sentenceIndex += rows[4 * k + 2]!;
    // A record holds a text only where the mention's is not the document's at its offsets.
    const record = records[rows[4 * k + 3]!]!;
    yield { start, end, text: text.slice(start, end), ...record, sentenceIndex } as unknown as Mention;
  }
}

/** The record (all but offsets, sentence index and text) of each stored mention, in order. */
export function* storedMentionRecords(stored: StoredMentions): Generator<Partial<Mention>> {
  for (let k = 3; k < stored.rows.length; k += 4) yield stored.records[stored.rows[k]!] as Partial<Mention>;
}

/** A stored document's mentions, in whichever form they were stored. */
export function storedMentionsOf(text: string, stored: StoredMentionFields | null | undefined): Mention[] {
  if (stored?.packedMentions) return fromStoredMentions(text, stored.packedMentions);
  return stored?.mentions ? [...stored.mentions] : [];
}
