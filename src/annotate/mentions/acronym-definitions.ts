// An acronym means what the document says it means. "The Nigerian Ports Authority (NPA)" defines
// "NPA" for the rest of that story, although our group list has "NPA" for the New People's Army:
// short acronyms are shared by many bodies, and a dictionary line can only know one of them. Where
// the text spells an acronym out as another body than the dictionary entry its mentions matched,
// every mention of that acronym in the document stands for the text's body instead: it takes the
// code of the long form's own mention when the annotator coded one, and no code otherwise (an
// unknown body is no actor; the wrong known one would be a wrong actor on every event it joins).
import type { Mention } from "../../types.ts";

// The kinds of mention an actor dictionary gives an acronym (a place or a date keeps its reading).
const ACTOR_KINDS = new Set(["person", "organization", "agent", "group", "state"]);
// Small words a long form may hold between its capitalised words ("Organisation for Security and
// Co-operation in Europe").
const JOINERS = new Set(["and", "of", "for", "in", "on", "the", "to", "de", "des", "du", "la", "le", "&"]);
// "(NPA)", "(OECD)", "(M23)": a bracketed acronym right after the words it abbreviates.
const BRACKETED_ACRONYM = /\(\s*(\p{Lu}[\p{Lu}\p{N}&]{1,9})\s*\)/gu;
// The words before a bracket, nearest last.
const WORD = /[\p{L}][\p{L}'’.-]*/gu;

/** Content words of a name, each cut to its first three letters, for comparing two spellings of it. */
function nameStems(name: string): string[] {
  return (name.match(WORD) ?? [])
    .map((w) => w.toLowerCase().replace(/['’.-]/g, ""))
    .filter((w) => w && !JOINERS.has(w))
    .map((w) => w.slice(0, 3));
}

/**
 * The long form the text gives right before "(ACRONYM)": the nearest capitalised words and joiners
 * whose capital initials spell it ("Nigerian Ports Authority" for NPA), or null.
 */
function longFormBefore(
  text: string,
  open: number,
  acronym: string,
): { start: number; words: string } | null {
  const base = Math.max(0, open - 12 * acronym.length - 40);
  const before = text.slice(base, open);
  const words = [...before.matchAll(WORD)];
  const letters = acronym.replace(/[^\p{Lu}]/gu, "");
  let spelled = "";
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k]!;
    const gap = before.slice(
      w.index! + w[0].length,
      k + 1 < words.length ? words[k + 1]!.index : before.length,
    );
    if (!/^[\s&-]*$/u.test(gap)) return null; // punctuation between words: not one name
    const word = w[0];
    if (/^\p{Lu}/u.test(word)) {
      // "Co-operation": one initial per word, as the acronym writes it.
      spelled = word[0]! + spelled;
      if (!letters.endsWith(spelled)) return null;
      if (spelled === letters) {
        const start = base + w.index!;
        return { start, words: text.slice(start, open).trim() };
      }
    } else if (!JOINERS.has(word.toLowerCase())) return null;
  }
  return null;
}

/** Each acronym the text defines, with its long form and where the long form starts. */
function definitions(text: string): Map<string, { start: number; words: string }> {
  const found = new Map<string, { start: number; words: string }>();
  for (const m of text.matchAll(BRACKETED_ACRONYM)) {
    const acronym = m[1]!;
    if ((acronym.match(/\p{Lu}/gu) ?? []).length < 2 || found.has(acronym)) continue;
    const long = longFormBefore(text, m.index!, acronym);
    if (long) found.set(acronym, long);
  }
  return found;
}

/** The mention that is the long form itself: the longest inside it, covering at least half of it. */
function ownMention<T extends Mention>(
  mentions: readonly T[],
  long: { start: number; words: string },
): T | null {
  const end = long.start + long.words.length;
  let own: T | null = null;
  for (const o of mentions)
    if (o.start >= long.start && o.end <= end && (!own || o.end - o.start > own.end - own.start)) own = o;
  return own && 2 * (own.end - own.start) >= long.words.length ? own : null;
}

/**
 * Returns the mentions with every actor acronym that the document defines as another body than
 * the mention's own name made to stand for the long form's mention (see the file's comment).
 */
export function adoptDefinedAcronyms<T extends Mention>(mentions: readonly T[], text: string): T[] {
  if (!text.includes("(")) return mentions as T[];
  const defined = definitions(text);
  if (!defined.size) return mentions as T[];
  const redefined = new Map<string, { long: string; own: T | null }>();
  for (const m of mentions) {
    const long = defined.get(m.text);
    if (!long || !m.source || !ACTOR_KINDS.has(m.kind) || redefined.has(m.text)) continue;
    if (nameStems(m.name).join(" ") === nameStems(long.words).join(" ")) continue;
    const own = ownMention(mentions, long);
    // The long form is another name of the same body ("Palestine Liberation Organisation").
    if (own?.code && own.code === m.code) continue;
    redefined.set(m.text, { long: long.words, own });
  }
  if (!redefined.size) return mentions as T[];
  return mentions.map((m) => {
    const body = m.source && ACTOR_KINDS.has(m.kind) ? redefined.get(m.text) : undefined;
    if (!body) return m;
    const { source: _listed, ...rest } = m;
    return {
      ...rest,
      name: body.own?.name ?? body.long,
      code: body.own?.code ?? null,
      reason: `the text defines "${m.text}" as "${body.long}", not ${m.name}`,
    } as T;
  });
}
