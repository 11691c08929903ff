// Step 4: the body paragraphs are the container's blocks in reading order, minus what is chrome
// even inside an article: link lists, stock phrases ("Advertisement", "Read more"), elements whose
// class/id mark them as chrome, figure captions (they go to images) and the headline itself.
import type { Document, Element } from "domhandler";
import { type TextBlock, withBlock } from "./content-blocks.ts";
import { isCreditedCaption, repairBylineLine } from "./content-credits.ts";
import { type ContentHints, isBoilerplatePhrase } from "./content-hints.ts";
import { inlineListItems } from "./content-inline-lists.ts";
import { isPitchLine } from "./content-pitches.ts";
import { linkDensity, MAX_LINK_DENSITY, scoreBlock } from "./content-score.ts";
import { isInside } from "./content-select.ts";
import { opensThread } from "./content-thread.ts";
import { isPhotoCaptionLine } from "./images-figures.ts";

export interface BodyOptions {
  /** The article's title, if known: a heading equal to it is the headline, not body text. */
  readonly title: string | null;
  /** The authors the metadata names: a body line that is only their name is the byline. */
  readonly authors?: readonly string[];
}

const normalize = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** A headline longer than this is no headline: it is the first paragraph. */
const MAX_HEADLINE_CHARS = 200;

/** The first block repeats the title (or the title minus a "Site: " prefix or " | Site" suffix). */
function isHeadline(block: TextBlock, title: string | null): boolean {
  if (
    !title ||
    (block.kind !== "paragraph" && block.kind !== "cell") ||
    block.text.length > MAX_HEADLINE_CHARS
  ) {
    return false;
  }
  const b = normalize(block.text);
  const t = normalize(title);
  // Most of the title: "Review" inside "Review: a new opera ..." is a label, not the headline.
  return b.length >= t.length / 2 && t.includes(b);
}

/** Timestamps, counters and separators ("11:40", "1 / 23", "***") carry no words. */
const HAS_LETTER_RE = /\p{L}/u;

/** True if the block sits under trusted chrome: a "drop" element anywhere, or other chrome inside the container. */
function isInChromeWithin(
  block: TextBlock,
  container: Element | Document,
  chrome: ReadonlySet<Element>,
): boolean {
  for (const el of block.drops) if (chrome.has(el)) return true;
  for (const el of block.negatives)
    if (chrome.has(el) && el !== container && isInside(el, container)) return true;
  return false;
}

/** A box label written in capitals ("STORY HIGHLIGHTS", "KEY POINTS"): short, no sentence end. */
function isCapsLabel(block: TextBlock): boolean {
  const text = block.text;
  if (text.length > 40 || /[.!?]$/.test(text)) return false;
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/**
 * Drops summary boxes set inside the body: a capitals label followed by a list ("STORY
 * HIGHLIGHTS" + bullet points). The bullets repeat the story; the label is chrome.
 */
function dropLabelledLists(body: TextBlock[]): TextBlock[] {
  const out: TextBlock[] = [];
  for (let i = 0; i < body.length; i++) {
    const block = body[i]!;
    if (block.kind !== "item" && isCapsLabel(block) && body[i + 1]?.kind === "item") {
      while (body[i + 1]?.kind === "item") i++;
      continue;
    }
    out.push(block);
  }
  return out;
}

/**
 * Headings of boxes whose text the body left out: a heading inside a box (not the container itself)
 * whose every other block in that box was dropped as chrome ("Get our newsletter" over a sign-up
 * line, "Related" over its links) heads chrome, not article text.
 */
function dropOrphanHeadings(
  body: TextBlock[],
  blocks: readonly TextBlock[],
  container: Element | Document,
): TextBlock[] {
  const boxes = new Map<Element | Document, { kept: number; others: number }>();
  const kept = new Set(body);
  for (const b of body)
    if (b.kind === "heading" && b.owner.parent && b.owner.parent !== container)
      boxes.set(b.owner.parent as Element, { kept: 0, others: 0 });
  if (boxes.size === 0) return body;
  for (const b of blocks) {
    if (b.kind === "heading") continue;
    for (
      let n = b.owner.parent as Element | Document | null, depth = 0;
      n && depth < 3;
      n = n.parent as Element | null, depth++
    ) {
      const box = boxes.get(n);
      if (!box) continue;
      box.others++;
      if (kept.has(b)) box.kept++;
      break;
    }
  }
  return body.filter((b) => {
    if (b.kind !== "heading") return true;
    const box = b.owner.parent ? boxes.get(b.owner.parent as Element) : undefined;
    return !box || box.others === 0 || box.kept > 0;
  });
}

export function selectBodyBlocks(
  blocks: readonly TextBlock[],
  container: Element | Document,
  chrome: ReadonlySet<Element>,
  hints: ContentHints,
  options: BodyOptions,
): TextBlock[] {
  let body: TextBlock[] = [];
  let sawProse = false;
  // Normalised once, not for every heading compared with it.
  const titleKey = options.title ? normalize(options.title) : null;
  const inlineLists = inlineListItems(blocks, container);
  for (const block of blocks) {
    if (!isInside(block.owner, container)) continue;
    // A comment or trackback thread set as the article's siblings under its own heading ends it,
    // also when the heading's own class or id ("comments") marks it as chrome: what follows it in
    // the container is readers' text.
    if (sawProse && opensThread(block, hints)) break;
    if (block.kind === "caption" || block.inFigure) continue;
    if (block.kind !== "cell" && !HAS_LETTER_RE.test(block.text)) continue;
    if (isPhotoCaptionLine(block.text) || isCreditedCaption(block.text)) continue;
    const byline = repairBylineLine(block.text, options.authors ?? [], hints, hints.bylineWords);
    if (byline !== null) {
      body.push(withBlock(block, { text: byline, linkChars: 0 }));
      continue;
    }
    if (isInChromeWithin(block, container, chrome)) continue;
    if (linkDensity(block) > MAX_LINK_DENSITY && !inlineLists.has(block)) continue;
    if (block.text.length < 120 && isBoilerplatePhrase(hints, block.text)) continue;
    if (isPitchLine(hints.pitches, block.text)) continue;
    if (block.kind === "heading" && titleKey !== null && normalize(block.text) === titleKey) continue;
    body.push(block);
    if (!sawProse && scoreBlock(block) > 0) sawProse = true;
  }
  body = dropLabelledLists(body);
  body = dropOrphanHeadings(body, blocks, container);
  // A headline (h1) at the very top is the title even when the metadata spells it differently;
  // on pages without markup the headline is a bold line that repeats (part of) the <title>.
  while (body.length > 0 && body[0]!.kind === "heading" && body[0]!.level === 1) body.shift();
  if (body.length > 1 && isHeadline(body[0]!, options.title)) body.shift();
  // Labels (kickers, share links, "Photo" tags) between the headline and the first sentence or subhead.
  const firstProse = body.findIndex((b) => b.kind === "heading" || scoreBlock(b) > 0);
  if (firstProse > 0) body.splice(0, firstProse);
  // A heading with nothing after it heads a box the body left out ("Similar projects:", "More"): no text of its own.
  while (body.length > 0 && body[body.length - 1]!.kind === "heading") body.pop();
  return body;
}
