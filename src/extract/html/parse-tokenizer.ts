// htmlparser2's tokenizer, reading runs of text and attribute values with native string search.
// With entity decoding on (the tree must hold "&" for "&amp;"), the stock tokenizer steps through
// text and quoted attribute values one character at a time through its state switch, waiting for
// the "<", "&" or quote that ends the run; every other character does nothing. Here the states of
// those runs jump straight to the next such character with String#indexOf, and hand every
// character that matters to the stock code. The tokens and the tree are the same, character for
// character (the stock tokenizer's text and attribute states change nothing on other characters).
// The overridden methods are private in htmlparser2's typings, so they are set on the prototype.
import { Tokenizer } from "htmlparser2";

const LT = 0x3c;
const AMP = 0x26;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;

/** The stock tokenizer's fields and methods the skips use (private in its typings). */
interface TokenizerInternals {
  buffer: string;
  index: number;
  offset: number;
  stateText(c: number): void;
  stateInAttributeValueDoubleQuotes(c: number): void;
  stateInAttributeValueSingleQuotes(c: number): void;
  fastForwardTo(c: number): boolean;
}

/** What the skips remember between calls, kept on the tokenizer. */
interface SkipState extends TokenizerInternals {
  /** Buffer position of the next "&" at or after `ampFrom`, or the buffer's length if none. */
  nextAmp: number;
  ampFrom: number;
  ampBuffer: string | null;
}

const stock = Tokenizer.prototype as unknown as TokenizerInternals;
const stockText = stock.stateText;
const stockDoubleQuoted = stock.stateInAttributeValueDoubleQuotes;
const stockSingleQuoted = stock.stateInAttributeValueSingleQuotes;

/**
 * Buffer position of the first "&" at or after `from`, or the buffer's length. Remembered: a page
 * without "&" would otherwise be searched to its end from every text run.
 */
function nextAmpersand(t: SkipState, from: number): number {
  if (t.ampBuffer !== t.buffer || from < t.ampFrom || from > t.nextAmp) {
    const found = t.buffer.indexOf("&", from);
    t.nextAmp = found < 0 ? t.buffer.length : found;
    t.ampBuffer = t.buffer;
  }
  t.ampFrom = from;
  return t.nextAmp;
}

/**
 * Moves the tokenizer to just before the next `stop` character or "&" after the current one (the
 * parse loop then steps onto it), or to the end of the buffer when there is none.
 */
function skipTo(t: SkipState, stop: string): void {
  const from = t.index - t.offset + 1;
  const found = t.buffer.indexOf(stop, from);
  const end = Math.min(found < 0 ? t.buffer.length : found, nextAmpersand(t, from));
  t.index = end + t.offset - 1;
}

/** Tokenizer whose text and quoted-attribute states skip to the next character that ends them. */
export class SkippingTokenizer extends Tokenizer {
  // SkipState's fields, set here so every tokenizer has them from the start (one object shape).
  nextAmp = 0;
  ampFrom = 0;
  ampBuffer: string | null = null;
}

Object.defineProperties(SkippingTokenizer.prototype, {
  // The stock tokenizer's own skip (to the ">" of a closing tag, the end of a comment, a "<" in a
  // script) is a loop over characters too.
  fastForwardTo: {
    value: function fastForwardTo(this: SkipState, c: number): boolean {
      const found = this.buffer.indexOf(String.fromCharCode(c), this.index - this.offset + 1);
      if (found >= 0) {
        this.index = found + this.offset;
        return true;
      }
      // As the stock code leaves it: the parse loop's step then ends the buffer.
      this.index = this.buffer.length + this.offset - 1;
      return false;
    },
  },
  stateText: {
    value: function stateText(this: SkipState, c: number): void {
      if (c === LT || c === AMP) stockText.call(this, c);
      else skipTo(this, "<");
    },
  },
  stateInAttributeValueDoubleQuotes: {
    value: function stateInAttributeValueDoubleQuotes(this: SkipState, c: number): void {
      if (c === DOUBLE_QUOTE || c === AMP) stockDoubleQuoted.call(this, c);
      else skipTo(this, '"');
    },
  },
  stateInAttributeValueSingleQuotes: {
    value: function stateInAttributeValueSingleQuotes(this: SkipState, c: number): void {
      if (c === SINGLE_QUOTE || c === AMP) stockSingleQuoted.call(this, c);
      else skipTo(this, "'");
    },
  },
});
