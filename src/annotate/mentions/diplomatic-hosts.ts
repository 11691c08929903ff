// Diplomats and missions serve another state than the one they are posted in: "the embassy in
// Belize" is a foreign embassy there, "the ambassador to Kenya" is another country's. The place
// phrase after them names their host, so the passes that place bare roles must not give them its
// country (agent-country.ts): they take their own from what else the document says, or stay bare.
import type { Mention } from "../../types.ts";

// Nouns of diplomatic missions and of the people who serve in them.
const DIPLOMATIC =
  /\b(?:embass(?:y|ies)|consulates?|legations?|high commissions?|missions?|envoys?|ambassadors?|emissar(?:y|ies)|consuls?|diplomats?)$/i;
// What stands between the mission and its host: "in", "to", "at", "based in".
const HOST_PHRASE = /^\s*,?\s+(?:in|to|at|based\s+in)\s+(?:the\s+)?$/i;

/**
 * The country of the place or state mention right after k in its sentence, when the text between
 * them is a host phrase (`joins`): the host both readings below look for.
 */
function hostAfter(
  mentions: readonly Mention[],
  countries: readonly (string | null)[],
  k: number,
  text: string | undefined,
  joins: RegExp,
): string | null {
  const m = mentions[k]!;
  const next = mentions[k + 1];
  if (text === undefined || !next || !countries[k + 1]) return null;
  if (next.kind !== "place" && next.kind !== "state") return null;
  if (next.sentenceIndex !== m.sentenceIndex || !joins.test(text.slice(m.end, next.start))) return null;
  return countries[k + 1]!;
}

/**
 * The host country of a diplomatic mention at k ("embassy in Belize" -> BLZ), read from the
 * place or state mention right after it; null when k is no diplomat or no host is named.
 */
export function diplomaticHost(
  mentions: readonly Mention[],
  countries: readonly (string | null)[],
  k: number,
  text: string | undefined,
): string | null {
  return DIPLOMATIC.test(mentions[k]!.text) ? hostAfter(mentions, countries, k, text, HOST_PHRASE) : null;
}

// ", the former special envoy to": a person's apposition naming a diplomatic office, up to the host.
const APPOSED_DIPLOMAT =
  /^\s*,\s*(?:(?:a|an|the)\s+)?(?:[\p{L}.-]+\s+){0,4}?(?:envoy|ambassador|emissary|consul|diplomat)\s+(?:to|in|at)\s+(?:the\s+)?$/iu;

/** "Kurt Roe, the former special envoy to Ukraine": the host the person's apposition names. */
export function apposedDiplomatHost(
  mentions: readonly Mention[],
  countries: readonly (string | null)[],
  k: number,
  text: string | undefined,
): string | null {
  return mentions[k]!.kind === "person" ? hostAfter(mentions, countries, k, text, APPOSED_DIPLOMAT) : null;
}

/**
 * The country a story about the host is otherwise about: the most mentioned of the other
 * countries, when it holds at least half of their mentions ("the U.S. envoy" in a story about
 * Ukraine that names the U.S. next most).
 */
export function storyCountryBesides(
  countries: readonly (string | null)[],
  host: string,
): { country: string; count: number; total: number } | null {
  const counts = new Map<string, number>();
  let total = 0;
  for (const c of countries) {
    if (!c || c === host) continue;
    counts.set(c, (counts.get(c) ?? 0) + 1);
    total++;
  }
  if (!total) return null;
  const [country, count] = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a));
  return count * 2 >= total && count >= 2 ? { country, count, total } : null;
}
