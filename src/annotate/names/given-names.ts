// Given names and the sex they are most often given to, from the npm package
// gender-detection-from-name (MIT; ~87,000 first names from English, French, Spanish, Italian,
// German and Turkish civil registers and name lists, shipped as data in the package, no network).
// A capitalised word that is a given name, followed by another capitalised word, is most likely a
// person's name ("Phil Simmons"); the sex lets "she" skip a man named just before.
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
