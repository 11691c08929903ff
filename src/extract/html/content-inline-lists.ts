// Lists the article writes inside its own text: a run of list items set between two paragraphs of
// the story, each item a link plus words of its own ("November 17: Launch at Harrison Mills",
// "“Knock, Knock” by Eden Litt"). Their links make them look like navigation, but navigation does
// not sit between two paragraphs of prose, nor annotate each link. A related-links box after the
// story, or a list of bare links, fails one of the tests and stays out.
import type { Document, Element } from "domhandler";
import type { TextBlock } from "./content-blocks.ts";
import { linkDensity, MAX_LINK_DENSITY, scoreBlock } from "./content-score.ts";
import { isInside } from "./content-select.ts";

/** Words of its own an item needs beside its link: more than a separator or a count ("(3)"). */
const MIN_UNLINKED_CHARS = 12;

function isStoryProse(block: TextBlock): boolean {
  return block.kind === "paragraph" && linkDensity(block) <= MAX_LINK_DENSITY && scoreBlock(block) > 0;
}

function isAnnotatedLink(block: TextBlock): boolean {
  return (
    block.kind === "item" &&
    linkDensity(block) > MAX_LINK_DENSITY &&
    block.text.length - block.linkChars >= MIN_UNLINKED_CHARS
  );
}

/**
 * The link-dense list items of the container that the story holds in its text: runs of annotated
 * links (every item of the run) with a paragraph of prose right before and right after the run.
 */
export function inlineListItems(
  blocks: readonly TextBlock[],
  container: Element | Document,
): ReadonlySet<TextBlock> {
  const inside = blocks.filter((b) => isInside(b.owner, container));
  const kept = new Set<TextBlock>();
  for (let i = 0; i < inside.length; i++) {
    if (inside[i]!.kind !== "item") continue;
    let end = i;
    while (end + 1 < inside.length && inside[end + 1]!.kind === "item") end++;
    const run = inside.slice(i, end + 1);
    const before = inside[i - 1];
    const after = inside[end + 1];
    const linked = run.filter((b) => linkDensity(b) > MAX_LINK_DENSITY);
    if (
      linked.length > 0 &&
      linked.every(isAnnotatedLink) &&
      before !== undefined &&
      after !== undefined &&
      isStoryProse(before) &&
      isStoryProse(after)
    ) {
      for (const b of linked) kept.add(b);
    }
    i = end;
  }
  return kept;
}
