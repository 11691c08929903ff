// Which three-letter codes name a country. A sector actor (civilians, police, media) around a
// non-state actor (Hamas HMS, the Taliban TAL, an IGO) borrows a country only from an actor whose
// code opens with a country: a group's own code is no country ("HMSCVL" is not anyone's people).
// Every coder decision about an actor's country asks here (the document's countries, merging
// repeated events, a bare role's country), so an IGO, an NGO or a group never passes for one.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

let iso3s: ReadonlySet<string> | null = null;

/** ISO 3166 alpha-3 codes from world-countries (Kosovo as XKX, as data/actors spells it). */
function countryCodes(): ReadonlySet<string> {
  if (!iso3s) {
    const world = require("world-countries/countries.json") as { cca3: string }[];
    iso3s = new Set(world.map((c) => (c.cca3 === "UNK" ? "XKX" : c.cca3)));
  }
  return iso3s;
}

/** True when `code` is a three-letter country code ("AFG"), not a group's or a role's ("TAL", "COP"). */
export function isCountryCode(code: string): boolean {
  return code.length === 3 && countryCodes().has(code);
}

/** The country an actor code opens with ("AFGCOP" → "AFG"), or null for groups, IGOs and bare roles. */
export function leadingCountry(code: string): string | null {
  if (!/^([A-Z]{3})+$/.test(code)) return null;
  const first = code.slice(0, 3);
  return isCountryCode(first) ? first : null;
}
