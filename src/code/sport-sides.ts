// In a sports report, countries and people without office are teams and athletes: "Russia beat
// Croatia on Monday", "Spain will be back in action against defending champion Croatia", "the
// American defended his featherweight title", "Arkhipova defied that script". Their wins,
// defences, defiance and concessions are sport, which CAMEO does not code (bench/audit/
// GUIDELINES.md: sport results and sport governance are not coded). assertion-checks.ts drops
// contests (18-20) told with a score or a sport word in the sentence; this takes every code, in a
// document the sport signs make a sports report, when both sides can only be sides of a game.
// Because it takes every code, it asks more of the document than the three sport words that make
// a sports report: a quarter of its sentences must hold a sign of sport (a political story that
// mentions a football match once is no sports report; a results table or a match report is).
import type { Actor } from "./sentence-view.ts";

/**
 * Roles a team or an athlete can carry in the coder's codes: none (a bare country, "RUS"; a
 * person with no office), civilians, business (clubs, sponsors), education (college sides).
 * Any other role (government, police, courts, armed groups, media, IGOs, NGOs) is a public actor
 * whose act in a sports report may still be news.
 */
const SPORTING_ROLES = new Set(["CVL", "BUS", "EDU"]);

/**
 * The roles and organisation types that are public actors, never sides of a game: every type of
 * the CAMEO actor codebook (the coder's `actorTypes`, from data/ontology/cameo-actor-codes.tsv)
 * but the sporting roles. A code that opens with one is a bare role ("COP"), no team.
 */
export function publicTypesOf(actorTypes: ReadonlySet<string>): ReadonlySet<string> {
  return new Set([...actorTypes].filter((t) => !SPORTING_ROLES.has(t)));
}

/** Whether an actor can be a side of a game: a country or a private role, nothing more. */
export function isSportingSide(actor: Actor, publicTypes: ReadonlySet<string>): boolean {
  if (!/^([A-Z]{3})+$/.test(actor.code)) return false;
  const chunks = actor.code.match(/.{3}/g)!;
  if (publicTypes.has(chunks[0]!)) return false;
  return chunks.slice(1).every((c) => SPORTING_ROLES.has(c)) && chunks.length <= 2;
}

/** Share of a document's sentences that hold a sign of sport for sportingSidesMisfit. */
export const SPORT_DENSE_SHARE = 0.25;
const SCORE = /^\d{1,3}[-–]\d{1,3}$/;

/**
 * Whether a quarter of the sentences hold a sign of sport: a word of data/names/sport-words.txt,
 * also inside a hyphened word ("Boxing-Bruno"), or a score ("6-3").
 */
export function isSportDense(
  sentences: readonly { readonly tokens: readonly { readonly text: string }[] }[],
  sportWords: ReadonlySet<string> | undefined,
): boolean {
  if (!sentences.length || !sportWords?.size) return false;
  const sign = (w: string) =>
    SCORE.test(w) || sportWords.has(w) || (w.includes("-") && w.split("-").some((p) => sportWords.has(p)));
  const holding = sentences.filter((s) => s.tokens.some((t) => sign(t.text.toLowerCase()))).length;
  return holding >= SPORT_DENSE_SHARE * sentences.length;
}

/** Why an event in a sports report is a game, not an act CAMEO codes, or null. */
export function sportingSidesMisfit(
  sportReport: boolean,
  source: Actor,
  target: Actor | null,
  publicTypes: ReadonlySet<string>,
): string | null {
  if (!sportReport || !isSportingSide(source, publicTypes)) return null;
  if (target && !isSportingSide(target, publicTypes)) return null;
  return `a sports report, and ${source.code}${target ? ` and ${target.code}` : ""} can only be sides of a game`;
}
