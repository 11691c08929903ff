// Step 1b of place recognition: the words around a name found in the gazetteer that show it
// is not a place here: a person ("Mr. Jordan", "Dunn said"), an organisation ("Washington
// Post"), a smaller feature ("Centennial Park"), a disease ("Reston virus"), a common word
// ("We", "May") or a heading ("Home").
import type { Token } from "../../types.ts";
import type { Gazetteer, GazetteerEntry } from "../gazetteer/index.ts";
import { isAcronymText, toNameKey } from "../gazetteer/name-key.ts";
import {
  HYPHEN_COMPOUND_MIN_POPULATION,
  HYPHENS,
  isBeforeHyphenatedName,
  isInHyphenCompound,
  isPlaceCompound,
  isWordChar,
} from "./hyphen-compounds.ts";
import type { PersonKeySource } from "./person-keys.ts";
import type { PlaceCues } from "./place-cues.ts";
import { PLACE_WORDS_BEFORE_TOWN } from "./place-words.ts";

/** A run of tokens whose text is a gazetteer name, with the entries it could be. */
export interface Span {
  readonly first: number;
  readonly last: number;
  readonly key: string;
  readonly candidates: readonly GazetteerEntry[];
}

const UPPER_FIRST = /^\p{Lu}/u;
/** Starts with a capital letter. ASCII answered without the regex: it runs for every token. */
export function isCapitalized(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return UPPER_FIRST.test(text);
}

/** Words that may stand before a place without being part of a person's name: "Northern Kenya". */
export const PLACE_QUALIFIERS: ReadonlySet<string> = new Set(
  "north south east west northeast northwest southeast southwest northern southern eastern western northeastern northwestern southeastern southwestern central greater upper lower inner outer mainland downtown midtown uptown rural coastal upstate downstate metro suburban".split(
    " ",
  ),
);
/**
 * Nouns for a person right after a town's name: "a Crofton woman", "the Yorktown man" say where
 * someone lives, as local news writes it.
 */
export const RESIDENT_NOUNS: ReadonlySet<string> = new Set(
  "man woman men women boy girl boys girls teen teens teenager teenagers couple family resident residents native natives".split(
    " ",
  ),
);
/** "the town of Warrior", "the village of Kim": the words before say it is a town. */
export const TOWN_PREFIXES: ReadonlySet<string> = new Set([
  "resident of",
  "residents of",
  "native of",
  "town of",
  "village of",
  "city of",
  "district of",
  "municipality of",
  "township of",
  "towns of",
  "villages of",
  "community of",
  "communities of",
]);
/** Generic words of geography that lead a feature's name: "Mount Hood", "Cape Peron", "Fort Bragg". */
export const LEADING_FEATURE_WORDS: ReadonlySet<string> = new Set(
  "mount mt mt. fort ft ft. cape point port lake camp glen isle".split(" "),
);
/** Kinds of place strong enough to be believed at the start of a sentence or before a name. */
const STRONG_KINDS: ReadonlySet<string> = new Set([
  "country",
  "capital",
  "admin1",
  "continent",
  "region",
  "water",
  "disputed",
]);
/**
 * A city at least this large is believed at the start of a sentence ("Nairobi said ...");
 * smaller ones there are more often common words ("Bath", "Split"). Set by hand, checked on bench/geo.
 */
export const SENTENCE_START_MIN_POPULATION = 100_000;
export function isPunctuation(token: Token): boolean {
  return token.pos === "PUNCT" || /^\p{P}+$/u.test(token.text);
}

/** True when only punctuation (quotes, brackets) comes before token `i` in its sentence. */
export function isSentenceInitial(tokens: readonly Token[], i: number): boolean {
  for (let k = 0; k < i; k++) if (!isPunctuation(tokens[k]!)) return false;
  return true;
}

export const isStrong = (candidates: readonly GazetteerEntry[], minPopulation: number) =>
  candidates.some((c) => STRONG_KINDS.has(c.kind) || (c.population ?? 0) >= minPopulation);

/** "Georgia Smith", "Greeley Harvest Kitchen": a place's name opening a longer name. */
export const HEAD_OF_LONGER_NAME = "head of a longer name";

/** Words that follow a place's name in the name of its division: "Nyanza Province". */
export const ADMIN_HEADS: ReadonlySet<string> = new Set(
  "province state county parish borough township village region district council city municipality oblast governorate prefecture department division territory occidental oriental".split(
    " ",
  ),
);
/** Lowercase particles inside personal names: "de Vries", "van Dijk", "bin Salman". */
const NAME_PARTICLES: ReadonlySet<string> = new Set(
  "de van von der den da di du del della bin ibn bint al el le la".split(" "),
);
/** A "sentence" this short (words, not punctuation) is a heading, a menu item or a caption. */
const MAX_HEADING_WORDS = 3;
/** Parts of speech a one-word place name never has: "We", "As", "May" misread as towns. */
const NEVER_NAME_POS: ReadonlySet<string> = new Set([
  "PRON",
  "DET",
  "ADP",
  "AUX",
  "CCONJ",
  "SCONJ",
  "PART",
  "NUM",
  "INTJ",
]);
/** Parts of speech of a word that is a place only when the place is a strong kind ("Chad"). */
const WEAK_NAME_POS: ReadonlySet<string> = new Set(["ADJ", "ADV", "VERB"]);
/** Verbs of saying right after a name: "Dunn said" is a person (but "Beijing said" a state). */
const SPEECH_VERBS: ReadonlySet<string> = new Set([
  "said",
  "says",
  "told",
  "added",
  "explained",
  "stated",
  "noted",
]);
/**
 * Lowercase words after a town's name that make it the seat of a local body or the home of its
 * people ("Galesburg police said", "Harvey residents", "Moline officials"): such a name is the
 * place even at a sentence's start, where a small town's name is otherwise doubted.
 */
export const LOCAL_BODY_WORDS: ReadonlySet<string> = new Set(
  "police sheriff fire firefighters coroner prosecutor officials residents authorities mayor council councilman councilwoman alderman schools".split(
    " ",
  ),
);

/**
 * "Seattle Police", "Marion County Sheriff's Office": a public body named for the place it
 * serves, when the caller counts such places (`includeBodySeats`; GeoWebNews' guidelines do,
 * GeoVirus' do not). Otherwise the name stays part of the body's name, an actor's.
 */
function namesBodySeat(cues: PlaceCues, tokens: readonly Token[], head: number): boolean {
  if (!cues.bodySeatsArePlaces || !cues.bodyHeads.has(tokens[head]?.text.toLowerCase() ?? "")) return false;
  // The body's name goes on or the sentence does ("Seattle Fire crews", "Killeen Police
  // Department"); a head ending a name before a comma is often a band's or a team's ("Arcade Fire,").
  const next = tokens[head + 1];
  return next !== undefined && !isPunctuation(next);
}

/** Why the words around a found name show it is not a place here; null when nothing does. */
export function rejection(
  text: string,
  tokens: readonly Token[],
  span: Span,
  cues: PlaceCues,
  gazetteer: Gazetteer,
  personKeys: ReadonlyMap<string, PersonKeySource>,
  givenNameSurnames: ReadonlySet<string> = new Set(),
  surnamesUsedAlone: ReadonlySet<string> = new Set(),
): string | null {
  const { first, last, key, candidates } = span;
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  const afterWord = after?.text.toLowerCase() ?? "";
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  const single = first === last;
  if (isWordChar(text[start - 1]) || isWordChar(text[end])) return "inside a longer word";
  // "UK-based", "Sydney-based" name the place; "Hamas-run" once became Hamm (185k), Germany.
  // "Atlanta-area roads", "a Peoria-based firm": the compound places something in the name.
  if (isPlaceCompound(text, end) && !isWordChar(text[start - 1]) && !HYPHENS.includes(text[start - 1] ?? " "))
    return null;
  if (isInHyphenCompound(text, start, end) && !isStrong(candidates, HYPHEN_COMPOUND_MIN_POPULATION)) {
    return "part of a hyphenated compound";
  }
  // "Bedford-Stuyvesant", "Hewlett-Packard": a small place's name joined by a hyphen to a
  // capitalized word that names no place is the first part of another name.
  // A region's name there still names the region ("Rhône-Alpes" holds the Rhône).
  if (
    isBeforeHyphenatedName(text, end, gazetteer) &&
    candidates.every((c) => c.kind === "city") &&
    !isStrong(candidates, HYPHEN_COMPOUND_MIN_POPULATION)
  )
    return "first part of a hyphenated name";
  if (cues.notPlaces.has(key) || gazetteer.isDemonymKey(key)) return "listed as not a place";
  // "Cuyahoga County", "Borno State": a division named with its kind word is no person's name,
  // whatever stands before or after it ("Republican Orange County", "Marathon County Sheriff").
  const lastWord = tokens[last]!.text.toLowerCase();
  if (
    !single &&
    ADMIN_HEADS.has(lastWord) &&
    candidates.some((c) => c.kind === "admin1" || c.kind === "admin2")
  )
    return null;
  if (before && cues.personCues.has(before.text.replace(/\.$/, "").toLowerCase()))
    return "title before a person";
  // "Jordan Spieth ... Spieth said": a given name before a surname the story also uses alone is a
  // person's, even when the given name is a country's (findSurnamesUsedAlone in person-keys.ts).
  if (
    single &&
    after?.pos === "PROPN" &&
    (cues.firstNames.has(key) || cues.givenNames.has(key)) &&
    surnamesUsedAlone.has(toNameKey(after.text)) &&
    text.slice(end, after.start) === " "
  )
    return "a given name before a surname used alone";
  // "Colchester Hospital", "Boise Fire Department", "Cavan County Council": a building or a local
  // body named after the place stands in it, so the place is where things there happen.
  const namesLocatedThing =
    after !== undefined &&
    isCapitalized(after.text) &&
    (cues.locatedHeads.has(afterWord) || ADMIN_HEADS.has(afterWord) || namesBodySeat(cues, tokens, last + 1));
  if (after && isCapitalized(after.text) && cues.orgHeads.has(afterWord) && !namesLocatedThing)
    return "part of an organisation name";
  if (after && isCapitalized(after.text) && cues.featureHeads.has(afterWord) && !namesLocatedThing)
    return "names a smaller feature";
  if (after && cues.diseaseHeads.has(afterWord)) return "names a disease";
  // "Gate 10", "Route 9", "Pier 39": a name numbered like one of a series is a gate, a road or
  // a building; a town is not numbered. (A country or a big city stays: "Tokyo 2020".)
  const numbered =
    after !== undefined && /^\d{1,3}[A-Z]?$/.test(after.text) && /^ +$/.test(text.slice(end, after.start));
  if (numbered && !isStrong(candidates, SENTENCE_START_MIN_POPULATION)) return "a numbered thing";
  const strongAlways = isStrong(candidates, Number.POSITIVE_INFINITY);
  const hasCountry = candidates.some((c) => c.kind === "country");
  if (single && NEVER_NAME_POS.has(tokens[first]!.pos)) return "a function word";
  // "in Charleston", "at Reading": after a preposition of place a capitalized word is a noun,
  // whatever the tagger guessed from its lowercase sense (a dance, a verb).
  const afterPreposition = before !== undefined && PLACE_WORDS_BEFORE_TOWN.has(before.text.toLowerCase());
  if (single && WEAK_NAME_POS.has(tokens[first]!.pos) && !strongAlways && !afterPreposition)
    return "not a noun";
  const personKey = single && !hasCountry ? personKeys.get(key) : undefined;
  if (personKey === "surname") return "a surname named before";
  if (personKey === "surname first") return "a surname-first name named before";
  const residence = before?.text.toLowerCase() === "of";
  // Right after the given name it is the person whatever the place; used alone later, only a
  // place that is not a country, a state or a city of a million ("Holland" stays the country).
  const rightAfterGivenName =
    before !== undefined && isCapitalized(before.text) && cues.firstNames.has(toNameKey(before.text));
  if (
    single &&
    givenNameSurnames.has(key) &&
    !afterPreposition &&
    !residence &&
    (rightAfterGivenName || !isStrong(candidates, 1_000_000))
  )
    return "a surname after a given name";
  // "Officials in Paducah said", "Rep. Jane Roe of Rockford said": after a preposition of place
  // or "of" the speaker is someone else.
  if (SPEECH_VERBS.has(afterWord) && !afterPreposition && !residence && !isStrong(candidates, 1_000_000))
    return "a person speaking";
  // '"We are ready," said Warren, a senior': a name right after a speech verb, closing the
  // sentence or before a person's appositive (", a", ", who", ", 17,"), is the speaker.
  const appositive = /^(?:a|an|who|whose|\d{1,3})$/i.test(tokens[last + 2]?.text ?? "");
  const speakerEnds = afterWord === "." || (afterWord === "," && appositive);
  if (
    single &&
    SPEECH_VERBS.has(before?.text.toLowerCase() ?? "") &&
    speakerEnds &&
    !isStrong(candidates, 1_000_000)
  )
    return "a person speaking";
  // "Jackson, 34, was charged": an age between commas after a name is a person's.
  if (
    afterWord === "," &&
    /^\d{1,2}$/.test(tokens[last + 2]?.text ?? "") &&
    tokens[last + 3]?.text === "," &&
    !afterPreposition &&
    !isStrong(candidates, 1_000_000)
  )
    return "a person's age after";
  const firstNameReason =
    single && cues.firstNames.has(key) ? firstNameRejection(tokens, first, candidates, cues) : null;
  if (firstNameReason) return firstNameReason;
  const initial = isSentenceInitial(tokens, first);
  // "Michael Jordan", "Sam Houston": the tail of a longer proper name.
  const beforeIsName =
    before !== undefined &&
    before.pos === "PROPN" &&
    isCapitalized(before.text) &&
    !initial &&
    !PLACE_QUALIFIERS.has(before.text.toLowerCase()) &&
    !isSentenceInitial(tokens, first - 1);
  // A demonym or an acronym before a place qualifies it ("Indian Kashmir", "US Georgia").
  const beforeQualifies =
    before !== undefined && (gazetteer.isDemonymKey(toNameKey(before.text)) || isAcronymText(before.text));
  if (beforeIsName && !hasCountry && !beforeQualifies) return "tail of a longer name";
  // "Georgia Smith", "Paris Hilton", "Line of Control": a small place's name followed by more
  // name (directly or through "of") is a person or another thing.
  const nameAfter = after?.text.toLowerCase() === "of" ? tokens[last + 2] : after;
  // ... but "Atlanta Mayor Kasim Reed": a title after the place is the office's seat, not more name.
  const afterIsName =
    nameAfter !== undefined &&
    nameAfter.pos === "PROPN" &&
    isCapitalized(nameAfter.text) &&
    !cues.personCues.has(nameAfter.text.replace(/\.$/, "").toLowerCase());
  const big = isStrong(candidates, 1_000_000);
  if (afterIsName && !isAcronymText(text.slice(start, end)) && !big && !namesLocatedThing)
    return HEAD_OF_LONGER_NAME;
  // "Anna de Vries", "Omar bin Laden": a name particle between a given name and this one.
  const beforeBefore = tokens[first - 2];
  const isParticle = before !== undefined && NAME_PARTICLES.has(before.text);
  if (isParticle && beforeBefore?.pos === "PROPN" && isCapitalized(beforeBefore.text) && !hasCountry) {
    return "a surname after a particle";
  }
  // "Home", "Economy": a lone small-place name on a short line is a heading or a menu item.
  if (
    single &&
    !isStrong(candidates, SENTENCE_START_MIN_POPULATION) &&
    hasAtMostWords(tokens, MAX_HEADING_WORDS)
  ) {
    return "a heading word";
  }
  return null;
}

/**
 * A town named like a person ("Spencer", "Mary", "Garrett") with no population that makes the
 * place the usual sense: below this it needs a preposition of place before it. Austin and
 * Charlotte (800k+) are read as the cities. Set by hand; checked on bench/geo.
 */
const FIRST_NAME_TOWN_MAX_POPULATION = 100_000;
/** Kinds a given name never hides: "Georgia", "Jordan", "Victoria" the state. */
const FIRST_NAME_SAFE_KINDS: ReadonlySet<string> = new Set([
  "country",
  "admin1",
  "continent",
  "region",
  "water",
  "disputed",
]);
/**
 * A given name ("Spencer", "Mary") found as a one-word place: a person when a capitalized name
 * follows ("Spencer Dinwiddie"), or when the town is small and no preposition of place precedes.
 */
function firstNameRejection(
  tokens: readonly Token[],
  i: number,
  candidates: readonly GazetteerEntry[],
  cues: PlaceCues,
): string | null {
  if (candidates.some((c) => FIRST_NAME_SAFE_KINDS.has(c.kind))) return null;
  const after = tokens[i + 1];
  const afterWord = after?.text.toLowerCase() ?? "";
  // "Atlanta Mayor Kasim Reed", "Denver District Judge": an office or a kind word is no surname.
  const isGenericWord =
    cues.personCues.has(afterWord) ||
    cues.locatedHeads.has(afterWord) ||
    namesBodySeat(cues, tokens, i + 1) ||
    cues.orgHeads.has(afterWord) ||
    cues.featureHeads.has(afterWord) ||
    ADMIN_HEADS.has(afterWord);
  if (after && after.pos === "PROPN" && /^\p{Lu}\p{Ll}/u.test(after.text) && !isGenericWord)
    return "a given name before a surname";
  // "Harvey Mayor Eric Kellogg", "Wilmette Police": an office or a local body right after a
  // capitalized name has its seat there; a person's given name is not followed by an office.
  if (after && isCapitalized(after.text) && isGenericWord) return null;
  // "Bethany police said", "Harvey residents": a local body or the people of a place after the
  // name, lowercase, make it that place; a person's name is not followed so.
  if (LOCAL_BODY_WORDS.has(afterWord)) return null;
  const biggest = Math.max(...candidates.map((c) => c.population ?? 0));
  if (biggest >= FIRST_NAME_TOWN_MAX_POPULATION) return null;
  const before = tokens[i - 1]?.text.toLowerCase() ?? "";
  // "Jane Roe, of Hayes, said": "of" after a comma gives where someone lives.
  const isResidence = before === "of" && tokens[i - 2]?.text === ",";
  // "near the Wilmette border", "in the Harvey area": a name between "the" and a lowercase noun
  // after a preposition of place modifies that noun as a place; a person's name does not.
  const modifiesPlaceNoun =
    before === "the" &&
    PLACE_WORDS_BEFORE_TOWN.has(tokens[i - 2]?.text.toLowerCase() ?? "") &&
    /^\p{Ll}/u.test(after?.text ?? "");
  // "A Marion man", "the Bolingbrook woman": a town before a resident noun says where someone lives.
  const residentBefore =
    (before === "a" || before === "an" || before === "the") && RESIDENT_NOUNS.has(afterWord);
  // "the Village of Kimberly", "residents of Marion": the words before name a town.
  const townPrefix = TOWN_PREFIXES.has(`${tokens[i - 2]?.text.toLowerCase() ?? ""} ${before}`);
  return PLACE_WORDS_BEFORE_TOWN.has(before) ||
    isResidence ||
    modifiesPlaceNoun ||
    residentBefore ||
    townPrefix
    ? null
    : "a given name with no place context";
}

/** True when the sentence has at most `limit` words; stops counting past the limit. */
function hasAtMostWords(tokens: readonly Token[], limit: number): boolean {
  let words = 0;
  for (const token of tokens) if (!isPunctuation(token) && ++words > limit) return false;
  return true;
}
