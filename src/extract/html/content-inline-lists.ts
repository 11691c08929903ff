// Lists the article writes inside its own text: a run of list entries (<li>, or paragraphs numbered
// "1.", "2.") each a link plus words of its own ("November 17: Launch at Harrison Mills", "“Knock,
// Knock” by Eden Litt") or numbered by the writer, under the story's prose and either followed by
// more of it or led into by the writer's line ending in a colon ("From left to right:"). Their links
// make them look like navigation, but navigation is neither annotated link by link nor introduced
// by the story. A related-links box (bare links under its own heading) fails the tests and stays out.
import type { Document, Element } from "domhandler";
import type { TextBlock } from "./content-blocks.ts";
import { linkDensity, MAX_LINK_DENSITY, scoreBlock } from "./content-score.ts";
import { isInside } from "./content-select.ts";
import { isRunningText } from "./text-block.ts";

/** Words of its own an item needs beside its link: more than a separator or a count ("(3)"). */
const MIN_UNLINKED_CHARS = 6;
/** A numbered entry written as a paragraph ("1. Owl wallpaper"): the number is the writer's. */
const ENUMERATED_RE = /^\d{1,3}[.)]\s/;

/** An item of a list, marked up as one or numbered as one. */
function isListEntry(block: TextBlock): boolean {
  return block.kind === "item" || (isRunningText(block) && ENUMERATED_RE.test(block.text));
}

function isStoryProse(block: TextBlock): boolean {
  return isRunningText(block) && linkDensity(block) <= MAX_LINK_DENSITY && scoreBlock(block) > 0;
}

function isAnnotatedLink(block: TextBlock): boolean {
  return (
    linkDensity(block) > MAX_LINK_DENSITY &&
    (ENUMERATED_RE.test(block.text) || block.text.length - block.linkChars >= MIN_UNLINKED_CHARS)
  );
}

/** Short lines between the story's prose and its list (a photo credit, "From left to right:"). */
const MAX_LEAD_LINES = 2;
const MAX_LEAD_LINE_CHARS = 80;

function isLeadLine(block: TextBlock): boolean {
  return (
    isRunningText(block) && block.text.length <= MAX_LEAD_LINE_CHARS && linkDensity(block) <= MAX_LINK_DENSITY
  );
}

/** The story's prose stands before `at`, right there or above a line or two leading into the list. */
function proseBefore(inside: readonly TextBlock[], at: number): boolean {
  for (let i = at - 1, lines = 0; i >= 0 && lines <= MAX_LEAD_LINES; i--, lines++) {
    const block = inside[i]!;
    if (isStoryProse(block)) return true;
    if (!isLeadLine(block)) return false;
  }
  return false;
}

/** The story goes on after the list: prose, or a plain subheading over prose. */
function proseAfter(inside: readonly TextBlock[], at: number): boolean {
  const next = inside[at];
  if (next === undefined) return false;
  if (isStoryProse(next)) return true;
  const then = inside[at + 1];
  return next.kind === "heading" && next.linkChars === 0 && then !== undefined && isStoryProse(then);
}

/** The writer leads into the list with a line ending in a colon ("From left to right:"). */
function ledInto(inside: readonly TextBlock[], at: number): boolean {
  const lead = inside[at - 1];
  return lead !== undefined && isLeadLine(lead) && lead.linkChars === 0 && /:\s*$/.test(lead.text);
}

/**
 * The link-dense list items of the container that the story holds in its text: runs of annotated
 * or numbered links (every linked entry of the run) with the story's prose before the run and either
 * more of it after the run or a line of the writer's leading into it.
 */
export function inlineListItems(
  blocks: readonly TextBlock[],
  container: Element | Document,
): ReadonlySet<TextBlock> {
  const inside = blocks.filter((b) => isInside(b.owner, container));
  const kept = new Set<TextBlock>();
  for (let i = 0; i < inside.length; i++) {
    if (!isListEntry(inside[i]!)) continue;
    let end = i;
    while (end + 1 < inside.length && isListEntry(inside[end + 1]!)) end++;
    const linked = inside.slice(i, end + 1).filter((b) => linkDensity(b) > MAX_LINK_DENSITY);
    if (
      linked.length > 0 &&
      linked.every(isAnnotatedLink) &&
      proseBefore(inside, i) &&
      (proseAfter(inside, end + 1) || ledInto(inside, i))
    ) {
      for (const b of linked) kept.add(b);
    }
    i = end;
  }
  return kept;
}
