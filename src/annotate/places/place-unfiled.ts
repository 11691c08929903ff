// Places the gazetteer does not file, named the way local news names a place: "in Fort Detrick,
// Maryland", "near Weiswampach, Luxembourg", "CAMP MURRAY, Wash. —". The region after the comma
// is a found place; the capitalized words before it, introduced by a preposition of place or
// written as a dateline, are a town, village or base of that region. It is reported at the
// document's most named town in that region (a local story's places lie together), else at the
// region's own point.
import type { Sentence, Token } from "../../types.ts";
import type { GazetteerEntry } from "../gazetteer/index.ts";
import { documentFocus } from "./document-focus.ts";
import type { PlaceMatch } from "./place-candidates.ts";
import type { PlaceCues } from "./place-cues.ts";
import { isCapitalized, isPunctuation, isSentenceInitial } from "./place-filters.ts";
import type { ResolvedPlace } from "./place-resolution.ts";
import { isWithin } from "./place-within.ts";

/** Most words in an unfiled place's name ("Camp Murray", "Estey's Bridge", "Mount Pleasant Mills"). */
const MAX_NAME_WORDS = 3;
/** Words before a name that place it: "in Fort Detrick", "near Weiswampach", "outside Camp Murray". */
const INTRODUCERS: ReadonlySet<string> = new Set(
  "in at near from outside around into toward towards through of".split(" "),
);
/** Region kinds that qualify a town's name after a comma. */
const QUALIFIER_KINDS: ReadonlySet<string> = new Set(["admin1", "country"]);
/** Lowercase words that may stand inside a place's name: "Dar es Salaam", "Mount of Olives". */
const NAME_PARTICLES: ReadonlySet<string> = new Set([
  "es",
  "de",
  "del",
  "la",
  "le",
  "el",
  "al",
  "of",
  "'s",
  "’s",
  "-",
]);

/** Whether the word after the region ends the place's mention: "Fort Detrick, Maryland for 18 years". */
export function endsMention(next: Token | undefined): boolean {
  if (!next) return true;
  if (next.text === "'s" || next.text === "’s") return false;
  return isPunctuation(next) || /^\p{Ll}/u.test(next.text);
}

/**
 * The first token of a name of up to MAX_NAME_WORDS capitalized words ending right before token
 * `comma`, or -1: every word capitalized (particles inside), none a title or a given name leading
 * a person's name, not part of a longer capitalized run.
 */
export function nameStartBefore(tokens: readonly Token[], comma: number, cues: PlaceCues): number {
  let first = comma;
  let words = 0;
  for (let j = comma - 1; j >= 0; j--) {
    const t = tokens[j]!;
    if (isCapitalized(t.text) && !isPunctuation(t)) {
      if (++words > MAX_NAME_WORDS) return -1;
      first = j;
      continue;
    }
    // A particle counts only between two capitalized words ("Dar es Salaam").
    if (
      NAME_PARTICLES.has(t.text.toLowerCase()) &&
      first === j + 1 &&
      j > 0 &&
      isCapitalized(tokens[j - 1]!.text)
    )
      continue;
    break;
  }
  if (words === 0) return -1;
  const head = tokens[first]!.text.toLowerCase().replace(/\.$/, "");
  // "Gen. Paris", "John Smith, Texas": a title or a given name before more name is a person.
  if (cues.personCues.has(head) || (words > 1 && cues.firstNames.has(head))) return -1;
  const last = tokens[comma - 1]!.text.toLowerCase();
  // "Acme Corp, Texas", "Maryland Hospital, Maryland": an organisation or a building, not a town.
  if (cues.orgHeads.has(last) || cues.bodyHeads.has(last)) return -1;
  return first;
}

/** Whether the name starting at `first` is placed: a preposition of place, or a dateline in capitals. */
export function isIntroduced(text: string, tokens: readonly Token[], first: number, comma: number): boolean {
  const before = tokens[first - 1];
  if (before && INTRODUCERS.has(before.text.toLowerCase())) return true;
  if (!isSentenceInitial(tokens, first)) return false;
  const written = text.slice(tokens[first]!.start, tokens[comma - 1]!.end);
  return /\p{Lu}{2}/u.test(written) && !/\p{Ll}/u.test(written);
}

/**
 * The match of the name written at token `first` up to the comma before `qualifier` ("Fort
 * Detrick" before ", Maryland"), qualified by it.
 */
export function nameBeforeQualifier(
  qualifier: PlaceMatch,
  tokens: readonly Token[],
  first: number,
  name: string,
): PlaceMatch {
  const start = tokens[first]!.start;
  return {
    ...qualifier,
    start,
    end: start + name.length,
    text: name,
    key: name.toLowerCase(),
    commaNext: qualifier,
    commaPrevious: null,
    siblings: [],
    previousWord: tokens[first - 1]?.text.toLowerCase() ?? "",
    previousWords: first >= 2 ? `${tokens[first - 2]!.text} ${tokens[first - 1]!.text}`.toLowerCase() : "",
    nextWord: ",",
    isGivenName: false,
  };
}

/** A found place's sentence tokens and the indexes of its first and last token, or null. */
export function placeTokens(
  sentences: readonly Sentence[],
  match: PlaceMatch,
): { tokens: readonly Token[]; first: number; last: number } | null {
  const tokens = sentences[match.sentenceIndex]?.tokens;
  if (!tokens) return null;
  const first = tokens.findIndex((t) => t.start === match.start);
  const last = tokens.findIndex((t) => t.end === match.end);
  return first < 0 || last < 0 ? null : { tokens, first, last };
}

/**
 * Adds the unfiled places the text qualifies by a region ("in Fort Detrick, Maryland"). `taken`
 * says whether a character span already holds a found name (a place, a facility, an actor).
 */
export function placeUnfiledQualified(
  text: string,
  sentences: readonly Sentence[],
  resolved: readonly ResolvedPlace[],
  cues: PlaceCues,
  isTaken: (start: number, end: number) => boolean,
): ResolvedPlace[] {
  const added: ResolvedPlace[] = [];
  let focus: GazetteerEntry | null | undefined;
  for (const region of resolved) {
    if (!QUALIFIER_KINDS.has(region.place.kind)) continue;
    const span = placeTokens(sentences, region.match);
    if (!span) continue;
    const { tokens, first: at, last: regionEnd } = span;
    const comma = at - 1;
    if (comma < 1 || tokens[comma]!.text !== ",") continue;
    if (!endsMention(tokens[regionEnd + 1])) continue;
    const first = nameStartBefore(tokens, comma, cues);
    if (first < 0 || !isIntroduced(text, tokens, first, comma)) continue;
    const start = tokens[first]!.start;
    const end = tokens[comma - 1]!.end;
    if (isTaken(start, end)) continue;
    focus ??= documentFocus(resolved);
    const point = focus && focus !== region.place && isWithin(focus, region.place) ? focus : region.place;
    const name = text.slice(start, end);
    added.push({
      match: nameBeforeQualifier(region.match, tokens, first, name),
      place: {
        ...point,
        name,
        kind: "city",
        featureCode: "PPL",
        featureClass: "P",
        geonameid: null,
        population: null,
        source: `${point.source}; a place of ${region.place.name} the gazetteer lacks`,
      },
    });
  }
  return added.length ? [...resolved, ...added] : [...resolved];
}
