// recode: every stored document coded again with the current dictionaries from its stored
// annotations (no re-fetch, no re-annotation), and what that changed, event by event.
import { type StoredMentionFields, storedMentionsOf } from "./annotate/mention-stored-form.ts";
import { packSentence, TokenTable } from "./annotate/token-pack.ts";
import { fromStoredSentence, type StoredSentence } from "./annotate/token-stored-form.ts";
import { createCoder } from "./code/index.ts";
import { createLocator } from "./locate/index.ts";
import { codeInWindows, DOCUMENT_WINDOWS } from "./pipeline-windows.ts";
import type { Store } from "./store/index.ts";
import type { Article, Context, Sentence } from "./types.ts";

/** What `recode` changed: events added and removed (by CAMEO code), and events whose code or actors changed. */
export interface RecodeReport {
  documents: number;
  changedDocuments: number;
  added: number;
  removed: number;
  /** Same sentence and trigger, different code or actors: counted here, not as added + removed. */
  changed: number;
  byCode: Record<string, { added: number; removed: number }>;
}

type EventFacts = {
  sentenceIndex: number;
  triggerStart: number;
  cameoCode: string;
  sourceCode: string;
  targetCode: string | null;
};

const factKey = (e: EventFacts) =>
  `${e.sentenceIndex}|${e.triggerStart}|${e.cameoCode}|${e.sourceCode}|${e.targetCode ?? ""}`;
const placeKey = (e: EventFacts) => `${e.sentenceIndex}|${e.triggerStart}`;

/** A stored document's sentences; a text longer than one window keeps its tokens in a table. */
function storedSentencesOf(text: string, stored: readonly StoredSentence[]): Sentence[] {
  if (text.length <= DOCUMENT_WINDOWS.window) return stored.map((s) => fromStoredSentence(text, s));
  const table = new TokenTable(text);
  return stored.map((s) => packSentence(table, fromStoredSentence(text, s)));
}

/** Codes every stored document again with the current dictionaries; stored annotations mean no re-fetch. */
export async function recodeStored(
  store: Store,
  ctx: Context,
  onDocument: () => void = () => {},
): Promise<RecodeReport> {
  const stages = { code: createCoder(ctx), locate: createLocator(ctx) };
  const report: RecodeReport = {
    documents: 0,
    changedDocuments: 0,
    added: 0,
    removed: 0,
    changed: 0,
    byCode: {},
  };
  const tally = (code: string, field: "added" | "removed") => {
    report.byCode[code] ??= { added: 0, removed: 0 };
    report.byCode[code][field]++;
  };
  for await (const stored of store.listDocuments()) {
    report.documents++;
    const article = stored.article as Article;
    const annotations = stored.annotations as { sentences?: StoredSentence[] } & StoredMentionFields;
    const sentences = storedSentencesOf(article.text, annotations.sentences ?? []);
    const mentions = storedMentionsOf(article.text, annotations);
    const { kind: _kind, ...rest } = article;
    // A long document is coded in the windows it was read in at ingest, as ingest coded it.
    const events = codeInWindows({ ...rest, kind: "annotated", sentences, mentions }, stages);
    const before = await store.documentEvents(stored.docKey);
    const after: EventFacts[] = events.map((e) => ({
      sentenceIndex: e.sentenceIndex,
      triggerStart: e.trigger.start,
      cameoCode: e.cameo.code,
      sourceCode: e.source.code,
      targetCode: e.target?.code ?? null,
    }));
    const beforeKeys = new Set(before.map(factKey));
    const afterKeys = new Set(after.map(factKey));
    const removed = before.filter((e) => !afterKeys.has(factKey(e)));
    const added = after.filter((e) => !beforeKeys.has(factKey(e)));
    if (!removed.length && !added.length) {
      onDocument();
      continue;
    }
    report.changedDocuments++;
    const addedAt = new Set(added.map(placeKey));
    for (const e of removed) {
      if (addedAt.has(placeKey(e))) report.changed++;
      else report.removed++;
      tally(e.cameoCode, "removed");
    }
    const removedAt = new Set(removed.map(placeKey));
    for (const e of added) {
      if (!removedAt.has(placeKey(e))) report.added++;
      tally(e.cameoCode, "added");
    }
    await store.replaceEvents(stored.docKey, events, events[0]?.dictionaryVersion ?? "unknown");
    onDocument();
  }
  return report;
}
