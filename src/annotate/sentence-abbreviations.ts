// Loads data/abbreviations.txt: words ending in a period that do not (or need not) end a sentence.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { SitrepError } from "../errors.ts";

/** How an abbreviation behaves at a possible sentence end (see the header of data/abbreviations.txt). */
export type AbbreviationClass = "title" | "number" | "final" | "time";

export type Abbreviations = ReadonlyMap<string, AbbreviationClass>;

export const ABBREVIATIONS_FILE = "abbreviations.txt";

const CLASSES: ReadonlySet<string> = new Set<AbbreviationClass>(["title", "number", "final", "time"]);

/** Parses the file's text; `source` names the file in error messages. */
export function parseAbbreviations(text: string, source: string): Map<string, AbbreviationClass> {
  const entries = new Map<string, AbbreviationClass>();
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line || line.startsWith("#")) continue;
    const [word, kind = "title", extra] = line.split(/\s+/);
    if (!word?.endsWith(".") || extra !== undefined || !CLASSES.has(kind)) {
      throw new SitrepError(
        "E_DICT_SYNTAX",
        `${source}:${i + 1}: expected "ABBREV." optionally followed by title, number, final or time, got "${line}"`,
        source,
      );
    }
    entries.set(word, kind as AbbreviationClass);
    // An all-lower-case entry also matches at the start of a sentence ("etc." / "Etc.").
    if (word === word.toLowerCase())
      entries.set(word[0]!.toUpperCase() + word.slice(1), kind as AbbreviationClass);
  }
  return entries;
}

/**
 * Reads abbreviations.txt from the project's data folder, then from each user dictionary folder
 * that has one (later folders add entries or change their class).
 */
export function loadAbbreviations(dataDir: string, dictDirs: readonly string[] = []): Abbreviations {
  const merged = new Map<string, AbbreviationClass>();
  const projectFile = join(dataDir, ABBREVIATIONS_FILE);
  if (!existsSync(projectFile)) {
    throw new SitrepError("E_DICT_NOT_FOUND", `${projectFile} is missing`, projectFile);
  }
  for (const file of [projectFile, ...dictDirs.map((dir) => join(dir, ABBREVIATIONS_FILE))]) {
    if (file !== projectFile && !existsSync(file)) continue;
    for (const [word, kind] of parseAbbreviations(readFileSync(file, "utf8"), file)) merged.set(word, kind);
  }
  return merged;
}
