// What an emitted event carries, once drafting and the checks have decided it is one: the CAMEO
// and PLOVER entry of its code, its sides, modality, the speaker it is attributed to, its date,
// the trigger span (the pattern's own words) and the sentence as evidence.
import type { AnnotatedDoc, CodedEvent } from "../types.ts";
import type { Draft } from "./clause-draft-state.ts";
import type { EventDate } from "./event-date.ts";
import type { CameoEntry } from "./ontology-load.ts";
import type { PatternMatch } from "./pattern-match.ts";
import type { Actor, SentenceView } from "./sentence-view.ts";

/** One emitted event's parts, as DocCoder has settled them. */
export interface EmittedParts {
  readonly doc: AnnotatedDoc;
  readonly view: SentenceView;
  readonly match: PatternMatch;
  readonly draft: Draft;
  /** The ontology entry of the final code (after recodes). */
  readonly entry: CameoEntry;
  readonly date: EventDate | null;
  /** Whether a "reportedly"-like cue makes an asserted event reported. */
  readonly reported: boolean;
  /** Who the sentence attributes the event to ("according to X", a trailing "said X"), if anyone. */
  readonly attribution: Actor | null | undefined;
  readonly eventId: string;
  readonly dictionaryVersion: string;
}

/** The CodedEvent of an emitted draft. */
export function buildCodedEvent(p: EmittedParts): CodedEvent {
  const { doc, view, match: m, draft: d, entry, date, attribution } = p;
  const trigger = view.tokens[m.first]!;
  // The trigger is the pattern's own words: it stops before a target the pattern took in.
  let triggerLast = m.targets.length ? Math.min(...m.targets.map((t) => t.first)) - 1 : m.last;
  while (triggerLast > m.first && /^(DET|ADP|PART|PRON)$/.test(view.tokens[triggerLast]!.pos)) triggerLast--;
  const triggerEnd = view.tokens[Math.max(m.first, triggerLast)]!.end;
  return {
    docId: doc.id,
    eventId: p.eventId,
    date: date?.value ?? null,
    ...(date && date.precision !== "day" ? { datePrecision: date.precision } : {}),
    sentenceIndex: view.index,
    source: d.source,
    target: d.target,
    cameo: { code: entry.code, root: entry.root, quadClass: entry.quadClass, goldstein: entry.goldstein },
    plover: { type: entry.ploverType, mode: entry.ploverMode, contexts: entry.ploverContexts },
    modality: d.modality === "asserted" && p.reported ? "reported" : d.modality,
    negated: d.negated,
    attribution:
      attribution && attribution.code !== d.source.code
        ? { code: attribution.code, name: attribution.name }
        : null,
    location: null,
    trigger: { start: trigger.start, end: triggerEnd, text: doc.text.slice(trigger.start, triggerEnd) },
    evidence: doc.text.slice(view.sentence.start, view.sentence.end),
    confidence: Math.round(d.confidence * 100) / 100,
    dictionaryVersion: p.dictionaryVersion,
  };
}
