// Titles and the people they introduce: the run of titles and agents after a token, the capitalised
// name after a title ("President Joko Widodo"), and the role an apposition gives a person just named.
import { type Composer, type Item, isPossessive, isRoleItem, skipQuote, span } from "./compose-state.ts";
import { MAX_NAME_TOKENS, MODIFIER_POS, NOT_NAME, TITLE_QUALIFIERS } from "./compose-words.ts";
import { isCapitalized, isWord } from "./match-tokens.ts";
import type { DraftMention } from "./mention-deps.ts";
import { nameGoesOn } from "./name-context.ts";

/** Titles and agents from token j on: "Army Chief General", "foreign ministry spokesperson". */
export function collectRoles(c: Composer, j: number) {
  const roles: Item[] = [];
  let k = j;
  for (let it = isRoleItem(c, k); it; it = isRoleItem(c, k)) {
    roles.push(it);
    k = it.to;
    // "Army Chief 'General Qamar Javed Bajwa'": a quote may open before the rank or the name.
    if (roles.length && isRoleItem(c, skipQuote(c, k))) k = skipQuote(c, k);
  }
  return { roles, end: k };
}

function isQualifier(c: Composer, k: number): boolean {
  const t = c.tokens[k]!;
  return !c.itemAt.has(k) && isWord(t.text) && isCapitalized(t.text) && TITLE_QUALIFIERS.has(t.key);
}

/**
 * "U.S. District Judge Ann Marlow": from token j, past capitalised qualifiers of an office to the
 * title they qualify. Returns j itself when no title follows them.
 */
export function skipTitleQualifiers(c: Composer, j: number): number {
  let k = j;
  while (k < c.n && isQualifier(c, k)) k++;
  return k > j && isRoleItem(c, k)?.value.type === "title" ? k : j;
}

/** Where the capitalised qualifiers right before the title at `from` start (`from` when none). */
export function qualifiersStart(c: Composer, from: number): number {
  const { tokens } = c;
  let k = from;
  while (k > 0 && isQualifier(c, k - 1) && tokens[k]!.start - tokens[k - 1]!.end === 1) k--;
  return k;
}

/**
 * "Federal Judge Ann Marlow", "Republican Sen. Jane Roe": the capitalised words right before the
 * title at `from` are all qualifiers of the office, and where they start no proper name runs on
 * (a sentence start, a lower-case word or a country: "U.S. Circuit Judge").
 */
export function qualifiedTitleAt(c: Composer, from: number): boolean {
  const { tokens } = c;
  const k = qualifiersStart(c, from);
  if (k === from) return false;
  if (k === 0 || c.itemEnds.has(k)) return true;
  const prev = tokens[k - 1]!;
  return !isWord(prev.text) || !isCapitalized(prev.text) || NOT_NAME.has(prev.key);
}

/** A capitalised name right after a title: "President Joko Widodo" -> [from, to). */
export function unknownNameAt(c: Composer, j: number): number {
  const { text, tokens, n, itemAt } = c;
  let k = j;
  for (let words = 0; k < n && words < MAX_NAME_TOKENS; words++) {
    const t = tokens[k]!;
    const item = itemAt.get(k);
    // Later name parts may look like places or other people's surnames ("Kerry-Ann Hamilton").
    const nameLike = !item || (k > j && (item.value.type === "capital" || item.value.type === "person"));
    if (!nameLike || !isWord(t.text) || !isCapitalized(t.text) || NOT_NAME.has(t.key)) break;
    if (k > j && (t.start - tokens[k - 1]!.end > 1 || text.charCodeAt(t.start - 1) === 10)) break;
    let next = item ? item.to : k + 1;
    // "Kerry-Ann": a hyphen inside a name joins two capitalised parts.
    if (next + 1 < n && tokens[next]!.key === "-" && tokens[next]!.start === tokens[next - 1]!.end) {
      const after = tokens[next + 1]!;
      if (after.start === tokens[next]!.end && isWord(after.text) && isCapitalized(after.text)) next += 2;
    }
    k = next;
  }
  return k;
}

/**
 * After roles ending at `j`: a person (dictionary or a new capitalised name). Returns the person
 * mention parts or null.
 */
export function personAfter(c: Composer, j: number, roleIsTitle: boolean, roleFrom = j) {
  const { tokens, n, itemAt } = c;
  const k = skipQuote(c, j);
  const it = itemAt.get(k);
  if (it?.value.type === "person") return { to: it.to, value: it.value, name: it.value.name };
  if (it?.value.type === "name" && it.value.kind === "person")
    return {
      to: it.to,
      value: null,
      name: it.value.name,
      evidence: it.value.evidence,
      country: it.value.country,
    };
  // "Foreign Minister Sheikh Mohammed Al Thani": a form of address between title and name.
  if (!it && k < n && isWord(tokens[k]!.text) && isCapitalized(tokens[k]!.text)) {
    const g = tokens[k + 1]?.key === "." ? k + 2 : k + 1;
    const later = itemAt.get(g);
    if (later?.value.type === "name" && later.value.kind === "person")
      return {
        to: later.to,
        value: null,
        name: later.value.name,
        evidence: later.value.evidence,
        country: later.value.country,
      };
  }
  if (!roleIsTitle) return null;
  let end = unknownNameAt(c, k);
  // "the General Plan": a determiner before title and one-word name makes it a thing.
  const det = roleFrom > 0 ? tokens[roleFrom - 1]!.key : "";
  if (end - k === 1 && (det === "the" || det === "a" || det === "an")) end = k;
  // "speaker Audio": after a title written in lower case one capitalised word is too weak a name.
  const titleWord = roleFrom < j ? tokens[j - 1]! : null;
  if (end - k === 1 && titleWord && !isCapitalized(titleWord.text)) end = k;
  // "Queen Elizabeth University Hospital": a name that runs on into more capitals is a building.
  if (end === k || nameGoesOn(c, end, true)) return null;
  // "Queen Anne's County": a possessive name before another capital names a place.
  if (isPossessive(c, end) && end + 2 < n && isCapitalized(tokens[end + 2]!.text) && !itemAt.has(end + 2))
    return null;
  const name = span(c, k, end).text;
  return { to: end, value: null, name };
}

/**
 * "Getachew Reda, a senior official of the TPLF": the role in an apposition says whom the person
 * just named acts for. Only fills a code that has no role yet (a bare country or nothing).
 */
export function codeApposedPerson(c: Composer, roleFrom: number, code: string) {
  const { tokens, pos, out, memory, firstPersonNamed } = c;
  let k = roleFrom - 1;
  while (k >= 0 && (MODIFIER_POS.has(pos[k] ?? "") || pos[k] === "NOUN") && !isCapitalized(tokens[k]!.text))
    k--;
  if (k < 1 || !/^(?:a|an|the)$/.test(tokens[k]!.key) || tokens[k - 1]!.key !== ",") return;
  const at = memory.mentions.length - 1;
  const person = memory.mentions[at];
  if (!person || person.refersTo || person.end !== tokens[k - 1]!.start) return;
  if (person.kind === "organization" || person.kind === "group") {
    codeApposedBody(c, at, code);
    return;
  }
  if (person.kind !== "person") return;
  if (person.code && person.code.length > 3) return;
  const coded: DraftMention = { ...person, code };
  memory.mentions[at] = coded;
  if (firstPersonNamed.get(person.name) === person) firstPersonNamed.set(person.name, coded);
  const inOut = out.lastIndexOf(person);
  if (inOut >= 0) out[inOut] = coded;
  for (const [surname, m] of memory.surnames) if (m === person) memory.surnames.set(surname, coded);
}

// A role code with a country before it: "KENBUS".
const COUNTRY_ROLE = /^[A-Z]{6}$/;
const NON_COUNTRY_PREFIX = /^(?:IGO|NGO|IMG|MNC|INT|UIS|NGM)/;

/**
 * "Talvex Holdings, a Kenyan firm,": an organisation no dictionary places takes the country its
 * apposition names, keeping the role its own name says ("Ogaden Front, a Somali rebel group").
 */
function codeApposedBody(c: Composer, at: number, code: string) {
  const { out, memory, lexicon } = c;
  const body = memory.mentions[at]!;
  if (!COUNTRY_ROLE.test(code) || NON_COUNTRY_PREFIX.test(code) || !lexicon.countries.has(code.slice(0, 3)))
    return;
  const own = body.code;
  // Already placed (a dictionary entry or a name with its country): the name says more.
  if (own && (own.length > 3 || lexicon.countries.has(own) || NON_COUNTRY_PREFIX.test(own))) return;
  const coded: DraftMention = {
    ...body,
    code: own ? `${code.slice(0, 3)}${own}` : code,
    reason: `${body.reason ? `${body.reason}; ` : ""}country from its apposition`,
  };
  memory.mentions[at] = coded;
  const inOut = out.lastIndexOf(body);
  if (inOut >= 0) out[inOut] = coded;
}

/** The country of an actor mention ending right before a comma at `from - 1`. */
export function countryBeforeComma(c: Composer, from: number): string | null {
  const { tokens, lexicon, memory } = c;
  if (from < 2 || tokens[from - 1]!.key !== ",") return null;
  const prev = memory.mentions[memory.mentions.length - 1];
  if (!prev || prev.refersTo || prev.end !== tokens[from - 1]!.start || !prev.code) return null;
  if (prev.kind !== "agent" && prev.kind !== "person" && prev.kind !== "state") return null;
  const iso3 = prev.code.slice(0, 3);
  return lexicon.countries.has(iso3) ? iso3 : null;
}
