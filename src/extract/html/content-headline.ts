// The headline anchors the article. A short post (a few paragraphs under its title) can hold less
// prose than one block of the page's furniture: an author's bio, a blog's disclaimer, an "About"
// box. Where the page shows its headline (a heading that repeats the title), the article is the
// prose that follows it in the headline's own section; the core may sit elsewhere only when it
// clearly outweighs what that section holds.
import type { ParentNode } from "domhandler";
import { isInside } from "./content-dom.ts";
import type { ScoreArray } from "./content-score.ts";
import type { TextBlock } from "./text-block.ts";

/** Shorter titles ("Home", "News") are labels that many headings repeat, not a story's headline. */
const MIN_HEADLINE_CHARS = 12;

/**
 * The headline's section wins unless the core holds more than this many times its prose. Set on
 * general grounds (a bio or disclaimer is a paragraph; a post under its headline that is a third
 * of it is still the post, a standfirst beside a long story is far less) and checked with the
 * other selection numbers on the extraction benchmark's dev halves.
 */
export const CORE_OVER_HEADLINE = 3;

const normalize = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/**
 * The heading that repeats the page's title (the title may add a "Site: " prefix or a " | Site"
 * suffix): -1 when none does. Headings under chrome names (a sidebar's list of recent posts) are
 * taken only when no other heading matches.
 */
export function findHeadline(blocks: readonly TextBlock[], title: string | null): number {
  if (!title) return -1;
  const t = normalize(title);
  if (t.length < MIN_HEADLINE_CHARS) return -1;
  let inChrome = -1;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.kind !== "heading") continue;
    const h = normalize(block.text);
    // Most of the title, and no more than it: "Review" inside "Review: a new opera" is a label.
    if (h.length < MIN_HEADLINE_CHARS || h.length * 2 < t.length || !t.includes(h)) continue;
    if (block.negatives.length === 0) return i;
    if (inChrome < 0) inChrome = i;
  }
  return inChrome;
}

/**
 * The headline's section: its nearest ancestor that also holds prose after it (`value` > 0), or
 * null when the page has none after the headline.
 */
export function headlineSection(
  blocks: readonly TextBlock[],
  values: ScoreArray,
  headline: number,
): ParentNode | null {
  let after = -1;
  for (let i = headline + 1; i < blocks.length; i++) {
    if (values[i]! > 0) {
      after = i;
      break;
    }
  }
  if (after < 0) return null;
  const owner = blocks[after]!.owner;
  for (let n: ParentNode | null = blocks[headline]!.owner.parent; n; n = n.parent) {
    if (isInside(owner, n)) return n;
  }
  return null;
}

/**
 * The core to use: `core` itself when it shares the headline's section (inside it, or holding
 * it), else the section's strongest element when the core does not clearly outweigh it.
 */
export function anchorCore(
  core: ParentNode,
  local: ReadonlyMap<ParentNode, number>,
  section: ParentNode | null,
): ParentNode {
  if (!section || isInside(core, section) || isInside(section, core)) return core;
  let best: ParentNode | null = null;
  let bestScore = 0;
  for (const [node, score] of local) {
    if (score > bestScore && isInside(node, section)) {
      best = node;
      bestScore = score;
    }
  }
  if (!best || (local.get(core) ?? 0) > CORE_OVER_HEADLINE * bestScore) return core;
  return best;
}
