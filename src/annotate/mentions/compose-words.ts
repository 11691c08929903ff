// The fixed word lists the actor composer reads: which words put a name on the map, which never
// start a name, which roles are the state's own, and the small limits of its look-ahead.

import { englishMonthWords } from "./month-words.ts";

// Item types whose spans are names of actors, never of places ("Taliban-led", "Kim said").
export const NAME_TYPES = new Set(["person", "organization", "group"]);

// Prepositions after which a capital or country is where something happens, not who acts
// ("talks in Beijing"), as opposed to "Beijing said".
// Nouns that put the name after (or before) them on the map: "the capital Nairobi", "Washington state".
export const PLACE_NOUNS = new Set([
  "capital",
  "city",
  "town",
  "village",
  "suburb",
  "suburbs",
  "outskirts",
  "streets",
  "province",
  "region",
  "district",
  "state",
  "county",
  "area",
]);
export const LOCATIVE = new Set([
  "of",
  "in",
  "at",
  "near",
  "outside",
  "inside",
  "from",
  "into",
  "within",
  "throughout",
  "across",
  "around",
  "via",
  "toward",
  "towards",
  "between",
]);
// "to" marks a place only after a verb of motion ("flew to Islamabad", not "supplier to Islamabad").
export const MOTION_LEMMAS =
  /^(?:go|goes|went|gone|going|travel\w*|fl(?:y|ew|ies|own|ying)|arriv\w*|return\w*|head\w*|mov\w*|sen[dt]\w*|deploy\w*|c[ao]me\w*|coming|trip|visit\w*|journey\w*|rush\w*|dispatch\w*|back)$/;
// "eastern Jakarta", "downtown Kabul": a part of the city, so a place.
export const COMPASS =
  /^(?:(?:north|south|east|west)(?:ern|east|west|eastern|western)?|central|downtown|greater|suburban|outer|inner)$/;
export const QUOTES = new Set(["'", '"', "“", "”", "‘", "’", "«", "»"]);
export const MODIFIER_POS = new Set(["ADJ", "ADV"]);
export const NOUN_POS = new Set(["NOUN", "PROPN", "X", ""]);
// Words that are capitalised at a sentence start or in headlines but never begin a person's name.
export const NOT_NAME = new Set([
  "former",
  "the",
  "a",
  "an",
  "and",
  "or",
  "but",
  "of",
  "in",
  "on",
  "at",
  "to",
  "for",
  "with",
  "said",
  "says",
  "told",
  "has",
  "had",
  "have",
  "was",
  "is",
  "will",
  "who",
  "which",
  "that",
  "this",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
]);
// English month names, from the date parser's table (data/dates/months.tsv).
export const MONTHS: ReadonlySet<string> = englishMonthWords();
export const DATELINE_NEXT = new Set([",", "(", "-", "–", "—", ":"]);
// Roles of the state's own bodies: "Government of India", "Ministry of Defence of Pakistan".
export const STATE_ROLES = new Set(["GOV", "MIL", "COP", "JUD", "LEG", "SPY"]);
export const MAX_MODIFIERS = 3;
// Countries whose names are written family name first (Kim Jong Un, Xi Jinping, Lee Hsien Loong,
// Pham Minh Chinh): the first part of a person's name from there is the short form used later.
export const FAMILY_NAME_FIRST = new Set(["CHN", "PRK", "KOR", "TWN", "HKG", "MAC", "VNM", "SGP"]);
// "<group>-run ministry": the words that make the group the owner (not "-backed", "-linked").
export const OWNER_WORDS = new Set(["run", "led", "controlled", "ruled", "administered", "governed"]);
// Compass words that start two country names joined by "and" ("North and South Korea").
export const ELIDED_COMPASS = new Set(["north", "south", "east", "west"]);
// "the ball is (now firmly) in X's court": how many tokens back "ball" may stand.
export const IDIOM_REACH = 6;
export const MAX_NAME_TOKENS = 4;
// Capitalised words that qualify an office without naming a body: the court or bench ("U.S.
// District Judge", "Circuit Judge"), the seniority ("Chief Judge", "Senior Judge") and the
// party ("Republican Sen.", "Democratic Rep."). Before a title that a name follows they belong to
// the title, not to a longer proper name ("Queen Elizabeth University Hospital" stays a building).
export const TITLE_QUALIFIERS = new Set(
  (
    "federal district circuit appeals appellate superior supreme bankruptcy magistrate county municipal " +
    "administrative immigration state " +
    "chief senior associate presiding acting deputy assistant interim " +
    "republican democratic democrat independent labour labor conservative liberal"
  ).split(" "),
);
