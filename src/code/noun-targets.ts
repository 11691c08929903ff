// Targets an ordinary noun phrase names: "killed two tribesmen", "praised the candidate",
// "demanding answers from wireless providers", "the hostages were released". No dictionary holds
// such people, so the annotator makes no actor of them and the event lost its target (or, for an
// act done to someone, was dropped). When the head noun of the verb's object (or of a passive's
// subject) is a person or a group of people by WordNet (data/senses/person-nouns.tsv, generated),
// it is the target: the noun's role (CVL unless the noun names an occupation CAMEO codes) of the
// country a place in its clause names, else of the country the document is about (its dateline,
// else the country most of its mentions name), as CAMEO coders place unnamed people. With no such country the target stays empty and --explain
// says why. The table never makes a source: people named by a common noun act only through the
// annotator's own agents ("a man", "protesters").
// For acts done to persons (coercion, assault, force: 17-19) a private person's name is such a
// target too ("Police beat Wang", "Ruiz beat Saunders"): a name the annotator found but could not
// code, or capitalised proper nouns it found nothing in, is a civilian (CVL) placed the same way.
// Not after a verb that also criticises ("attacked Romney over his stance": verbal-attack.ts).
// The other party after a verb's object comes after a preposition ("demanded answers from
// wireless providers") within a short window, as clause-objects.ts reads actors.
import {
  countStart,
  isAttributiveParticiple,
  LATE_TARGET_WINDOW,
  TARGET_PREPOSITIONS,
} from "./clause-objects.ts";
import { clauseJurisdiction, type Jurisdiction } from "./implied-agents.ts";
import type { ActorGroup, SentenceView } from "./sentence-view.ts";
import { timePhraseEnd } from "./time-phrase.ts";

/** A target found from a noun phrase, and why (for --explain). */
export interface NounTarget {
  readonly group: ActorGroup;
  readonly why: string;
}

/** What the search needs: the person nouns with their roles, and the document's country. */
export interface NounTargetContext {
  readonly personNouns: ReadonlyMap<string, string>;
  readonly documentCountry: () => Jurisdiction | null;
  /** The actors this step made, by actorKey, so that merging can tell them apart (event-merge.ts). */
  readonly made?: Set<string>;
  /**
   * Lemmas of verbs that also criticise ("attack", "blast"; verbal-attack.ts): their object named
   * only by a name ("attacked Romney over his stance") may be a politician attacked in words, so
   * the name is left to that check rather than made a civilian victim.
   */
  readonly criticismVerbs?: ReadonlySet<string>;
}

// Words that may open the object noun phrase before its head: "two", "the", "nearly 150",
// "their", "out-of-state".
const LEAD_POS = new Set(["DET", "NUM", "ADJ", "ADV"]);
const POSSESSIVE_DETERMINERS = new Set(["their", "his", "her", "its", "our", "my", "your"]);
// Nouns that count or gather what their of-complement names: "dozens of people", "a group of
// students", "hundreds of residents": the head is after "of".
const QUANTITY_POS = new Set(["NOUN", "NUM"]);

/**
 * The head of the noun phrase that starts at token `from`: its last noun, reached over leading
 * determiners, numbers, adjectives and nouns (and over "of" after a counting noun that is no
 * person). Null when an actor, a pronoun or a capitalised word (a name) comes first.
 */
function nounPhraseHead(view: SentenceView, from: number, nouns: ReadonlyMap<string, string>): number | null {
  let head: number | null = null;
  // ("over 260 members", "more than 30 people": the phrase starts at its number.)
  const start = countStart(view, from);
  for (let k = start; k < view.tokens.length && k < start + 8; k++) {
    const t = view.tokens[k]!;
    const w = view.words[k]!;
    if (view.groupAt[k]) return null;
    if (t.pos === "NOUN") {
      if (t.text !== w) return null;
      head = k;
      continue;
    }
    if (
      head === null &&
      (LEAD_POS.has(t.pos) ||
        POSSESSIVE_DETERMINERS.has(w) ||
        t.text === "-" ||
        isAttributiveParticiple(view, k))
    )
      continue;
    // "dozens of people": past "of" when the noun before it counts and is no person itself.
    if (
      w === "of" &&
      head !== null &&
      QUANTITY_POS.has(view.tokens[head]!.pos) &&
      !personRole(view, head, nouns)
    ) {
      head = null;
      continue;
    }
    break;
  }
  return head;
}

/** The role of the person noun at token k (its word or lemma in the table), or null. */
function personRole(view: SentenceView, k: number, nouns: ReadonlyMap<string, string>): string | null {
  return nouns.get(view.words[k]!) ?? nouns.get(view.lemmas[k]!) ?? null;
}

/** The person noun that heads the verb's object, or the phrase a preposition introduces after it. */
function objectPersonNoun(
  view: SentenceView,
  verbLast: number,
  nouns: ReadonlyMap<string, string>,
): number | null {
  const last = timePhraseEnd(view, verbLast);
  const direct = nounPhraseHead(view, last + 1, nouns);
  if (direct !== null && personRole(view, direct, nouns)) return direct;
  for (let j = last + 1; j < Math.min(view.tokens.length, last + 1 + LATE_TARGET_WINDOW); j++) {
    const t = view.tokens[j]!;
    if (view.groupAt[j] || /^(PUNCT|VERB|AUX|SCONJ|PRON)$/.test(t.pos)) return null;
    if (!TARGET_PREPOSITIONS.has(view.words[j]!)) continue;
    const head = nounPhraseHead(view, j + 1, nouns);
    return head !== null && personRole(view, head, nouns) ? head : null;
  }
  return null;
}

/** The person noun that ends the subject right before a passive's verb group ("two journalists were"). */
function subjectPersonNoun(
  view: SentenceView,
  start: number,
  nouns: ReadonlyMap<string, string>,
): number | null {
  const k = start - 1;
  const t = view.tokens[k];
  if (t?.pos !== "NOUN" || t.text !== view.words[k] || view.groupAt[k]) return null;
  return personRole(view, k, nouns) ? k : null;
}

/**
 * Acts done to a person, whoever that person is: coercion (17: arrest, detain, charge), assault
 * (18: beat, abduct, kill) and force (19). Their object is a victim even when it is only a name.
 */
const ACTS_ON_PERSONS = /^1[789]/;

/**
 * A name the annotator found but could give no code ("Ruiz beat Saunders", "police detained
 * Wang"): a private person, who has no entry in any actor dictionary. The mention must open right
 * after the verb (a passive's: end right before its verb group) and be made of proper nouns only.
 * Returns its first and last token, or null.
 */
function uncodedName(view: SentenceView, at: number, side: "starts" | "ends"): [number, number] | null {
  const t = view.tokens[at];
  if (!t || view.groupAt[at]) return null;
  const m = view.mentions.find(
    (x) =>
      (x.kind === "person" || x.kind === "organization") &&
      x.form === "name" &&
      !x.code &&
      (side === "starts" ? x.start === t.start : x.end === t.end),
  );
  if (!m) return unmentionedName(view, at, side);
  const first = view.tokens.findIndex((x) => x.start >= m.start);
  const last = view.tokens.findLastIndex((x) => x.end <= m.end);
  if (first < 0 || last < first) return null;
  for (let k = first; k <= last; k++) if (view.tokens[k]!.pos !== "PROPN") return null;
  return [first, last];
}

/**
 * A run of capitalised proper nouns that no mention covers (the annotator found neither an actor,
 * a place nor a date in it): "police detained Otieno Wafula". Null when a mention touches it.
 */
function unmentionedName(view: SentenceView, at: number, side: "starts" | "ends"): [number, number] | null {
  const isName = (k: number) => {
    const t = view.tokens[k];
    if (t?.pos !== "PROPN" || !/^\p{Lu}\p{Ll}/u.test(t.text) || view.groupAt[k]) return false;
    return !view.mentions.some((m) => m.start < t.end && t.start < m.end);
  };
  if (!isName(at)) return null;
  let [first, last] = [at, at];
  if (side === "starts") while (isName(last + 1)) last++;
  else while (isName(first - 1)) first--;
  // "shelled Kurdish positions": a capitalised word before a noun modifies it; it names no one.
  return /^(NOUN|PROPN)$/.test(view.tokens[last + 1]?.pos ?? "") ? null : [first, last];
}

/**
 * The target a noun phrase names for a match whose clause gave none: the object after `last` (a
 * passive's subject before `start` instead), when its head is a person noun and the document has a
 * country. Null (with the reason pushed) when the head is a person but no country is known.
 */
export function personNounTarget(
  view: SentenceView,
  start: number,
  last: number,
  passive: boolean,
  ctx: NounTargetContext,
  reasons: string[],
  clause?: { readonly anchor: number; readonly code: string; readonly docCountries: ReadonlySet<string> },
): NounTarget | null {
  const head = passive
    ? subjectPersonNoun(view, start, ctx.personNouns)
    : objectPersonNoun(view, last, ctx.personNouns);
  // "Police beat Wang", "Saunders was beaten": a private person's name, for an act done to persons.
  const name =
    head === null &&
    clause &&
    ACTS_ON_PERSONS.test(clause.code) &&
    !ctx.criticismVerbs?.has(view.lemmas[clause.anchor]!)
      ? passive
        ? uncodedName(view, start - 1, "ends")
        : uncodedName(view, timePhraseEnd(view, last) + 1, "starts")
      : null;
  if (head === null && !name) return null;
  const role = head === null ? "CVL" : personRole(view, head, ctx.personNouns)!;
  const span = name ?? [head!, head!];
  const token = {
    text: view.tokens
      .slice(span[0], span[1] + 1)
      .map((t) => t.text)
      .join(" "),
    start: view.tokens[span[0]]!.start,
    end: view.tokens[span[1]]!.end,
  };
  // (A place its clause names, "killed two tribesmen in Paktika", says whose people they are
  // before the document does, as for an implied agent's jurisdiction.)
  const where =
    (clause && clauseJurisdiction(view, clause.anchor, clause.code, clause.docCountries)) ??
    ctx.documentCountry();
  if (!where) {
    reasons.push(`target "${token.text}" names people (${role}) but the document has no country: left empty`);
    return null;
  }
  const code = `${where.country}${role}`;
  const actor = { code, name: token.text, start: token.start, end: token.end };
  ctx.made?.add(actorKey(actor));
  const kind = name ? "a private person's name no dictionary codes" : `a person noun by WordNet (${role})`;
  return {
    group: { members: [actor], first: span[0], last: span[1] },
    why: `target "${token.text}" = ${code}: ${kind}, country from ${where.why}`,
  };
}

/** An actor's place and code in its document: the same actor whatever object carries it. */
export function actorKey(a: { readonly code: string; readonly start: number; readonly end: number }): string {
  return `${a.start}:${a.end}:${a.code}`;
}
