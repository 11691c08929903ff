// Issue 11, item 1 (memory bounded): a document's mentions are stored compactly (offsets and an
// index into its distinct records) on both backends, read back as the objects they were, and
// documents stored with one object a mention (before the compact form) read back the same way.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type StoredMentions,
  storedMentionsOf,
  toStoredMentions,
} from "../../src/annotate/mention-stored-form.ts";
import { toStoredSentence } from "../../src/annotate/token-stored-form.ts";
import { createContext } from "../../src/context.ts";
import { createDocumentIngester, createPipeline, recodeStored } from "../../src/pipeline.ts";
import type { Store } from "../../src/store/index.ts";
import type { CodedDoc, Mention } from "../../src/types.ts";
import { annotatedMentions } from "../helpers/annotate-text.ts";
import { rawText } from "../helpers/raw-text.ts";
import { storeBackends } from "../helpers/store-backends.ts";

const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

const TEXT = [
  "ISLAMABAD, June 3 (Reuters) - Pakistan's army chief Gen. Asim Munir met Chinese Foreign Minister Wang Yi in Beijing on Monday, the military said.",
  "Munir told Wang that Pakistan would protect Chinese workers. The two sides agreed to meet again in Islamabad in July.",
  "Indian police arrested 12 protesters in New Delhi on Tuesday. India's foreign ministry condemned the attack on the embassy in Kabul.",
].join("\n\n");

describe("compact mentions", () => {
  const mentions = annotatedMentions(TEXT, "ISLAMABAD");

  it("read back as the mention objects they were", () => {
    expect(mentions.length).toBeGreaterThan(10);
    const stored = plain(toStoredMentions(TEXT, mentions));
    expect(storedMentionsOf(TEXT, { packedMentions: stored })).toEqual(plain(mentions));
  });

  it("keep a mention's text where it is not the document's text at its offsets", () => {
    const odd: Mention = { ...mentions[0]!, text: "something else" };
    const stored = plain(toStoredMentions(TEXT, [odd, ...mentions.slice(1)]));
    expect(storedMentionsOf(TEXT, { packedMentions: stored })[0]!.text).toBe("something else");
  });

  it("write each distinct record once, so a name named again costs a few numbers", () => {
    // The same paragraphs a hundred times over: records stay those of one copy.
    const long = Array.from({ length: 100 }, () => TEXT).join("\n\n");
    const shift = TEXT.length + 2;
    const many = Array.from({ length: 100 }, (_, copy) =>
      mentions.map((m) => ({
        ...m,
        start: m.start + copy * shift,
        end: m.end + copy * shift,
        sentenceIndex: m.sentenceIndex + copy * 4,
      })),
    ).flat();
    const stored: StoredMentions = toStoredMentions(long, many);
    expect(stored.records.length).toBeLessThanOrEqual(mentions.length);
    expect(JSON.stringify(stored).length).toBeLessThan(JSON.stringify(many).length / 5);
    expect(storedMentionsOf(long, plain({ packedMentions: stored }))).toEqual(plain(many));
  });

  it("of documents stored before the compact form are read as they were stored", () => {
    expect(storedMentionsOf(TEXT, plain({ mentions }))).toEqual(plain(mentions));
    expect(storedMentionsOf(TEXT, {})).toEqual([]);
  });
});

const BACKENDS = storeBackends("sitrep-annot-");

const ctx = createContext();
const run = createPipeline(ctx, "code");
const raw = rawText;

for (const backend of BACKENDS) {
  describe(`stored annotations: ${backend.name}`, () => {
    let store: Store | null = null;
    beforeAll(async () => {
      store = await backend.open();
    });
    afterAll(async () => {
      await store?.close();
      await backend.cleanup();
    });

    it("stores mentions compactly and reads them back whole; recode finds nothing changed", async (t) => {
      if (!store) return t.skip();
      const coded = run(raw("compact", TEXT)) as CodedDoc;
      const outcome = await createDocumentIngester(store, ctx, () => coded)(raw("compact", TEXT));
      expect(outcome.outcome).toBe("stored");
      const detail = await store.documentDetail((outcome as { docKey: string }).docKey);
      const annotations = detail!.annotations as { mentions?: Mention[]; packedMentions?: StoredMentions };
      expect(annotations.mentions).toBeUndefined();
      expect(annotations.packedMentions!.rows.length).toBe(4 * coded.mentions.length);
      expect(storedMentionsOf(coded.text, annotations)).toEqual(plain(coded.mentions));
      const report = await recodeStored(store, ctx);
      expect(report.changedDocuments).toBe(0);
    });

    it("reads documents stored with one object a mention", async (t) => {
      if (!store) return t.skip();
      const text = `${TEXT}\n\nThe talks will resume next month.`;
      const coded = run(raw("legacy", text)) as CodedDoc;
      const { sentences, mentions, events, ...article } = coded;
      await store.saveDocument({
        inputId: "legacy",
        contentHash: "legacy-hash",
        url: null,
        source: null,
        title: null,
        publishedAt: coded.publishedAt,
        lang: "en",
        simhash: "0000000000000000",
        clusterKey: null,
        article: { ...article, kind: "article" },
        annotations: { sentences: sentences.map(toStoredSentence), mentions },
        events,
        dictionaryVersion: events[0]?.dictionaryVersion ?? null,
        actors: [],
        places: [],
      });
      let legacy: unknown = null;
      for await (const d of store.listDocuments()) if (d.inputId === "legacy") legacy = d.annotations;
      expect(storedMentionsOf(text, legacy as { mentions: Mention[] })).toEqual(plain(mentions));
      const report = await recodeStored(store, ctx);
      expect(report.changedDocuments).toBe(0);
    });
  });
}
