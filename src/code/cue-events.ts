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
