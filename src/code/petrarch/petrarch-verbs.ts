// TABARI/PETRARCH verb dictionaries, read into Sitrep patterns:
//   &SYNSET then +member lines; blocks `--- VERB [code] ---`, the verb's forms (`VERB {FORMS}`,
//   `+PHRASAL_VERB {FORMS}`) and patterns `- PRE * POST [code]` where `*` is the verb, `+` the
//   target, `$` the source, `%` a compound, `^` a skipped phrase; `_` joins adjacent words.
import type { Pattern, PatternElement } from "../pattern-load.ts";
import { petrarchLines } from "./petrarch-lines.ts";

/** Regular inflections of an English verb: base, -s, -ed, -ing. */
export function verbForms(base: string): string[] {
  const b = base.toLowerCase();
  const stem = b.endsWith("e") ? b.slice(0, -1) : b;
  const s = /(s|x|z|ch|sh)$/.test(b) ? `${b}es` : /[^aeiou]y$/.test(b) ? `${b.slice(0, -1)}ies` : `${b}s`;
  const ed = b.endsWith("e") ? `${b}d` : /[^aeiou]y$/.test(b) ? `${b.slice(0, -1)}ied` : `${b}ed`;
  return [b, s, ed, `${stem}ing`];
}

/** Patterns whose `%` stands before the verb: they code only a compound source ("% * [030:030]"). */
const compoundSource = new WeakSet<Pattern>();

export function needsCompoundSource(p: Pattern): boolean {
  return compoundSource.has(p);
}

/**
 * A pattern as PETRARCH reads it ("* REALLY_PLEASANT [024]", "UNEXPECTEDLY &NEGATVAUXVRB * OVER
 * EFFORTS"): words after the verb lie anywhere in the verb's phrase, also past the target and into a
 * clause the verb governs; words before it anywhere in its clause before the verb.
 */
export interface PhrasePattern {
  readonly code: string;
  /** The verb block's own code: the pattern refines events coded with it. */
  readonly blockCode: string;
  readonly forms: ReadonlySet<string>;
  /** Word units after the verb in order; the words of one unit ("REALLY_PLEASANT") are adjacent. */
  readonly units: readonly (readonly ReadonlySet<string>[])[];
  /** Word units before the verb in order. */
  readonly before: readonly (readonly ReadonlySet<string>[])[];
  readonly weight: number;
}

const phrasePatterns = new WeakMap<Pattern, PhrasePattern>();

export function phrasePatternOf(p: Pattern): PhrasePattern | undefined {
  return phrasePatterns.get(p);
}

type Units = ReadonlySet<string>[][];

/** "A_B C" → [[a, b], [c]]; null when a unit names an actor slot or an unknown synset. */
function wordUnits(units: readonly string[], synsets: Map<string, Set<string>>): Units | null {
  const out: Units = [];
  for (const unit of units) {
    const words: ReadonlySet<string>[] = [];
    for (const part of unit.split("_").filter(Boolean)) {
      if (/^[+$%^*]/.test(part)) return null;
      if (part.startsWith("&")) {
        const set = synsets.get(part.toUpperCase());
        if (!set) return null;
        words.push(set);
      } else words.push(new Set([part.toLowerCase()]));
    }
    if (words.length) out.push(words);
  }
  return out;
}

/** "X * REALLY_PLEASANT" → before [[x]], after [[really, pleasant]]; null unless `*` stands alone. */
function phraseUnits(
  body: string,
  synsets: Map<string, Set<string>>,
): { before: Units; after: Units } | null {
  const units = body.split(/\s+/).filter(Boolean);
  const verb = units.indexOf("*");
  if (verb < 0 || units.length < 2) return null;
  const before = wordUnits(units.slice(0, verb), synsets);
  const after = wordUnits(units.slice(verb + 1), synsets);
  return before && after && before.length + after.length ? { before, after } : null;
}

function isNoCode(code: string): boolean {
  return !/[0-9A-Za-z]/.test(code);
}

export function parseVerbs(text: string, label: string): Pattern[] {
  const synsets = new Map<string, Set<string>>();
  const patterns: Pattern[] = [];
  let synset: string | null = null;
  let verb: { forms: Set<string>; code: string } | null = null;
  for (const l of petrarchLines(text)) {
    const where = `${label}:${l.line}`;
    const t = l.text;
    const header = /^---\s*(\S+)\s*\[([^\]]*)\]\s*---/.exec(t);
    if (header) {
      synset = null;
      verb = { forms: new Set(), code: header[2]!.trim() };
      // The verb alone codes the block's code; its forms fill in from the lines that follow.
      if (!isNoCode(verb.code))
        patterns.push({
          code: verb.code,
          elements: [{ kind: "word", words: verb.forms, optional: false, surface: true }],
          reciprocal: false,
          where,
          text: header[1]!,
          weight: 1,
        });
      continue;
    }
    if (t.startsWith("&")) {
      synset = t.split(/\s+/)[0]!.replace(/_+$/, "").toUpperCase();
      synsets.set(synset, new Set());
      verb = null;
      continue;
    }
    if (synset && t.startsWith("+")) {
      const member = t.slice(1).trim().replace(/_+$/, "");
      const set = synsets.get(synset)!;
      if (member.startsWith("&")) for (const m of synsets.get(member.toUpperCase()) ?? []) set.add(m);
      else set.add(member.toLowerCase().replace(/_/g, " "));
      continue;
    }
    if (!verb) continue;
    if (t.startsWith("-")) {
      const m = /^-\s*(.*?)\s*\[([^\]]*)\]/.exec(t);
      if (!m) continue;
      const code = m[2]!.trim();
      if (isNoCode(code)) continue;
      const body = m[1]!;
      const elements = toElements(body, verb.forms, synsets);
      if (!elements) continue;
      const words = elements.filter((e) => e.kind === "word" && !e.optional).length;
      // `%` before the verb: a compound source whose members act on each other ("% * [030:030]");
      // it outranks the verb's plain patterns of the same length when the source is compound.
      const before = body.indexOf("%") >= 0 && body.indexOf("%") < body.indexOf("*");
      // "+ * MONEY $": the target is named before the verb and the source after it.
      const inverted = /^\+/.test(body.trim()) && body.indexOf("$") > body.indexOf("*");
      const pattern = {
        code,
        elements,
        reciprocal: before,
        inverted,
        where,
        text: body.trim(),
        weight: words + (before ? 1 : 0),
      };
      if (before) compoundSource.add(pattern);
      const units = code.includes(":") ? null : phraseUnits(body.trim(), synsets);
      if (units)
        phrasePatterns.set(pattern, {
          code,
          blockCode: verb.code,
          forms: verb.forms,
          units: units.after,
          before: units.before,
          weight: [...units.before, ...units.after].reduce((n, u) => n + u.length, 0),
        });
      patterns.push(pattern);
      continue;
    }
    // A form line: "BREAK { BROKE BROKEN }", "+BREAK_DOWN {+BROKE_DOWN ...}", "WIRE_+TAP {...}".
    const braces = /\{([^}]*)\}/.exec(t);
    const head = t
      .replace(/\{[^}]*\}/, "")
      .replace(/\[[^\]]*\]/, "")
      .trim();
    const words = head
      .replace(/^\+/, "")
      .split(/[_\s]+/)
      .filter(Boolean);
    if (!words.length) continue;
    const irregular = braces ? braces[1]!.split(/\s+/).filter(Boolean) : [];
    // A form with its own code ("DOWNPLAY [014]" inside the DELAY block) codes that form alone.
    const ownCode = /\[([^\]]*)\]/.exec(t)?.[1]?.trim();
    if (ownCode && !isNoCode(ownCode) && words.length === 1) {
      const forms = new Set([...verbForms(words[0]!), ...irregular.map((f) => f.toLowerCase())]);
      patterns.push({
        code: ownCode,
        elements: [{ kind: "word", words: forms, optional: false, surface: true }],
        reciprocal: false,
        where,
        text: head,
        weight: 2,
      });
    }
    if (words.length === 1 && !head.includes("+", 1)) {
      for (const f of verbForms(words[0]!)) verb.forms.add(f);
      for (const f of irregular) verb.forms.add(f.replace(/^\+/, "").toLowerCase());
    } else {
      const phrase = head.replace(/\+/g, "").toLowerCase().replace(/_/g, " ");
      verb.forms.add(phrase);
      for (const f of irregular) verb.forms.add(f.replace(/\+/g, "").toLowerCase().replace(/_/g, " "));
      const last = words[words.length - 1]!;
      if (!braces)
        for (const f of verbForms(last)) verb.forms.add([...words.slice(0, -1), f].join(" ").toLowerCase());
    }
  }
  return patterns;
}

/** PETRARCH lets space-separated pattern words lie anywhere in the phrase; we allow this many tokens. */
const PETRARCH_GAP = 8;

/** Auxiliaries and negation of an English verb group ("has not been"), for words written before `*`. */
const AUXILIARIES: ReadonlySet<string> = new Set(
  "has have had is are was were be been being will would shall should can could may might must do does did not n't".split(
    " ",
  ),
);
/** "would not have been": up to four auxiliary words before the verb. */
const AUXILIARY_SLOTS = 4;

/** "SAID WILL_*_TALKS" → said .. will * talks, with `*` the verb's forms. */
function toElements(
  body: string,
  forms: Set<string>,
  synsets: Map<string, Set<string>>,
): PatternElement[] | null {
  const out: PatternElement[] = [];
  const units = body.split(/\s+/).filter(Boolean);
  for (const unit of units) {
    const parts = unit.split("_").filter((p) => p !== "");
    if (out.length && out[out.length - 1]!.kind !== "gap") out.push({ kind: "gap", max: PETRARCH_GAP });
    for (const p of parts) {
      if (p === "*") {
        // "DEATH TOLL *" meets "death toll has risen": the verb's auxiliaries stand between.
        if (out.length && out[out.length - 1]!.kind === "gap")
          for (let k = 0; k < AUXILIARY_SLOTS; k++)
            out.push({ kind: "word", words: AUXILIARIES, optional: true, surface: true });
        out.push({ kind: "word", words: forms, optional: false, surface: true });
      } else if (p === "+" || p.startsWith("+")) {
        out.push({ kind: "target", optional: false });
        const rest = p.slice(1);
        if (rest)
          out.push({ kind: "word", words: new Set([rest.toLowerCase()]), optional: false, surface: true });
      } else if (p === "%") {
        // `%` after the verb: a compound target ("* WITH %"), coded one way, to each member.
        if (out.some((e) => e.kind === "word" && e.words === forms))
          out.push({ kind: "target", optional: false });
      } else if (p === "$") continue;
      else if (p === "^") out.push({ kind: "gap", max: PETRARCH_GAP });
      else if (p.startsWith("&")) {
        const set = synsets.get(p.toUpperCase());
        if (!set) return null;
        out.push({ kind: "word", words: set, optional: false, surface: true });
      } else out.push({ kind: "word", words: new Set([p.toLowerCase()]), optional: false, surface: true });
    }
  }
  while (out.length && out[out.length - 1]!.kind === "gap") out.pop();
  while (out.length && out[0]!.kind !== "word") out.shift();
  const cleaned: PatternElement[] = [];
  for (const e of out)
    if (!(e.kind === "gap" && cleaned[cleaned.length - 1]?.kind === "gap")) cleaned.push(e);
  return cleaned.length ? cleaned : null;
}
