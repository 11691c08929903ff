// The last resort of the body finder: when neither pass found prose (a story wrapped in a link
// whose "</a>" was forgotten, or in markup no rule foresaw), the densest text region wins on its
// sentences alone. Runs of real sentences are the story whatever element they sit in: link lists
// and menus hold labels, not three sentences in a row.
import type { Document, Element, ParentNode } from "domhandler";
import { type TextBlock, withBlock } from "./content-blocks.ts";
import { weightedLength } from "./content-score.ts";

/** A block is a sentence of prose here at this length (CJK counted triple) with a sentence end. */
const MIN_SENTENCE_CHARS = 80;
/** The region must hold this much such prose: more than a teaser's blurb or a footer notice. */
const MIN_REGION_CHARS = 250;
const MIN_REGION_SENTENCES = 3;
/** Sentence ends: punctuation followed by a space or the end, so "3.5" or "U.S.A" do not count. */
const SENTENCE_END_RE = /[.!?。！？]["”’)]?(?:\s|$)/gu;
/** Ancestors looked at for the link around a block. */
const MAX_LINK_DEPTH = 50;

function sentenceCount(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(SENTENCE_END_RE)) n++;
  return n;
}

function isSentenceProse(block: TextBlock): boolean {
  return weightedLength(block.text) >= MIN_SENTENCE_CHARS && sentenceCount(block.text) > 0;
}

function isInsideNode(node: ParentNode, container: ParentNode): boolean {
  for (let n: ParentNode | null = node; n; n = n.parent) if (n === container) return true;
  return false;
}

/** The hyperlink the block sits in, or the block itself when its own text is mostly links. */
function linkOf(block: TextBlock): object | null {
  let n: ParentNode | null = block.owner;
  for (let depth = 0; n && depth < MAX_LINK_DEPTH; n = n.parent, depth++) {
    const el = n as Element;
    if (el.type === "tag" && el.name === "a" && el.attribs.href !== undefined) return el;
  }
  if (block.openLink) return block.openLink;
  return block.linkChars * 2 > block.text.length ? block : null;
}

export interface DenseRegion {
  readonly container: Element | Document;
  /** The region's prose blocks, read as plain paragraphs (their link and heading marks dropped). */
  readonly body: TextBlock[];
}

/** The region is the smallest element holding this share of the page's sentence prose. */
const REGION_SHARE = 0.8;

/**
 * The smallest element holding most of the page's prose sentences (nesting left open by broken
 * markup spreads one story over many levels, so no single parent holds it). Null when the page
 * holds too little, or when the sentences sit in several links: a list of linked teasers, not one
 * story whose "</a>" was forgotten.
 */
export function findDenseRegion(blocks: readonly TextBlock[]): DenseRegion | null {
  const sums = new Map<ParentNode, { chars: number; depth: number }>();
  let total = 0;
  for (const block of blocks) {
    if (!isSentenceProse(block) || block.inFigure || block.kind === "caption") continue;
    const chars = weightedLength(block.text);
    total += chars;
    const chain: ParentNode[] = [];
    for (let n: ParentNode | null = block.owner; n; n = n.parent) chain.push(n);
    chain.forEach((node, i) => {
      const entry = sums.get(node);
      if (entry) entry.chars += chars;
      else sums.set(node, { chars, depth: chain.length - i });
    });
  }
  if (total < MIN_REGION_CHARS) return null;
  let container: ParentNode | null = null;
  let deepest = -1;
  for (const [node, { chars, depth }] of sums) {
    if (chars >= REGION_SHARE * total && depth > deepest) {
      container = node;
      deepest = depth;
    }
  }
  if (!container) return null;
  const prose = blocks.filter(
    (b) => isInsideNode(b.owner, container) && !b.inFigure && b.kind !== "caption" && isSentenceProse(b),
  );
  const sentences = prose.reduce((n, b) => n + sentenceCount(b.text), 0);
  if (sentences < MIN_REGION_SENTENCES) return null;
  const links = new Set(prose.map(linkOf).filter((l) => l !== null));
  if (links.size > 1) return null;
  const body = prose.map((b) => withBlock(b, { kind: "paragraph", level: 0, linkChars: 0 }));
  return { container: container as Element | Document, body };
}
