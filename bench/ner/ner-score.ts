// Exact-span scoring of typed names, CoNLL style: a predicted name is right only when its type and
// both ends match a gold entity. Predicted spans are character spans; duplicates of one span and
// type count once (a system may report a name twice through two routes).
import type { ConllDoc, NameType } from "./conll-docs.ts";

export interface TypedSpan {
  readonly type: NameType;
  readonly start: number;
  readonly end: number;
}

export interface Tally {
  predicted: number;
  gold: number;
  right: number;
}
export interface Counts {
  readonly all: Tally;
  readonly byType: Record<NameType, Tally>;
}

const tally = (): Tally => ({ predicted: 0, gold: 0, right: 0 });
export const emptyCounts = (): Counts => ({
  all: tally(),
  byType: { PER: tally(), LOC: tally(), ORG: tally() },
});

export function f1Of(t: Tally): number {
  return t.predicted + t.gold ? (2 * t.right) / (t.predicted + t.gold) : 0;
}

export function scoreDoc(
  doc: ConllDoc,
  spans: readonly TypedSpan[],
  counts: Counts,
  log: string[] | null,
): void {
  const key = (s: TypedSpan) => `${s.type}:${s.start}:${s.end}`;
  const gold = new Set(doc.entities.map(key));
  const predicted = new Set<string>();
  const bump = (type: NameType, field: keyof Tally) => {
    counts.all[field]++;
    counts.byType[type][field]++;
  };
  for (const s of spans) {
    const k = key(s);
    if (predicted.has(k)) continue;
    predicted.add(k);
    bump(s.type, "predicted");
    if (gold.has(k)) bump(s.type, "right");
    else if (log)
      log.push(`doc ${doc.id} false ${s.type} "${doc.text.slice(s.start, s.end)}"${context(doc, s)}`);
  }
  for (const e of doc.entities) {
    bump(e.type, "gold");
    if (log && !predicted.has(key(e)))
      log.push(`doc ${doc.id} miss  ${e.type} "${doc.text.slice(e.start, e.end)}"${context(doc, e)}`);
  }
}

function context(doc: ConllDoc, s: { start: number; end: number }): string {
  const before = doc.text.slice(Math.max(0, s.start - 40), s.start).replace(/\s+/g, " ");
  const after = doc.text.slice(s.end, s.end + 40).replace(/\s+/g, " ");
  return `   …${before}[[${doc.text.slice(s.start, s.end)}]]${after}…`;
}
