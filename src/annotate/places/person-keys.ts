// The people a document names, read before places are: surnames ("John Dunn" -> "dunn") and
// names written after a given name ("Bill Holland"), so that a later bare "Dunn" or "Holland" is
// not taken for the town or the country.
import type { Sentence } from "../../types.ts";
import { type Gazetteer, POSTAL_TOWN_SOURCE } from "../gazetteer/index.ts";
import { toNameKey } from "../gazetteer/name-key.ts";
import type { PlaceCues } from "./place-cues.ts";
import { ADMIN_HEADS, isStrong, LEADING_FEATURE_WORDS, PLACE_QUALIFIERS } from "./place-filters.ts";

/** See findPersonKeys: a place this large is not taken for a surname written first. Set by hand. */
const SURNAME_FIRST_MAX_PLACE = 100_000;

/**
 * Where a person key came from: the last word of a name ("John Dunn"), or the first word of a
 * two-word run read as a surname written first ("Fang Fenghui"), a guess that is also what a
 * town's name before a noun looks like ("Paducah Sun"), so a place the text names elsewhere wins.
 */
export type PersonKeySource = "surname" | "surname first";

/**
 * Surnames of the people the document names: the last word of a run of two to four
 * capitalized names that is not itself a place ("John Dunn" -> "dunn"), and the first word of a
 * two-word run (surname-first names: "Fang Fenghui"), so that a later "Dunn" is not taken for
 * Dunn, North Carolina. Names of big or important places are never taken as surnames.
 */
export function findPersonKeys(
  text: string,
  sentences: readonly Sentence[],
  gazetteer: Gazetteer,
  cues: PlaceCues,
): Map<string, PersonKeySource> {
  const keys = new Map<string, PersonKeySource>();
  for (const { tokens } of sentences) {
    let runStart = -1;
    for (let i = 0; i <= tokens.length; i++) {
      const token = tokens[i];
      const inRun = token !== undefined && token.pos === "PROPN" && /^\p{Lu}\p{Ll}/u.test(token.text);
      if (inRun && runStart < 0) runStart = i;
      if (inRun || runStart < 0) continue;
      const length = i - runStart;
      // "Lake Manassas", "Cape Peron", "Mount Hood": a run led by a generic word of geography
      // names a feature, and its last word is no surname.
      const firstLower = tokens[runStart]!.text.toLowerCase();
      const startsWithQualifier =
        PLACE_QUALIFIERS.has(firstLower) ||
        LEADING_FEATURE_WORDS.has(firstLower) ||
        cues.featureHeads.has(firstLower);
      if (length >= 2 && length <= 4 && !startsWithQualifier) {
        const runText = text.slice(tokens[runStart]!.start, tokens[i - 1]!.end);
        // A village known only from its post office ("Tom Bean", "Ben Wheeler") is not enough
        // to make a person's full name a place.
        const isPlace = gazetteer
          .lookupKey(toNameKey(runText), false)
          .some((e) => e.source !== POSTAL_TOWN_SOURCE);
        // A surname that is also a big or important place ("Washington") stays a place.
        const addUnlessStrong = (key: string, source: PersonKeySource) => {
          if (isStrong(gazetteer.lookupKey(key, false), 1_000_000)) return;
          if (keys.get(key) !== "surname") keys.set(key, source);
        };
        if (!isPlace) {
          addUnlessStrong(toNameKey(tokens[i - 1]!.text), "surname");
          // Two-word names may put the surname first ("Fang Fenghui" ... "Fang"), but "Nyanza
          // Province", "Cornwall Council" are a place and a generic word.
          const second = tokens[runStart + 1]!.text.toLowerCase();
          const isGeneric =
            ADMIN_HEADS.has(second) ||
            cues.orgHeads.has(second) ||
            cues.featureHeads.has(second) ||
            cues.bodyHeads.has(second);
          // A town of SURNAME_FIRST_MAX_PLACE people or more leading two names is a place
          // heading an organisation's name ("Seattle Seahawks", "Harrow Boys"), not a surname.
          const firstKey = toNameKey(tokens[runStart]!.text);
          const isTown = isStrong(gazetteer.lookupKey(firstKey, false), SURNAME_FIRST_MAX_PLACE);
          if (length === 2 && !isGeneric && !isTown) addUnlessStrong(firstKey, "surname first");
        }
      }
      runStart = -1;
    }
  }
  return keys;
}

/**
 * Names written right after a given name ("Andrew Jordan", "Bill Holland", "Rob Austin"): the
 * document uses them as surnames, even when they are countries or big cities, so a bare later
 * use ("Holland recalled") is the person unless a preposition of place introduces it ("in
 * Jordan"). The given name must not itself be a strong place ("Israel Gaza" is two places).
 */
export function findGivenNameSurnames(
  text: string,
  sentences: readonly Sentence[],
  gazetteer: Gazetteer,
  cues: PlaceCues,
): Set<string> {
  const keys = new Set<string>();
  for (const { tokens } of sentences) {
    for (let i = 0; i + 1 < tokens.length; i++) {
      const given = tokens[i]!;
      const next = tokens[i + 1]!;
      if (!/^\p{Lu}\p{Ll}/u.test(given.text) || !/^\p{Lu}\p{Ll}/u.test(next.text)) continue;
      if (text.slice(given.end, next.start) !== " ") continue;
      const givenKey = toNameKey(given.text);
      if (!cues.firstNames.has(givenKey)) continue;
      if (isStrong(gazetteer.lookupKey(givenKey, false), Number.POSITIVE_INFINITY)) continue;
      const after = tokens[i + 2];
      // "Bill Holland" but not "Grant Park", "Will County": a generic word is no surname.
      const nextLower = next.text.toLowerCase();
      if (
        ADMIN_HEADS.has(nextLower) ||
        cues.featureHeads.has(nextLower) ||
        cues.orgHeads.has(nextLower) ||
        cues.bodyHeads.has(nextLower)
      )
        continue;
      // A third capitalized name ("Mary Jo Smith") makes the second a middle name: skip it.
      if (after && /^\p{Lu}\p{Ll}/u.test(after.text) && text.slice(next.end, after.start) === " ") continue;
      keys.add(toNameKey(next.text));
    }
  }
  return keys;
}

/** A capitalized word ("Spieth", not "the" or "Police"). */
const isNameWord = (word: string | undefined) => word !== undefined && /^\p{Lu}\p{Ll}/u.test(word);

/**
 * Second words of two-word names whose first word is a given name, often also a place's ("Jordan
 * Spieth", "Paris Jackson", "Chad Johnson"), that the document also writes alone, outside any longer name ("Spieth said",
 * "said Jackson."): a news story names a person in full once, then by surname, so the first word
 * was a given name and not the place. Generic words ("Jordan Valley", "Chad Police") and names
 * the document never repeats alone ("Paris Hilton flew to London") are left to the place.
 */
export function findSurnamesUsedAlone(sentences: readonly Sentence[], cues: PlaceCues): Set<string> {
  const afterGivenName = new Map<string, number>();
  const alone = new Map<string, number>();
  for (const { tokens } of sentences) {
    for (let i = 0; i < tokens.length; i++) {
      const word = tokens[i]!.text;
      if (!isNameWord(word)) continue;
      const before = tokens[i - 1]?.text;
      const after = tokens[i + 2]?.text;
      // The tagger's proper noun: "Florida The controversy" (a lost full stop) is no name.
      const next = tokens[i + 1]?.pos === "PROPN" ? tokens[i + 1]!.text : undefined;
      const key = toNameKey(word);
      if (isNameWord(before)) continue;
      if (isNameWord(next) && !isNameWord(after) && (cues.firstNames.has(key) || cues.givenNames.has(key))) {
        const surname = toNameKey(next!);
        const lower = next!.toLowerCase();
        const generic =
          ADMIN_HEADS.has(lower) ||
          cues.featureHeads.has(lower) ||
          cues.orgHeads.has(lower) ||
          cues.bodyHeads.has(lower) ||
          cues.locatedHeads.has(lower) ||
          cues.personCues.has(lower);
        if (!generic) afterGivenName.set(surname, (afterGivenName.get(surname) ?? 0) + 1);
      }
      if (!isNameWord(next)) alone.set(key, (alone.get(key) ?? 0) + 1);
    }
  }
  return new Set([...afterGivenName.keys()].filter((key) => (alone.get(key) ?? 0) > 0));
}
