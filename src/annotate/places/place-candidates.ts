// Step 1 of place recognition: find spans of capitalized tokens whose text is a gazetteer name
// (longest first; place-spans.ts says which span is a name), then drop those that the words
// around them show to be a person, an organisation or a common word.
import type { Sentence, Token } from "../../types.ts";
import type { Gazetteer, GazetteerEntry } from "../gazetteer/index.ts";
import { isAcronymText } from "../gazetteer/name-key.ts";
import { findGivenNameSurnames, findPersonKeys, findSurnamesUsedAlone } from "./person-keys.ts";
import {
  abbreviatedRegionAt,
  type BareAbbreviation,
  bareRegionAbbreviationAt,
  QUALIFIER_OPENERS,
  supportedAbbreviations,
} from "./place-abbreviations.ts";
import type { PlaceCues } from "./place-cues.ts";
import { countyFirstAt, countyNamedAt } from "./place-divisions.ts";
import {
  HEAD_OF_LONGER_NAME,
  isCapitalized,
  isPunctuation,
  isSentenceInitial,
  isStrong,
  LOCAL_BODY_WORDS,
  rejection,
  SENTENCE_START_MIN_POPULATION,
  type Span,
  TOWN_PREFIXES,
} from "./place-filters.ts";
import {
  adjectiveAt,
  DATELINE_FOLLOWERS,
  type FirstWordMemo,
  isQualifiedByRegion,
  longestNameAt,
} from "./place-spans.ts";
import { NEARNESS_ADJECTIVES, PLACE_PREPOSITIONS } from "./place-words.ts";

/** A span that names a place, with every gazetteer entry it could be. */
export interface PlaceMatch {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly key: string;
  readonly sentenceIndex: number;
  readonly candidates: readonly GazetteerEntry[];
  /** The next match when only a comma separates them: "Paris, Texas" links Paris to Texas. */
  commaNext: PlaceMatch | null;
  /** Matches in the same list ("Texas and Georgia"): they tend to be the same kind of place. */
  readonly siblings: PlaceMatch[];
  /** The match before when only a comma separates them: "Atlanta, Georgia" links Georgia to Atlanta. */
  commaPrevious: PlaceMatch | null;
  /** The word right after the name, lowercased ("state", "province"), or "". */
  readonly nextWord: string;
  /** The two words right before the name, lowercased ("governor of"), or "". */
  readonly previousWords: string;
  /** The word right before the name, lowercased ("in", "near"), or "". */
  readonly previousWord: string;
  /** A wire dateline's place ("VIENNA (Reuters) —"): datelines name major cities. */
  readonly isDateline: boolean;
  /** A one-word name that is also a given name ("Mary", "Orlando"): resolution wants context for it. */
  readonly isGivenName: boolean;
  /**
   * Why a name the text does not place is held for resolution to keep only beside a town the
   * story names (placeHeldBesideAnchors): a small town's name opening a sentence ("Murphysboro
   * crews helped."), or a name doubted as a given name or a common word that is listed with a
   * place or names a local body ("Troy and Cohoes", "Sparks police").
   */
  heldFor?: HoldReason;
}

export type HoldReason = "a sentence start" | "a list or a local body";

/** Words that join the members of a list of places. */
const LIST_JOINERS: ReadonlySet<string> = new Set([",", "and", "or", "&", ";"]);

/**
 * "CAMP MURRAY, Wash. —", "WAUSAU, Wis. (WSAW)": the region after a wire dateline's place,
 * written in capitals from the sentence's start to the comma. It is part of the dateline, and
 * says where the story is, even when the town itself is too small for the gazetteer.
 */
function isDatelineRegion(text: string, tokens: readonly Token[], first: number): boolean {
  const comma = tokens[first - 1];
  if (first < 2 || comma?.text !== ",") return false;
  let start = 0;
  while (start < first - 1 && isPunctuation(tokens[start]!)) start++;
  const head = text.slice(tokens[start]!.start, comma.start);
  return start < first - 1 && /\p{Lu}{2}/u.test(head) && !/\p{Ll}/u.test(head);
}

/** Receives each name found but not reported, with the reason: for --explain and debugging. */
export type RejectionListener = (text: string, start: number, reason: string) => void;

export function findPlaceMatches(
  text: string,
  sentences: readonly Sentence[],
  gazetteer: Gazetteer,
  cues: PlaceCues,
  onReject?: RejectionListener,
  memo: FirstWordMemo = new Map(),
): PlaceMatch[] {
  const matches: PlaceMatch[] = [];
  const personKeys = findPersonKeys(text, sentences, gazetteer, cues);
  const givenNameSurnames = findGivenNameSurnames(text, sentences, gazetteer, cues);
  const surnamesUsedAlone = findSurnamesUsedAlone(sentences, cues);
  // Keys seen away from a sentence start: such a name at a sentence start is then a name too.
  const seenMidSentence = new Set<string>();
  const initialOnly: { match: PlaceMatch; key: string }[] = [];
  // Names the text places somewhere, and mentions rejected on weak cues only (see WEAK_REJECTIONS).
  const placedKeys = new Set<string>();
  const doubtful: { reason: string; make: () => PlaceMatch }[] = [];
  // "BC", "NSW" standing alone: kept below only where the text names a place of that region.
  const bareAbbreviations: BareAbbreviation[] = [];
  // The same cues without not-places.txt: what else, if anything, says a listed name is no place.
  const cuesBeyondList: PlaceCues = { ...cues, notPlaces: NO_KEYS };
  sentences.forEach((sentence, sentenceIndex) => {
    const tokens = sentence.tokens;
    let previous: PlaceMatch | null = null;
    let previousLast = -2;
    for (let i = 0; i < tokens.length; i++) {
      if (!isCapitalized(tokens[i]!.text)) continue;
      const abbreviated = abbreviatedRegionAt(tokens, i, gazetteer);
      let span = abbreviated ?? longestNameAt(text, tokens, i, gazetteer, cues, memo);
      const county =
        !abbreviated && (!span || span.last === i)
          ? (countyNamedAt(tokens, i, gazetteer) ?? countyFirstAt(tokens, i, gazetteer))
          : null;
      if (county) span = county;
      if (cues.adjectivesArePlaces && !abbreviated) {
        const adjective = adjectiveAt(text, tokens, i, gazetteer);
        // "Indian Ocean", "South Africa": a longer name wins over the adjective inside it.
        if (adjective && (!span?.candidates.length || span.last <= adjective.last)) span = adjective;
      }
      if (!span) {
        const bare = bareRegionAbbreviationAt(text, sentence, i, gazetteer);
        if (bare) bareAbbreviations.push({ span: bare, sentenceIndex, tokens });
        continue;
      }
      i = span.last;
      // A kind word ("DuPage county") or a region after it ("Dayton, Ohio") says it is a place.
      const qualified =
        abbreviated !== null || county !== null || isQualifiedByRegion(tokens, span, gazetteer);
      const isAdjective =
        span.candidates.length === 1 && gazetteer.placeOfAdjective(span.key) === span.candidates[0];
      const reason =
        qualified || isAdjective
          ? null
          : rejection(text, tokens, span, cues, gazetteer, personKeys, givenNameSurnames, surnamesUsedAlone);
      if (reason) {
        const start = tokens[span.first]!.start;
        onReject?.(text.slice(start, tokens[span.last]!.end), start, reason);
        const make = () => toMatch(text, tokens, span, sentenceIndex, cues, false);
        if (WEAK_REJECTIONS.has(reason)) doubtful.push({ reason, make });
        else if (
          reason === LISTED_NOT_PLACE &&
          span.first === span.last &&
          rejection(
            text,
            tokens,
            span,
            cuesBeyondList,
            gazetteer,
            personKeys,
            givenNameSurnames,
            surnamesUsedAlone,
          ) === null
        )
          doubtful.push({ reason, make });
        continue;
      }
      const { first, last, key, candidates } = span;
      const match = toMatch(text, tokens, span, sentenceIndex, cues, qualified);
      if (qualified) placedKeys.add(key);
      if (previous && previousLast === first - 2 && QUALIFIER_OPENERS.has(tokens[first - 1]!.text)) {
        previous.commaNext = match;
        match.commaPrevious = previous;
      }
      // "Texas and Georgia", "Arizona, California, Colorado": members of one list.
      const between = tokens.slice(previousLast + 1, first).map((t) => t.text.toLowerCase());
      if (
        previous &&
        between.length > 0 &&
        between.length <= 2 &&
        between.every((w) => LIST_JOINERS.has(w))
      ) {
        previous.siblings.push(match);
        match.siblings.push(previous);
      }
      previous = match;
      previousLast = last;
      const isAcronym = isAcronymText(match.text);
      const seatOfLocalBody = LOCAL_BODY_WORDS.has(match.nextWord);
      if (
        isSentenceInitial(tokens, first) &&
        !isAcronym &&
        first === last &&
        !qualified &&
        !seatOfLocalBody &&
        !isBareDateline(match)
      ) {
        if (!isStrong(candidates, SENTENCE_START_MIN_POPULATION)) {
          initialOnly.push({ match, key });
          continue;
        }
      }
      seenMidSentence.add(key);
      matches.push(match);
    }
  });
  // ... and so is one listed with a name taken ("Summerville and Goose Creek leaders").
  const taken = new Set(matches);
  for (const { match, key } of initialOnly) {
    if (!seenMidSentence.has(key) && !match.siblings.some((s) => taken.has(s)))
      match.heldFor = "a sentence start";
    matches.push(match);
  }
  // One sense per document: a name the text places somewhere ("LOUISVILLE, Ky. —", "in Harvey")
  // is the place where only weak cues said otherwise ("Louisville said", a bare given name).
  const firmlyPlacedKeys = new Set(placedKeys);
  for (const m of matches) {
    if (isPlacedHere(m)) placedKeys.add(m.key);
    if (m.isDateline || m.commaNext !== null) firmlyPlacedKeys.add(m.key);
  }
  for (const { reason, make } of doubtful) {
    const match = make();
    // A surname-first guess ("Galesburg Silverdogs" ... "Galesburg") yields only to a firm
    // placing ("Galesburg, Ill.", a dateline), and only where the name stands alone: a school
    // or team named after a person ("Franklin Elementary" ... "at Franklin") is no town.
    // A name opening a longer one ("meals at Greeley Harvest Kitchen") is the town only where a
    // word of place stands right before it and another mention places the name too ("in
    // Greeley"): "the Las Vegas Police", "Hammond Health Officer" name a body, and "Franklin
    // Elementary" may be a school named for a person.
    // "Clinton", "Chelsea", "Sandy" are listed as no place because the person or the club is what
    // news means by them; a story that places the name firmly ("CLINTON, Iowa —", "in Clinton,
    // Iowa") is about the town, wherever nothing but the list said otherwise ("Clinton residents").
    const lifted =
      reason === LISTED_NOT_PLACE
        ? firmlyPlacedKeys.has(match.key)
        : reason === SURNAME_FIRST
          ? firmlyPlacedKeys.has(match.key) && !/^\p{Lu}/u.test(text.slice(match.end + 1, match.end + 2))
          : reason === HEAD_OF_LONGER_NAME
            ? placedKeys.has(match.key) && isPlacedHere(match)
            : placedKeys.has(match.key) || joinPlacedList(text, match, matches, placedKeys);
    if (lifted) matches.push(match);
    else if (
      HELD_WEAK_REJECTIONS.has(reason) &&
      (LOCAL_BODY_WORDS.has(match.nextWord) || isListedWithFound(text, match, matches))
    ) {
      match.heldFor = "a list or a local body";
      matches.push(match);
    }
  }
  for (const { span, sentenceIndex, tokens } of supportedAbbreviations(bareAbbreviations, matches))
    matches.push(toMatch(text, tokens, span, sentenceIndex, cues, true));
  return matches.sort((a, b) => a.start - b.start);
}

/**
 * Rejections that only weigh the words right around one mention: another mention of the same
 * name that the text places outweighs them. (Titles, surnames after given names and the like
 * say who the name is wherever it stands, and are not lifted.)
 */
const SURNAME_FIRST = "a surname-first name named before";
/** Rejected by not-places.txt alone: lifted only where the story places the name firmly. */
const LISTED_NOT_PLACE = "listed as not a place";
const NO_KEYS: ReadonlySet<string> = new Set();
const WEAK_REJECTIONS: ReadonlySet<string> = new Set([
  "a person speaking",
  SURNAME_FIRST,
  "a given name with no place context",
  "a heading word",
  "not a noun",
  // "at Greeley Harvest Kitchen": a town's name opening a venue's or an event's name is still
  // the town where the text places it elsewhere ("in Greeley"; see the lifting above).
  HEAD_OF_LONGER_NAME,
]);
/**
 * Words before a name that place it: "in Harvey", "near Moore", "from Louisville", and the
 * adjectives of nearness that only modify places ("of nearby Eton", "neighboring Elgin").
 */
const PLACING_WORDS: ReadonlySet<string> = new Set([...PLACE_PREPOSITIONS, ...NEARNESS_ADJECTIVES]);

/** What joins the last member of a list to the one before: "Hartford City and Gaston". */
const LIST_TAIL = /^\s*(?:,|,?\s*and|,?\s*or|&)\s*$/;

/**
 * Weak rejections that a list or a local body word lets resolution weigh again: a given name
 * ("Troy and Cohoes") or a word also used as a common noun ("Sparks police"). Not "a person
 * speaking": "Bethany said" is the person whatever towns lie near.
 */
const HELD_WEAK_REJECTIONS: ReadonlySet<string> = new Set([
  "a given name with no place context",
  "not a noun",
]);

/** "Troy and Cohoes", "Cohoes and Troy": listed right beside a name taken as a place. */
const isListedWithFound = (text: string, match: PlaceMatch, matches: readonly PlaceMatch[]) =>
  matches.some(
    (m) =>
      !m.heldFor &&
      m.sentenceIndex === match.sentenceIndex &&
      (m.end <= match.start
        ? LIST_TAIL.test(text.slice(m.end, match.start))
        : match.end <= m.start && LIST_TAIL.test(text.slice(match.end, m.start))),
  );

/**
 * "in Hartford City and Gaston": a name doubted on weak cues joined by a list word to a place
 * the text places is another member of the same list of places; they become siblings.
 */
function joinPlacedList(
  text: string,
  match: PlaceMatch,
  matches: readonly PlaceMatch[],
  placedKeys: ReadonlySet<string>,
): boolean {
  const head = matches.find(
    (m) =>
      m.end <= match.start &&
      m.sentenceIndex === match.sentenceIndex &&
      // ("In Evanston, Skokie and Wilmette": a member listed after a placed one is placed too.)
      (placedKeys.has(m.key) || m.siblings.some((s) => placedKeys.has(s.key))) &&
      LIST_TAIL.test(text.slice(m.end, match.start)),
  );
  if (!head) return false;
  head.siblings.push(match);
  match.siblings.push(head);
  return true;
}

/** Dashes and the bracket that close a wire dateline's place: "ALBANY —", "TROY (AP)". */
const DATELINE_CLOSERS: ReadonlySet<string> = new Set(["—", "–", "-", "("]);
/**
 * "ALBANY —": a dateline in capitals closed by a dash or a bracket, with no region after it. It
 * is where the story was filed, whatever the town's size; a shouted word opening a headline
 * ("HOPE FADES") has no dash after it.
 */
const isBareDateline = (m: PlaceMatch) =>
  m.isDateline && !/\p{Ll}/u.test(m.text) && DATELINE_CLOSERS.has(m.nextWord);

/** Whether a mention's own words make it a place: a dateline, "Name, Region", "in Name". */
const isPlacedHere = (m: PlaceMatch) =>
  m.isDateline ||
  m.commaNext !== null ||
  PLACING_WORDS.has(m.previousWord) ||
  // "residents of West Milford and Ringwood said", "the town of Harvey"
  TOWN_PREFIXES.has(m.previousWords) ||
  // "in the Bronx", "from the Hague"
  (m.previousWord === "the" && PLACING_WORDS.has(m.previousWords.split(" ")[0]!));

function toMatch(
  text: string,
  tokens: readonly Token[],
  span: Span,
  sentenceIndex: number,
  cues: PlaceCues,
  qualified: boolean,
): PlaceMatch {
  const { first, last, key, candidates } = span;
  const after = tokens[last + 1];
  return {
    start: tokens[first]!.start,
    end: tokens[last]!.end,
    text: text.slice(tokens[first]!.start, tokens[last]!.end),
    key,
    sentenceIndex,
    candidates,
    commaNext: null,
    commaPrevious: null,
    siblings: [],
    nextWord: after ? after.text.toLowerCase() : "",
    previousWords: first >= 2 ? `${tokens[first - 2]!.text} ${tokens[first - 1]!.text}`.toLowerCase() : "",
    previousWord: first >= 1 ? tokens[first - 1]!.text.toLowerCase() : "",
    isDateline:
      (isSentenceInitial(tokens, first) &&
        (!/\p{Ll}/u.test(text.slice(tokens[first]!.start, tokens[last]!.end)) ||
          DATELINE_FOLLOWERS.has(after?.text ?? ""))) ||
      isDatelineRegion(text, tokens, first),
    isGivenName: first === last && cues.firstNames.has(key) && !qualified,
  };
}
