// Whom a protest is against when the sentence names no one. CAMEO's 14 (protest) is dissent
// addressed to authorities: demonstrations, strikes, boycotts, sit-ins and riots by a country's
// people are aimed at that country's government unless the sentence says otherwise ("workers went
// on strike", "Iranian protesters marched through Tehran" are IRN… → IRNGOV). The audit guideline
// codes them so (civilians or protesters of a country against its government). Only a non-state
// source is read this way: a state that "protests" (a diplomatic protest, 140) or blocks a
// crossing (144) addresses no government of its own. Strikes and boycotts (143) are left as they
// are: a walkout is most often against an employer, a boycott against a firm or a product.
import type { Actor } from "./sentence-view.ts";

// Roles of a country's people at large who protest against their rulers (CAMEO actor types:
// protesters and the opposition, civilians, radicals, rights activists, refugees). Sectors
// (students, workers, doctors, farmers, clergy) protest as often against their own institution or
// employer, so their protest keeps no target when the sentence names none.
const SOCIETY_ROLES = new Set(["OPP", "CVL", "RAD", "HRI", "REF"]);
// Roles that name a sector of society (its protest has no default target).
const SECTOR_ROLES = new Set(["LAB", "EDU", "AGR", "MED", "HLH", "REL", "ENV", "BUS"]);
// Roles of the state: their protest is no dissent against their own government.
const STATE_ROLES = new Set(["GOV", "MIL", "COP", "JUD", "LEG", "SPY"]);
// Code prefixes that name no country (IGOs, international NGOs, multinationals).
const NON_COUNTRY = /^(?:IGO|NGO|IMG|MNC|INT|UIS|NGM)/;

/** The roles (three letters each) after a code's country, or null when the code opens with none. */
function countryAndRoles(code: string): { country: string; roles: string[] } | null {
  if (!/^[A-Z]{6,}$/.test(code) || code.length % 3 !== 0 || NON_COUNTRY.test(code)) return null;
  const country = code.slice(0, 3);
  if (SOCIETY_ROLES.has(country) || SECTOR_ROLES.has(country) || STATE_ROLES.has(country)) return null;
  const roles: string[] = [];
  for (let k = 3; k < code.length; k += 3) roles.push(code.slice(k, k + 3));
  return { country, roles };
}

/**
 * The government a protest (CAMEO `code`) by `source` with no named target is against: the source's country's
 * GOV when the source is that country's people (a society role, no state role). Null otherwise.
 */
export function protestTarget(code: string, source: Actor, target: Actor | null): Actor | null {
  if (!code.startsWith("14") || code.startsWith("143") || target) return null;
  const parsed = countryAndRoles(source.code);
  if (!parsed) return null;
  const { country, roles } = parsed;
  if (
    roles.some((r) => STATE_ROLES.has(r) || SECTOR_ROLES.has(r)) ||
    !roles.some((r) => SOCIETY_ROLES.has(r))
  )
    return null;
  return {
    code: `${country}GOV`,
    name: `${country} government (protested against)`,
    start: source.start,
    end: source.end,
  };
}
