// Streets, buildings, venues and natural features named by a head noun ("Atlantic Avenue",
// "Dulles International Airport", "Lake Manassas", "University of St. Thomas"): no gazetteer we
// ship holds them, yet geoparsing sets count them as toponyms. Their head says what they are
// (data/gazetteer/facility-heads.txt, facility-openers.txt); where they are comes from the text:
//   1. a town inside the name ("Colchester Hospital") already places it: the town is reported;
//   2. a place the text ties it to: "Atlantic Avenue in Garden City", "Brooklyn's Barclays Center";
//   3. else the document's most named local place (a town, else a county, else a state): a local
//      story's streets and venues lie in the town it is about;
//   4. else a place named inside it ("Florida Atlantic University"), else the document's country.
// Only when the caller asks (`includeFacilities`; the annotator does): a name an actor mention
// holds (schools, hospitals the name finder makes bodies) stays the actor's.
import type { Sentence, Token } from "../../types.ts";
import type { GazetteerEntry } from "../gazetteer/index.ts";
import { documentFocus, LOCAL_KINDS } from "./document-focus.ts";
import type { ResolvedPlace } from "./place-resolution.ts";
import { isWithin } from "./place-within.ts";

/** Streets and squares; buildings, grounds and transport; landforms and waters. */
export type FacilityClass = "way" | "building" | "nature";
export const FACILITY_CLASSES: readonly FacilityClass[] = ["way", "building", "nature"];

export interface FacilityWords {
  /** Lowercased nouns closing a facility's name ("avenue", "st.", "airport"), with their class. */
  readonly heads: ReadonlyMap<string, FacilityClass>;
  /** Lowercased nouns opening one ("lake", "mount"); `of`: only before "of" ("university of"). */
  readonly openers: ReadonlyMap<string, { readonly kind: FacilityClass; readonly ofOnly: boolean }>;
}

export interface FacilitySpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly sentenceIndex: number;
  readonly kind: FacilityClass;
}

/** Most capitalized words before a head ("Marjory Stoneman Douglas High School" has four). */
const MAX_MODIFIER_WORDS = 5;
/** Most capitalized words after an opener ("Lake of the Ozarks", "Mount Kilimanjaro"). */
const MAX_OPENED_WORDS = 4;
/** Words that join the words of one name: "Caesar's Palace", "Bed & Breakfast", "Wilkes-Barre". */
const INNER_JOINERS: ReadonlySet<string> = new Set(["'s", "’s", "&", "-", "of", "the"]);
/** Parts of speech that are never a name's word, capitalized or not ("At the Campus", "The"). */
const FUNCTION_POS: ReadonlySet<string> = new Set([
  "ADP",
  "DET",
  "PRON",
  "CCONJ",
  "SCONJ",
  "AUX",
  "VERB",
  "ADV",
]);

/** A word that can stand in a name: capitalized, or an ordinal street number ("22nd St."). */
const isNameWord = (text: string) => /^\p{Lu}/u.test(text) || /^\d+(?:st|nd|rd|th)$/i.test(text);
/** All capitals (headings, shouted lines): their capitals say nothing about names. */
const isShouted = (text: string) => !/\p{Ll}/u.test(text);

function newlineBetween(text: string, a: Token, b: Token): boolean {
  return text.slice(a.end, b.start).includes("\n");
}

/** The span of a facility whose head closes it at token `i`, or null. */
function closedAt(text: string, tokens: readonly Token[], i: number): number | null {
  let first = i;
  let count = 0;
  for (let j = i - 1; j >= 0 && count < MAX_MODIFIER_WORDS; j--) {
    const t = tokens[j]!;
    if (newlineBetween(text, t, tokens[j + 1]!)) break;
    const lower = t.text.toLowerCase();
    if (isNameWord(t.text) && !FUNCTION_POS.has(t.pos)) {
      first = j;
      count++;
      continue;
    }
    // A joiner counts only between two name words ("Caesar's Palace", not "of Palace").
    if (INNER_JOINERS.has(lower) && j > 0 && isNameWord(tokens[j - 1]!.text) && lower !== "of") continue;
    break;
  }
  // "Park officials": a head alone names nothing; "Ms. Park" neither.
  return count > 0 && !isShouted(text.slice(tokens[first]!.start, tokens[i]!.end)) ? first : null;
}

/** The last token of a facility an opener starts at token `i` ("Lake Manassas"), or null. */
function openedAt(
  text: string,
  tokens: readonly Token[],
  i: number,
  words: FacilityWords,
  ofOnly: boolean,
): number | null {
  let j = i + 1;
  if (tokens[j]?.text === "of") j++;
  else if (ofOnly) return null;
  let last: number | null = null;
  let count = 0;
  for (; j < tokens.length && count < MAX_OPENED_WORDS; j++) {
    const t = tokens[j]!;
    if (newlineBetween(text, tokens[j - 1]!, t)) break;
    if (isNameWord(t.text) && !words.heads.has(t.text.toLowerCase())) {
      last = j;
      count++;
      continue;
    }
    if ((t.text === "'s" || t.text === "’s" || t.text === "-") && last === j - 1) continue;
    break;
  }
  return last;
}

/** Facility names in the text, each once, longest first where they overlap. */
export function findFacilities(
  text: string,
  sentences: readonly Sentence[],
  words: FacilityWords,
): FacilitySpan[] {
  const out: FacilitySpan[] = [];
  sentences.forEach((sentence, sentenceIndex) => {
    const tokens = sentence.tokens;
    const taken: boolean[] = [];
    const push = (first: number, last: number, kind: FacilityClass) => {
      for (let k = first; k <= last; k++) if (taken[k]) return;
      for (let k = first; k <= last; k++) taken[k] = true;
      const start = tokens[first]!.start;
      const end = tokens[last]!.end;
      out.push({ start, end, text: text.slice(start, end), sentenceIndex, kind });
    };
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i]!;
      const kind = words.heads.get(t.text.toLowerCase());
      if (!kind || !/^\p{Lu}\p{Ll}/u.test(t.text)) continue;
      // "Medical Center", "Woodman Point Wastewater": the name ends at its last head.
      const next = tokens[i + 1];
      if (next && /^\p{Lu}/u.test(next.text) && words.heads.has(next.text.toLowerCase())) continue;
      const first = closedAt(text, tokens, i);
      if (first !== null) push(first, i, kind);
    }
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const opener = words.openers.get(t.text.toLowerCase());
      if (taken[i] || !opener || !/^\p{Lu}\p{Ll}/u.test(t.text)) continue;
      // "Stone Mountain Lake ...": an opener inside a longer name is that name's word.
      const before = tokens[i - 1];
      if (before && isNameWord(before.text) && !FUNCTION_POS.has(before.pos)) continue;
      const last = openedAt(text, tokens, i, words, opener.ofOnly);
      if (last !== null) push(i, last, opener.kind);
    }
  });
  return out.sort((a, b) => a.start - b.start);
}

/** What may stand between a facility and the place that holds it: " in ", ", ", " in southwest ". */
const HOLDER_GAP =
  /^(?:\s*[,(]\s*|\s+(?:[\p{Ll}-]+\s+){0,2}?(?:in|at|near|outside|of)\s+(?:[\p{Ll}-]+\s+){0,2})$/u;
/** Most characters between a facility and the place that holds it. */
const MAX_HOLDER_GAP = 30;

/** GeoNames feature classes: R roads, S spots and buildings, H and T waters and landforms. */
const FEATURE_CLASS: Record<FacilityClass, string> = { way: "R", building: "S", nature: "T" };

/** A facility with the entry whose point it takes (named as the facility). */
export interface PlacedFacility {
  readonly span: FacilitySpan;
  readonly place: GazetteerEntry;
}

/**
 * The places of the facilities: each facility with the entry whose point it takes. Places
 * reported inside a facility's name give way to it (`kept` leaves them out), except a town,
 * which already says where the building is (the facility is then not reported).
 */
export function placeFacilities(
  text: string,
  facilities: readonly FacilitySpan[],
  resolved: readonly ResolvedPlace[],
): { kept: ResolvedPlace[]; placed: PlacedFacility[] } {
  if (!facilities.length) return { kept: [...resolved], placed: [] };
  const focus = documentFocus(resolved);
  const dropped = new Set<ResolvedPlace>();
  const placed: PlacedFacility[] = [];
  for (const whole of facilities) {
    const { span, owner } = withoutOwner(text, whole, resolved);
    const inside = resolved.filter((r) => r.match.start < span.end && r.match.end > span.start);
    if (inside.some((r) => LOCAL_KINDS.has(r.place.kind))) continue;
    const anchor =
      owner ?? holderOf(text, span, resolved) ?? namedOrFocus(span, inside[0]?.place ?? null, focus);
    if (!anchor) continue;
    for (const r of inside) dropped.add(r);
    placed.push({
      span,
      // The point is the anchor's; the facility has no gazetteer id or population of its own.
      place: {
        ...anchor,
        name: span.text,
        geonameid: null,
        population: null,
        featureClass: FEATURE_CLASS[span.kind],
        source: `${anchor.source}; a facility in ${anchor.name}`,
      },
    });
  }
  return { kept: resolved.filter((r) => !dropped.has(r)), placed };
}

/**
 * Without a holder: a natural feature lies in the place its name holds ("Korean Peninsula",
 * "Tijuana River"), a building or street in the story's focus when that lies within the place its
 * name holds ("Florida Atlantic University" in a Boca Raton story), else in that place.
 */
function namedOrFocus(
  span: FacilitySpan,
  named: GazetteerEntry | null,
  focus: GazetteerEntry | null,
): GazetteerEntry | null {
  if (!named) return focus;
  if (span.kind === "nature" || !focus) return named;
  return isWithin(focus, named) ? focus : named;
}

/**
 * "Brooklyn's Barclays Center": a place owning the facility by a possessive is not part of its
 * name but where it stands. The span starts after the possessive; the place is its owner.
 */
function withoutOwner(
  text: string,
  span: FacilitySpan,
  resolved: readonly ResolvedPlace[],
): { span: FacilitySpan; owner: GazetteerEntry | null } {
  for (const r of resolved) {
    if (r.match.start < span.start || r.match.end >= span.end) continue;
    const possessive = /^['’]s\s+/.exec(text.slice(r.match.end, span.end));
    if (!possessive || r.place.kind === "country") continue;
    const start = r.match.end + possessive[0].length;
    return { span: { ...span, start, text: text.slice(start, span.end) }, owner: r.place };
  }
  return { span, owner: null };
}

/** The place the text ties a facility to: "Atlantic Avenue in Garden City", "Brooklyn's Barclays Center". */
function holderOf(
  text: string,
  span: FacilitySpan,
  resolved: readonly ResolvedPlace[],
): GazetteerEntry | null {
  const after = resolved.find(
    (r) =>
      r.match.sentenceIndex === span.sentenceIndex &&
      r.match.start >= span.end &&
      r.match.start - span.end <= MAX_HOLDER_GAP &&
      HOLDER_GAP.test(text.slice(span.end, r.match.start)) &&
      r.place.kind !== "country",
  );
  if (after) return after.place;
  const before = resolved.find(
    (r) =>
      r.match.end <= span.start &&
      /^['’]s\s+$/.test(text.slice(r.match.end, span.start)) &&
      r.place.kind !== "country",
  );
  return before?.place ?? null;
}
