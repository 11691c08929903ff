// A visit CAMEO codes (042 make a visit, 043 host a visit) is a journey between political actors:
// to a country, a government, a leader, a place of state. A journey whose destination is a place
// or a person of private life — a shop, a home, a relative, a hospital, a school ("visited a
// shop in Kyiv", "visiting his family in London", "visited her mother in hospital", "visiting
// children in their homes") — is no such visit, whoever makes it. The nouns come from WordNet
// (data/senses/private-destinations.txt, scripts/generate-private-destinations.ts).
// Possessive endings after a name ("Putin's home": the visit is Putin's to host).
import { POSSESSIVE_ENDINGS } from "./object-sense.ts";
import type { PatternMatch } from "./pattern-match.ts";
import type { SentenceView } from "./sentence-view.ts";

/** Make or host a visit. */
const VISIT = /^04[23]/;
/** Prepositions that lead from a journey to its destination ("arrived at", "a visit to"). */
const TO_PLACE = new Set(["to", "at", "in", "into"]);
/** Words that may open the destination's noun phrase before its head ("a", "his", "her ailing"). */
const BEFORE_HEAD = /^(DET|ADJ|NUM|PRON)$/;

/**
 * The head noun of the destination phrase at `k`, or null when the destination is an actor (or
 * its possession: "Putin's home"), a name, or no noun. An actor that only modifies the head
 * ("Russian relatives", "a Syrian family") is stepped over.
 */
function destinationHead(view: SentenceView, k: number): number | null {
  const n = view.tokens.length;
  if (TO_PLACE.has(view.words[k] ?? "") && view.tokens[k]!.pos === "ADP") k++;
  while (k < n) {
    const group = view.groupAt[k];
    if (group) {
      if (POSSESSIVE_ENDINGS.has(view.words[group.last + 1] ?? "")) return null;
      if (view.tokens[group.last + 1]?.pos !== "NOUN" || view.groupAt[group.last + 1]) return null;
      k = group.last + 1;
      continue;
    }
    if (!BEFORE_HEAD.test(view.tokens[k]!.pos)) break;
    k++;
  }
  if (k >= n || view.tokens[k]!.pos !== "NOUN") return null;
  // A compound noun's head is its last noun ("the family home", "a grocery store").
  while (k + 1 < n && view.tokens[k + 1]!.pos === "NOUN" && !view.groupAt[k + 1]) k++;
  return k;
}

/**
 * Why a visit's destination is private, or null: the noun phrase the trigger leads to (its object,
 * or the phrase after "to/at/in") has a head whose most frequent sense is a private place or
 * person; or that head is a person and a private place follows it ("visiting children in their
 * homes").
 */
export function privateVisitMisfit(
  view: SentenceView,
  m: PatternMatch,
  code: string,
  privateDestinations: ReadonlySet<string>,
): string | null {
  if (!VISIT.test(code) || !privateDestinations.size) return null;
  const start = m.targets.length ? m.targets[0]!.first : m.last + 1;
  const head = destinationHead(view, start);
  if (head === null) return null;
  const isPrivate = (i: number) =>
    privateDestinations.has(view.lemmas[i]!) || privateDestinations.has(view.words[i]!);
  let where = isPrivate(head) ? head : null;
  if (where === null && TO_PLACE.has(view.words[head + 1] ?? "")) {
    const place = destinationHead(view, head + 1);
    if (place !== null && isPrivate(place)) where = place;
  }
  if (where === null) return null;
  return `"${view.tokens[m.first]!.text}" to "${view.tokens[where]!.text}", a private place or person: no official visit`;
}
