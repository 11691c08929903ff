// Kinds of company, news organisation and charity standing alone as actors ("the utility",
// "automakers", "a think tank"): the generated actors/wordnet.organisations.agents.tsv. Unlike
// "the company" or "the police", such a noun is as often a modifier of the noun after it as a
// body that acts ("utility bills", "the airline industry", "utilities regulators" are GOV), and
// it names one kind of body, so "the automaker" is not "the airline" named before. And only a
// definite one is a particular body that acts: "the utility", "the country's largest airline",
// "its insurer"; "several manufacturers", "frugal insurance companies" speak of a kind in general.
import type { Item } from "./compose-state.ts";
import type { MatchToken } from "./match-tokens.ts";

// The file (in any dictionary folder) whose agent lines are kinds of organisation.
const ORGANISATION_KINDS_FILE = /(?:^|[/\\])wordnet\.organisations\.agents\.tsv:/;

/** True when a lexicon value is a kind of organisation from the generated file. */
export function isOrganisationKind(value: Item["value"]): boolean {
  return value.type === "agent" && ORGANISATION_KINDS_FILE.test(value.source);
}

/**
 * True when the kind-of-organisation noun starting a run of role words modifies what follows: a
 * second role word ("utilities regulators", "airline pilots") or a noun ("utility bills").
 */
export function modifiesNextNoun(roles: readonly Item[], nextPos: string | undefined): boolean {
  const first = roles[0];
  if (!first || !isOrganisationKind(first.value)) return false;
  return roles.length > 1 || nextPos === "NOUN" || nextPos === "PROPN";
}

// What opens a definite noun phrase: the article, a possessive pronoun, or a possessor's "'s".
const DEFINITE_OPENERS = new Set(["the", "its", "their", "his", "her", "our", "'"]);
// Words that may stand between the opener and the noun ("the troubled domestic automakers").
const PRE_MODIFIER_POS = new Set(["ADJ", "NOUN", "PROPN", "ADV", "NUM"]);

/**
 * True when the kind-of-organisation noun at `from` opens no definite noun phrase: no "the", no
 * possessive before it and its modifiers ("several polysilicon manufacturers").
 */
export function indefiniteKind(
  value: Item["value"],
  tokens: readonly MatchToken[],
  pos: readonly string[],
  from: number,
): boolean {
  if (!isOrganisationKind(value)) return false;
  let k = from - 1;
  while (k >= 0 && (PRE_MODIFIER_POS.has(pos[k] ?? "") || /\p{Ll}(?:ed|ing)$/u.test(tokens[k]!.text))) k--;
  if (k < 0) return true;
  // The match tokens split "country's" into "country", "'", "s".
  const possessive = tokens[k]!.key === "s" && tokens[k - 1]?.key === "'";
  return !possessive && !DEFINITE_OPENERS.has(tokens[k]!.key);
}
