// Whether a drafted event is emitted, and in which code: the sense checks that drop or recode a
// reading (a verbal attack, a seizure of things, an abstract object, a role that rules the sense
// out), whether the sentence asserts it between actors CAMEO codes (assertion-checks.ts), and its
// modality. DocCoder drafts the events of a match (event-drafts.ts) and asks this for each draft.

import { argumentKindMisfit } from "./argument-kinds.ts";
import type { AssertionLexicon, DocumentSignals } from "./assertion-checks.ts";
import { assertionMisfit, pactNounsOf } from "./assertion-checks.ts";
import type { Draft } from "./clause-draft-state.ts";
import type { CodeRules } from "./code-rules.ts";
import type { CoderOptions } from "./coder-options.ts";
import { complementSenseMisfit } from "./complement-sense.ts";
import { crowdVerbObjectMisfit, crowdVerbsOf } from "./crowd-verb-sense.ts";
import type { CoderDictionaries } from "./dictionary-load.ts";
import type { DraftedEvent } from "./drafted-event.ts";
import { healthInquiryMisfit } from "./health-inquiry.ts";
import { modifierTriggerMisfit } from "./modifier-sense.ts";
import { objectClassMisfit } from "./object-class.ts";
import {
  armedDefenceMisfit,
  objectNounMisfit,
  participantVerbsOf,
  predicateNounMisfit,
} from "./object-sense.ts";
import type { CameoEntry } from "./ontology-load.ts";
import { particleVerbMisfit } from "./particle-sense.ts";
import type { PatternMatch } from "./pattern-match.ts";
import { personSeizureMisfit, takingVerbsOf } from "./person-seizure.ts";
import { predicativeSenseMisfit } from "./predicative-sense.ts";
import { type Misfit, roleSenseMisfit } from "./role-sense-checks.ts";
import type { SentenceView } from "./sentence-view.ts";
import { publicTypesOf } from "./sport-sides.ts";
import {
  criticismVerbsOf,
  firstWords,
  type VerbalAttackLexicon,
  verbalAttackMisfit,
} from "./verbal-attack.ts";
import { privateVisitMisfit } from "./visit-destination.ts";

export class DraftScreen {
  private readonly assertionLexicon: AssertionLexicon;
  /** Contact verbs whose direct object is the other side ("meet +"): object-sense.ts. */
  private readonly participantVerbs: ReadonlySet<string>;
  /** Verbs of criticism that also name force ("attack", "blast"): verbal-attack.ts. */
  private readonly attackWords: VerbalAttackLexicon;
  /** Verbs of taking ground or goods ("seize", "capture"): person-seizure.ts. */
  private readonly takingVerbs: ReadonlySet<string>;
  /** Verbs whose protest sense takes no object ("demonstrate", "march"): crowd-verb-sense.ts. */
  private readonly crowdVerbs: ReadonlySet<string>;

  constructor(
    private readonly dict: CoderDictionaries,
    private readonly rules: CodeRules,
    private readonly options: CoderOptions,
  ) {
    this.participantVerbs = participantVerbsOf(dict.patterns);
    this.takingVerbs = takingVerbsOf(dict.patterns);
    this.crowdVerbs = crowdVerbsOf(dict.patterns);
    this.attackWords = {
      criticismVerbs: criticismVerbsOf(dict.patterns),
      abstractNouns: dict.abstractNouns ?? new Set(),
      sayVerbs: new Set(dict.cues.filter((c) => c.kind === "say").flatMap((c) => firstWords(c.elements))),
    };
    this.assertionLexicon = {
      sportWords: dict.sportWords,
      pactNouns: pactNounsOf(dict.patterns),
      publicTypes: publicTypesOf(dict.actorTypes ?? new Set()),
    };
  }

  /**
   * The ontology entry a draft is emitted with (its code after any recode), or null with the
   * reason pushed: a sense or assertion check drops it, or it is hypothetical.
   */
  entryOf(
    view: SentenceView,
    m: PatternMatch,
    d: Draft,
    doc: DocumentSignals,
    reasons: string[],
  ): CameoEntry | null {
    const drafted: DraftedEvent = {
      view,
      anchor: m.first,
      last: m.last,
      code: d.code,
      source: d.source,
      target: d.target,
    };
    const armedDefence = armedDefenceMisfit(drafted, this.attackWords.abstractNouns);
    const misfit =
      verbalAttackMisfit(drafted, this.attackWords) ??
      personSeizureMisfit(drafted, this.takingVerbs) ??
      this.objectSenseMisfit(view, m, d.code) ??
      (armedDefence ? { why: armedDefence } : null) ??
      roleSenseMisfit(drafted);
    if (misfit) reasons.push(`${m.pattern.where}: "${m.pattern.text}": ${misfit.why}`);
    if (misfit && !misfit.recode) return null;
    const code = misfit?.recode ?? d.code;
    const unasserted = assertionMisfit({ ...drafted, code }, doc, this.assertionLexicon);
    if (unasserted) {
      reasons.push(`${m.pattern.where}: "${m.pattern.text}": ${unasserted}`);
      return null;
    }
    const entry = this.rules.entryFor(code);
    if (!entry) return null;
    if (d.modality === "hypothetical" && !this.options.keepHypothetical) {
      reasons.push(
        `${m.pattern.where}: modality: "${m.pattern.text}" is hypothetical here (may, if, allowed to), not asserted`,
      );
      return null;
    }
    return entry;
  }

  /** Whether the sense checks drop a match outright (an abstract object of force, no recode). */
  senseRejects(view: SentenceView, m: PatternMatch): boolean {
    const misfit = this.objectSenseMisfit(view, m, m.pattern.code);
    return misfit !== null && !misfit.recode;
  }

  /**
   * The sense checks of object-sense.ts (an abstract object of force, a predicate noun),
   * complement-sense.ts (a clause after the verb, "self-", a quoted question), predicative-sense.ts
   * ("a group called X", "considers the US biased"), visit-destination.ts (a visit to a shop or a
   * relative), health-inquiry.ts (an inquiry into an illness or a germ), crowd-verb-sense.ts (an object after "demonstrate"), particle-sense.ts
   * and modifier-sense.ts (a trigger that modifies: "defending champion Croatia", "close to").
   */
  private objectSenseMisfit(view: SentenceView, m: PatternMatch, code: string): Misfit | null {
    const abstract = this.dict.abstractNouns;
    const particles = this.dict.particleVerbs;
    const complement = complementSenseMisfit(view, m, code) ?? predicativeSenseMisfit(view, m, code);
    if (complement) return complement;
    const why =
      (abstract && objectNounMisfit(view, m, code, abstract, this.participantVerbs)) ??
      (this.dict.objectClasses?.size
        ? objectClassMisfit(
            view,
            m,
            code,
            this.dict.objectClasses,
            this.dict.abstractNounClasses ?? new Map(),
          )
        : null) ??
      crowdVerbObjectMisfit(view, m, code, this.crowdVerbs) ??
      (abstract && this.dict.argumentKinds?.size
        ? argumentKindMisfit(
            view,
            m,
            code,
            this.dict.argumentKinds,
            this.dict.agentlessNouns ?? new Set(),
            abstract,
          )
        : null) ??
      predicateNounMisfit(view, m.first) ??
      privateVisitMisfit(view, m, code, this.dict.privateDestinations ?? new Set()) ??
      healthInquiryMisfit(view, m, code, this.dict.healthWords ?? new Set()) ??
      (particles?.size ? particleVerbMisfit(view, m, particles) : null) ??
      modifierTriggerMisfit(view, m, this.dict.personNouns ?? new Map());
    return why ? { why } : null;
  }
}
