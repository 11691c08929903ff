// Test-only annotation: real sentences and tokens (wink-nlp), with actor, place and date
// mentions found from a small fixture phrase list instead of the mention engine.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createTokenizer } from "../../src/annotate/sentences-tokens.ts";
import { DocCoder, loadCoderDictionaries } from "../../src/code/index.ts";
import type { AnnotatedDoc, CodedEvent, Mention, MentionKind, Place } from "../../src/types.ts";

export interface FixtureActor {
  readonly phrase: string;
  readonly code: string;
  readonly kind: MentionKind;
  readonly place?: Place;
  /** The story's country the annotator withheld from a bare role (Mention.storyCountry). */
  readonly storyCountry?: string;
}

const tokenize = createTokenizer();

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Mentions of the fixture phrases in `text`, longest phrase first, never overlapping. */
export function fixtureMentions(
  text: string,
  actors: readonly FixtureActor[],
  sentenceOf: (at: number) => number,
) {
  const mentions: Mention[] = [];
  const taken: [number, number][] = [];
  const sorted = [...actors].sort((a, b) => b.phrase.length - a.phrase.length);
  for (const a of sorted) {
    // Lower-case phrases (roles: "troops") match any case; names match as written.
    const flags = a.phrase === a.phrase.toLowerCase() ? "giu" : "gu";
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(a.phrase)}(?![\\p{L}\\p{N}])`, flags);
    for (const m of text.matchAll(re)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && s < end)) continue;
      taken.push([start, end]);
      mentions.push({
        start,
        end,
        text: m[0],
        kind: a.kind,
        form: "name",
        name: a.phrase,
        code: a.kind === "place" ? null : a.code,
        sentenceIndex: sentenceOf(start),
        ...(a.place ? { place: a.place } : {}),
        ...(a.storyCountry ? { storyCountry: a.storyCountry } : {}),
      });
    }
  }
  return mentions.sort((x, y) => x.start - y.start);
}

export function fixtureDoc(
  text: string,
  actors: readonly FixtureActor[],
  opts: { id?: string; publishedAt?: string | null; dateline?: string } = {},
): AnnotatedDoc {
  const sentences = tokenize(text);
  const sentenceOf = (at: number) => {
    const i = sentences.findIndex((s) => at >= s.start && at < s.end);
    return Math.max(i, 0);
  };
  return {
    kind: "annotated",
    id: opts.id ?? "doc",
    input: "fixture",
    url: null,
    title: null,
    publishedAt: opts.publishedAt === undefined ? "2020-06-16T00:00:00Z" : opts.publishedAt,
    publishedPrecision: "day",
    modifiedAt: null,
    authors: [],
    siteName: null,
    lang: "en",
    text,
    paragraphs: [text],
    images: [],
    dateline: opts.dateline ? { place: opts.dateline, agency: null } : null,
    isArticle: true,
    sourceType: "text",
    warnings: [],
    sentences,
    mentions: fixtureMentions(text, actors, sentenceOf),
  };
}

/** Reads a `phrase<TAB>code<TAB>kind[<TAB>lat<TAB>lon<TAB>country]` list; coordinates make it a place too. */
export function parseFixtureActors(tsv: string): FixtureActor[] {
  const out: FixtureActor[] = [];
  for (const line of tsv.split(/\r?\n/)) {
    if (!line.trim() || line.startsWith("#")) continue;
    const [phrase, code, kind, lat, lon, country] = line.split("\t");
    if (!phrase || !code || !kind) continue;
    const place: Place | undefined =
      lat !== undefined && lat !== ""
        ? {
            name: phrase,
            country: country || null,
            admin1: null,
            lat: Number(lat),
            lon: Number(lon),
            geonameid: null,
            featureClass: "P",
            population: null,
          }
        : undefined;
    out.push({ phrase, code, kind: kind as MentionKind, ...(place ? { place } : {}) });
  }
  return out;
}

/**
 * The coder's sentence tests' setup: a DocCoder on our data that codes `text` as one document
 * annotated with the golden coding actors (test/golden/coding/actors.tsv), published 2024-05-01.
 */
export function fixtureCoder(): (text: string) => CodedEvent[] {
  const root = join(import.meta.dirname, "..", "..");
  const actors = parseFixtureActors(readFileSync(join(root, "test/golden/coding/actors.tsv"), "utf8"));
  const coder = new DocCoder(loadCoderDictionaries(join(root, "data")));
  return (text) => coder.code(fixtureDoc(text, actors, { publishedAt: "2024-05-01T00:00:00Z" }));
}
