// Stage 5, locate: the place of each event — a place the event's sentence names (preferring one
// introduced by "in", "at" or "near"), else the article's dateline place when the text names it.
import type { AnnotatedDoc, CodedEvent, Context, EventLocation, Mention } from "../types.ts";

export type Locator = (doc: AnnotatedDoc, events: readonly CodedEvent[]) => CodedEvent[];

/** Prepositions that put an event at a place: "talks in Beijing", "clashes near Aleppo". */
const LOCATIVE = /\b(in|at|near|outside|inside|from)\s+(the\s+)?$/i;

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

/** The place an event happened, from its sentence, else the dateline. */
export function locateEvent(doc: AnnotatedDoc, event: CodedEvent): EventLocation | null {
  const inSentence = doc.mentions.filter((m) => m.sentenceIndex === event.sentenceIndex && m.place);
  const sentenceStart = doc.sentences[event.sentenceIndex]?.start ?? 0;
  const locative = inSentence.find((m) =>
    LOCATIVE.test(doc.text.slice(Math.max(sentenceStart, m.start - 12), m.start)),
  );
  // A place that is the event's own actor ("Beijing accused ...") is who acted, not where.
  const actorStarts = new Set([event.source.start, event.target?.start]);
  const chosen = locative ?? inSentence.find((m) => m.kind === "place" && !actorStarts.has(m.start));
  if (chosen) return toLocation(chosen);
  const dateline = doc.dateline?.place.toLowerCase();
  if (!dateline) return null;
  const named = doc.mentions.find(
    (m) => m.place && (m.name.toLowerCase() === dateline || m.text.toLowerCase() === dateline),
  );
  return named ? toLocation(named) : null;
}

export function createLocator(_ctx: Context): Locator {
  return (doc, events) => events.map((e) => (e.location ? e : { ...e, location: locateEvent(doc, e) }));
}
