// "a 51-year-old man", "two well-armed gunmen", "pro-democracy activists": a hyphenated compound
// modifier right before a generic actor noun belongs to its noun phrase. The tokenizer splits it
// into many tokens ("51 - year - old"), so a clause reader that allows a few modifiers between a
// verb and its object would lose the object behind it; one mention from the compound to the noun
// keeps the phrase whole.
import type { DraftMention } from "./mention-deps.ts";

// A compound of lower-case words or numbers joined by hyphens, then one space, at the end of the
// text before a mention. Capitalised parts are left alone: "Hamas-run", "Iranian-backed" name an
// actor of their own, which must stay a mention apart.
const COMPOUND_BEFORE = /(?:^|[\s(“"'])((?:[\p{Ll}\p{N}]+-)+[\p{Ll}\p{N}]+) $/u;
// How far back the compound may start (the longest ordinary ones: "twenty-five-year-old").
const MAX_COMPOUND_CHARS = 40;

/**
 * Each generic actor noun (`kind` agent, not a reference) preceded by a lower-case hyphenated
 * compound gets that compound into its span and text; its name and code stay. Input in text order.
 */
export function joinHyphenModifiers(actors: readonly DraftMention[], text: string): DraftMention[] {
  let lastEnd = 0;
  return actors.map((m) => {
    const prevEnd = lastEnd;
    lastEnd = m.end;
    if (m.kind !== "agent" || m.refersTo) return m;
    const from = Math.max(prevEnd, m.start - MAX_COMPOUND_CHARS - 1);
    const match = COMPOUND_BEFORE.exec(text.slice(from, m.start));
    if (!match) return m;
    const start = m.start - match[1]!.length - 1;
    return { ...m, start, text: text.slice(start, m.end) };
  });
}
