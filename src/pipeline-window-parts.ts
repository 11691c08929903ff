// What one window of a long document adds to the whole once annotated (pipeline-windows.ts): the
// sentences it owns, their tokens as columns of typed arrays, its mentions in the document's
// offsets, and the dateline as annotate kept it. The same form whether the window was annotated on
// this thread or on the annotation worker (pipeline-annotate-worker.ts), so both go through one
// merge and the document comes out the same either way; the typed arrays cross threads without a
// copy, and a part waiting its turn holds ~20 bytes a token instead of a Token object's ~100.
import { PackedSentence, type TokenColumns, TokenTable, tokenColumns } from "./annotate/token-pack.ts";
import type { AnnotatedDoc, Dateline, Mention, Sentence, Token } from "./types.ts";

export interface WindowPart {
  /** The kept sentences' offsets in the document and their token counts. */
  readonly sentenceStarts: Int32Array;
  readonly sentenceEnds: Int32Array;
  readonly tokenCounts: Int32Array;
  /** Every kept sentence's tokens, in order, in the document's offsets. */
  readonly tokens: TokenColumns;
  /** The kept mentions in the document's offsets; sentenceIndex counts from the window's first kept sentence. */
  readonly mentions: Mention[];
  readonly dateline: Dateline | null;
}

/** Where one window starts, ends, and starts being read (its context: whole paragraphs before it). */
export interface WindowSpan {
  readonly from: number;
  readonly to: number;
  readonly offset: number;
}

/**
 * The part of a window annotated from `span.offset`: only what starts at or after `span.from` is
 * kept (what came before was context), shifted into the document's offsets.
 */
export function windowPart(annotated: AnnotatedDoc, span: WindowSpan): WindowPart {
  const { offset } = span;
  const keepFrom = span.from - offset;
  let firstKept = annotated.sentences.findIndex((s) => s.start >= keepFrom);
  if (firstKept < 0) firstKept = annotated.sentences.length;
  const kept = annotated.sentences.length - firstKept;
  const sentenceStarts = new Int32Array(kept);
  const sentenceEnds = new Int32Array(kept);
  const tokenCounts = new Int32Array(kept);
  const tokens: Token[] = [];
  for (let i = 0; i < kept; i++) {
    const s = annotated.sentences[firstKept + i]!;
    sentenceStarts[i] = s.start + offset;
    sentenceEnds[i] = s.end + offset;
    tokenCounts[i] = s.tokens.length;
    for (const t of s.tokens) tokens.push(t);
  }
  const mentions: Mention[] = [];
  for (const m of annotated.mentions) {
    if (m.sentenceIndex < firstKept) continue;
    mentions.push({
      ...m,
      start: m.start + offset,
      end: m.end + offset,
      sentenceIndex: m.sentenceIndex - firstKept,
    });
  }
  return {
    sentenceStarts,
    sentenceEnds,
    tokenCounts,
    tokens: tokenColumns(tokens, offset),
    mentions,
    dateline: annotated.dateline,
  };
}

/** The typed arrays of a part, to be transferred rather than copied when it is posted. */
export function partBuffers(part: WindowPart): ArrayBuffer[] {
  const { tokens } = part;
  return [
    part.sentenceStarts,
    part.sentenceEnds,
    part.tokenCounts,
    tokens.starts,
    tokens.ends,
    tokens.posOf,
    tokens.lemmaOf,
  ].map((array) => array.buffer as ArrayBuffer);
}

/** A long document's sentences, tokens and mentions, built from its windows' parts in text order. */
export class WindowMerger {
  readonly table: TokenTable;
  readonly sentences: Sentence[] = [];
  readonly mentions: Mention[] = [];
  dateline: Dateline | null;

  constructor(text: string, dateline: Dateline | null) {
    this.table = new TokenTable(text);
    this.dateline = dateline;
  }

  add(part: WindowPart): void {
    const base = this.sentences.length;
    let first = this.table.appendColumns(part.tokens);
    for (let i = 0; i < part.sentenceStarts.length; i++) {
      const count = part.tokenCounts[i]!;
      this.sentences.push(
        new PackedSentence(part.sentenceStarts[i]!, part.sentenceEnds[i]!, this.table, first, count),
      );
      first += count;
    }
    for (const m of part.mentions) {
      // The part's own copy: numbered into the document's sentences in place.
      (m as { sentenceIndex: number }).sentenceIndex += base;
      this.mentions.push(m);
    }
    // Annotate keeps the dateline only when its place resolves (dateline-check.ts): the same in every window.
    this.dateline = part.dateline;
  }
}
