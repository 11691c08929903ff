// Kinds of name errors, as counts a scorer can print for a half without showing its text (the
// untuned half is only ever counted): for each gold type or predicted type, what went wrong
//   - miss: a gold name no prediction touches;
//   - false: a prediction that touches no gold name ("false~misc": it lies on a MISC name);
//   - boundary: a prediction of the right type over part of a gold name, or more than it;
//   - type: the right span with another type (counted under the gold type, "type>ORG" says what
//     was predicted);
// and by where the name stands: the line's shape (prose, a line of capitals such as a headline,
// a table line of scores and results), whether the name opens its line, its length in words and
// whether it is written in capitals.
import type { ConllDoc, NameType } from "./conll-docs.ts";
import type { TypedSpan } from "./ner-score.ts";

/** Each kind's count and the documents it was seen in (how widespread, not which). */
export type ErrorKinds = Map<string, { count: number; docs: Set<number> }>;

interface Span {
  readonly start: number;
  readonly end: number;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * "prose", "table" (scores and results, few words), "caps" (no lower-case letter: headlines,
 * datelines) or "caps-table" (results in capitals).
 */
function lineShape(line: string): string {
  const tokens = line.split(/\s+/);
  const numbers = tokens.filter((t) => /^\d/.test(t)).length;
  if (!/\p{Ll}/u.test(line)) return numbers >= 2 ? "caps-table" : "caps";
  const lowerWords = tokens.filter((t) => /^\p{Ll}{2,}/u.test(t)).length;
  return numbers >= 2 && lowerWords <= 2 ? "table" : "prose";
}

function whereItStands(doc: ConllDoc, s: Span): string {
  const lineStart = doc.text.lastIndexOf("\n", s.start - 1) + 1;
  const lineEnd = doc.text.indexOf("\n", s.end);
  const line = doc.text.slice(lineStart, lineEnd < 0 ? doc.text.length : lineEnd);
  const name = doc.text.slice(s.start, s.end);
  const words = name.split(/\s+/).length;
  const opens = /^["'(]?\s*$/.test(doc.text.slice(lineStart, s.start));
  const shape = !/\p{Ll}/u.test(name) && /\p{Lu}{2}/u.test(name) ? "capitals" : "mixed";
  return `${lineShape(line)} ${opens ? "opens" : "inside"} ${words >= 3 ? "3+" : words}w ${shape}`;
}

/** Adds the document's errors, by kind, type and place, to `kinds`. */
export function tallyErrorKinds(doc: ConllDoc, spans: readonly TypedSpan[], kinds: ErrorKinds): void {
  const bump = (key: string) => {
    const seen = kinds.get(key) ?? { count: 0, docs: new Set<number>() };
    seen.count++;
    seen.docs.add(doc.id);
    kinds.set(key, seen);
  };
  const exact = (a: Span, b: Span) => a.start === b.start && a.end === b.end;
  const seen = new Set<string>();
  const predicted = spans.filter((s) => {
    const k = `${s.type}:${s.start}:${s.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  for (const g of doc.entities) {
    if (predicted.some((p) => p.type === g.type && exact(p, g))) continue;
    const touching = predicted.filter((p) => overlaps(p, g));
    let kind = "miss";
    const sameSpan = touching.find((p) => exact(p, g));
    if (sameSpan) kind = `type>${sameSpan.type}`;
    else if (touching.some((p) => p.type === g.type)) kind = "boundary";
    else if (touching.length) kind = `boundary+type>${touching[0]!.type}`;
    bump(`${g.type}\t${kind}\t${whereItStands(doc, g)}`);
  }
  for (const p of predicted) {
    if (doc.entities.some((g) => overlaps(p, g))) continue;
    const kind = doc.miscSpans.some((m) => overlaps(p, m)) ? "false~misc" : "false";
    bump(`${p.type as NameType}\t${kind}\t${whereItStands(doc, p)}`);
  }
}

/**
 * The tally as lines "count (documents)  type  kind  place", largest first, after the totals by
 * type and kind.
 */
export function formatErrorKinds(kinds: ErrorKinds, top: number): string[] {
  const totals: ErrorKinds = new Map();
  for (const [key, { count, docs }] of kinds) {
    const [type, kind] = key.split("\t");
    const k = `${type}\t${kind!.replace(/>.*/, "")}`;
    const t = totals.get(k) ?? { count: 0, docs: new Set<number>() };
    t.count += count;
    for (const d of docs) t.docs.add(d);
    totals.set(k, t);
  }
  const sorted = (m: ErrorKinds) =>
    [...m].sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]));
  const line = ([k, { count, docs }]: [string, { count: number; docs: Set<number> }]) =>
    `  ${String(count).padStart(4)} (${String(docs.size).padStart(3)})  ${k.replaceAll("\t", "  ")}`;
  return [...sorted(totals).map(line), "  -- by place:", ...sorted(kinds).slice(0, top).map(line)];
}
