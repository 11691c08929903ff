// Who an event's actors are beyond subject and object: the real target behind a bare role, the
// country a bare role belongs to, the subject a purpose clause or participle shares, the place a
// use of force is aimed at.

import { subjectBefore, verbGroupStart } from "./clause-analyse.ts";
import { objectAfter } from "./clause-objects.ts";
import { clauseRange, LOCATIVES, OBJECT_CONTROL, POSSESSIVES } from "./clause-scope.ts";
import { leadingCountry } from "./country-codes.ts";
import type { Actor, ActorGroup, SentenceView } from "./sentence-view.ts";

/**
 * A bare role as target ("their troops", "troops to Syria", "military aid to Ukraine"): the real
 * target is the actor a preposition names after it; a possessive role an actor commands ("its
 * troops", "their police") is the source's own means, no target. Other roles after a possessive
 * are people acted on ("killed their families", "arrested his relatives"): they stay the target.
 */
export function refineTarget(view: SentenceView, group: ActorGroup | null): ActorGroup | null {
  if (!group?.members.every((a) => view.bareAgents.has(a))) return group;
  const after = objectAfter(view, group.last);
  if (after) return after;
  const before = view.words[group.first - 1];
  if (!before || !POSSESSIVES.has(before)) return group;
  return group.members.every((a) => COMMANDED_ROLES.has(a.code.slice(-3))) ? null : group;
}

/** Roles an actor commands or is made of: its forces, police, government, courts, party, fighters. */
const COMMANDED_ROLES = new Set([
  "MIL",
  "COP",
  "GOV",
  "LEG",
  "JUD",
  "SPY",
  "REB",
  "INS",
  "SEP",
  "UAF",
  "OPP",
  "RAD",
]);

/**
 * A bare role as target takes a country: another country the sentence names ("Russian forces
 * shelled Kharkiv, killing civilians in Ukraine"), else the country of a place it names that is
 * not the source's ("an Israeli airstrike hit the refugee camp of Jabalia, north of Gaza City":
 * the people acted on are where the act happens, not of the attacker's nationality), else the
 * source's own ("Iranian protesters ... against the government"). A place counts only in a country
 * the document's actors belong to (`docCountries`): one elsewhere is likely a gazetteer slip.
 */
export function domestic(
  role: Actor,
  source: Actor,
  view: SentenceView,
  docCountries: ReadonlySet<string> = new Set(),
): Actor {
  // A bare role ("BUS" of a company no one placed) is no country, nor is a group's or an IGO's
  // own code: "Hamas killed two civilians" does not make them Hamas's people ("HMSCVL").
  const own = leadingCountry(source.code);
  const other = view.groups
    .flatMap((g) => g.members)
    .filter((a) => !view.bareAgents.has(a))
    .map((a) => leadingCountry(a.code))
    .find((c) => c && c !== own);
  const country = other ?? placeCountry(view, own, docCountries) ?? own;
  // A role the story placed ("KENCVL") keeps its role and takes the sentence's country.
  return country ? { ...role, code: `${country}${role.code.slice(-3)}` } : role;
}

/** The one country other than `own` that the sentence's places lie in; null when none or several. */
function placeCountry(
  view: SentenceView,
  own: string | null,
  docCountries: ReadonlySet<string>,
): string | null {
  const countries = new Set(
    view.mentions
      .map((m) => (m.kind === "place" ? m.place?.country : null))
      .filter((c): c is string => !!c && c !== own && docCountries.has(c)),
  );
  return countries.size === 1 ? [...countries][0]! : null;
}

// Bodies that act only at home: police, courts, legislatures (agent-country.ts's DOMESTIC_ROLES).
const HOME_ROLES = new Set(["COP", "JUD", "LEG"]);

/**
 * A bare police, court or legislature as source ("police arrested two Kenyan activists", "the
 * court sentenced a Nigerian journalist") acts at home: it takes its target's country when the
 * target has one. Other roles stay bare (troops and officials act abroad too).
 */
export function homeSource(source: Actor, target: Actor | null, view: SentenceView): Actor {
  if (!target || !view.bareAgents.has(source) || !HOME_ROLES.has(source.code)) return source;
  // (Police who arrest members of a group are no group's police: only a country is borrowed.)
  const country = leadingCountry(target.code);
  return country ? { ...source, code: `${country}${source.code}` } : source;
}

/**
 * A bare role the annotator left bare only because another party of its sentence might be its
 * other side ("the ministry told the US envoy ...", "Egypt arrested officials") carries the
 * story's country. Once the event says who the other side is, the role takes that country when
 * the other side is absent or named with another country; beside a party of the story's own
 * country it stays bare (that would pair the state with itself), and so beside another bare role.
 */
export function storySide(actor: Actor, other: Actor | null, view: SentenceView): Actor {
  const country = actor.storyCountry;
  if (!country || !view.bareAgents.has(actor)) return actor;
  if (other && (view.bareAgents.has(other) || leadingCountry(other.code) === country)) return actor;
  return { ...actor, code: `${country}${actor.code}` };
}

/** True when the "to" at `to` opens a purpose clause of a finite verb with a subject of its own. */
export function purposeOf(view: SentenceView, to: number): boolean {
  for (let k = to - 1; k >= 0; k--) {
    const pos = view.tokens[k]!.pos;
    if (pos === "PUNCT" || pos === "SCONJ") return false;
    if (isFiniteVerb(view, k))
      return !OBJECT_CONTROL.has(view.lemmas[k]!) && view.groupAt[to - 1] !== undefined;
  }
  return false;
}

/**
 * "Israeli jets struck the city of Khan Younis", "air strikes in southern Lebanon": the place a

 * use of force is aimed at names the target country, when it is not the source's own.
 */
export function placeTarget(
  view: SentenceView,
  anchor: number,
  source: ActorGroup,
  docCountries: ReadonlySet<string>,
): ActorGroup | null {
  const [, last] = clauseRange(view, anchor);
  const own = new Set(source.members.map((a) => leadingCountry(a.code)));
  const tokenAt = (offset: number) => view.tokens.findIndex((t) => t.end > offset);
  let best: ActorGroup | null = null;
  for (const m of view.mentions) {
    const country = m.kind === "place" ? m.place?.country : null;
    if (!country || own.has(country) || !docCountries.has(country)) continue;
    const first = tokenAt(m.start);
    if (first <= anchor || first > last || (best && best.first <= first)) continue;
    best = {
      members: [{ code: country, name: m.name, start: m.start, end: m.end }],
      first,
      last: Math.max(first, tokenAt(m.end - 1)),
    };
  }
  for (let k = anchor + 1; k <= last && (!best || k < best.first); k++) {
    const g = view.groupAt[k];
    if (!g || g.first !== k) continue;
    let p = k - 1;
    while (p > anchor && /^(DET|ADJ)$/.test(view.tokens[p]!.pos)) p--;
    const state = g.members.every((a) => /^[A-Z]{3}$/.test(a.code) && !own.has(a.code));
    if (state && LOCATIVES.has(view.words[p]!)) return g;
    k = g.last;
  }
  return best;
}

/** The subject of the last finite verb before `start` in the sentence. */
export function mainSubject(view: SentenceView, start: number, progressive = false): ActorGroup | null {
  for (let k = start - 1; k >= 0; k--)
    if (
      progressive ? isFiniteVerb(view, k) : view.tokens[k]!.pos === "VERB" && !view.words[k]!.endsWith("ing")
    )
      return subjectBefore(view, verbGroupStart(view, k));
  return null;
}

/**
 * A verb that heads a clause: not an -ing participle, unless a form of "be" makes it a
 * progressive ("troops were fighting ... to aid the rebels": the purpose clause is the troops').
 */
export function isFiniteVerb(view: SentenceView, k: number): boolean {
  if (view.tokens[k]!.pos !== "VERB") return false;
  if (!view.words[k]!.endsWith("ing")) return true;
  let p = k - 1;
  while (p >= 0 && view.tokens[p]!.pos === "ADV") p--;
  return p >= 0 && view.tokens[p]!.pos === "AUX" && PROGRESSIVE_BE.has(view.words[p]!);
}

const PROGRESSIVE_BE = new Set(["is", "are", "was", "were", "be", "been", "am", "'re", "’re"]);

/**
 * "ships and aircraft arriving in Nigeria", "programmes funding schools": an -ing participle right
 * after a noun that names no actor is a reduced relative clause, whose doer is that noun, not the
 * subject of the sentence's main verb.
 */
export function participleOfThing(view: SentenceView, anchor: number, start: number): boolean {
  const before = view.tokens[start - 1];
  return (
    start === anchor &&
    view.words[anchor]!.endsWith("ing") &&
    before?.pos === "NOUN" &&
    view.groupAt[start - 1] === undefined
  );
}

// Verbs whose subject receives the act the noun after them names: "drew criticism from X",
// "faced sanctions from X", "won praise from X". The act's doer is whoever it came "from".
const RECEIVING_VERBS = new Set(["draw", "face", "attract", "receive", "earn", "garner", "incur"]);

/**
 * "The minister drew criticism from the opposition": when a noun event's trigger opens with a
 * receiving verb, its doer is the actor after "from" (null when none is named), and the subject
 * is the one it is done to. Returns undefined when the trigger is no such phrase.
 */
export function receivedFrom(
  view: SentenceView,
  first: number,
  last: number,
): { doer: ActorGroup | null } | undefined {
  if (first >= last || !RECEIVING_VERBS.has(view.lemmas[first]!) || view.tokens[first]!.pos !== "VERB")
    return undefined;
  // Only a verb with the noun of the act after it ("drew criticism"), not a verb phrase of its own
  // nor a verb whose object is an actor ("received Iraq's prime minister").
  let act = false;
  for (let k = first + 1; k <= last; k++)
    if (view.tokens[k]!.pos === "NOUN" && view.groupAt[k] === undefined) act = true;
  if (!act) return undefined;
  const [, end] = clauseRange(view, first);
  for (let k = last + 1; k <= end; k++) {
    // ("drew criticism to get the ax from the department": not past a verb of another clause.)
    if (view.tokens[k]!.pos === "VERB") break;
    if (view.words[k] !== "from") continue;
    let p = k + 1;
    while (p <= end && /^(DET|ADJ|NUM)$/.test(view.tokens[p]!.pos)) p++;
    const g = view.groupAt[p];
    return { doer: g && g.first === p ? g : null };
  }
  return { doer: modifierDoer(view, first, last) };
}

/**
 * "The minister faces a corruption probe", "drew fresh US criticism from ...": an event noun whose
 * own pattern starts after a receiving verb (its determiners and adjectives between) is that
 * verb's object, and the subject undergoes it as in `receivedFrom`. Returns undefined when no
 * receiving verb governs the match.
 */
export function receivedObject(
  view: SentenceView,
  first: number,
  last: number,
): { doer: ActorGroup | null } | undefined {
  if (view.tokens[first]!.pos === "VERB") return undefined;
  let k = first - 1;
  while (k > 0 && OBJECT_LEAD.test(view.tokens[k]!.pos) && !view.groupAt[k]) k--;
  return k >= 0 && !view.groupAt[k] ? receivedFrom(view, k, last) : undefined;
}

/** Words between a verb and the noun it takes: "faces [a new] probe". */
const OBJECT_LEAD = /^(DET|ADJ|NUM)$/;

/**
 * "faced sharp Chinese criticism", "drew Gondor's condemnation": with no "from", an actor that
 * modifies or possesses the act's noun inside the phrase is its doer.
 */
function modifierDoer(view: SentenceView, first: number, last: number): ActorGroup | null {
  for (let k = first + 1; k <= last; k++) {
    const g = view.groupAt[k];
    if (!g || g.first !== k) continue;
    let n = g.last + 1;
    if (view.words[n] === "'s" || view.words[n] === "’s") n++;
    if (n <= last && view.tokens[n]!.pos === "NOUN" && view.groupAt[n] === undefined) return g;
  }
  return null;
}
