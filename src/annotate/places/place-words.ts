// The words before a name that put it at a place. Three decisions read them (a town lifted from
// a longer name, a small town believed, a name kept as a town after a filter); they share these
// lists so that a word added for one kind of text reaches all three, and each says what it adds.

/** Prepositions of place: "in Harvey", "near Moore", "from Louisville", "across Elgin". */
export const PLACE_PREPOSITIONS: readonly string[] = [
  "in",
  "at",
  "near",
  "from",
  "outside",
  "around",
  "into",
  "toward",
  "towards",
  "through",
  "across",
];

/** Adjectives of nearness modify only places: "of nearby Eton", "neighboring Elgin". */
export const NEARNESS_ADJECTIVES: readonly string[] = ["nearby", "neighboring", "neighbouring"];

/** Adjectives of direction and setting work the same way: "northwestern Taoyuan", "rural Wyong". */
export const DIRECTION_ADJECTIVES: readonly string[] = [
  "northern",
  "southern",
  "eastern",
  "western",
  "northeastern",
  "northwestern",
  "southeastern",
  "southwestern",
  "central",
  "rural",
];

/**
 * Words before a one-word name that make it a town rather than a person's given name ("in Spencer",
 * "near Garrett", "nearby Spencer"), and before a name a filter would drop: the prepositions of
 * place, "to" and "outskirts" too, and the adjectives of nearness.
 */
export const PLACE_WORDS_BEFORE_TOWN: ReadonlySet<string> = new Set([
  ...PLACE_PREPOSITIONS,
  "to",
  "outskirts",
  ...NEARNESS_ADJECTIVES,
]);
