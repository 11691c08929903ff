// An appeal or demand addressed to an actor is an event of its own (CAMEO 020 / 100) when what is
// asked for is no coded action: "urged the public not to tolerate ...", "begged lawmakers not to
// lose sight of ...". When the request is a coded action ("urged Gondor to release ..."), the cue
// recodes that action instead (cue-codes.tsv) and is no event of its own.
import type { CueMatch } from "./clause-analyse.ts";
import type { CodeRules } from "./code-rules.ts";
import type { CueKind, Pattern } from "./pattern-load.ts";
import type { PatternMatch } from "./pattern-match.ts";
import type { SentenceView } from "./sentence-view.ts";

/** Cue kinds whose addressee is the target of an event of their own. */
const ADDRESSED_KINDS: ReadonlySet<CueKind> = new Set(["appeal", "demand"]);

/**
 * The addressed appeal and demand cues of a sentence that govern no coded action, as matches of
 * a pattern coded with the cue's own code (cue-codes.tsv, `*` row): the addressee is the target.
 */
export function addressedCueMatches(
  view: SentenceView,
  cues: readonly CueMatch[],
  governing: ReadonlySet<CueMatch>,
  rules: CodeRules,
): PatternMatch[] {
  const out: PatternMatch[] = [];
  for (const c of cues) {
    if (!ADDRESSED_KINDS.has(c.cue.kind) || !c.object || governing.has(c)) continue;
    // A finite use of the verb: not "the urge to", not "asking X to" inside another phrase.
    // (And not an infinitive: "in an attempt to force X to" is no request made.)
    const word = view.words[c.first]!;
    if (view.tokens[c.first]!.pos !== "VERB" || word.endsWith("ing") || view.words[c.first - 1] === "to")
      continue;
    const code = rules.mapCue(c.cue.kind, "");
    if (!code) continue;
    const pattern: Pattern = {
      code,
      elements: c.cue.elements,
      reciprocal: false,
      dyad: true,
      where: c.cue.where,
      text: c.cue.text,
      weight: 1,
    };
    out.push({ pattern, first: c.first, last: c.object.last, targets: [c.object], words: 1 });
  }
  return out;
}

/** CAMEO 030, "express intent to cooperate, not specified below". */
const AGREE_CODE = "030";

/**
 * "Kenya and Tanzania agreed to reopen their border": parties agreeing together on an act that no
 * pattern codes still state their intent to cooperate (030), with each other. Only for an "agree
 * to" cue followed by a verb that governs no coded action and that no match covers, and only
 * between two sides (a reciprocal reading: a compound subject or a partner), since one actor
 * agreeing to an act ("the firm agreed to buy X") is a commercial or private decision.
 */
export function agreementCueMatches(
  view: SentenceView,
  cues: readonly CueMatch[],
  governing: ReadonlySet<CueMatch>,
  selected: readonly PatternMatch[],
): PatternMatch[] {
  const out: PatternMatch[] = [];
  for (const c of cues) {
    if (c.cue.kind !== "intent" || governing.has(c) || view.lemmas[c.first] !== "agree") continue;
    const act = c.last + 1;
    if (view.words[c.last] !== "to" || view.tokens[act]?.pos !== "VERB") continue;
    if (view.tokens[c.first]!.pos !== "VERB" || view.words[c.first]!.endsWith("ing")) continue;
    if (selected.some((m) => m.first <= act && m.last >= c.first)) continue;
    const pattern: Pattern = {
      code: AGREE_CODE,
      elements: c.cue.elements,
      reciprocal: true,
      where: c.cue.where,
      text: c.cue.text,
      weight: 1,
    };
    out.push({ pattern, first: c.first, last: c.last, targets: [], words: 1 });
  }
  return out;
}
