// Splits a text scrape into units: paragraphs (blank-line separated, hard-wrapped lines joined)
// or, inside a block of unwrapped lines, single lines. Each unit is then classified on its own.
import { isDatelineLine } from "../dates/dateline-line.ts";

export interface TextUnit {
  /** Whitespace-normalised text of the unit. */
  readonly text: string;
  /** Position among all units of the page. */
  readonly index: number;
  /** Which blank-line separated block it came from. */
  readonly block: number;
}

/** Shortest wrap width we recognise; scrapes wrapped narrower than this are not seen in practice. */
const MIN_WRAP_WIDTH = 40;
/** A block counts as hard-wrapped when at least this share of its non-last lines were filled to the width. */
const WRAPPED_LINE_SHARE = 0.6;
/** Wrapping needs at least this many lines to be recognised from line lengths alone. */
const MIN_WRAPPED_LINES = 3;

/** Whitespace other than single plain spaces: tabs, runs of spaces, NBSP and other Unicode spaces. */
function hasIrregularSpace(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 32) {
      if (line.charCodeAt(i + 1) === 32) return true;
    } else if (c < 32 || (c > 127 && /\s/.test(line.charAt(i)))) return true;
  }
  return false;
}

/** NBSP, tabs and other spacing become plain spaces; zero-width characters go. */
export function normalizeSpaces(line: string): string {
  const visible = line.replace(/[\u200b-\u200d\u2060\ufeff]/g, "");
  // Most lines hold single plain spaces only; rewriting each of them would copy the line for nothing.
  if (!hasIrregularSpace(visible)) return visible.trim();
  return visible.replace(/[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, " ").trim();
}

/** Menus scraped from a nav bar keep their items apart with runs of spaces or tabs. */
const SPACED_MENU_GAP = /\t+| {2,}|\u00a0{2,}/;
const MENU_ITEM_MAX_WORDS = 4;

/**
 * "Policy  Institutions  Member States  Events": three or more short items set apart by runs of
 * spaces or tabs are a menu; they are rejoined with " | " so the line classifier sees a menu,
 * a signal that normalising the spaces would otherwise erase. Prose with double spaces after
 * full stops is unaffected: its pieces are longer than a menu item.
 */
export function markSpacedMenu(line: string): string {
  // Most lines have no gap at all; looking for one is cheaper than splitting.
  if (!line.includes("  ") && !line.includes("\t") && !line.includes("\u00a0\u00a0")) return line;
  const items = line.trim().split(SPACED_MENU_GAP);
  if (
    items.length < 3 ||
    !items.every((i) => i.trim() && i.trim().split(/\s+/).length <= MENU_ITEM_MAX_WORDS)
  )
    return line;
  return items.map((i) => i.trim()).join(" | ");
}

function firstWordLength(line: string): number {
  const space = line.indexOf(" ");
  return space < 0 ? line.length : space;
}

/**
 * Greedy word wrap fills a line until the next word does not fit, so a wrapped line plus the next
 * line's first word is longer than the width (estimated by the longest line of the block).
 */
function isFilledToWidth(line: string, next: string, width: number): boolean {
  return line.length + 1 + firstWordLength(next) > width && line.length >= width / 2;
}

const OPEN_ENDING = /[^.!?:;"”’)\]]$/;
const CONTINUATION_START = /^[\p{Ll}\d(,;–—-]/u;
/** "2. Ethiopia announces ..." or "- Typhoon season ..." starts a list item, not the rest of a sentence. */
const LIST_ITEM = /^(?:\d{1,2}[.)]|[-•*·▪►])\s/;
const METADATA_START = /^(?:by|updated|published|posted|photo|image|credit|[-•*·»›])\b/i;

function splitBlock(lines: string[]): string[] {
  if (lines.length === 1) return lines;
  const width = Math.max(...lines.map((l) => l.length));
  const pairs = lines.slice(0, -1).map((l, i) => isFilledToWidth(l, lines[i + 1]!, width));
  const wrapped =
    width >= MIN_WRAP_WIDTH &&
    lines.length >= MIN_WRAPPED_LINES &&
    pairs.filter(Boolean).length >= WRAPPED_LINE_SHARE * pairs.length;
  const units: string[] = [lines[0]!];
  for (let i = 1; i < lines.length; i++) {
    const previous = lines[i - 1]!;
    const line = lines[i]!;
    const joinByWidth = wrapped && pairs[i - 1] && !METADATA_START.test(line);
    const joinBySentence =
      OPEN_ENDING.test(previous) &&
      CONTINUATION_START.test(line) &&
      !LIST_ITEM.test(line) &&
      !isDatelineLine(line);
    if (joinByWidth || joinBySentence) units[units.length - 1] += ` ${line}`;
    else units.push(line);
  }
  return units;
}

export function splitUnits(text: string): TextUnit[] {
  const blocks = text
    .replace(/\r\n?/g, "\n")
    .split(/\n[^\S\n]*\n/)
    .map((block) => block.split("\n").map(markSpacedMenu).map(normalizeSpaces).filter(Boolean))
    .filter((lines) => lines.length > 0);
  const units: TextUnit[] = [];
  for (const [block, lines] of blocks.entries()) {
    for (const unit of splitBlock(lines)) units.push({ text: unit, index: units.length, block });
  }
  return units;
}
