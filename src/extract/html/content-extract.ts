// Main text of a parsed page: blocks -> scores -> container -> body paragraphs. When that finds no
// prose (a story wrapped in an element named like chrome, "print" or "widget", or hidden by a style
// that scripts lift), a second, lenient pass reads the page again ignoring class/id names and hidden
// styles, so the densest text region wins on text and link density alone. When neither finds
// prose, the run of sentences holding the most text is the body (content-dense.ts).
import type { Document, Element } from "domhandler";
import { collectBlocks, type TextBlock } from "./content-blocks.ts";
import { findDenseRegion } from "./content-dense.ts";
import { findHeadline } from "./content-headline.ts";
import type { ContentHints } from "./content-hints.ts";
import { selectBodyBlocks } from "./content-paragraphs.ts";
import { linkDensity, weightedLength } from "./content-score.ts";
import { selectContainer } from "./content-select.ts";
import { threadBlocks } from "./content-thread.ts";

export interface MainText {
  readonly paragraphs: string[];
  readonly blocks: readonly TextBlock[];
  readonly body: readonly TextBlock[];
  readonly container: Element | Document;
  /** Sum of the block scores of the container: how much prose it holds. */
  readonly score: number;
  /** "lenient" when the body came from the second pass, "dense" from the last resort. */
  readonly pass: "strict" | "lenient" | "dense";
}

/** Below this much body prose the first pass found no article (page-type.ts's MIN_ARTICLE_PROSE). */
export const MIN_BODY_PROSE = 150;

/** Prose characters of a body: its non-heading blocks that are not link lists. */
export function bodyProse(body: readonly TextBlock[]): number {
  let n = 0;
  for (const b of body) if (b.kind !== "heading" && linkDensity(b) < 0.5) n += weightedLength(b.text);
  return n;
}

function extractFrom(
  dom: Document,
  blocks: TextBlock[],
  hints: ContentHints,
  options: { title: string | null; authors?: readonly string[] },
  pass: MainText["pass"],
): MainText {
  const thread = threadBlocks(blocks, hints);
  const headline = findHeadline(blocks, options.title);
  const { container, score, chrome } = selectContainer(dom, blocks, thread, headline);
  const body = selectBodyBlocks(blocks, container, chrome, hints, options);
  return { paragraphs: body.map((b) => b.text), blocks, body, container, score, pass };
}

export function extractMainText(
  dom: Document,
  hints: ContentHints,
  options: { title: string | null; authors?: readonly string[] },
): MainText {
  const strict = extractFrom(dom, collectBlocks(dom, hints), hints, options, "strict");
  const found = bodyProse(strict.body);
  if (found >= MIN_BODY_PROSE) return strict;
  const lenient = extractFrom(dom, collectBlocks(dom, hints, { lenient: true }), hints, options, "lenient");
  const best = bodyProse(lenient.body) > found ? lenient : strict;
  if (bodyProse(best.body) >= MIN_BODY_PROSE) return best;
  // Neither pass found prose: the densest run of sentences, whatever marks its elements carry.
  const dense = findDenseRegion(strict.blocks);
  if (!dense || bodyProse(dense.body) <= bodyProse(best.body)) return best;
  const paragraphs = dense.body.map((b) => b.text);
  return { ...best, paragraphs, body: dense.body, container: dense.container, pass: "dense" };
}
