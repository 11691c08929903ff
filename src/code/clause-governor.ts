// The cue that governs a verb group ("agreed to", "refused to", "urged X to", "said that"): which
// cue's complement a verb is, and whether the complement names a subject of its own. Split from
// clause-analyse.ts, which finds the cues, subjects and objects this reads.

import { type CueMatch, verbGroupStart } from "./clause-analyse.ts";
import { MAPPING_KINDS } from "./clause-scope.ts";
import type { CueKind } from "./pattern-load.ts";
import type { ActorGroup, SentenceView } from "./sentence-view.ts";

export interface Governor {
  readonly match: CueMatch;
  /** The subject named between the cue and the governed verb: "said that [Gondor] attacked". */
  readonly inner: ActorGroup | null;
  /**
   * The complement has a subject of its own that is a noun phrase ("said the talks were ...",
   * "denied that Gondor's aircraft had ..."): without an actor in it, the governed verb has no
   * known source, and the speaker must not stand in for it.
   */
  readonly nounSubject?: boolean;
}

/** Kinds of cue that govern a following verb: those that recode it, and failure, speech and conditions. */
const GOVERNING: ReadonlySet<CueKind> = new Set([...MAPPING_KINDS, "fail", "say", "hypothetical"]);

/** Cues whose complement may name its own actor: "said that Gondor ...", "demanded that Arnor ...". */
const INNER_SUBJECT_KINDS: ReadonlySet<CueKind> = new Set(["say", "deny", "appeal", "demand"]);
const ASPECT_VERBS = new Set(["continue", "keep", "resume", "start", "begin"]);
/** Tokens of a complement's subject noun phrase: "said [the Gondorian navy's new] ships had ...". */
const SUBJECT_PHRASE_POS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "X"]);

/** Words that modify an event noun from before it: "new sanctions", "two fresh investigations". */
const NOUN_MODIFIER_POS = new Set(["ADJ", "NUM"]);

/** Only adjectives and numbers from `j` up to the noun at `noun`: the noun's own modifiers. */
function nounModifiersOnly(view: SentenceView, j: number, noun: number): boolean {
  for (let k = j; k < noun; k++) if (!NOUN_MODIFIER_POS.has(view.tokens[k]!.pos)) return false;
  return true;
}

/** How far back the first infinitive of a list of verb phrases is looked for. */
const INFINITIVE_LIST_WINDOW = 12;

/**
 * For a bare verb at `start` after "and", "or" or a comma, the first infinitive of the list it
 * belongs to ("to [shoot] somebody and kill them", "an imperative to [topple] a tyrant, defend
 * rights and strengthen ..."), or -1. Only objects and earlier bare verbs of the list may stand
 * between; any other verb, a clause word or other punctuation ends the search.
 */
export function coordinatedInfinitive(view: SentenceView, start: number): number {
  const conj = view.words[start - 1];
  if ((conj !== "and" && conj !== "or" && conj !== ",") || view.words[start] !== view.lemmas[start])
    return -1;
  if (view.tokens[start]?.pos !== "VERB") return -1;
  for (let k = start - 2; k >= Math.max(0, start - INFINITIVE_LIST_WINDOW); k--) {
    const pos = view.tokens[k]!.pos;
    const w = view.words[k]!;
    if (pos === "VERB" && w === view.lemmas[k]) {
      if (view.words[k - 1] === "to") return k;
      if (/^(and|or|,)$/.test(view.words[k - 1] ?? "")) continue;
      return -1;
    }
    if (pos === "VERB" || pos === "AUX" || pos === "SCONJ" || (pos === "PUNCT" && w !== ",")) return -1;
  }
  return -1;
}

/** The cue whose complement the verb group starting at `start` is, if any. */
export function governorOf(view: SentenceView, cues: readonly CueMatch[], start: number): Governor | null {
  // "threatened to assault and murder an official", "allowed to shoot somebody and kill them":
  // a bare infinitive coordinated with a governed one shares its governor.
  const head = coordinatedInfinitive(view, start);
  if (head >= 0) {
    const shared = governorOf(view, cues, verbGroupStart(view, head));
    if (shared) return shared;
  }
  // "announced new sanctions on X", "reiterated its strong support for X": an event noun governed
  // by the cue is its object, and the adjectives and numbers before the noun are the noun's own
  // (a determiner already is); they are no subject of a complement clause of their own.
  const nominal = view.tokens[start]?.pos === "NOUN";
  let best: Governor | null = null;
  for (const m of cues) {
    if (!GOVERNING.has(m.cue.kind) || m.last >= start) continue;
    let inner: ActorGroup | null = null;
    let nounSubject = false;
    let ok = true;
    for (let j = m.last + 1; j < start; j++) {
      const g = view.groupAt[j];
      if (g && !inner) {
        inner = g;
        j = g.last;
        continue;
      }
      const w = view.words[j]!;
      const pos = view.tokens[j]!.pos;
      const determiner = pos === "DET" || w === "its" || w === "their" || w === "his" || w === "her";
      // "agreed to continue work on", "vowed to keep fighting": aspect verbs pass the cue on.
      const aspect = ASPECT_VERBS.has(view.lemmas[j]!) && !inner;
      if (w === "that" || w === "to" || w === "having" || pos === "ADV" || aspect || (determiner && !inner))
        continue;
      if (nominal && !inner && NOUN_MODIFIER_POS.has(pos) && nounModifiersOnly(view, j, start)) continue;
      // "denied that Gondorian aircraft had bombed": the actor sits inside the subject noun phrase.
      if (
        (INNER_SUBJECT_KINDS.has(m.cue.kind) || view.words[m.last] === "that") &&
        (SUBJECT_PHRASE_POS.has(pos) || w === "'s" || w === "’s" || w === "-" || w === "of")
      ) {
        nounSubject = true;
        continue;
      }
      ok = false;
      break;
    }
    // Intent and refusal cues need their verb right after them; "said" may take a new subject.
    // ("agreed that the two countries should ...": a that-clause may name its subject again.)
    if (ok && inner && !INNER_SUBJECT_KINDS.has(m.cue.kind) && view.words[m.last] !== "that") ok = false;
    if (ok && (!best || m.last > best.match.last)) best = { match: m, inner, nounSubject };
  }
  return best;
}
