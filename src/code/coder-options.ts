// What the event coder can be asked to do (CLI flags, PETRARCH compatibility) and what --explain
// reports for each sentence.

/** What happened in one sentence, for --explain. */
export interface SentenceExplanation {
  readonly sentenceIndex: number;
  readonly text: string;
  readonly tokens: string;
  readonly actors: readonly string[];
  readonly fired: readonly { readonly pattern: string; readonly code: string; readonly where: string }[];
  readonly reasons: readonly string[];
}

export interface CoderOptions {
  /** PETRARCH's require_dyad: drop events that have no target. Default false. */
  readonly requireTarget?: boolean;
  /**
   * Keep hypothetical events ("could attack", "the law allows police to detain", "if ...") in
   * the output with `modality: "hypothetical"`. Default false: CAMEO and GDELT code what actors
   * did or said they will do, not what may happen; --explain still shows them.
   */
  readonly keepHypothetical?: boolean;
  /** Apply data/verbs/needs-target.tsv (default true). */
  readonly targetRules?: boolean;
  /**
   * When the best reading of a trigger fails its actor checks, try the readings it displaced
   * (default true). PETRARCH's dictionaries take the first matching pattern only.
   */
  readonly fallbackReadings?: boolean;
  /**
   * Accept codes the ontology does not list (user TABARI/PETRARCH dictionaries use their own code
   * sets, and "032:033" pairs: the first code for source→target, the second for target→source).
   */
  readonly foreignCodes?: boolean;
  /** Tokens after the trigger in which a preposition may still introduce the target (default 6). */
  readonly targetWindow?: number;
  /** Let any preposition introduce the target ("over the efforts of X"), as PETRARCH does. */
  readonly anyPrepositionTarget?: boolean;
}
