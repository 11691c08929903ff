// "DuPage county", "Cook and DuPage counties", "County Cavan", "Hopkinton Township": a division
// named by its bare name and a kind word, found where the gazetteer files it under another form.
import type { Token } from "../../types.ts";
import type { Gazetteer } from "../gazetteer/index.ts";
import { toNameKey } from "../gazetteer/name-key.ts";
import { isCapitalized, type Span } from "./place-filters.ts";

/** Words that join the members of a list of places. */
const LIST_JOINERS: ReadonlySet<string> = new Set([",", "and", "or", "&", ";"]);
/** Lowercase kind words after a division's bare name: "DuPage county", "Cook and DuPage counties". */
const COUNTY_WORDS: ReadonlyMap<string, string> = new Map([
  ["county", "county"],
  ["counties", "county"],
  ["parish", "parish"],
  ["parishes", "parish"],
  ["borough", "borough"],
  ["boroughs", "borough"],
  ["township", "township"],
  ["townships", "township"],
]);
/**
 * Kind words of divisions that share their name and place with the town at their heart: a US
 * township or borough the gazetteer lacks ("Hopkinton Township") is where the town of that name is.
 */
const TOWN_DIVISION_KINDS: ReadonlySet<string> = new Set(["township", "borough"]);
/** Tokens looked ahead for the kind word of a list of divisions ("Cook, Lake and DuPage counties"). */
const COUNTY_LIST_LOOKAHEAD = 8;

/**
 * A division named by its bare name and a lowercase kind word after it or after the list it
 * ends ("DuPage county", "Cook and DuPage counties"): the gazetteer files it as "DuPage County".
 */
export function countyNamedAt(tokens: readonly Token[], i: number, gazetteer: Gazetteer): Span | null {
  const multiWord = multiWordCountyAt(tokens, i, gazetteer);
  if (multiWord) return multiWord;
  for (let j = i + 1; j < tokens.length && j <= i + COUNTY_LIST_LOOKAHEAD; j++) {
    const word = tokens[j]!.text;
    const kind = COUNTY_WORDS.get(word) ?? (j === i + 1 ? COUNTY_WORDS.get(word.toLowerCase()) : undefined);
    if (kind) {
      // The singular kind word names one division, right after its name only.
      if (kind === word.toLowerCase() && j !== i + 1) return null;
      const key = `${toNameKey(tokens[i]!.text)} ${kind}`;
      const candidates = gazetteer.lookupKey(key, false);
      if (candidates.length) return { first: i, last: i, key, candidates };
      // "Cavan County", "Kerry county": GeoNames files some counties by their bare name.
      // "Hopkinton Township": a township or borough is where its namesake town is.
      const bare = TOWN_DIVISION_KINDS.has(kind)
        ? townsNamed(tokens[i]!.text, gazetteer)
        : divisionsNamed(tokens[i]!.text, gazetteer);
      return bare.length
        ? { first: i, last: j === i + 1 ? j : i, key: toNameKey(tokens[i]!.text), candidates: bare }
        : null;
    }
    if (!isCapitalized(word) && !LIST_JOINERS.has(word)) return null;
  }
  return null;
}

/** Most words in a division's bare name before its kind word ("Prince William", "Anne Arundel"). */
const MAX_NAME_WORDS = 3;

/**
 * "Prince William county", "Loudoun and Prince William counties", "Palm Beach and Broward
 * counties": a bare name of two or three capitalized words right before the lowercase kind word.
 */
function multiWordCountyAt(tokens: readonly Token[], i: number, gazetteer: Gazetteer): Span | null {
  let last = i;
  while (
    last + 1 < tokens.length &&
    last - i + 1 < MAX_NAME_WORDS &&
    isCapitalized(tokens[last + 1]!.text) &&
    tokens[last + 1]!.start === tokens[last]!.end + 1
  )
    last++;
  const kindWord = tokens[last + 1]?.text;
  const kind = kindWord ? COUNTY_WORDS.get(kindWord) : undefined;
  if (last === i || !kind) return null;
  const key = toNameKey(
    `${tokens
      .slice(i, last + 1)
      .map((t) => t.text)
      .join(" ")} ${kind}`,
  );
  const candidates = gazetteer.lookupKey(key, false).filter((e) => e.kind === "admin2");
  if (!candidates.length) return null;
  // The singular names one division and joins the span; a plural ends a list and stays out.
  return { first: i, last: kind === kindWord ? last + 1 : last, key, candidates };
}

/** Second-level divisions filed under a bare name ("Cavan", "Kerry"): what "County X" names. */
const divisionsNamed = (name: string, gazetteer: Gazetteer) =>
  gazetteer.lookupKey(toNameKey(name), false).filter((e) => e.kind === "admin2");

/** Towns filed under a bare name ("Hopkinton"): what "Hopkinton Township" is centred on. */
const townsNamed = (name: string, gazetteer: Gazetteer) =>
  gazetteer.lookupKey(toNameKey(name), false).filter((e) => e.kind === "city" || e.kind === "capital");

/** "County Cavan", "County Kerry" (the Irish order): the kind word first, then the bare name. */
export function countyFirstAt(tokens: readonly Token[], i: number, gazetteer: Gazetteer): Span | null {
  const next = tokens[i + 1];
  if (tokens[i]!.text !== "County" || !next || !isCapitalized(next.text)) return null;
  const candidates = divisionsNamed(next.text, gazetteer);
  return candidates.length ? { first: i, last: i + 1, key: toNameKey(next.text), candidates } : null;
}
