// Main text of a parsed page: blocks -> scores -> container -> body paragraphs.
import type { Document, Element } from "domhandler";
import { collectBlocks, type TextBlock } from "./content-blocks.ts";
import type { ContentHints } from "./content-hints.ts";
import { selectBodyBlocks } from "./content-paragraphs.ts";
import { selectContainer } from "./content-select.ts";

export interface MainText {
  readonly paragraphs: string[];
  readonly blocks: readonly TextBlock[];
  readonly body: readonly TextBlock[];
  readonly container: Element | Document;
  /** Sum of the block scores of the container: how much prose it holds. */
  readonly score: number;
}

export function extractMainText(
  dom: Document,
  hints: ContentHints,
  options: { title: string | null },
): MainText {
  const blocks = collectBlocks(dom, hints);
  const { container, score, chrome } = selectContainer(dom, blocks);
  const body = selectBodyBlocks(blocks, container, chrome, hints, options);
  return { paragraphs: body.map((b) => b.text), blocks, body, container, score };
}
