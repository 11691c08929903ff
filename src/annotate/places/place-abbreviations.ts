// Regions written short: "Ill.", "TX", "N.B." as the qualifier of the name before them ("Austin,
// TX"), and a short form in capitals standing alone ("BC", "NSW") where the text names a place
// of that region.
import type { Sentence, Token } from "../../types.ts";
import type { Gazetteer, GazetteerEntry } from "../gazetteer/index.ts";
import { toNameKey } from "../gazetteer/name-key.ts";
import type { PlaceMatch } from "./place-candidates.ts";
import { isCapitalized, type Span } from "./place-filters.ts";
import { isWithin } from "./place-within.ts";

/** What stands between a place and the region that qualifies it: "Austin, TX", "Walker County (Ga.)". */
export const QUALIFIER_OPENERS: ReadonlySet<string> = new Set([",", "("]);

/**
 * A region written short ("Ill.", "TX", "N.B.") right after "Name," or "Name (": read only
 * there, so that "IN", "OR" or "Miss." elsewhere stay words.
 */
export function abbreviatedRegionAt(tokens: readonly Token[], i: number, gazetteer: Gazetteer): Span | null {
  const opener = tokens[i - 1];
  const name = tokens[i - 2];
  if (!opener || !name || !QUALIFIER_OPENERS.has(opener.text) || !isCapitalized(name.text)) return null;
  const candidates = regionsAbbreviatedAt(tokens, i, gazetteer);
  if (!candidates.length) return null;
  return { first: i, last: i, key: toNameKey(tokens[i]!.text), candidates };
}

/**
 * The regions token `i` abbreviates. At a sentence's end the tokenizer may split the period
 * from its abbreviation ("WAUSAU, Wis." -> "Wis" "."): the period touching it is read back.
 */
export function regionsAbbreviatedAt(
  tokens: readonly Token[],
  i: number,
  gazetteer: Gazetteer,
): readonly GazetteerEntry[] {
  const token = tokens[i]!;
  const found = gazetteer.regionsAbbreviated(token.text);
  if (found.length) return found;
  const next = tokens[i + 1];
  return next?.text === "." && next.start === token.end
    ? gazetteer.regionsAbbreviated(`${token.text}.`)
    : found;
}

/** A short form in capitals standing alone, waiting for the text to name a place of its region. */
export interface BareAbbreviation {
  readonly span: Span;
  readonly sentenceIndex: number;
  readonly tokens: readonly Token[];
}

/**
 * "BC", "NSW", "NY", "N.C." alone in running text: a region's short form written in capitals
 * (without dots, or as dotted initials), in a sentence that is not itself in capitals (where "IN" and "OR" are words). Only a
 * candidate: `supportedAbbreviations` keeps it where the text names a place of the region.
 */
export function bareRegionAbbreviationAt(
  text: string,
  sentence: Sentence,
  i: number,
  gazetteer: Gazetteer,
): Span | null {
  const token = sentence.tokens[i]!;
  // "NC", "NSW", or dotted initials as AP style writes them ("N.C. officials", "in N.J.").
  if (!/^(?:\p{Lu}{2,3}|(?:\p{Lu}\.){2,3})$/u.test(token.text)) return null;
  if (!/\p{Ll}/u.test(text.slice(sentence.start, sentence.end))) return null;
  const candidates = gazetteer.regionsAbbreviated(token.text);
  return candidates.length ? { first: i, last: i, key: toNameKey(token.text), candidates } : null;
}

/**
 * The bare short forms whose region the text names a place of (its most likely sense), or names
 * itself: "BC" in a story naming Vancouver is British Columbia; in a story about Egypt it is not.
 * A form shared by two regions ("WA") keeps the one the text supports.
 */
export function supportedAbbreviations(
  bare: readonly BareAbbreviation[],
  matches: readonly PlaceMatch[],
): BareAbbreviation[] {
  if (!bare.length) return [];
  const named = matches.map((m) => m.candidates[0]).filter((c): c is GazetteerEntry => c !== undefined);
  const out: BareAbbreviation[] = [];
  for (const b of bare) {
    const candidates = b.span.candidates.filter((region) =>
      named.some((p) => p === region || isWithin(p, region)),
    );
    if (candidates.length) out.push({ ...b, span: { ...b.span, candidates } });
  }
  return out;
}
