// Codes one annotated document: for each sentence, find pattern matches, work out who did it to
// whom through the clause analysis, apply cues (intent, refusal, threats, appeals, saying,
// negation, hedges), and build CodedEvents with trigger, evidence, date and confidence.
// What each step decides lives in its own file: match-select (which triggers), event-drafts
// (actors, code, modality), draft-screen (whether a draft is emitted, in which code),
// coded-event-build (what an emitted event carries), actor-roles, clause-scope, event-merge.
import type { AnnotatedDoc, CodedEvent } from "../types.ts";
import { homeSource, storySide } from "./actor-roles.ts";
import { type DocumentSignals, isSportReport } from "./assertion-checks.ts";
import { type CueMatch, findCues, verbGroupStart } from "./clause-analyse.ts";
import { governorOf } from "./clause-governor.ts";
import { clauseRange, MAPPING_KINDS, trailingSpeaker } from "./clause-scope.ts";
import { CodeRules } from "./code-rules.ts";
import { buildCodedEvent } from "./coded-event-build.ts";
import type { CoderOptions, SentenceExplanation } from "./coder-options.ts";
import { leadingCountry } from "./country-codes.ts";
import { addressedCueMatches, agreementCueMatches } from "./cue-events.ts";
import { aimDenialsAtAccusers } from "./denial-targets.ts";
import type { CoderDictionaries } from "./dictionary-load.ts";
import { findDiscard, indexDiscards } from "./discard-match.ts";
import { DraftScreen } from "./draft-screen.ts";
import { evaluativeMatches, speechAnchors } from "./evaluative-speech.ts";
import { articleDay, type EventDate, sentenceDate } from "./event-date.ts";
import { type Draft, type DraftContext, draftsFor } from "./event-drafts.ts";
import { mergeRepeatedEvents } from "./event-merge.ts";
import { feelingMatches } from "./feeling-speech.ts";
import { documentJurisdiction, impliedAgent, type Jurisdiction } from "./implied-agents.ts";
import { impliedTarget } from "./implied-targets.ts";
import { readInitialCapitals } from "./initial-capitals.ts";
import { type Selection, selectMatches } from "./match-select.ts";
import { obligationMatches } from "./obligation-speech.ts";
import type { Cue, Discard } from "./pattern-load.ts";
import { PatternIndex, type PatternMatch } from "./pattern-match.ts";
import type { Actor, ActorGroup } from "./sentence-view.ts";
import { buildSentenceView, type SentenceView } from "./sentence-view.ts";
import { isSportDense } from "./sport-sides.ts";
import { reinflectLemmas } from "./trigger-checks.ts";
import { criticismVerbsOf } from "./verbal-attack.ts";

export type { CoderOptions, SentenceExplanation };

export class DocCoder {
  private readonly index: PatternIndex;
  private readonly cueFirstWords = new Map<string, Cue[]>();
  private readonly sentenceDiscards: ReadonlyMap<string, readonly Discard[]>;
  private readonly storyDiscards: ReadonlyMap<string, readonly Discard[]>;
  /** Every word the patterns and cues name: the base forms a participle may be read back to. */
  private readonly patternWords = new Set<string>();
  /** Countries the current document's actors belong to: a place elsewhere is likely a gazetteer slip. */
  private docCountries: ReadonlySet<string> = new Set();
  /** What the current document is (a sports report): assertion-checks.ts. */
  private docSignals: DocumentSignals = { sport: false };
  private readonly rules: CodeRules;
  /** Whether a draft is emitted and in which code: draft-screen.ts. */
  private readonly screen: DraftScreen;

  constructor(
    private readonly dict: CoderDictionaries,
    private readonly options: CoderOptions = {},
  ) {
    this.index = new PatternIndex(dict.patterns);
    this.criticismVerbs = criticismVerbsOf(dict.patterns);
    this.rules = new CodeRules(dict, options);
    this.screen = new DraftScreen(dict, this.rules, options);
    for (const p of [...dict.patterns, ...dict.cues])
      for (const e of p.elements)
        if (e.kind === "word")
          for (const w of e.words) for (const part of w.split(" ")) this.patternWords.add(part);
    for (const cue of dict.cues) {
      const first = cue.elements[0];
      if (first?.kind !== "word") continue;
      for (const w of first.words) {
        const key = w.split(" ")[0]!;
        this.cueFirstWords.set(key, [...(this.cueFirstWords.get(key) ?? []), cue]);
      }
    }
    this.sentenceDiscards = indexDiscards(dict.discards.filter((d) => !d.story));
    this.storyDiscards = indexDiscards(dict.discards.filter((d) => d.story));
  }

  /** Whether --explain asked for reasons (finding them costs time on sentences with no actor). */
  private explaining = false;

  /** The first token that some pattern matches, for --explain of a sentence with no actor. */
  private firstTrigger(view: SentenceView): { word: string; where: string } | null {
    for (let i = 0; i < view.tokens.length; i++) {
      const m = this.index.matchAt(view, i)[0];
      if (m) return { word: view.tokens[i]!.text, where: m.pattern.where };
    }
    return null;
  }

  code(doc: AnnotatedDoc, explain?: SentenceExplanation[]): CodedEvent[] {
    this.explaining = explain !== undefined;
    this.doc = doc;
    this.jurisdiction = undefined;
    this.nounTargetActors.clear();
    const events: CodedEvent[] = [];
    const docWords = doc.sentences.flatMap((s) => s.tokens.map((t) => t.text.toLowerCase()));
    const storyDiscard = findDiscard(docWords, this.storyDiscards);
    const day = articleDay(doc.publishedAt);
    const sport = isSportReport(docWords, this.dict.sportWords);
    this.docSignals = { sport, sportDense: sport && isSportDense(doc.sentences, this.dict.sportWords) };
    this.docCountries = new Set(
      doc.mentions
        .filter((m) => m.kind !== "place" && m.kind !== "date" && m.code)
        .flatMap((m) => m.code!.split("|").map(leadingCountry))
        .filter((c): c is string => c !== null),
    );
    const mentionsBySentence = new Map<number, AnnotatedDoc["mentions"][number][]>();
    for (const m of doc.mentions) {
      const list = mentionsBySentence.get(m.sentenceIndex) ?? [];
      list.push(m);
      mentionsBySentence.set(m.sentenceIndex, list);
    }
    doc.sentences.forEach((sentence, si) => {
      const view = reinflectLemmas(
        readInitialCapitals(
          buildSentenceView(si, sentence, mentionsBySentence.get(si) ?? []),
          this.patternWords,
        ),
        this.patternWords,
      );
      const reasons: string[] = [];
      const fired: { pattern: string; code: string; where: string }[] = [];
      if (storyDiscard)
        reasons.push(`story discarded by ${storyDiscard.where} ("${storyDiscard.words.join(" ")}")`);
      else events.push(...this.codeSentence(doc, view, day, reasons, fired));
      explain?.push({
        sentenceIndex: si,
        text: doc.text.slice(sentence.start, sentence.end),
        tokens: sentence.tokens.map((t) => `${t.text}/${t.pos}`).join(" "),
        actors: view.groups.map((g) =>
          g.members.map((m) => describeActor(m, mentionsBySentence.get(si))).join(" + "),
        ),
        fired,
        reasons,
      });
    });
    // "The Pentagon rejected these accusations": a denial answers an accusation told before it.
    return aimDenialsAtAccusers(events);
  }

  private codeSentence(
    doc: AnnotatedDoc,
    view: SentenceView,
    day: string | null,
    reasons: string[],
    fired: { pattern: string; code: string; where: string }[],
  ): CodedEvent[] {
    const discard = findDiscard(view.words, this.sentenceDiscards);
    if (discard) {
      reasons.push(`sentence discarded by ${discard.where} ("${discard.words.join(" ")}")`);
      return [];
    }
    if (!view.groups.length) {
      // Say whether an event word was there: "trigger but no actor" is a gap in the actor
      // dictionaries, "no trigger" one in the verb patterns.
      const trigger = this.explaining ? this.firstTrigger(view) : null;
      reasons.push(
        trigger
          ? `trigger but no actor: "${trigger.word}" (${trigger.where}) fired but the sentence names no actor`
          : "no trigger and no actor in the sentence",
      );
      return [];
    }
    const cues = findCues(view, this.dict.cues, this.cueFirstWords);
    const selection = selectMatches(this.index, view, reasons);
    const selected = selection.taken;
    // A cue that governs a coded action is part of that action, not an event of its own.
    const governed = new Set<CueMatch>();
    for (const m of selected) {
      let start = verbGroupStart(view, m.first);
      for (let depth = 0; depth < 4; depth++) {
        const g = governorOf(view, cues, start);
        if (!g) break;
        governed.add(g.match);
        start = verbGroupStart(view, g.match.first);
      }
    }
    // Say and labelling verbs with their complements, read once for the speech-based matches.
    const anchors = speechAnchors(view, cues);
    const kept = [
      ...selected.filter(
        (m) =>
          ![...governed].some(
            (c) => MAPPING_KINDS.has(c.cue.kind) && m.first >= c.first && m.first <= c.last,
          ),
      ),
      ...addressedCueMatches(view, cues, governed, this.rules),
      ...agreementCueMatches(view, cues, governed, selected),
      ...evaluativeMatches(view, anchors, selected),
      ...obligationMatches(view, anchors, selected, this.rules),
      ...feelingMatches(view, selected),
    ].sort((a, b) => a.first - b.first);
    if (!kept.length) {
      if (!reasons.length) reasons.push("no trigger: no pattern matched");
      return [];
    }
    // A date phrase dates only the triggers of its own clause ("agreed ... on channels that Beijing
    // cut last year"); a future date is the date of what was promised or threatened, not of the
    // statement, which the article reports as of its own day.
    const dateOf = (anchor: number): EventDate | null => {
      const [first, last] = clauseRange(view, anchor);
      const from = view.tokens[first]!.start;
      const to = view.tokens[last]!.end;
      const dates = view.mentions.filter((m) => m.kind === "date" && m.start >= from && m.end <= to);
      const d = sentenceDate(view.words.slice(first, last + 1), dates, day);
      // "India, which fought Pakistan in 2019": a named earlier year or month is when it
      // happened (at that precision); a date after the article's day (a plan, a threat) is
      // replaced by the article's day, when the statement was made.
      return d && day && d.value > day ? { value: day, precision: "day" } : d;
    };
    const reported = cues.some((c) => c.cue.kind === "reported");
    const according = cues.find((c) => c.cue.kind === "according" && c.object);
    const out: CodedEvent[] = [];
    const seen = new Set<string>();
    // (A verb the sense checks reject, "struck" with the object "a deal", is no event whose
    // object the nominal event could be: "struck a deal with Gondor" keeps its pact.)
    const verbAnchors = kept
      .filter((m) => view.tokens[m.first]!.pos === "VERB" && !this.screen.senseRejects(view, m))
      .map((m) => m.first);
    for (const chosen of kept) {
      const { match: m, drafts } = this.draftsOrFallback(view, selection, chosen, cues, reasons, verbAnchors);
      for (const d of drafts) {
        // "police arrested Kenyan activists": a bare home body takes its target's country.
        d.source = homeSource(d.source, d.target, view);
        // A role bare only for fear of pairing a state with itself takes the story's country.
        const source = d.source;
        d.source = storySide(source, d.target, view);
        if (d.target) d.target = storySide(d.target, source, view);
        if (this.options.requireTarget && !d.target) {
          reasons.push(`${m.pattern.where}: no target (a dyad is required)`);
          continue;
        }
        const entry = this.screen.entryOf(view, m, d, this.docSignals, reasons);
        if (!entry) continue;
        const date = dateOf(m.first);
        const key = `${d.source.code}|${d.target?.code ?? ""}|${entry.code}`;
        if (seen.has(key)) continue;
        seen.add(key);
        fired.push({ pattern: m.pattern.text, code: entry.code, where: m.pattern.where });
        const attribution =
          d.attribution ??
          (according?.object?.members[0] as Actor | undefined) ??
          trailingSpeaker(view, cues, m.first);
        out.push(
          buildCodedEvent({
            doc,
            view,
            match: m,
            draft: d,
            entry,
            date,
            reported,
            attribution,
            eventId: `${doc.id}#${view.index}.${out.length}`,
            dictionaryVersion: this.dict.version,
          }),
        );
      }
    }
    return mergeRepeatedEvents(out, this.dict.ontology, this.nounTargetActors);
  }

  private draftContext(): DraftContext {
    return {
      rules: this.rules,
      docCountries: this.docCountries,
      implied: this.implied,
      impliedTarget: this.dict.impliedTargets?.length ? this.impliedTarget : undefined,
      captivityVerbs: this.dict.captivityVerbs,
      nounTargets: this.dict.personNouns?.size
        ? {
            personNouns: this.dict.personNouns,
            documentCountry: this.documentCountry,
            made: this.nounTargetActors,
            criticismVerbs: this.criticismVerbs,
          }
        : undefined,
    };
  }

  /** Verbs that also criticise ("attack", "blast"): their named objects are no sure victims. */
  private readonly criticismVerbs: ReadonlySet<string>;

  /** Targets the person-noun step made (noun-targets.ts): they must not fold other events away. */
  private readonly nounTargetActors = new Set<string>();

  /** The current document, for the implied agents' jurisdiction (found once, when first needed). */
  private doc: AnnotatedDoc | null = null;
  private jurisdiction: Jurisdiction | null | undefined;
  private readonly implied = (
    view: SentenceView,
    anchor: number,
    last: number,
    code: string,
    target: ActorGroup | null,
  ) =>
    impliedAgent(
      view,
      anchor,
      last,
      code,
      target,
      this.dict.impliedAgents ?? [],
      this.documentCountry,
      this.docCountries,
    );

  private readonly impliedTarget = (view: SentenceView, anchor: number, code: string, source: ActorGroup) =>
    impliedTarget(view, anchor, code, source, {
      rules: this.dict.impliedTargets ?? [],
      actorTypes: this.dict.actorTypes ?? new Set(),
      documentCountry: this.documentCountry,
      docCountries: this.docCountries,
    });

  /** The document's own country (dateline, else main country), found once, when first needed. */
  private readonly documentCountry = (): Jurisdiction | null => {
    if (this.jurisdiction === undefined) this.jurisdiction = this.doc ? documentJurisdiction(this.doc) : null;
    return this.jurisdiction;
  };

  /** The drafts of a match, else of the first displaced reading that yields any. */
  private draftsOrFallback(
    view: SentenceView,
    selection: Selection,
    m: PatternMatch,
    cues: readonly CueMatch[],
    reasons: string[],
    verbAnchors: readonly number[],
  ): { match: PatternMatch; drafts: Draft[] } {
    const drafts = draftsFor(this.draftContext(), view, m, cues, reasons, verbAnchors);
    if (drafts.length || this.options.fallbackReadings === false) return { match: m, drafts };
    // The failed reading's verb is no event verb the fallback could sit in the object of.
    const anchors = verbAnchors.filter((v) => v !== m.first);
    for (const alt of selection.fallbacks.get(m) ?? []) {
      const d = draftsFor(this.draftContext(), view, alt, cues, reasons, anchors);
      if (d.length) return { match: alt, drafts: d };
    }
    return { match: m, drafts };
  }
}

/**
 * An actor as --explain prints it: "name=CODE", with why it has that code when the annotator said
 * so (the antecedent a pronoun or "the group" was taken for, the country a bare role was given, or
 * why it stayed bare).
 */
function describeActor(
  actor: { readonly name: string; readonly code: string; readonly start: number; readonly end: number },
  mentions: readonly AnnotatedDoc["mentions"][number][] | undefined,
): string {
  const mention = mentions?.find((x) => x.start === actor.start && x.end === actor.end);
  return mention?.reason ? `${actor.name}=${actor.code} {${mention.reason}}` : `${actor.name}=${actor.code}`;
}
