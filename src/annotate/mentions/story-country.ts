// Which country a mention stands for, and which country a story is about: its wire dateline's, or
// the one its country mentions are dominated by. Bare agents (agent-country.ts) and people
// (person-country.ts) take their country from these.

import type { Mention } from "../../types.ts";

const NON_COUNTRY_PREFIX = /^(?:IGO|NGO|IMG|MNC|INT|UIS|NGM)/;

/** The country a mention stands for or lies in: a state, a place, or a code with a country prefix. */
export function countryOfMention(m: Mention, isCountry: (code: string) => boolean): string | null {
  if (m.kind === "place") return m.place?.country ?? (m.code && isCountry(m.code) ? m.code : null);
  const code = m.code;
  if (!code || m.refersTo || m.kind === "equipment" || m.kind === "date") return null;
  if (!/^[A-Z]{3}/.test(code) || NON_COUNTRY_PREFIX.test(code)) return null;
  const iso3 = code.slice(0, 3);
  return isCountry(iso3) ? iso3 : null;
}

// The story's main country over the whole document: at least this many country mentions, and
// this share of them (a story about one country names it again and again).
const STORY_COUNTRY_MIN_MENTIONS = 3;
const STORY_COUNTRY_MIN_SHARE = 0.5;
// A short story that names countries only twice is still about one country when both are it
// ("a judge in Washington, DC").
const UNANIMOUS_STORY_MIN_MENTIONS = 2;

/** The country of the wire dateline: the first place or state mention that spells it. */
export function datelineCountry(
  mentions: readonly Mention[],
  countries: readonly (string | null)[],
  datelinePlace: string | null,
): { country: string; place: string } | null {
  if (!datelinePlace) return null;
  const wanted = datelinePlace.toLowerCase();
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    const written = m.text.toLowerCase();
    // "KABUL, Afghanistan (AP) -": the dateline's first place, at the head of the text, will do.
    const atHead = m.start <= datelinePlace.length && wanted.startsWith(written);
    if (countries[k] && (written === wanted || atHead))
      return { country: countries[k]!, place: datelinePlace };
  }
  return null;
}

/** The country the whole story is about, when one country dominates its country mentions. */
export function storyCountry(
  mentions: readonly Mention[],
  countries: readonly (string | null)[],
): { country: string; count: number; total: number } | null {
  const counts = new Map<string, number>();
  let total = 0;
  for (let k = 0; k < mentions.length; k++) {
    const c = countries[k];
    if (!c) continue;
    counts.set(c, (counts.get(c) ?? 0) + 1);
    total++;
  }
  if (total < UNANIMOUS_STORY_MIN_MENTIONS) return null;
  const [country, count] = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a));
  if (total < STORY_COUNTRY_MIN_MENTIONS) return count === total ? { country, count, total } : null;
  return count / total >= STORY_COUNTRY_MIN_SHARE ? { country, count, total } : null;
}
