// Stage 5, locate: the place of each event — a place the event's sentence names (preferring one
// introduced by "in", "at" or "near"), else the article's dateline place when the text names it.
import type { AnnotatedDoc, CodedEvent, Context, EventLocation, Mention } from "../types.ts";

export type Locator = (doc: AnnotatedDoc, events: readonly CodedEvent[]) => CodedEvent[];

/** Prepositions that put an event at a place: "talks in Beijing", "clashes near Aleppo". */
const LOCATIVE = /\b(in|at|near|outside|inside|from)\s+(the\s+)?$/i;

function toLocation(m: Mention): EventLocation | null {
  if (!m.place) return null;
  const { name, country, admin1, lat, lon } = m.place;
  return { name, country, admin1, lat, lon };
}

/**
 * What locating needs from a document, gathered once: its place mentions by sentence, and the
 * place that names its dateline. Looking these up per event made locating O(events × mentions).
 */
export interface DocPlaces {
  readonly bySentence: ReadonlyMap<number, readonly Mention[]>;
  readonly dateline: Mention | null;
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
  return { bySentence, dateline };
}

/** The place an event happened, from its sentence, else the dateline. */
export function locateEvent(
  doc: AnnotatedDoc,
  event: CodedEvent,
  places: DocPlaces = indexDocPlaces(doc),
): EventLocation | null {
  const inSentence = places.bySentence.get(event.sentenceIndex) ?? [];
  const sentenceStart = doc.sentences[event.sentenceIndex]?.start ?? 0;
  const locative = inSentence.find((m) =>
    LOCATIVE.test(doc.text.slice(Math.max(sentenceStart, m.start - 12), m.start)),
  );
  // A place that is the event's own actor ("Beijing accused ...") is who acted, not where.
  const actorStarts = new Set([event.source.start, event.target?.start]);
  const chosen = locative ?? inSentence.find((m) => m.kind === "place" && !actorStarts.has(m.start));
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
