// Reads the CoNLL-2003 development split (../shared/bench/ner/conll2003-dev.jsonl: one sentence a
// line with tokens and BIO2 tags) into documents: the tokens re-joined as running text (spaces
// dropped before punctuation and clitics, as a wire story prints them), every sentence its own
// paragraph, with the character span of each gold token and the gold PER/LOC/ORG entities as
// token ranges. MISC is not scored, as issue 10 scores names; its spans are kept only to tell a
// false alarm on a MISC name from one on plain words. Evaluation only: nothing here is kept.
import { readFileSync } from "node:fs";

export type NameType = "PER" | "LOC" | "ORG";
export const NAME_TYPES: readonly NameType[] = ["PER", "LOC", "ORG"];

export interface GoldEntity {
  readonly type: NameType;
  /** Character span in the document text. */
  readonly start: number;
  readonly end: number;
}

export interface ConllDoc {
  readonly id: number;
  readonly text: string;
  /** The first ISO date of the document's opening lines (the dateline), as its publication day. */
  readonly publishedAt: string | null;
  readonly tokenStarts: ReadonlySet<number>;
  readonly tokenEnds: ReadonlySet<number>;
  readonly entities: readonly GoldEntity[];
  /** The MISC names ("German", "Olympics"), not scored: a prediction on one is told apart by kind. */
  readonly miscSpans: readonly { readonly start: number; readonly end: number }[];
}

interface Row {
  readonly doc: number;
  readonly sent: number;
  readonly tokens: readonly string[];
  readonly tags: readonly string[];
}

// Tokens printed without a space before them ("Reuters ,", "England 's", "do n't").
const NO_SPACE_BEFORE = /^(?:[,.;:!?%)\]}]|'s|'|n't|'re|'ve|'ll|'d|'m)$/i;
// Tokens printed without a space after them ("( Reuters", "$ 5").
const NO_SPACE_AFTER = /^[([{$]$/;
const DATE = /\b(\d{4}-\d{2}-\d{2})\b/;
// How many opening lines may hold the dateline's date.
const DATELINE_LINES = 3;

export function readConllDocs(path: string): ConllDoc[] {
  const byDoc = new Map<number, Row[]>();
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as Row;
    const rows = byDoc.get(row.doc) ?? [];
    rows.push(row);
    byDoc.set(row.doc, rows);
  }
  const docs: ConllDoc[] = [];
  for (const [id, rows] of byDoc) {
    rows.sort((a, b) => a.sent - b.sent);
    let text = "";
    const tokenStarts = new Set<number>();
    const tokenEnds = new Set<number>();
    const entities: GoldEntity[] = [];
    const miscSpans: { start: number; end: number }[] = [];
    let publishedAt: string | null = null;
    rows.forEach((row, s) => {
      if (s > 0) text += "\n\n";
      const lineStart = text.length;
      let open: { type: NameType | "MISC"; start: number } | null = null;
      let lastEnd = 0;
      const close = () => {
        if (open?.type === "MISC") miscSpans.push({ start: open.start, end: lastEnd });
        else if (open) entities.push({ type: open.type, start: open.start, end: lastEnd });
        open = null;
      };
      row.tokens.forEach((token, k) => {
        const prev = k > 0 ? row.tokens[k - 1]! : "";
        if (k > 0 && !NO_SPACE_BEFORE.test(token) && !NO_SPACE_AFTER.test(prev)) text += " ";
        const start = text.length;
        text += token;
        tokenStarts.add(start);
        tokenEnds.add(text.length);
        const tag = row.tags[k] ?? "O";
        const type = tag.slice(2);
        const known = type === "PER" || type === "LOC" || type === "ORG" || type === "MISC";
        if (tag.startsWith("B-") || !known || (open && (open as { type: string }).type !== type)) close();
        if (known && !open) open = { type: type as NameType | "MISC", start };
        lastEnd = text.length;
      });
      close();
      if (!publishedAt && s < DATELINE_LINES) {
        const m = DATE.exec(text.slice(lineStart));
        if (m) publishedAt = `${m[1]}T12:00:00Z`;
      }
    });
    docs.push({ id, text, publishedAt, tokenStarts, tokenEnds, entities, miscSpans });
  }
  return docs.sort((a, b) => a.id - b.id);
}

/** FNV-1a of the document id: the half a document falls in never changes with the code. */
export function halfOf(id: number): "look" | "untuned" {
  let h = 0x811c9dc5;
  for (const ch of `conll-dev-${id}`) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % 2 === 0 ? "look" : "untuned";
}
