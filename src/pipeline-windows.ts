// A long document is annotated and coded a window of paragraphs at a time, so memory is bounded by
// the window, not the document: a 20 MB text whole took 4.4 GB (wink's records, four million token
// objects, match tokens and per-token arrays of every annotate step at once). Documents up to one
// window (nearly every article) go through whole, exactly as before.
//
// Each window is read with a few paragraphs before it as context, so references to actors named
// just before the window's start ("the two sides", "the ministry") resolve as they do in the whole
// document; only the window's own sentences, mentions and events are kept. What the metadata says
// (dateline, publication date, language) is given to every window. Windows are annotated first, then
// coded, so code and locate see what the whole document names: its actors' countries (the coder
// prefers a country named elsewhere in the document), the mention of the dateline's place (where
// an event with no place in its sentence happened), and each person's one code through the document
// (the person pass runs again over every window's mentions: "Roe" in one window takes the code
// "Jane Roe, the union's president" has in a later one). What a window cannot see: a reference
// back past its context, and the annotate stage's per-document choices (the country a bare role
// borrows when its sentence names none) and the coder's story-level discard, made per window.
// Ingest (annotateAndStream) goes one step further: each window's events are coded only when the
// store is ready to write them, and the mentions wait in their stored form, so neither a long
// document's events nor its mention objects are ever all held at once.
import type { AnnotateOptions } from "./annotate/index.ts";
import { readStoredMentions, type StoredMentions, toStoredMentions } from "./annotate/mention-stored-form.ts";
import { loadCountryNames } from "./annotate/mentions/country-names.ts";
import { documentPasses } from "./annotate/mentions/index.ts";
import { windowEnd } from "./annotate/sentences-tokens.ts";
import { SitrepError } from "./errors.ts";
import { CODE_HEAP_BUDGET_BYTES, collectNow, createHeapBudget } from "./heap-budget.ts";
import { WindowMerger, type WindowSpan, windowPart } from "./pipeline-window-parts.ts";
import { annotateOnTwoThreads } from "./pipeline-window-schedule.ts";
import type { AnnotatedDoc, Article, CodedDoc, CodedEvent, Config, Mention } from "./types.ts";

export interface WindowOptions {
  /** Characters per window; a window ends at a paragraph break (else a line break, else a space). */
  readonly window: number;
  /** Characters of whole paragraphs before a window read with it as context. */
  readonly lookback: number;
  /**
   * Characters from which ingest annotates the windows on two threads (pipeline-window-schedule.ts);
   * absent: always one. The worker takes ~2 CPU s to load the dictionaries and gazetteer, about
   * what four windows take to annotate, so only documents of many windows are worth it.
   */
  readonly twoThreadsFrom?: number;
}

/** The stages a window goes through: code yields events, locate places them in the document. */
export interface WindowStages {
  readonly annotate: (article: Article, options?: AnnotateOptions) => AnnotatedDoc;
  readonly code: (doc: AnnotatedDoc) => CodedEvent[];
  readonly locate: (doc: AnnotatedDoc, events: readonly CodedEvent[]) => CodedEvent[];
}

/**
 * No `twoThreadsFrom` by default: on a quiet machine two threads gave a 20 MB document 59.1 s
 * against 68.7 s in one CLI run, but 70.0 against 68.9 s in bench:scale, with ~10-18 CPU s more and
 * a peak RSS of 1,003-1,036 MB against 918 (bench/README.md, tenth round): not yet within 1 GB.
 */
export const DOCUMENT_WINDOWS: WindowOptions = { window: 300_000, lookback: 3_000 };

/** Text length from which SITREP_ANNOTATE_THREADS=2 annotates on two threads: ~7 windows, enough to
 * repay the worker's start-up. */
export const TWO_THREADS_FROM = 2_000_000;

/**
 * The windows ingest uses: DOCUMENT_WINDOWS, with two annotating threads for long documents when
 * SITREP_ANNOTATE_THREADS=2 (opt-in, for a machine whose second core is idle: see DOCUMENT_WINDOWS).
 */
export function documentWindows(env: NodeJS.ProcessEnv = process.env): WindowOptions {
  const threads = env.SITREP_ANNOTATE_THREADS;
  if (threads === undefined || threads === "" || threads === "1") return DOCUMENT_WINDOWS;
  if (threads === "2") return { ...DOCUMENT_WINDOWS, twoThreadsFrom: TWO_THREADS_FROM };
  throw new SitrepError("E_OPTION_VALUE", `SITREP_ANNOTATE_THREADS=${threads}: 1 (default) or 2`);
}

/** Where the context of the window starting at `from` begins: whole paragraphs, at most `lookback` back. */
export function contextStart(text: string, from: number, lookback: number): number {
  // Context only across a paragraph break, where no sentence goes on from one side to the other.
  if (from === 0 || text.slice(from - 2, from) !== "\n\n") return from;
  let start = from;
  for (;;) {
    const at = text.lastIndexOf("\n\n", start - 3);
    const paragraphStart = at < 0 ? 0 : at + 2;
    if (from - paragraphStart > lookback) return start;
    start = paragraphStart;
    if (at < 0) return start;
  }
}

let countryCodes: Set<string> | null = null;

/** True for a country's ISO 3166 alpha-3 code, as the annotate stage's actor lexicon has them. */
function isCountry(code: string): boolean {
  countryCodes ??= new Set(loadCountryNames().map((c) => c.iso3));
  return countryCodes.has(code);
}

/** An event of a window (coded in the document's offsets), with the document's sentence numbers. */
function shiftEvent(event: CodedEvent, sentenceBase: number): CodedEvent {
  const sentenceIndex = event.sentenceIndex + sentenceBase;
  // Event ids name the sentence ("doc#12.0"): renumbered with it.
  const local = `#${event.sentenceIndex}.`;
  const hash = event.eventId.lastIndexOf(local);
  const eventId =
    hash >= 0
      ? `${event.eventId.slice(0, hash)}#${sentenceIndex}.${event.eventId.slice(hash + local.length)}`
      : event.eventId;
  return { ...event, eventId, sentenceIndex };
}

/**
 * The article's paragraphs as slices of its text, when the text is those paragraphs joined (as
 * extract makes it); else the paragraphs as they are. Extract cuts the paragraphs from the page's
 * decoded input and joins them into a new string; a slice keeps its whole parent string alive in
 * V8, so a long document's paragraphs held a second copy of its text (at 5 MB of text, the input's
 * 5 MB string, kept through coding and storing only by them: a heap snapshot's retainers). As
 * slices of the text, which the document keeps anyway, they hold nothing more. Equal strings, in
 * one pass over the text.
 */
export function paragraphsOfText(text: string, paragraphs: readonly string[]): readonly string[] {
  const sliced = new Array<string>(paragraphs.length);
  let at = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i]!;
    if (!text.startsWith(paragraph, at)) return paragraphs;
    sliced[i] = text.slice(at, at + paragraph.length);
    at += paragraph.length;
    if (text.startsWith("\n\n", at)) at += 2;
  }
  return sliced;
}

/**
 * extract's Article → CodedDoc through annotate, code and locate, a window at a time when the text
 * is longer than one window. Sentences of a windowed document keep their tokens in one compact table.
 */
export function annotateAndCode(
  article: Article,
  stages: WindowStages,
  options: WindowOptions = DOCUMENT_WINDOWS,
): CodedDoc {
  const annotated = annotateInWindows(article, stages.annotate, options);
  return { ...annotated, kind: "coded", events: codeInWindows(annotated, stages, options) };
}

/** An annotated document whose events are coded a window at a time, as they are read. */
export interface StreamedDoc extends Omit<AnnotatedDoc, "kind" | "mentions"> {
  readonly kind: "streamed";
  /**
   * The mentions in their stored form (mention-stored-form.ts: a few numbers each and the distinct
   * records once): a long document's come back as objects a window at a time while it is coded.
   */
  readonly mentions: StoredMentions;
  readonly mentionCount: number;
  /**
   * The document's events, one array per window (one for a document up to one window), coded when
   * the next is asked for: the store writes a window's events before the next window is coded, so
   * a long document's events are never all held at once. Read once.
   */
  readonly eventBatches: Iterable<CodedEvent[]>;
}

/** As annotateAndCode, with the events left to be coded window by window as they are read. */
export async function annotateAndStream(
  article: Article,
  stages: WindowStages,
  options: WindowOptions = DOCUMENT_WINDOWS,
  /** The configuration the stages were built from: given, a long document is annotated on two threads. */
  config: Config | null = null,
): Promise<StreamedDoc> {
  const annotated =
    config && article.text.length >= (options.twoThreadsFrom ?? Number.POSITIVE_INFINITY)
      ? withDocumentPasses(
          article,
          await annotateOnTwoThreads(article, stages.annotate, windowSpans(article.text, options), config),
        )
      : annotateInWindows(article, stages.annotate, options);
  const { text } = annotated;
  const mentionCount = annotated.mentions.length;
  const mentions = toStoredMentions(text, annotated.mentions);
  // A document up to one window is coded from the mention objects it has; a longer one's are let
  // go and read back from the stored form a window at a time.
  const eventBatches =
    text.length <= options.window
      ? codeWindows(annotated, stages, options)
      : codeWindows({ ...annotated, mentions: [] }, stages, options, () =>
          readStoredMentions(text, mentions),
        );
  return { ...annotated, kind: "streamed", mentions, mentionCount, eventBatches };
}

/** The windows of a text longer than one window: where each starts, ends and starts being read. */
export function windowSpans(text: string, options: WindowOptions): WindowSpan[] {
  const spans: WindowSpan[] = [];
  for (let from = 0; from < text.length; ) {
    const to = windowEnd(text, from, options.window);
    spans.push({ from, to, offset: contextStart(text, from, options.lookback) });
    from = to;
  }
  return spans;
}

/**
 * extract's Article → AnnotatedDoc, a window at a time when the text is longer than one window
 * (sentences packed, mentions in the document's offsets, then the passes over every window's mentions).
 */
function annotateInWindows(
  article: Article,
  annotate: WindowStages["annotate"],
  options: WindowOptions,
): AnnotatedDoc {
  const text = article.text;
  if (text.length <= options.window) return annotate(article);
  // 1. Annotate window by window: sentences packed, mentions in the document's offsets.
  const merger = new WindowMerger(text, article.dateline);
  // Each window's annotation objects are garbage once packed: collected as the heap grows.
  const settle = createHeapBudget();
  for (const span of windowSpans(text, options)) {
    settle();
    // The passes over the whole document's mentions wait for every window's (step 2).
    const annotated = annotate(
      { ...article, text: text.slice(span.offset, span.to) },
      { documentPasses: false },
    );
    merger.add(windowPart(annotated, span));
  }
  return withDocumentPasses(article, merger);
}

/**
 * 2. The passes over the whole document's mentions, once every window is merged: each person's one
 *    code, bare roles given the document's country. They copy every mention, and the stored form
 *    follows: on a heap that still held up to a budget of the last windows' garbage that was the
 *    process's peak (at 20 MB of text, ~740 MB of heap), so that garbage goes first.
 */
function withDocumentPasses(article: Article, merger: WindowMerger): AnnotatedDoc {
  const { kind: _kind, ...rest } = article;
  const { text } = article;
  const { sentences, dateline } = merger;
  merger.table.trim();
  collectNow();
  return {
    ...rest,
    paragraphs: paragraphsOfText(text, article.paragraphs),
    dateline,
    kind: "annotated",
    sentences,
    mentions: documentPasses(
      merger.mentions,
      { text, sentences, datelinePlace: dateline?.place ?? null },
      isCountry,
    ),
  };
}

/**
 * code → locate over an annotated document, a window at a time when its text is longer than one
 * window: the windows annotateAndCode read it in (each window's sentences are those starting in
 * it), so a stored document coded again (recode) is coded as it was at ingest. Sentences may be
 * packed (token-pack.ts): each window's are given their tokens back only while it is coded.
 */
export function codeInWindows(
  doc: AnnotatedDoc,
  stages: Pick<WindowStages, "code" | "locate">,
  options: WindowOptions = DOCUMENT_WINDOWS,
): CodedEvent[] {
  if (doc.text.length <= options.window) return stages.locate(doc, stages.code(doc));
  const events: CodedEvent[] = [];
  for (const batch of codeWindows(doc, stages, options)) for (const e of batch) events.push(e);
  return events;
}

/** codeInWindows a window at a time: each window's events (in the document's sentence numbers) when asked for. */
export function* codeWindows(
  doc: AnnotatedDoc,
  { code, locate }: Pick<WindowStages, "code" | "locate">,
  options: WindowOptions = DOCUMENT_WINDOWS,
  /** The document's mentions in order, read twice (default: `doc.mentions`). */
  mentionsOf: () => Iterable<Mention> = () => doc.mentions,
): Generator<CodedEvent[]> {
  const { text, sentences } = doc;
  if (text.length <= options.window) {
    yield locate(doc, code(doc));
    return;
  }
  /** Where each window's sentences start in `sentences` (and one past the last). */
  const windowStarts: number[] = [0];
  let next = 0;
  for (let from = 0; from < text.length; ) {
    const to = windowEnd(text, from, options.window);
    while (next < sentences.length && sentences[next]!.start < to) next++;
    windowStarts.push(next);
    from = to;
  }
  // What code and locate read from the whole document: the actors it names (the coder weighs a
  // country the document names elsewhere) and the mention of the dateline's place.
  const documentActors = new Map<string, Mention>();
  const datelinePlace = doc.dateline?.place.toLowerCase() ?? null;
  let dateline: Mention | undefined;
  for (const m of mentionsOf()) {
    if (m.code && m.kind !== "place" && m.kind !== "date" && !documentActors.has(m.code))
      documentActors.set(m.code, { ...m, sentenceIndex: -1 });
    if (
      datelinePlace &&
      !dateline &&
      m.place &&
      (m.name.toLowerCase() === datelinePlace || m.text.toLowerCase() === datelinePlace)
    )
      dateline = m;
  }
  // Window by window, the window's sentences given their tokens back; the document's actors and
  // dateline come along in no sentence (index -1).
  const mentions = mentionsOf()[Symbol.iterator]();
  let pending = mentions.next();
  const settle = createHeapBudget(CODE_HEAP_BUDGET_BYTES);
  for (let w = 0; w + 1 < windowStarts.length; w++) {
    settle();
    const first = windowStarts[w]!;
    const end = windowStarts[w + 1]!;
    if (first === end) continue;
    const local: Mention[] = [];
    for (; !pending.done && pending.value.sentenceIndex < end; pending = mentions.next()) {
      const m = pending.value;
      if (m.sentenceIndex >= first) local.push({ ...m, sentenceIndex: m.sentenceIndex - first });
    }
    const windowDoc: AnnotatedDoc = {
      ...doc,
      sentences: sentences.slice(first, end).map((s) => ({ start: s.start, end: s.end, tokens: s.tokens })),
      mentions: [...local, ...documentActors.values()],
    };
    const located = locate(
      { ...windowDoc, mentions: dateline ? [{ ...dateline, sentenceIndex: -1 }, ...local] : local },
      code(windowDoc),
    );
    yield located.map((e) => shiftEvent(e, first));
  }
}
