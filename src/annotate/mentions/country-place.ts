// Whether a country or capital names where something happens rather than who acts ("in Kenya",
// "the capital, Nairobi", a dateline "MADRID —"), and the gazetteer place such a mention carries.
// Apart from the actors built on a country (country-actors.ts), which ask this before coding one.
import type { Place } from "../../types.ts";
import type { LexValue } from "./actor-lexicon.ts";
import type { Composer } from "./compose-state.ts";
import { COMPASS, LOCATIVE, MOTION_LEMMAS, NOT_NAME, PLACE_NOUNS } from "./compose-words.ts";
import { isDatelinePlace } from "./dateline-place.ts";
import { isCapitalized } from "./match-tokens.ts";

/** The gazetteer place of a capital or country, with only the fields of the Place contract. */
export function placeFor(c: Composer, value: LexValue): Place | null {
  const { input } = c;
  if (!input.gazetteer) return null;
  let p: Place | null | undefined = null;
  if (value.type === "capital") p = input.gazetteer.capitalOf?.(value.name)?.place;
  else if (value.type === "state") p = input.gazetteer.countryCentroid?.(value.iso3);
  if (!p) return null;
  // Only the contract's fields: a gazetteer may carry bookkeeping of its own.
  const { name, country, admin1, lat, lon, geonameid, featureClass, population } = p;
  const type = (p as { kind?: string }).kind ?? p.type;
  return {
    name,
    country,
    admin1,
    lat,
    lon,
    geonameid,
    featureClass,
    population,
    ...(type ? { type } : {}),
    // The division code feeds GDELT's ADM1Code (store/export).
    ...(p.admin1Code ? { admin1Code: p.admin1Code } : {}),
  };
}

// Words that join two names of the same standing ("Tokyo and Seoul", "Paris or Berlin").
const COORDINATORS = new Set(["and", "or", "nor"]);
// Parts of speech that open a clause after a name: "... and Washington protested".
const CLAUSE_VERB_POS = new Set(["VERB", "AUX"]);

/** Whether a country or capital at [from, to) names where, not who. */
export function isLocative(c: Composer, from: number, to: number) {
  const { tokens, pos, n, memory, input, itemAt, itemEnds } = c;
  let p = from - 1;
  if (p >= 0 && tokens[p]!.key === "the") p--;
  const key = p >= 0 ? tokens[p]!.key : "";
  if (LOCATIVE.has(key) || COMPASS.test(key) || PLACE_NOUNS.has(key)) return true;
  // "the capital, Port-au-Prince", "Kenya's capital Nairobi"
  if (key === "," && p > 0 && PLACE_NOUNS.has(tokens[p - 1]!.key)) return true;
  // "Washington state", "Beijing city"
  if (to < n && PLACE_NOUNS.has(tokens[to]!.key) && !isCapitalized(tokens[to]!.text)) return true;
  if (key === "to" && p > 0 && MOTION_LEMMAS.test(tokens[p - 1]!.key)) return true;
  // The second of two coordinated places shares the first's preposition: "in Tokyo and Seoul",
  // "between Moscow, Kyiv and Warsaw". A verb after it means a new clause with a new subject
  // ("drills in Syria and Washington protested"), where the capital acts.
  if (COORDINATORS.has(key) && !CLAUSE_VERB_POS.has(pos[to] ?? "")) {
    const q = p > 0 && tokens[p - 1]!.key === "," ? p - 1 : p;
    const prev = memory.mentions[memory.mentions.length - 1];
    if (prev?.kind === "place" && q > 0 && prev.end === tokens[q - 1]!.end) return true;
  }
  // A list of places: "in Egypt - namely Cairo, Giza and Al-Minya".
  if (key === "," || key === "-" || key === "namely" || key === "including") {
    const prev = memory.mentions[memory.mentions.length - 1];
    if (prev?.kind === "place") return true;
    // "Utah, Washington and Wisconsin": a list of names our dictionaries leave to the gazetteer.
    const before = p > 0 ? tokens[p - 1]! : null;
    if (
      key === "," &&
      before &&
      pos[p - 1] === "PROPN" &&
      isCapitalized(before.text) &&
      !itemEnds.has(p) &&
      input.sentenceOf[p - 2] === input.sentenceOf[p - 1]
    )
      return true;
  }
  const next = tokens[to];
  // A dateline: "NEW DELHI, June 3 (Reuters) -", "MADRID —", "(AP) HONOLULU -".
  if (isDatelinePlace(c, from, to)) return true;
  // "Luanda, Angola's capital", "Kabul, Afghanistan": a capital followed by its own country.
  const then = next?.key === "," ? itemAt.get(to + 1) : undefined;
  const iso3 = itemAt.get(from)?.value;
  if (then?.value.type === "state" && iso3?.type === "capital" && then.value.iso3 === iso3.iso3) return true;
  return (
    next?.key === "," &&
    to + 1 < n &&
    isCapitalized(tokens[to + 1]!.text) &&
    !itemAt.has(to + 1) &&
    !NOT_NAME.has(tokens[to + 1]!.key) &&
    input.sentenceOf[to + 1] === input.sentenceOf[to]
  );
}
