// What the mention engine needs from the gazetteer and the place recognizer (engineer F's
// src/annotate/gazetteer/ and src/annotate/places/). Declared here by shape only, so this folder
// depends on the agreed interface, not on another folder's files.
import type { Mention, Place, Sentence } from "../../types.ts";

export interface GazetteerLike {
  /** "Beijing" -> CHN and its coordinates, when the name is a national capital. */
  capitalOf?(name: string): { readonly iso3: string; readonly place: Place } | null;
  countryCentroid?(iso3: string): Place | null;
  /** Every place carrying this name, most likely first. */
  lookup?(name: string): readonly unknown[];
}

export type PlaceRecognizerLike = (input: {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly countryHints: readonly string[];
  readonly exclude: readonly { readonly start: number; readonly end: number }[];
}) => Mention[];

/** A dictionary phrase matched at tokens [from, to), as the name finder sees it. */
export interface NameItemLike {
  readonly from: number;
  readonly to: number;
  readonly type: string;
  readonly iso3?: string;
  readonly form?: string;
  readonly role?: string;
}

/** A person or organisation no dictionary names, found by src/annotate/names/. */
export interface FoundNameLike {
  readonly from: number;
  readonly to: number;
  readonly kind: "person" | "organization";
  readonly name: string;
  readonly role: string | null;
  readonly country: string | null;
  readonly sex: "m" | "f" | null;
  readonly evidence: string;
}

export type NameFinderLike = (input: {
  readonly text: string;
  readonly tokens: readonly { start: number; end: number; text: string; key: string }[];
  readonly pos: readonly string[];
  readonly sentenceOf: readonly number[];
  readonly headline: readonly boolean[];
  readonly items: readonly NameItemLike[];
  readonly isPlaceName?: (name: string) => boolean;
  readonly isNationName?: (name: string) => boolean;
  readonly countryNameAt?: (k: number) => { readonly iso3: string; readonly to: number } | null;
}) => FoundNameLike[];

export interface MentionDeps {
  readonly gazetteer?: GazetteerLike | null;
  readonly places?: PlaceRecognizerLike | null;
  /** Recognizes names of people and organisations that no dictionary holds. */
  readonly names?: NameFinderLike | null;
}

/** The document as the mention engine reads it. */
export interface MentionDoc {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly publishedAt: string | null;
  /** The place of a wire dateline ("LONDON" in "LONDON (Reuters) -"), when the article has one. */
  readonly datelinePlace?: string | null;
  /**
   * false: leave out the passes over the whole document (documentPasses), for a window of a long
   * document whose caller runs them over every window's mentions.
   */
  readonly documentPasses?: boolean;
}

/** A mention before its sentence index is known. */
export type DraftMention = Omit<Mention, "sentenceIndex">;
