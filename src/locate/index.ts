// Stage 5, locate: the place of each event, from its own clause, then its sentence, then the dateline.
// Precedence, the first that exists wins:
//   1. a place its own clause attaches to it with a preposition of place ("talks in Geneva",
//      "shot down over Ukraine", "clashes near the border with Belarus"), a town or region
//      before a country, the nearest to the event's trigger first;
//   2. any other place named in its own clause that is not one of the event's actors;
//   3. the same two steps over the rest of its sentence (another clause: "Protesters gathered in
//      Kyiv, while police in Lviv arrested 20" puts the arrests in Lviv, the gathering in Kyiv);
//   4. the article's dateline place (the city the story was filed from, not where everything in
//      it happened). The places of the dateline header itself ("KYIV, Ukraine (AP) —") are never
//      the sentence's own place, and an actor a preposition of place introduces ("bombed a depot
//      in Belarus") is where the event happened as well as its target.
// A clause ends at ";", ":", a dash, or a comma before a conjunction or a subordinator.
import type { AnnotatedDoc, CodedEvent, Context, EventLocation, Mention } from "../types.ts";

export type Locator = (doc: AnnotatedDoc, events: readonly CodedEvent[]) => CodedEvent[];

/**
 * Words that put the next name as where something happened: a preposition of place, then
 * optional words naming a part or an edge of it ("in eastern", "near the border with", "over
 * the skies of"). Countries named so get their point in the annotate stage; this reads the
 * same words before any place mention.
 */
const LOCATIVE =
  /\b(?:in|at|near|outside|inside|from|across|throughout|within|around|along|over)\s+(?:the\s+)?(?:(?:\w+ern|central)\s+)?(?:(?:border|borders|frontier|coast|outskirts|skies|airspace|parts?)\s+(?:with|of|over)\s+)?(?:the\s+)?$/i;
/** Characters before a mention searched for LOCATIVE. */
const LOOKBACK_CHARS = 40;
/** A bare country code: a state mention named by its country ("Ukraine"), not a government. */
const COUNTRY_CODE = /^[A-Z]{3}$/;

function toLocation(m: Mention): EventLocation | null {
  if (!m.place) return null;
  const { name, country, admin1, admin1Code, type, geonameid, lat, lon } = m.place;
  // Kind, division code and GeoNames id feed GDELT's Geo_Type, ADM1Code and FeatureID columns.
  return {
    name,
    country,
    admin1,
    lat,
    lon,
    ...(admin1Code ? { admin1Code } : {}),
    ...(type ? { type } : {}),
    ...(geonameid ? { geonameid } : {}),
  };
}

/**
 * What locating needs from a document, gathered once: its place mentions by sentence, and the
 * place that names its dateline. Looking these up per event made locating O(events × mentions).
 */
export interface DocPlaces {
  readonly bySentence: ReadonlyMap<number, readonly Mention[]>;
  readonly dateline: Mention | null;
  /** End of the dateline header ("KYIV, Ukraine (AP) —"), 0 when there is none: its places say where the story was filed. */
  readonly headerEnd: number;
}

/**
 * A wire dateline header at the start of the text: a short run of capitals, an optional region
 * and agency, then a dash ("KYIV, Ukraine (AP) —", "CAMP MURRAY, Wash. -", "LIMA, Peru —").
 */
const DATELINE_HEADER = /^\s*[^\n—–]{1,80}?(?:\([^)\n]{1,30}\)\s*)?[—–-]{1,2}\s/u;

/** Where the dateline header ends, when the article has a dateline and its text opens with one. */
function datelineHeaderEnd(doc: AnnotatedDoc): number {
  if (!doc.dateline) return 0;
  const header = DATELINE_HEADER.exec(doc.text);
  if (!header) return 0;
  // Only a header that names the dateline place: a dash later in a first sentence is no header.
  return header[0].toLowerCase().includes(doc.dateline.place.toLowerCase()) ? header[0].length : 0;
}

export function indexDocPlaces(doc: AnnotatedDoc): DocPlaces {
  const bySentence = new Map<number, Mention[]>();
  for (const m of doc.mentions) {
    if (!m.place) continue;
    const list = bySentence.get(m.sentenceIndex);
    if (list) list.push(m);
    else bySentence.set(m.sentenceIndex, [m]);
  }
  const datelinePlace = doc.dateline?.place.toLowerCase();
  const dateline = datelinePlace
    ? (doc.mentions.find(
        (m) => m.place && (m.name.toLowerCase() === datelinePlace || m.text.toLowerCase() === datelinePlace),
      ) ?? null)
    : null;
  return { bySentence, dateline, headerEnd: datelineHeaderEnd(doc) };
}

/** Countries are less precise than the towns and regions a sentence also names. */
const isCountryLevel = (m: Mention) => m.kind === "state" || m.place?.type === "country";

/**
 * Where clauses meet inside a sentence: ";", ":", a dash, or a comma before a conjunction or a
 * subordinator ("..., while police in Lviv ...", "..., after troops entered Bakhmut").
 */
const CLAUSE_BREAK =
  /;|:|\s[—–-]{1,2}\s|,\s+(?:and|but|while|whereas|after|before|when|as|although|though|because|which|who|where|since|until|then)\b/gi;

/** The [start, end) character range of the clause of `sentence` that holds `at`. */
export function clauseAround(text: string, sentence: { start: number; end: number }, at: number) {
  let start = sentence.start;
  let end = sentence.end;
  const body = text.slice(sentence.start, sentence.end);
  for (const hit of body.matchAll(CLAUSE_BREAK)) {
    const breakAt = sentence.start + hit.index;
    if (breakAt < at) start = breakAt;
    else {
      end = breakAt;
      break;
    }
  }
  return { start, end };
}

/** The place an event happened: its clause, then its sentence, else the dateline. */
export function locateEvent(
  doc: AnnotatedDoc,
  event: CodedEvent,
  places: DocPlaces = indexDocPlaces(doc),
): EventLocation | null {
  const sentence = doc.sentences[event.sentenceIndex] ?? { start: 0, end: doc.text.length };
  const afterLocative = (m: Mention) =>
    LOCATIVE.test(doc.text.slice(Math.max(sentence.start, m.start - LOOKBACK_CHARS), m.start));
  const isIntroduced = (m: Mention) =>
    afterLocative(m) ||
    // The annotate stage gives a country named as an actor a point only where it is a place.
    (m.kind === "state" && COUNTRY_CODE.test(m.code ?? ""));
  // A place that is the event's own actor ("Beijing accused ...") is who acted, not where; but
  // one a preposition of place introduces ("bombed a depot in Belarus") is where, whatever role
  // the coder gave it. The dateline header's places ("KYIV, Ukraine (AP) —") say where the
  // story was filed: they are the fallback, never the sentence's own place.
  const actorStarts = new Set([event.source.start, event.target?.start]);
  const inSentence = (places.bySentence.get(event.sentenceIndex) ?? []).filter(
    (m) => m.start >= places.headerEnd && (!actorStarts.has(m.start) || afterLocative(m)),
  );
  if (!inSentence.length) return places.dateline ? toLocation(places.dateline) : null;
  const trigger = event.trigger?.start ?? sentence.start;
  const clause = clauseAround(doc.text, sentence, trigger);
  const inClause = inSentence
    .filter((m) => m.start >= clause.start && m.end <= clause.end)
    .sort((a, b) => Math.abs(a.start - trigger) - Math.abs(b.start - trigger));
  const pick = (ms: readonly Mention[]) => {
    const introduced = ms.filter(isIntroduced);
    return (
      introduced.find((m) => !isCountryLevel(m)) ??
      introduced[0] ??
      ms.find((m) => m.kind === "place") ??
      null
    );
  };
  const chosen = pick(inClause) ?? pick(inSentence);
  if (chosen) return toLocation(chosen);
  return places.dateline ? toLocation(places.dateline) : null;
}

export function createLocator(_ctx: Context): Locator {
  return (doc, events) => {
    if (events.every((e) => e.location)) return [...events];
    const places = indexDocPlaces(doc);
    return events.map((e) => (e.location ? e : { ...e, location: locateEvent(doc, e, places) }));
  };
}
