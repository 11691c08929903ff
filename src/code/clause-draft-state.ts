// What drafting decides about one pattern match, shared by its steps: the clause reading (who, to
// whom, through which cues), then the code, modality and negation, then the pairs of actors.
import type { Modality } from "../types.ts";
import type { CaptivityVerbs } from "./captor-release.ts";
import type { Governor } from "./clause-governor.ts";
import type { CodeRules } from "./code-rules.ts";
import type { ImpliedAgent } from "./implied-agents.ts";
import type { ImpliedTarget } from "./implied-targets.ts";
import type { NounAgent } from "./noun-events.ts";
import type { NounTargetContext } from "./noun-targets.ts";
import type { PatternMatch } from "./pattern-match.ts";
import type { Actor, ActorGroup, SentenceView } from "./sentence-view.ts";

/** One coded reading of a match before it becomes a CodedEvent. */
export interface Draft {
  source: Actor;
  target: Actor | null;
  code: string;
  modality: Modality;
  negated: boolean;
  attribution: Actor | null;
  confidence: number;
}

/** What drafting needs beyond the sentence: the code tables and the document's countries. */
export interface DraftContext {
  readonly rules: CodeRules;
  /** Countries the document's actors belong to: a place elsewhere is likely a gazetteer slip. */
  readonly docCountries: ReadonlySet<string>;
  /** The institution an agentless legal or police act implies (implied-agents.ts), if any. */
  readonly implied?: (
    view: SentenceView,
    anchor: number,
    last: number,
    code: string,
    target: ActorGroup | null,
  ) => ImpliedAgent | null;
  /** The target a protest with no object named implies (implied-targets.ts), if any. */
  readonly impliedTarget?: (
    view: SentenceView,
    anchor: number,
    code: string,
    source: ActorGroup,
  ) => ImpliedTarget | null;
  /** Person nouns and the document's country, for targets an ordinary noun phrase names (noun-targets.ts). */
  readonly nounTargets?: NounTargetContext;
  /** Verbs of holding captive, whose by-agent an agentless release is credited to (captor-release.ts). */
  readonly captivityVerbs?: CaptivityVerbs;
}

/** One match as drafting reads it; the later steps refine source, target, code and modality. */
export interface DraftState {
  readonly m: PatternMatch;
  /** The trigger token (the match's first) and the first token of its verb group. */
  readonly anchor: number;
  readonly start: number;
  /** Whether the trigger is a verb (else a noun or adjective). */
  readonly verbal: boolean;
  /** The cues governing the trigger, innermost first ("said [Gondor] agreed to [attack]"). */
  readonly chain: readonly Governor[];
  /** The subject of the clause at cue level k (0 = the action itself). */
  readonly subjectAt: (k: number) => ActorGroup | null;
  readonly passive: boolean;
  /** A participle after a comma ("shelled Kharkiv, killing five"). */
  readonly participle: boolean;
  /** A purpose infinitive ("deployed police to Haiti to fight gangs"). */
  readonly purpose: boolean;
  /** An actor inside the match that a gap stepped over ("accused [Ukraine] of shelling"). */
  readonly inside: ActorGroup | null;
  /** The agent a noun phrase names ("the occupation of Crimea by Russia"). */
  readonly nounAgent: NounAgent | null;
  source: ActorGroup | null;
  target: ActorGroup | null;
  code: string;
  modality: Modality;
  negated: boolean;
  attribution: Actor | null;
  confidence: number;
  /** Who says it, as a group: "Police say her boss was taken into custody". */
  sayer: ActorGroup | null;
  /** "Gondor said Arnor attacked Rohan": who says so, and whom it concerns. */
  speaker: Actor | null;
  reportedActors: readonly Actor[];
}
