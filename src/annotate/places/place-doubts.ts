// After each name has its place: the choices the text does not support are dropped. Small
// towns alone in a foreign country, small towns of another state than the story's, villages known
// only from their post office, towns named like people, and small places far from all the others
// each need the text to place them (place-evidence.ts says what counts).
import { type GazetteerEntry, POSTAL_TOWN_SOURCE } from "../gazetteer/index.ts";
import type { PlaceMatch } from "./place-candidates.ts";
import {
  distanceKm,
  hasStateEvidence,
  hasTownEvidence,
  isFarSmallPlace,
  isPersonLikeTown,
  isSmallLoneTown,
} from "./place-evidence.ts";
import { admin1Key, MAX_CANDIDATES, mainAdmin1, priorOf } from "./place-scores.ts";
import { isWithin } from "./place-within.ts";

/** Kinds of named place that vouch for a small town beside them. */
const LOCAL_ANCHOR_KINDS: ReadonlySet<string> = new Set(["city", "capital", "admin2"]);
/**
 * A small town within this distance of a town or county the document names, in the same state,
 * lies where the story is: about the width of two US counties. Set by that, not tuned.
 */
const BESIDE_ANCHOR_KM = 60;

function isBesideLocalAnchor(place: GazetteerEntry, anchors: readonly GazetteerEntry[]): boolean {
  return anchors.some(
    (anchor) =>
      anchor !== place &&
      anchor.country === place.country &&
      anchor.admin1 === place.admin1 &&
      distanceKm(anchor, place) <= BESIDE_ANCHOR_KM,
  );
}

export interface ChoiceContext {
  /** Countries the caller and the document name. */
  readonly hints: ReadonlySet<string>;
  /** The mentions of each name (by key). */
  readonly groups: ReadonlyMap<string, readonly PlaceMatch[]>;
  /** Which names chose each entry in the first pass. */
  readonly keysByEntry: ReadonlyMap<GazetteerEntry, ReadonlySet<string>>;
}

/** Drops from chosenByKey (name key -> place) the choices nothing in the text supports. */
export function dropDoubtfulChoices(chosenByKey: Map<string, GazetteerEntry>, context: ChoiceContext): void {
  const { hints, groups, keysByEntry } = context;
  // Countries the document points to: hints, and the countries of its places that are not
  // themselves small lone towns (those must not vouch for each other).
  const documentCountries = new Set(hints);
  for (const [key, place] of chosenByKey) {
    if (place.country && !isSmallLoneTown(key, place)) documentCountries.add(place.country);
  }
  // Towns and counties the text names that are not themselves small lone towns: a small town
  // right beside one of them, in its state, is the story's ("visited Adairsville" in a story
  // naming Gordon County, Georgia).
  const localAnchors = [...chosenByKey]
    .filter(([key, p]) => LOCAL_ANCHOR_KINDS.has(p.kind) && !isSmallLoneTown(key, p))
    .map(([, p]) => p);
  for (const [key, place] of chosenByKey) {
    if (!isSmallLoneTown(key, place)) continue;
    if (isBesideLocalAnchor(place, localAnchors)) continue;
    const group = groups.get(key) ?? [];
    const believed = group.some(
      (m) =>
        hasTownEvidence(m, place, documentCountries) ||
        // "in Moonbi, Parkes, Berry and Wyong": a list of places in one country the text names.
        m.siblings.some((sibling) => {
          const other = chosenByKey.get(sibling.key);
          return (
            other !== undefined &&
            other.country === place.country &&
            documentCountries.has(other.country ?? "")
          );
        }),
    );
    if (!believed) chosenByKey.delete(key);
  }
  // "in Clintonville" in a story about Ohio towns: a small town of another state (Wisconsin's)
  // that nothing else in the text puts in that state is the story's state's town of that name
  // when the gazetteer files one ("Tipton and Sharpsville" in an Indiana story, first taken for
  // Pennsylvania's because the two lie together there), else a local place the gazetteer lacks.
  for (const [key, place] of chosenByKey) {
    if (!isSmallLoneTown(key, place) || !place.admin1) continue;
    const storyAdmin1 = mainAdmin1(keysByEntry, key);
    if (storyAdmin1 === null || storyAdmin1 === admin1Key(place)) continue;
    const stateNamed = [...chosenByKey].some(
      ([k, p]) => k !== key && p.kind !== "country" && p.admin1 && admin1Key(p) === admin1Key(place),
    );
    const qualified = (groups.get(key) ?? []).some((m) =>
      m.commaNext?.candidates.some((c) => isWithin(place, c)),
    );
    if (stateNamed || qualified) continue;
    const local = (groups.get(key)?.[0]?.candidates ?? []).find(
      (c) => c !== place && c.kind !== "country" && c.admin1 !== null && admin1Key(c) === storyAdmin1,
    );
    if (local) chosenByKey.set(key, local);
    else chosenByKey.delete(key);
  }
  // A village known only from its post office needs the text to place it in a state it names.
  for (const [key, place] of chosenByKey) {
    if (place.source !== POSTAL_TOWN_SOURCE) continue;
    const isPlacedInState = (k: string, p: GazetteerEntry | undefined) =>
      p !== undefined &&
      k !== key &&
      p.kind !== "country" &&
      p.source !== POSTAL_TOWN_SOURCE &&
      p.country === place.country &&
      p.admin1 === place.admin1;
    const stateNamed = [...chosenByKey].some(([k, p]) => isPlacedInState(k, p));
    const placedInState = (m: PlaceMatch) => isPlacedInState(m.key, chosenByKey.get(m.key));
    const group = groups.get(key) ?? [];
    if (group.some((m) => hasStateEvidence(m, place, stateNamed, placedInState))) continue;
    // Not believed: the name is then its town (filed by a source other than the post office) in a
    // division another chosen place lies in: "in Carbondale" beside "Marion" (first taken for
    // Ohio's, which drew Ohio's post-office Carbondale) is Illinois' Carbondale.
    const namedDivisions = new Set(
      [...chosenByKey]
        .filter(([k, p]) => k !== key && p.kind !== "country" && p.source !== POSTAL_TOWN_SOURCE && p.admin1)
        .map(([, p]) => admin1Key(p)),
    );
    const town = (group[0]?.candidates ?? []).find(
      (c) =>
        c.kind === "city" &&
        c.source !== POSTAL_TOWN_SOURCE &&
        c.admin1 !== null &&
        namedDivisions.has(admin1Key(c)),
    );
    if (town) chosenByKey.set(key, town);
    else chosenByKey.delete(key);
  }
  // "Mary" (Turkmenistan), "Orlando": a town named like a person is believed when the text
  // places it (comma region, "the town of", a preposition of place) or another name in the
  // document lies in its country; "Mary agreed" in a story naming no Turkmen place is a person.
  for (const [key, place] of chosenByKey) {
    const group = groups.get(key) ?? [];
    if (!group.every((m) => m.isGivenName) || !isPersonLikeTown(place)) continue;
    const otherNamesCountry = [...chosenByKey].some(([k, p]) => k !== key && p.country === place.country);
    const placed = group.some((m) => hasTownEvidence(m, place, new Set([place.country ?? ""])));
    if (!otherNamesCountry && !placed && !hints.has(place.country ?? "")) chosenByKey.delete(key);
  }
  // Places in the document's own countries anchor it; a small foreign one far from all is doubtful.
  const anchors = [...chosenByKey.values()].filter(
    (p) => p.kind !== "country" && p.country !== null && documentCountries.has(p.country),
  );
  // How many names point to each country: a place must not vouch for its own country.
  const namesInCountry = new Map<string, number>();
  for (const place of chosenByKey.values()) {
    if (place.country) namesInCountry.set(place.country, (namesInCountry.get(place.country) ?? 0) + 1);
  }
  const isNamedElsewhere = (country: string) => hints.has(country) || (namesInCountry.get(country) ?? 0) > 1;
  if (anchors.length) {
    for (const [key, place] of chosenByKey) {
      if (!isFarSmallPlace(key, place, isNamedElsewhere, anchors)) continue;
      const group = groups.get(key) ?? [];
      if (!group.some((m) => m.commaNext?.candidates.some((c) => isWithin(place, c))))
        chosenByKey.delete(key);
    }
  }
}

/**
 * "A house fire in Carbondale ... Murphysboro crews helped.", "Troy and Cohoes": a held name
 * (PlaceMatch.heldFor: too doubtful to be believed alone) is the town of that name lying beside a
 * town or county the story names in the same state (BESIDE_ANCHOR_KM), the likeliest if several
 * do; else no place. A given name opening a sentence stays a person ("Marion went home."), and a
 * village known only from its post office is too doubtful. Adds to chosenByKey (key -> place).
 */
export function placeHeldBesideAnchors(
  held: readonly PlaceMatch[],
  chosenByKey: Map<string, GazetteerEntry>,
): void {
  const anchors = [...chosenByKey]
    .filter(
      ([key, p]) =>
        LOCAL_ANCHOR_KINDS.has(p.kind) && !isSmallLoneTown(key, p) && p.source !== POSTAL_TOWN_SOURCE,
    )
    .map(([, p]) => p);
  if (!anchors.length) return;
  for (const match of held) {
    // A given name opening a sentence is its person; in a list or before a body it may be a town.
    if ((match.isGivenName && match.heldFor === "a sentence start") || chosenByKey.has(match.key)) continue;
    let best: GazetteerEntry | null = null;
    for (const c of match.candidates.slice(0, MAX_CANDIDATES)) {
      const isTown = c.kind === "city" || c.kind === "capital";
      if (!isTown || c.source === POSTAL_TOWN_SOURCE || !isBesideLocalAnchor(c, anchors)) continue;
      if (!best || priorOf(c) > priorOf(best)) best = c;
    }
    if (best) chosenByKey.set(match.key, best);
  }
}
