// Step 3: find the article container in two moves.
//  a. The core: the element whose own paragraphs (children, and half of grandchildren) hold the most
//     prose. Teaser lists spread their blurbs over many small items, so they lose to an article's
//     run of paragraphs even when their total text is larger.
//  b. The extent: among the core and its ancestors, the one whose blocks sum highest. Prose adds,
//     chrome subtracts, so climbing to an ancestor that also holds a sidebar or a link list lowers
//     the sum; climbing to one that holds a second run of the article (split by an ad) raises it.
// Chrome-named elements that contain the core are the article's own wrappers: their name is ignored.
// Where the page shows its headline, the core is anchored under it (content-headline.ts), and a
// chrome-named element right after the core that holds only prose continues it (a "more" jump).
import type { Document, Element, ParentNode } from "domhandler";
import type { TextBlock } from "./content-blocks.ts";
import { isInside } from "./content-dom.ts";
import { anchorCore, headlineSection } from "./content-headline.ts";
import { type ScoreArray, scoreBlock } from "./content-score.ts";
import { isRunningText } from "./text-block.ts";

export interface ContainerChoice {
  readonly container: Element | Document;
  readonly score: number;
  /** Chrome-named elements whose name is trusted (they do not wrap the article core). */
  readonly chrome: ReadonlySet<Element>;
}

/**
 * Prose inside chrome-named elements counts this much toward a core: a little for "negative" names
 * (a sidebar may still be the only text), almost nothing for "drop" names (a comment thread is never
 * the article, however long, nor is a thread under its own heading).
 */
const NEGATIVE_CORE_WEIGHT = 0.5;
const DROP_CORE_WEIGHT = 0.1;

/** A chrome-named element holding a paragraph run this strong relative to the core is article text. */
const CONTINUATION_SHARE = 0.5;
/** Prose (about characters) a chrome-named run inside the core needs besides its share: more than
 * a caption (content-credits.ts reads captions up to 300 characters) or an author's note, which in
 * a short post can weigh half of it. */
const MIN_RUN_PROSE = 300;

export function isInChrome(block: TextBlock, chrome: ReadonlySet<Element>): boolean {
  for (const el of block.negatives) if (chrome.has(el)) return true;
  return false;
}

export { isInside };

/** Local (own-paragraph) prose of each element: children in full, grandchildren at half weight. */
function localProse(
  blocks: readonly TextBlock[],
  raw: ScoreArray,
  thread: ReadonlySet<TextBlock>,
): Map<ParentNode, number> {
  const local = new Map<ParentNode, number>();
  // An element holding one run of text is a paragraph (<p>, or a <div> used as one): its parent is
  // the paragraphs' container. An element holding several runs (text split by <br>) is the container.
  const runsPerOwner = new Map<ParentNode, number>();
  for (const block of blocks) runsPerOwner.set(block.owner, (runsPerOwner.get(block.owner) ?? 0) + 1);
  blocks.forEach((block, i) => {
    let value = raw[i]!;
    if (value <= 0) return;
    if (block.drops.length > 0 || thread.has(block)) value *= DROP_CORE_WEIGHT;
    else if (block.negatives.length > 0) value *= NEGATIVE_CORE_WEIGHT;
    const owner = block.owner;
    const first: ParentNode | null = (runsPerOwner.get(owner) ?? 0) > 1 ? owner : owner.parent;
    if (!first) return;
    local.set(first, (local.get(first) ?? 0) + value);
    const second = first.parent;
    if (second) local.set(second, (local.get(second) ?? 0) + value * 0.5);
  });
  return local;
}

function findCore(dom: Document, local: ReadonlyMap<ParentNode, number>): ParentNode {
  let core: ParentNode = dom;
  let best = 0;
  for (const [node, score] of local) {
    if (score > best) {
      core = node;
      best = score;
    }
  }
  return core;
}

/**
 * The element right after the core, beside it under the same parent, when it is named like chrome
 * (not "drop") yet holds nothing but paragraphs of prose: the text after a "more" jump (Movable
 * Type's "entry-more", a "continued" column). A box of teasers or links after the body fails the
 * test: its items and link lines do not score as prose.
 */
function continuationAfter(
  core: ParentNode,
  blocks: readonly TextBlock[],
  raw: ScoreArray,
  dropNamed: ReadonlySet<Element>,
): Element | null {
  let last = -1;
  for (let i = 0; i < blocks.length; i++) if (isInside(blocks[i]!.owner, core)) last = i;
  const first = blocks[last + 1];
  if (last < 0 || !first) return null;
  const next = first.negatives.find((el) => el.parent === core.parent && el !== core);
  if (!next || dropNamed.has(next)) return null;
  for (let i = last + 1; i < blocks.length && isInside(blocks[i]!.owner, next); i++) {
    // A <p> run only: a table after the body holds a photo and its caption cell, not more story.
    if (blocks[i]!.kind !== "paragraph" || raw[i]! <= 0) return null;
  }
  return next;
}

/**
 * Chrome-named elements inside the core that hold nothing but paragraphs of prose, at least `min`
 * of it: a "more" jump or a metered section set as one undivided run of text (a `<div>` whose
 * paragraphs are split by `<br>` on old layouts) is counted in the core's own prose, so it is what
 * made the core win, not a box beside it. A bio, a caption or an "About" note inside the body stays
 * chrome: it is short beside the story and in absolute terms, and a box of teasers or links fails
 * the prose test. Table layouts set prose in cells, so cell text counts as paragraphs here.
 */
function proseRunsInside(
  core: ParentNode,
  blocks: readonly TextBlock[],
  raw: ScoreArray,
  chrome: ReadonlySet<Element>,
  min: number,
): Element[] {
  const prose = new Map<Element, number>();
  const mixed = new Set<Element>();
  blocks.forEach((block, i) => {
    for (const el of block.negatives) {
      if (!chrome.has(el) || mixed.has(el) || !isInside(el, core)) continue;
      if (!isRunningText(block) || raw[i]! <= 0) mixed.add(el);
      else prose.set(el, (prose.get(el) ?? 0) + raw[i]!);
    }
  });
  const kept: Element[] = [];
  for (const [el, sum] of prose) if (!mixed.has(el) && sum >= Math.max(min, MIN_RUN_PROSE)) kept.push(el);
  return kept;
}

/** Chrome-named elements that do not contain the core: the ones whose name is trusted. */
function chromeOutside(blocks: readonly TextBlock[], core: ParentNode): Set<Element> {
  const chrome = new Set<Element>();
  for (const block of blocks) for (const el of block.negatives) if (!isInside(core, el)) chrome.add(el);
  return chrome;
}

function dropNamedElements(blocks: readonly TextBlock[]): Set<Element> {
  const dropNamed = new Set<Element>();
  for (const block of blocks) for (const el of block.drops) dropNamed.add(el);
  return dropNamed;
}

/**
 * A "negative" (not "drop") element that holds a run of paragraphs nearly as strong as the core
 * is more article (a metered "paywall" section, a second body column), not chrome: it and its
 * ancestors leave `chrome`.
 */
function releaseStrongRuns(
  local: ReadonlyMap<ParentNode, number>,
  coreLocal: number,
  dropNamed: ReadonlySet<Element>,
  chrome: Set<Element>,
): void {
  for (const [node, score] of local) {
    if (score < CONTINUATION_SHARE * coreLocal) continue;
    for (let n: ParentNode | null = node; n; n = n.parent) {
      if (n.type === "tag" && !dropNamed.has(n as Element)) chrome.delete(n as Element);
    }
  }
}

/** Sum of block values of each element on the core's ancestor chain (`chain`, core first). */
function chainSums(
  blocks: readonly TextBlock[],
  raw: ScoreArray,
  chain: readonly ParentNode[],
  chrome: ReadonlySet<Element>,
  overruled: ParentNode | null,
): Map<ParentNode, number> {
  const sums = new Map<ParentNode, number>();
  for (const n of chain) sums.set(n, 0);
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    let value = raw[i]!;
    // Prose inside chrome (a comment, a teaser) counts against any container that takes it in, and
    // so does the region the headline overruled (a bio, an "About" box).
    if (value > 0 && (isInChrome(block, chrome) || (overruled !== null && isInside(block.owner, overruled))))
      value = -value * 0.5;
    if (value === 0) continue;
    for (let n: ParentNode | null = block.owner; n; n = n.parent) {
      const sum = sums.get(n);
      if (sum !== undefined) sums.set(n, sum + value);
    }
  }
  return sums;
}

/**
 * `thread`: blocks of a readers' thread (content-thread.ts), weighed like a "drop"-named element's.
 * `headline`: index of the block that repeats the title (content-headline.ts), or -1.
 */
export function selectContainer(
  dom: Document,
  blocks: readonly TextBlock[],
  thread: ReadonlySet<TextBlock> = new Set(),
  headline = -1,
): ContainerChoice {
  // A typed array: a plain array of scores is a small-integer array on some pages and a double array
  // on others, and each change of kind threw away the optimised code of every loop reading it.
  const raw = Float64Array.from(blocks, scoreBlock);
  const local = localProse(blocks, raw, thread);
  const strongest = findCore(dom, local);
  const core =
    headline < 0 ? strongest : anchorCore(strongest, local, headlineSection(blocks, raw, headline));
  const overruled = core === strongest ? null : strongest;
  const chrome = chromeOutside(blocks, core);
  const coreLocal = local.get(core) ?? 0;
  const dropNamed = dropNamedElements(blocks);
  releaseStrongRuns(local, coreLocal, dropNamed, chrome);
  const after = continuationAfter(core, blocks, raw, dropNamed);
  if (after) chrome.delete(after);
  for (const el of proseRunsInside(core, blocks, raw, chrome, CONTINUATION_SHARE * coreLocal))
    chrome.delete(el);
  const chain: ParentNode[] = [];
  for (let n: ParentNode | null = core; n; n = n.parent) chain.push(n);
  const sums = chainSums(blocks, raw, chain, chrome, overruled);
  let best: ParentNode = core;
  let bestScore = sums.get(core) ?? 0;
  for (const node of chain) {
    // Among equal sums the outer element wins: it also holds the headings (score 0) between paragraphs.
    const score = sums.get(node)!;
    if (score >= bestScore) {
      best = node;
      bestScore = score;
    }
  }
  return { container: best as Element | Document, score: bestScore, chrome };
}
