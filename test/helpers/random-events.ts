// Seeded random stored events for the roll-up tests: each test asks the roll-up path and the event
// scan the same questions over these, so any seed and vocabulary will do; the vocabulary decides
// which dyads, codes, days and regions are drawn.
import { createRandom } from "../../bench/seeded-random.ts";
import { simhash64 } from "../../src/dedup/index.ts";
import type { DocumentRecord, StoredEvent } from "../../src/store/index.ts";
import type { CodedEvent } from "../../src/types.ts";

export interface EventVocabulary {
  readonly countries: readonly string[];
  /** Role suffixes, "" for a bare country. */
  readonly roles: readonly string[];
  readonly codes: readonly string[];
  readonly days: readonly string[];
  /** Event keys are `${keyPrefix}${seed}-${i}`: distinct per test file so stores can be shared. */
  readonly keyPrefix: string;
  /** Admin1 regions to draw from; absent: no event is located. */
  readonly admin1?: readonly (string | null)[];
}

export function quadClassOf(root: string): number {
  const n = Number(root);
  return n <= 5 ? 1 : n <= 8 ? 2 : n <= 16 ? 3 : 4;
}

export function randomEvents(n: number, seed: number, v: EventVocabulary): StoredEvent[] {
  const r = createRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  return Array.from({ length: n }, (_, i) => {
    const code = pick(v.codes);
    const root = code.slice(0, 2);
    const src = pick(v.countries) + pick(v.roles);
    const tgt = r() < 0.2 ? null : pick(v.countries) + pick(v.roles);
    const located = v.admin1 ? r() < 0.8 : false;
    return {
      eventKey: `${v.keyPrefix}${seed}-${i}`,
      day: pick(v.days),
      sourceCode: src,
      sourceName: src,
      targetCode: tgt,
      targetName: tgt,
      cameoCode: code,
      cameoRoot: root,
      quadClass: quadClassOf(root),
      // Multiples of 0.5 and 0.25 are exact in binary: sums agree to the bit whichever order adds them.
      goldstein: Math.round((r() * 20 - 10) * 2) / 2,
      ploverType: "CONSULT",
      ploverMode: null,
      ploverContexts: [],
      modality: "asserted",
      negated: false,
      placeName: located ? "Somewhere" : null,
      country: v.admin1 && (located || r() < 0.5) ? (r() < 0.1 ? null : pick(v.countries)) : null,
      admin1: v.admin1 ? pick(v.admin1) : null,
      lat: located ? Math.round((r() * 140 - 60) * 4) / 4 : null,
      lon: located ? Math.round((r() * 360 - 180) * 4) / 4 : null,
      numMentions: 1 + Math.floor(r() * 5),
      numSources: 1,
      numArticles: 1,
      firstSeen: "2024-03-01T00:00:00Z",
      evidence: `event ${i}`,
      origin: "sitrep",
    };
  });
}

let documents = 0;
/** A stored document holding `events`; `source` names its publisher (distinct sources count apart). */
export function documentRecord(
  events: CodedEvent[],
  url: string,
  body: string,
  source = "Example Times",
): DocumentRecord {
  documents++;
  return {
    inputId: `doc-${documents}`,
    contentHash: `hash-${documents}-${body}`,
    bodyHash: `body-${body}`,
    url,
    source,
    title: body,
    publishedAt: "2024-02-10T10:00:00Z",
    lang: "en",
    simhash: simhash64(body),
    clusterKey: null,
    article: { text: body },
    annotations: { sentences: [] },
    events,
    dictionaryVersion: "test-1",
    actors: [],
    places: [],
  };
}

/** 430 days from mid-November 2023: fourteen months, two of them partial, a leap February. */
export const FOURTEEN_MONTHS_OF_DAYS: readonly string[] = Array.from({ length: 430 }, (_, i) =>
  new Date(Date.UTC(2023, 10, 17 + i)).toISOString().slice(0, 10),
);

/** A filter field no roll-up keeps: the same question answered by the event scan. */
export const SCAN_ONLY = { minGoldstein: -1000 } as const;

/** A document builder whose every document comes from a source of its own (NumSources counts them). */
export function ownSourceRecords(): (events: CodedEvent[], url: string, body: string) => DocumentRecord {
  let sources = 0;
  return (events, url, body) => documentRecord(events, url, body, `Source ${++sources}`);
}
