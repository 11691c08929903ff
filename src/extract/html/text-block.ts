// The text block, the unit main-text extraction passes between its steps (content-blocks.ts cuts
// them, the scoring, selection and body steps read them), and its one constructor.
import type { Document, Element } from "domhandler";

export type BlockKind = "paragraph" | "heading" | "item" | "quote" | "pre" | "caption" | "cell";

/**
 * A paragraph of running text: a <p> (or text in a <div>), or text whose nearest block-level tag is
 * a table cell. Pages laid out in tables (most of the web before CSS) set the whole story in one
 * <td>, so there every paragraph of the story is a "cell" block.
 */
export function isRunningText(block: TextBlock): boolean {
  return block.kind === "paragraph" || block.kind === "cell";
}

export interface TextBlock {
  readonly text: string;
  /** Characters of the text that sit inside links. */
  readonly linkChars: number;
  readonly kind: BlockKind;
  /** Heading level 1-6 for headings, else 0. */
  readonly level: number;
  /** The nearest block-level element holding the text. */
  readonly owner: Element | Document;
  /** Ancestors whose class/id or tag mark them as likely chrome (outermost first). */
  readonly negatives: readonly Element[];
  /** The subset of `negatives` whose class/id say "drop": pruned wherever they are. */
  readonly drops: readonly Element[];
  /** Inside a <figure>: captions and credits belong to images, not to the body. */
  readonly inFigure: boolean;
  /** The link still open when the block ended: one link spanning blocks was left unclosed. */
  readonly openLink: Element | null;
}

/**
 * A block with `changes` applied. Every block is built here with its fields in one order, so all
 * blocks share one object shape: spreads and optional fields gave them several, and each new shape
 * seen by the scoring and selection loops threw away their optimised code (a cold pass over 181
 * pages recompiled `collectBlocks` five times and `selectContainer` four times).
 */
export function withBlock(block: TextBlock, changes: Partial<TextBlock>): TextBlock {
  // Field by field, not `{ ...block, ...changes }`: each set of changed fields gave the spread a
  // shape of its own, and makeBlock's optimised code was thrown away at each new one.
  return {
    text: changes.text ?? block.text,
    linkChars: changes.linkChars ?? block.linkChars,
    kind: changes.kind ?? block.kind,
    level: changes.level ?? block.level,
    owner: changes.owner ?? block.owner,
    negatives: changes.negatives ?? block.negatives,
    drops: changes.drops ?? block.drops,
    inFigure: changes.inFigure ?? block.inFigure,
    openLink: changes.openLink !== undefined ? changes.openLink : block.openLink,
  };
}

export function makeBlock(b: TextBlock): TextBlock {
  return {
    text: b.text,
    linkChars: b.linkChars,
    kind: b.kind,
    level: b.level,
    owner: b.owner,
    negatives: b.negatives,
    drops: b.drops,
    inFigure: b.inFigure,
    openLink: b.openLink,
  };
}
