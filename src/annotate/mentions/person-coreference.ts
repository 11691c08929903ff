// People across the whole document, after the composer's left-to-right pass. Two steps:
//   1. "the 48-year-old Australian", "the Kenyan": a demonym standing as the head of a definite
//      noun phrase is the person named last (within PERSON_WINDOW sentences), and says their
//      country, unless that person's sentence names another person no country is known for;
//   2. a person keeps one code through the document: mentions of them that the text had not yet
//      coded when they were read ("Jane Roe said ... Roe, the union's president, ..."), and the
//      pronouns that stand for them, take the code the text gives them anywhere.
// The composer codes a person from what is written before and at the name; this pass adds what
// is written after it.
import type { DraftMention } from "./mention-deps.ts";

// How many sentences back "the Australian" may look for the person it stands for.
const PERSON_WINDOW = 2;
// Words that may stand between "the" and the demonym: ages, "young", "former".
const DEMONYM_MODIFIER = /^(?:\d+-year-old|young|old|elderly|former|jailed|detained|slain|late)$/i;
const COUNTRY_CODE = /^[A-Z]{3}/;
const NON_COUNTRY_PREFIX = /^(?:IGO|NGO|IMG|MNC|INT|UIS|NGM)/;

export interface CoreferenceInput {
  readonly text: string;
  /** Sentence index of a mention's start. */
  readonly sentenceOf: (start: number) => number;
  /** True when the word right after `end` heads a noun phrase ("the Australian embassy"). */
  readonly nounFollows: (end: number) => boolean;
  readonly isCountry: (code: string) => boolean;
}

/** The words between "the" and a mention starting at `start`, when a definite article opens it. */
function definiteModifiers(text: string, start: number): string[] | null {
  const before = text.slice(Math.max(0, start - 40), start);
  const m = /\b(the)\s+((?:[\w-]+\s+){0,2})$/i.exec(before);
  if (!m) return null;
  const words = m[2]!.trim().split(/\s+/).filter(Boolean);
  return words.every((w) => DEMONYM_MODIFIER.test(w)) ? words : null;
}

function hasCountry(code: string | null, isCountry: (code: string) => boolean): boolean {
  return !!code && COUNTRY_CODE.test(code) && !NON_COUNTRY_PREFIX.test(code) && isCountry(code.slice(0, 3));
}

/**
 * True when the sentence of person `p` (at `b`) names before it another person, not `p`, with no
 * country either: "the Brazilian" after that sentence could be either.
 */
function openRival(
  out: readonly DraftMention[],
  b: number,
  p: DraftMention,
  input: CoreferenceInput,
): boolean {
  const sentence = input.sentenceOf(p.start);
  for (let r = b - 1; r >= 0 && input.sentenceOf(out[r]!.start) === sentence; r--) {
    const q = out[r]!;
    if (q.kind === "person" && !q.refersTo && q.form !== "pronoun" && q.name !== p.name)
      if (!hasCountry(q.code, input.isCountry)) return true;
  }
  return false;
}

/** Returns the mentions (same order) with people linked and coded across the document. */
export function linkPeople<T extends DraftMention>(mentions: readonly T[], input: CoreferenceInput): T[] {
  const out = mentions.slice();
  // 1. "the 48-year-old Australian" -> the person named just before, with that country.
  for (let k = 0; k < out.length; k++) {
    const m = out[k]!;
    if (m.kind !== "state" || m.form !== "demonym" || !m.code || input.nounFollows(m.end)) continue;
    const modifiers = definiteModifiers(input.text, m.start);
    if (!modifiers) continue;
    const sentence = input.sentenceOf(m.start);
    for (let b = k - 1; b >= 0; b--) {
      const p = out[b]!;
      if (input.sentenceOf(p.start) < sentence - PERSON_WINDOW) break;
      if (p.kind !== "person" || p.refersTo || p.form === "pronoun") continue;
      // A person whose country the text gave already is someone else.
      if (hasCountry(p.code, input.isCountry) && p.code!.slice(0, 3) !== m.code) break;
      // "Pistorius lost to Oliveira. The Brazilian ...": two people the text has not placed,
      // named in one sentence, leave it open which one the demonym is.
      if (openRival(out, b, p, input)) break;
      out[k] = {
        ...m,
        kind: "person",
        form: "nominal",
        name: p.name,
        code: hasCountry(p.code, input.isCountry) ? p.code : `${m.code}${p.code ?? ""}`,
        reason: `"the ${[...modifiers, m.text].join(" ")}" stands for ${p.name}`,
      };
      break;
    }
  }
  // 2. One code per person: the first code any mention of the name has, for the uncoded ones.
  const codeOf = new Map<string, T>();
  for (const m of out)
    if (m.kind === "person" && !m.refersTo && m.code && !codeOf.has(m.name)) codeOf.set(m.name, m);
  for (let k = 0; k < out.length; k++) {
    const m = out[k]!;
    if (m.kind !== "person" || m.refersTo || m.code) continue;
    const coded = codeOf.get(m.name);
    if (!coded) continue;
    out[k] = { ...m, code: coded.code, reason: `as ${coded.text} ("${coded.name}") later in the text` };
  }
  return out;
}
