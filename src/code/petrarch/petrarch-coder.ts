// The DocCoder for TABARI/PETRARCH dictionaries. Patterns with `%` before the verb ("% * [030:030]")
// code only when the subject is a compound actor, so each sentence goes to one of two coders: one
// that holds those patterns, for sentences that open with a compound actor, and one without them.
// PETRARCH's target is the first actor anywhere in the verb's phrase, also inside a clause it governs
// ("allowed that Mordor isn't ...", "cordoned off the roads leading into Mordor"): an event the
// clause analysis left without a target takes that actor, and require_dyad is applied afterwards.
import type { AnnotatedDoc, CodedEvent, Token } from "../../types.ts";
import type { CoderDictionaries } from "../dictionary-load.ts";
import { type CoderOptions, DocCoder, type SentenceExplanation } from "../doc-coder.ts";
import { type ActorGroup, buildSentenceView, type SentenceView } from "../sentence-view.ts";
import { needsCompoundSource, type PhrasePattern, phrasePatternOf } from "./petrarch-verbs.ts";

/** True when the sentence's first actor group joins several actors ("Gondor and Arnor agree"). */
function viewOf(doc: AnnotatedDoc, si: number): SentenceView {
  const mentions = doc.mentions.filter((m) => m.sentenceIndex === si);
  return buildSentenceView(si, doc.sentences[si]!, mentions);
}

function opensWithCompound(doc: AnnotatedDoc, si: number): boolean {
  return (viewOf(doc, si).groups[0]?.members.length ?? 0) > 1;
}

/** Tokens that end the verb's phrase when looking for its target. */
const PHRASE_END = new Set([";", ":", ","]);

/** The first actor group after the trigger in the verb's phrase that does not hold the source. */
export function phraseTarget(view: SentenceView, event: CodedEvent): ActorGroup | null {
  const first = view.tokens.findIndex((t) => t.start >= event.trigger.end);
  if (first < 0) return null;
  for (let k = first; k < view.tokens.length; k++) {
    if (PHRASE_END.has(view.tokens[k]!.text)) return null;
    const g = view.groupAt[k];
    if (g && !g.members.some((a) => a.start === event.source.start && a.code === event.source.code)) return g;
    if (g) k = g.last;
  }
  return null;
}

/** Token index after `unit` matched at i ("really pleasant"), or -1; synset members may be phrases. */
function unitEnd(words: readonly string[], i: number, unit: readonly ReadonlySet<string>[]): number {
  let j = i;
  for (const set of unit) {
    if (j >= words.length) return -1;
    if (set.has(words[j]!)) {
      j++;
      continue;
    }
    const phrase = [...set].find((m) => m.includes(" ") && m.split(" ").every((w, k) => words[j + k] === w));
    if (!phrase) return -1;
    j += phrase.split(" ").length;
  }
  return j;
}

/** Does every unit occur, in order, in words[from, to)? */
function unitsMatch(
  words: readonly string[],
  from: number,
  to: number,
  units: PhrasePattern["units"],
): boolean {
  let i = from;
  for (const unit of units) {
    let found = -1;
    for (; i < to && found < 0; i++) found = unitEnd(words, i, unit);
    if (found < 0 || found > to) return false;
    i = found;
  }
  return true;
}

/**
 * "Gollum abandoned efforts to stop the parade": a verb inside the phrase of an earlier coded verb,
 * between the same actors, is part of that event (PETRARCH codes the phrase's head verb only).
 */
function absorbed(e: CodedEvent, all: readonly CodedEvent[], view: SentenceView): boolean {
  if (!e.target) return false;
  return all.some((head) => {
    if (head === e || head.sentenceIndex !== e.sentenceIndex || head.trigger.start >= e.trigger.start)
      return false;
    if (head.source.code !== e.source.code || head.target?.code !== e.target?.code) return false;
    if (head.cameo.code === e.cameo.code) return false;
    return !view.tokens.some(
      (t) => t.start >= head.trigger.end && t.end <= e.trigger.start && PHRASE_END.has(t.text),
    );
  });
}

/** "complete, full diplomatic ties": a comma between coordinate adjectives stays inside the phrase. */
function joinsAdjectives(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (tokens[i]!.text !== "," || prev?.pos !== "ADJ" || !next) return false;
  return next.pos === "ADJ" || (next.pos === "ADV" && tokens[i + 2]?.pos === "ADJ");
}

/**
 * PETRARCH reads a parse, not tags: two tag slips are mended before coding. A dictionary verb form
 * right after an actor and before a determiner is that actor's verb ("Fornost and Gondor welcome a
 * resumption", tagged ADJ), and a comma between coordinate adjectives does not end the phrase.
 */
export function mendTags(doc: AnnotatedDoc, verbForms: ReadonlySet<string>): AnnotatedDoc {
  const actorEnds = new Set(doc.mentions.map((m) => m.end));
  let changed = false;
  const sentences = doc.sentences.map((s) => {
    const tokens: Token[] = [];
    s.tokens.forEach((t, i) => {
      const next = s.tokens[i + 1];
      const prev = s.tokens[i - 1];
      if (joinsAdjectives(s.tokens, i)) {
        changed = true;
        return;
      }
      if (
        (t.pos === "ADJ" || t.pos === "NOUN") &&
        prev &&
        actorEnds.has(prev.end) &&
        next?.pos === "DET" &&
        verbForms.has(t.text.toLowerCase())
      ) {
        changed = true;
        tokens.push({ ...t, pos: "VERB" });
      } else tokens.push(t);
    });
    return { ...s, tokens };
  });
  return changed ? { ...doc, sentences } : doc;
}

/** Tags that end a subject noun phrase: a verb, punctuation, a clause word, a pronoun, "'s", "and". */
const OUTSIDE_NOUN_PHRASE = /^(VERB|AUX|PUNCT|SCONJ|PRON|PART|CCONJ)$/;

/**
 * "Gollum, centre of a row between Radagast the Brown, called on Gondor" without the commas: the
 * subject is the whole noun phrase that opens the sentence, and its actor is the one it starts with.
 */
export function subjectHead(view: SentenceView, e: CodedEvent): ActorGroup | null {
  const head = view.groups[0];
  const source = view.groups.find((g) =>
    g.members.some((a) => a.start === e.source.start && a.code === e.source.code),
  );
  if (!head || !source || source === head || e.trigger.start < view.tokens[source.last]!.end) return null;
  if (view.tokens.slice(0, head.first).some((t) => t.pos !== "DET" && t.pos !== "ADJ")) return null;
  const between = view.tokens.slice(head.last + 1, source.first);
  return between.every((t) => !OUTSIDE_NOUN_PHRASE.test(t.pos)) ? head : null;
}

export class PetrarchDocCoder extends DocCoder {
  private readonly singleSource: DocCoder;
  private readonly requireDyad: boolean;
  private readonly phraseByForm = new Map<string, PhrasePattern[]>();
  /** Every form of the dictionaries' verbs (the one-word patterns that head each verb block). */
  private readonly verbForms = new Set<string>();

  private readonly petrarchDict: CoderDictionaries;

  constructor(dict: CoderDictionaries, options: CoderOptions) {
    // Targets are completed here first; the dyad requirement applies to the completed events.
    super(dict, { ...options, requireTarget: false });
    this.requireDyad = options.requireTarget ?? false;
    this.singleSource = new DocCoder(
      { ...dict, patterns: dict.patterns.filter((p) => !needsCompoundSource(p)) },
      { ...options, requireTarget: false },
    );
    this.petrarchDict = dict;
    for (const p of dict.patterns) {
      const head = p.elements[0];
      if (p.elements.length === 1 && head?.kind === "word")
        for (const f of head.words) if (!f.includes(" ")) this.verbForms.add(f);
      const phrase = phrasePatternOf(p);
      if (phrase)
        for (const f of phrase.forms) this.phraseByForm.set(f, [...(this.phraseByForm.get(f) ?? []), phrase]);
    }
  }

  /** Was the event coded with the own code of a verb block that has this form? */
  private blockCodeOf(form: string, e: CodedEvent): boolean {
    return (this.phraseByForm.get(form) ?? []).some((p) => p.blockCode === e.cameo.code);
  }

  /**
   * An event coded with its verb block's own code (or a shorter verb-first pattern's) is refined by
   * the longest verb-first pattern whose words lie further on in the phrase ("allowed that Mordor
   * isn't a really pleasant place", "assurances on cultural issues sent from Bree").
   */
  private refine(view: SentenceView, e: CodedEvent): CodedEvent {
    const at = view.tokens.findIndex((t) => t.start === e.trigger.start);
    if (at < 0) return e;
    let end = at + 1;
    while (end < view.tokens.length && !PHRASE_END.has(view.tokens[end]!.text)) end++;
    let begin = at;
    while (begin > 0 && !PHRASE_END.has(view.tokens[begin - 1]!.text)) begin--;
    const matching = (this.phraseByForm.get(view.words[at]!) ?? []).filter(
      (p) => unitsMatch(view.words, at + 1, end, p.units) && unitsMatch(view.words, begin, at, p.before),
    );
    // The pattern that coded the event: the block itself (weight 0) or a phrase pattern with its code.
    const own = matching.filter((p) => p.code === e.cameo.code).map((p) => p.weight);
    if (!own.length && !this.blockCodeOf(view.words[at]!, e)) return e;
    const current = own.length ? Math.max(...own) : 0;
    let best: PhrasePattern | null = null;
    for (const p of matching) if (p.weight > current && (!best || p.weight > best.weight)) best = p;
    if (!best) return e;
    const known = this.petrarchDict.ontology.cameo.get(best.code);
    const root = this.petrarchDict.ontology.cameo.get(best.code.slice(0, 2));
    const entry = known ?? root;
    return {
      ...e,
      cameo: {
        code: best.code,
        root: best.code.slice(0, 2),
        quadClass: entry?.quadClass ?? e.cameo.quadClass,
        goldstein: entry?.goldstein ?? e.cameo.goldstein,
      },
      plover: entry
        ? { type: entry.ploverType, mode: entry.ploverMode, contexts: entry.ploverContexts }
        : e.plover,
    };
  }

  override code(original: AnnotatedDoc, explain?: SentenceExplanation[]): CodedEvent[] {
    const doc = mendTags(original, this.verbForms);
    const events = this.codeBySubject(doc, explain);
    const views = new Map<number, SentenceView>();
    const out: CodedEvent[] = [];
    const seen = new Set<string>();
    const push = (e: CodedEvent) => {
      const key = `${e.sentenceIndex}|${e.source.code}|${e.target?.code ?? ""}|${e.cameo.code}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.push(e);
    };
    for (const coded of events) {
      let view = views.get(coded.sentenceIndex);
      if (!view) {
        view = viewOf(doc, coded.sentenceIndex);
        views.set(coded.sentenceIndex, view);
      }
      const refined = this.refine(view, coded);
      const head = subjectHead(view, refined);
      const sources = head ? head.members : [refined.source];
      sources.forEach((source, k) => {
        const eventId = k ? `${refined.eventId}-${k}` : refined.eventId;
        this.complete(view, { ...refined, source, eventId }, push);
      });
    }
    return out.filter((e) => !absorbed(e, out, views.get(e.sentenceIndex)!));
  }

  /** Gives a target-less event the first actor of its phrase; keeps it only if no dyad is required. */
  private complete(view: SentenceView, e: CodedEvent, push: (e: CodedEvent) => void): void {
    if (e.target) {
      if (e.target.code !== e.source.code) push(e);
      return;
    }
    const group = phraseTarget(view, e);
    if (group)
      group.members.forEach((t, k) => {
        if (t.code !== e.source.code) push({ ...e, eventId: k ? `${e.eventId}.${k}` : e.eventId, target: t });
      });
    else if (!this.requireDyad) push(e);
  }

  private codeBySubject(doc: AnnotatedDoc, explain?: SentenceExplanation[]): CodedEvent[] {
    const compound = new Set<number>();
    doc.sentences.forEach((_, si) => {
      if (opensWithCompound(doc, si)) compound.add(si);
    });
    if (!compound.size) return this.singleSource.code(doc, explain);
    const only = (keep: (si: number) => boolean): AnnotatedDoc => ({
      ...doc,
      mentions: doc.mentions.filter((m) => keep(m.sentenceIndex)),
    });
    const a: SentenceExplanation[] = [];
    const b: SentenceExplanation[] = [];
    const events = [
      ...super.code(
        only((si) => compound.has(si)),
        explain ? a : undefined,
      ),
      ...this.singleSource.code(
        only((si) => !compound.has(si)),
        explain ? b : undefined,
      ),
    ].sort((x, y) => x.sentenceIndex - y.sentenceIndex);
    if (explain)
      for (const [si] of doc.sentences.entries())
        explain.push((compound.has(si) ? a : b).find((x) => x.sentenceIndex === si)!);
    return events;
  }
}
