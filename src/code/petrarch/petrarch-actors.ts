// TABARI/PETRARCH actor and agent dictionaries (formats in ../shared/README.md):
//   actors:  PHRASE [CODE]  with +SYNONYM lines and indented date-restricted codes [CODE <YYMMDD]
//   agents:  PHRASE {PLURALS} [~ROLE] (role appended) or [ROLE~] (prefixed); !MACRO! = A, B sets
import { SitrepError } from "../../errors.ts";
import { petrarchLines, phraseWords } from "./petrarch-lines.ts";

export interface DatedCode {
  readonly codes: readonly string[];
  /** Inclusive day range as YYYYMMDD numbers; null = open. */
  readonly from: number | null;
  readonly to: number | null;
}

export interface ActorEntry {
  readonly words: readonly string[];
  /** Word k was written after a space: other words may stand before it ("ITHILEN TELEVISION"). */
  readonly spaced?: readonly boolean[];
  /** The last word may be a prefix of the text's word ("ARGENTIN" → "Argentina") unless exact. */
  readonly exact: boolean;
  readonly codes: readonly DatedCode[];
  readonly where: string;
}

export interface AgentEntry {
  readonly words: readonly string[];
  readonly exact: boolean;
  readonly role: string;
  /** True for [ROLE~]: the role goes before the actor code. */
  readonly prefix: boolean;
  readonly where: string;
}

/** TABARI six-digit dates (YYMMDD): years before 30 are 20xx. Eight digits are YYYYMMDD. */
function dayNumber(s: string): number {
  const d = s.replace(/\D/g, "");
  if (d.length === 8) return Number(d);
  const yy = Number(d.slice(0, 2));
  return (yy < 30 ? 2000 + yy : 1900 + yy) * 10000 + Number(d.slice(2, 6));
}

type Phrase = ReturnType<typeof phraseWords>;

function parseCodeBlock(block: string, where: string): DatedCode {
  const body = block.trim();
  let m = /^(\S+)\s*<\s*(\d{6,8})$/.exec(body);
  if (m) return { codes: m[1]!.split("/"), from: null, to: dayNumber(m[2]!) - 1 };
  m = /^(\S+)\s*>\s*(\d{6,8})$/.exec(body);
  if (m) return { codes: m[1]!.split("/"), from: dayNumber(m[2]!) + 1, to: null };
  m = /^(\S+)\s+(\d{6,8})\s*-\s*(\d{6,8})$/.exec(body);
  if (m) return { codes: m[1]!.split("/"), from: dayNumber(m[2]!), to: dayNumber(m[3]!) };
  if (/^\S+$/.test(body)) return { codes: body.split("/"), from: null, to: null };
  throw new SitrepError("E_DICT_SYNTAX", `${where}: cannot read code block [${block}]`);
}

export function parseActors(text: string, label: string): ActorEntry[] {
  const out: (Phrase & { codes: DatedCode[]; where: string })[] = [];
  let current: { phrases: Phrase[]; codes: DatedCode[]; where: string } | null = null;
  const flush = () => {
    if (!current) return;
    for (const p of current.phrases) out.push({ ...p, codes: current.codes, where: current.where });
    current = null;
  };
  for (const l of petrarchLines(text)) {
    const where = `${label}:${l.line}`;
    const blocks = [...l.text.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1]!);
    const phrase = l.text.replace(/\[[^\]]*\]/g, "").trim();
    if (l.text.startsWith("+")) {
      if (current) (current as { phrases: Phrase[] }).phrases.push(phraseWords(phrase.slice(1)));
      continue;
    }
    if (!phrase && blocks.length) {
      if (current)
        for (const b of blocks) (current as { codes: DatedCode[] }).codes.push(parseCodeBlock(b, where));
      continue;
    }
    flush();
    current = { phrases: [phraseWords(phrase)], codes: blocks.map((b) => parseCodeBlock(b, where)), where };
  }
  flush();
  return out.filter((e) => e.words.length);
}

/** Regular English plurals for agent nouns without an explicit {PLURALS} list. */
function plural(word: string): string {
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

export function parseAgents(text: string, label: string): AgentEntry[] {
  const macros = new Map<string, string[]>();
  const out: AgentEntry[] = [];
  for (const l of petrarchLines(text)) {
    const where = `${label}:${l.line}`;
    const macro = /^(![A-Z0-9_]+!)\s*=\s*(.+)$/.exec(l.text);
    if (macro) {
      macros.set(
        macro[1]!,
        macro[2]!
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean),
      );
      continue;
    }
    const code = /\[([^\]]*)\]/.exec(l.text);
    if (!code) continue;
    const block = code[1]!.trim();
    const prefix = block.endsWith("~");
    const role = block.replace(/~/g, "");
    const braces = /\{([^}]*)\}/.exec(l.text);
    const phrase = l.text
      .replace(/\{[^}]*\}/, "")
      .replace(/\[[^\]]*\]/, "")
      .trim();
    let phrases = [phrase];
    for (const [name, values] of macros)
      phrases = phrases.flatMap((p) => (p.includes(name) ? values.map((v) => p.split(name).join(v)) : [p]));
    for (const p of phrases) {
      const { words, exact } = phraseWords(p);
      if (!words.length) continue;
      out.push({ words, exact, role, prefix, where });
      const plurals = braces
        ? braces[1]!.split(/[\s,]+/).filter(Boolean)
        : [plural(words[words.length - 1]!)];
      for (const pl of plurals) {
        const pw = phraseWords(pl).words;
        const pluralWords = pw.length > 1 ? pw : [...words.slice(0, -1), ...pw];
        out.push({ words: pluralWords, exact: true, role, prefix, where });
      }
    }
  }
  return out;
}

/** The code(s) of an actor entry on a given day (YYYYMMDD), or null for [---] / no valid block. */
export function codesOn(entry: ActorEntry, day: number | null): readonly string[] | null {
  const fallback = entry.codes.find((c) => c.from === null && c.to === null);
  for (const c of entry.codes) {
    if (c.from === null && c.to === null) continue;
    if (day === null) continue;
    if ((c.from === null || day >= c.from) && (c.to === null || day <= c.to)) return nullCode(c.codes);
  }
  return fallback ? nullCode(fallback.codes) : null;
}

function nullCode(codes: readonly string[]): readonly string[] | null {
  return codes.every((c) => /^-+$/.test(c)) ? null : codes;
}
