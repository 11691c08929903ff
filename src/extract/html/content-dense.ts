// The last resort of the body finder: when neither pass found prose (a story wrapped in a link
// whose "</a>" was forgotten, or in markup no rule foresaw), the densest text region wins on its
// sentences alone. Runs of real sentences are the story whatever element they sit in: link lists
// and menus hold labels, not three sentences in a row.
import type { Document, Element, ParentNode } from "domhandler";
import type { TextBlock } from "./content-blocks.ts";
import { weightedLength } from "./content-score.ts";

/** A block counts as prose here with this many sentence ends (a teaser's blurb has one or two). */
const MIN_SENTENCES = 3;
/** ... and this many characters (CJK counted triple). */
const MIN_DENSE_CHARS = 250;
/** Sentence ends: punctuation followed by a space or the end, so "3.5" or "U.S.A" do not count. */
const SENTENCE_END_RE = /[.!?。！？]["”’)]?(?:\s|$)/gu;

function sentenceCount(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(SENTENCE_END_RE)) n++;
  return n;
}

function isDenseProse(block: TextBlock): boolean {
  return weightedLength(block.text) >= MIN_DENSE_CHARS && sentenceCount(block.text) >= MIN_SENTENCES;
}

function isInsideNode(node: ParentNode, container: ParentNode): boolean {
  for (let n: ParentNode | null = node; n; n = n.parent) if (n === container) return true;
  return false;
}

export interface DenseRegion {
  readonly container: Element | Document;
  /** The region's prose blocks, read as plain paragraphs (their link and heading marks dropped). */
  readonly body: TextBlock[];
}

/**
 * The region holding the most dense prose: each dense block votes for its owner's parent (the
 * element holding its run of paragraphs), and the region's body is every block in it that is prose
 * by the same test or sits between two such blocks. Null when the page has no dense block.
 */
export function findDenseRegion(blocks: readonly TextBlock[]): DenseRegion | null {
  const votes = new Map<ParentNode, number>();
  for (const block of blocks) {
    if (!isDenseProse(block)) continue;
    const region = block.owner.parent ?? block.owner;
    votes.set(region, (votes.get(region) ?? 0) + weightedLength(block.text));
  }
  let container: ParentNode | null = null;
  let best = 0;
  for (const [node, chars] of votes) {
    if (chars > best) {
      container = node;
      best = chars;
    }
  }
  if (!container) return null;
  const inside = blocks.filter((b) => isInsideNode(b.owner, container));
  const dense = inside.map(isDenseProse);
  const first = dense.indexOf(true);
  const last = dense.lastIndexOf(true);
  // Shorter paragraphs between the first and last dense block are the same story.
  const body = inside
    .slice(first, last + 1)
    .filter((b) => b.kind !== "caption" && !b.inFigure && sentenceCount(b.text) > 0)
    .map((b): TextBlock => ({ ...b, kind: "paragraph", level: 0, linkChars: 0 }));
  return { container: container as Element | Document, body };
}
