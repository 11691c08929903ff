// Compact token storage for very long documents and for the stored annotations. One Token object
// per word (offsets, text, lemma, POS) costs about 100 bytes on the heap and 65 characters of JSON:
// a 20 MB text has 4 million of them. Here a document's tokens are a table of typed arrays (offsets,
// a POS code) with the text of each token read from the document and only the lemmas that are not
// the lower-cased word kept as strings; sentences hand out Token objects when asked.
import type { Sentence, Token } from "../types.ts";
import type { StoredTokens } from "./token-stored-form.ts";

/** Every POS tag seen, numbered in order of first sight (shared, so codes agree across tables). */
const POS_TAGS: string[] = [];
const POS_CODES = new Map<string, number>();

function posCode(tag: string): number {
  let code = POS_CODES.get(tag);
  if (code === undefined) {
    code = POS_TAGS.length;
    POS_TAGS.push(tag);
    POS_CODES.set(tag, code);
  }
  return code;
}

/** The tokens of one document, appended a sentence at a time, in text order. */
export class TokenTable {
  private starts = new Int32Array(1024);
  private ends = new Int32Array(1024);
  private pos = new Uint16Array(1024);
  /** Per token, -1 when its lemma is the lower-cased token text, else the lemma's index in `lemmas`. */
  private lemmaOf = new Int32Array(1024);
  private size = 0;
  /** Each distinct lemma that is not the lower-cased word, once ("say" for every "said"). */
  private readonly lemmas: string[] = [];
  private readonly lemmaIndex = new Map<string, number>();

  constructor(readonly text: string) {}

  get length(): number {
    return this.size;
  }

  /** Appends `tokens` (offsets shifted by `offset`) and returns the index of the first. */
  append(tokens: readonly Token[], offset = 0): number {
    const first = this.size;
    this.reserve(first + tokens.length);
    for (const t of tokens) {
      const i = this.size++;
      this.starts[i] = t.start + offset;
      this.ends[i] = t.end + offset;
      this.pos[i] = posCode(t.pos);
      let lemma = -1;
      if (t.lemma !== t.text.toLowerCase()) {
        lemma = this.lemmaIndex.get(t.lemma) ?? -1;
        if (lemma < 0) {
          lemma = this.lemmas.length;
          this.lemmas.push(t.lemma);
          this.lemmaIndex.set(t.lemma, lemma);
        }
      }
      this.lemmaOf[i] = lemma;
    }
    return first;
  }

  /**
   * Appends tokens given as columns (offsets already in this table's document; `tags[posOf[k]]` the
   * POS tag; `lemmaOf[k]` -1 when the lemma is the lower-cased word, else its index in `lemmas`),
   * as a window annotated on another thread sends them (pipeline-window-parts.ts). The same table as
   * `append` of the tokens they came from. Returns the index of the first.
   */
  appendColumns(columns: TokenColumns): number {
    const { starts, ends, posOf, tags, lemmaOf, lemmas } = columns;
    const first = this.size;
    this.reserve(first + starts.length);
    this.starts.set(starts, first);
    this.ends.set(ends, first);
    const codes = tags.map(posCode);
    const lemmaIndices = lemmas.map((lemma) => {
      let index = this.lemmaIndex.get(lemma);
      if (index === undefined) {
        index = this.lemmas.length;
        this.lemmas.push(lemma);
        this.lemmaIndex.set(lemma, index);
      }
      return index;
    });
    for (let k = 0; k < starts.length; k++) {
      this.pos[first + k] = codes[posOf[k]!]!;
      const lemma = lemmaOf[k]!;
      this.lemmaOf[first + k] = lemma < 0 ? -1 : lemmaIndices[lemma]!;
    }
    this.size += starts.length;
    return first;
  }

  /** Token `i` as an object; its text read from the document. */
  token(i: number): Token {
    const start = this.starts[i]!;
    const end = this.ends[i]!;
    const text = this.text.slice(start, end);
    const lemma = this.lemmaOf[i]!;
    return {
      start,
      end,
      text,
      lemma: lemma < 0 ? text.toLowerCase() : this.lemmas[lemma]!,
      pos: POS_TAGS[this.pos[i]!]!,
    };
  }

  /**
   * Tokens `first` .. `first + count - 1` in their stored form (token-stored-form.ts), read from
   * the table's arrays: no Token object made, no word lower-cased again.
   */
  stored(first: number, count: number, sentenceStart: number): StoredTokens {
    const spans = new Array<number>(2 * count);
    const tags = new Array<string>(count);
    const lemmas: [number, string][] = [];
    let at = sentenceStart;
    for (let k = 0; k < count; k++) {
      const i = first + k;
      const start = this.starts[i]!;
      const end = this.ends[i]!;
      spans[2 * k] = start - at;
      spans[2 * k + 1] = end - start;
      at = end;
      tags[k] = POS_TAGS[this.pos[i]!]!;
      const lemma = this.lemmaOf[i]!;
      if (lemma >= 0) lemmas.push([k, this.lemmas[lemma]!]);
    }
    return { spans, pos: tags.join(" "), lemmas };
  }

  /**
   * Lets go of the room the arrays grew into past the last token: they double as they fill, so a
   * long document's table could be up to twice its tokens (~14 bytes each; 4 million at 20 MB of
   * text) for as long as the document lives. Called once the last token is appended.
   */
  trim(): void {
    if (this.size === this.starts.length) return;
    this.starts = this.starts.slice(0, this.size);
    this.ends = this.ends.slice(0, this.size);
    this.pos = this.pos.slice(0, this.size);
    this.lemmaOf = this.lemmaOf.slice(0, this.size);
  }

  /** Slots held by each of the table's arrays (tokens plus room to grow). */
  get capacity(): number {
    return this.starts.length;
  }

  private reserve(capacity: number): void {
    if (capacity <= this.starts.length) return;
    let next = Math.max(1024, this.starts.length * 2);
    while (next < capacity) next *= 2;
    const grow = <T extends Int32Array | Uint16Array>(from: T, make: (n: number) => T): T => {
      const to = make(next);
      to.set(from.subarray(0, this.size));
      return to;
    };
    this.starts = grow(this.starts, (n) => new Int32Array(n));
    this.ends = grow(this.ends, (n) => new Int32Array(n));
    this.pos = grow(this.pos, (n) => new Uint16Array(n));
    this.lemmaOf = grow(this.lemmaOf, (n) => new Int32Array(n));
  }
}

/**
 * Tokens as columns of plain arrays, the form in which they cross between threads (typed arrays
 * are transferred, not copied): what TokenTable.appendColumns reads and tokenColumns writes.
 */
export interface TokenColumns {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Per token, the index of its POS tag in `tags`. */
  readonly posOf: Uint16Array;
  readonly tags: readonly string[];
  /** Per token, -1 when its lemma is the lower-cased token text, else the index in `lemmas`. */
  readonly lemmaOf: Int32Array;
  readonly lemmas: readonly string[];
}

/** `tokens` (offsets shifted by `offset`) as columns: TokenTable.append's choices, made here. */
export function tokenColumns(tokens: readonly Token[], offset = 0): TokenColumns {
  const n = tokens.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const posOf = new Uint16Array(n);
  const lemmaOf = new Int32Array(n);
  const tags: string[] = [];
  const tagIndex = new Map<string, number>();
  const lemmas: string[] = [];
  const lemmaIndex = new Map<string, number>();
  for (let k = 0; k < n; k++) {
    const t = tokens[k]!;
    starts[k] = t.start + offset;
    ends[k] = t.end + offset;
    let tag = tagIndex.get(t.pos);
    if (tag === undefined) {
      tag = tags.length;
      tags.push(t.pos);
      tagIndex.set(t.pos, tag);
    }
    posOf[k] = tag;
    let lemma = -1;
    if (t.lemma !== t.text.toLowerCase()) {
      lemma = lemmaIndex.get(t.lemma) ?? -1;
      if (lemma < 0) {
        lemma = lemmas.length;
        lemmas.push(t.lemma);
        lemmaIndex.set(t.lemma, lemma);
      }
    }
    lemmaOf[k] = lemma;
  }
  return { starts, ends, posOf, tags, lemmaOf, lemmas };
}

/** A sentence whose tokens live in a TokenTable: built on each read, so none stay on the heap. */
export class PackedSentence implements Sentence {
  constructor(
    readonly start: number,
    readonly end: number,
    private readonly table: TokenTable,
    private readonly first: number,
    private readonly count: number,
  ) {}

  get tokens(): Token[] {
    const out = new Array<Token>(this.count);
    for (let k = 0; k < this.count; k++) out[k] = this.table.token(this.first + k);
    return out;
  }

  /** The tokens in their stored form, straight from the table. */
  storedTokens(): StoredTokens {
    return this.table.stored(this.first, this.count, this.start);
  }

  /** The same JSON as a plain Sentence. */
  toJSON(): Sentence {
    return { start: this.start, end: this.end, tokens: this.tokens };
  }
}

/** `sentence` shifted by `offset` into `table`'s document, as a PackedSentence. */
export function packSentence(table: TokenTable, sentence: Sentence, offset = 0): PackedSentence {
  const first = table.append(sentence.tokens, offset);
  return new PackedSentence(
    sentence.start + offset,
    sentence.end + offset,
    table,
    first,
    sentence.tokens.length,
  );
}
