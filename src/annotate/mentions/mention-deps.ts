// What the mention engine needs from the gazetteer and the place recognizer (engineer F's
// src/annotate/gazetteer/ and src/annotate/places/). Declared here by shape only, so this folder
// depends on the agreed interface, not on another folder's files.
import type { Mention, Place, Sentence } from "../../types.ts";

export interface GazetteerLike {
  /** "Beijing" -> CHN and its coordinates, when the name is a national capital. */
  capitalOf?(name: string): { readonly iso3: string; readonly place: Place } | null;
  countryCentroid?(iso3: string): Place | null;
}

export type PlaceRecognizerLike = (input: {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly countryHints: readonly string[];
  readonly exclude: readonly { readonly start: number; readonly end: number }[];
}) => Mention[];

export interface MentionDeps {
  readonly gazetteer?: GazetteerLike | null;
  readonly places?: PlaceRecognizerLike | null;
}

/** The document as the mention engine reads it. */
export interface MentionDoc {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly publishedAt: string | null;
}

/** A mention before its sentence index is known. */
export type DraftMention = Omit<Mention, "sentenceIndex">;
