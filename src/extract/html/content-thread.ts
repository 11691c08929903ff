// Readers' threads: a heading that opens a comment or trackback thread ("Comments", "25 Responses
// to ...", thread-headings.txt) below an article, and the blocks that follow it in the heading's
// own region. A long thread outweighs a short post, and when the post's second half sits in an
// element named like chrome (Movable Type's "more" for the text after the jump) the thread would
// otherwise be taken for the article. The blocks are found here so the container choice can weigh
// them as chrome and the body can end at the heading.
import type { ContentHints } from "./content-hints.ts";
import { isThreadHeading } from "./content-hints.ts";
import { linkDensity, MAX_LINK_DENSITY, scoreBlock } from "./content-score.ts";
import { isInside } from "./content-select.ts";
import type { TextBlock } from "./text-block.ts";

/** Thread headings looked at per page: a post has a comment thread and a trackback list at most. */
const MAX_THREAD_HEADINGS = 3;

/**
 * A heading that opens the page's comment or trackback thread. A linked "12 Comments" under the
 * headline jumps to the thread; it does not open it.
 */
export function opensThread(block: TextBlock, hints: ContentHints): boolean {
  return (
    block.kind === "heading" && linkDensity(block) <= MAX_LINK_DENSITY && isThreadHeading(hints, block.text)
  );
}

/**
 * The blocks after a thread heading (one that follows some prose) inside the heading's parent
 * element: the thread's own region. A sidebar's "Comments" box marks only its own items.
 */
export function threadBlocks(blocks: readonly TextBlock[], hints: ContentHints): Set<TextBlock> {
  const thread = new Set<TextBlock>();
  let sawProse = false;
  let headings = 0;
  for (let i = 0; i < blocks.length && headings < MAX_THREAD_HEADINGS; i++) {
    const block = blocks[i]!;
    if (!sawProse) {
      sawProse = scoreBlock(block) > 0;
      continue;
    }
    if (thread.has(block) || !opensThread(block, hints)) continue;
    headings++;
    const region = block.owner.parent;
    if (!region) continue;
    for (let j = i + 1; j < blocks.length; j++) {
      if (isInside(blocks[j]!.owner, region)) thread.add(blocks[j]!);
    }
  }
  return thread;
}
