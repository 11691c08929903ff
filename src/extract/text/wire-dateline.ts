// Wire-service datelines at the head of the first paragraph: "ISLAMABAD (Reuters) -",
// "BEIJING, June 16 (Xinhua) --", "WASHINGTON —", "KABUL, Afghanistan (AP) —", "NEW DELHI:".
// The dateline stays in the body (it is a sentence prefix); it is only recorded as metadata. Its
// form is all that is read here: whether the word before the dash is a place at all ("UPDATED—",
// "BREAKING —" are labels) is settled by annotate against the gazetteer (dateline-check.ts).
import type { Dateline } from "../../types.ts";

/** Longest place name we accept in a dateline ("RIO DE JANEIRO", "UNITED NATIONS"). */
const MAX_PLACE_CHARS = 40;
/** Colon datelines ("NEW DELHI: ...") are only trusted for places at least this long, so acronyms ("NATO: ...") are not read as places. */
const MIN_COLON_PLACE_CHARS = 6;

const UPPER_PLACE = "\\p{Lu}[\\p{Lu}\\p{M} .'’-]*\\p{Lu}";
const MIXED_PLACE = "\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:\\s\\p{Lu}[\\p{L}\\p{M}.'’-]*){0,3}";
const TAIL = "(?:,\\s*([^,()–—-]{2,30}?))?(?:,\\s*([^,()–—-]{2,20}?))?";
const AGENCY = "\\(([^()]{2,40})\\)";

/** Small words that stay lower case inside place names: "Port-au-Prince", "Rio de Janeiro". */
const PLACE_PARTICLES = new Set([
  "au",
  "aux",
  "de",
  "des",
  "del",
  "da",
  "do",
  "du",
  "es",
  "en",
  "la",
  "le",
  "of",
  "on",
  "the",
  "upon",
]);

/** "ISLAMABAD" -> "Islamabad", "NEW DELHI" -> "New Delhi"; mixed case is kept. */
function titleCase(place: string): string {
  if (place !== place.toUpperCase()) return place;
  return place
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L}+)/gu, (_, sep: string, word: string) =>
      sep !== "" && PLACE_PARTICLES.has(word) ? sep + word : sep + word[0]!.toUpperCase() + word.slice(1),
    );
}

function dateline(place: string, tail: string | undefined, agency: string | undefined): Dateline | null {
  const p = place.trim();
  // Two letters are an acronym ("US —", "UN —"), not a dateline place.
  if (p.length < 3 || p.length > MAX_PLACE_CHARS) return null;
  const found = { place: titleCase(p), agency: agency?.trim() || null };
  // The first part after the place is its region ("KABUL, Afghanistan"), unless it is the date
  // ("BEIJING, June 16"): annotate places a town too small for the gazetteer by its region.
  const region = tail?.trim();
  return region && !/\d/.test(region) ? { ...found, region } : found;
}

// Compiled once (they run on every page's first paragraph).
/**
 * Upper-case place, optional ", Region" / ", June 16", optional "(Agency)", then a dash. An en or
 * em dash may touch the lead ("BEIJING—Manufacturing ...", a common house style) when the lead
 * opens with a capital; a hyphen must stand apart ("NATO-led" is a word).
 */
const UPPER_DASH_RE = new RegExp(
  `^(${UPPER_PLACE})${TAIL}\\s*(?:${AGENCY})?\\s*(?:(?:-{1,2}|–|—)\\s+\\S|[–—]\\p{Lu})`,
  "u",
);
/** Mixed-case place needs an agency to be told apart from a sentence: "Islamabad, June 16 (Reuters) -". */
const MIXED_AGENCY_RE = new RegExp(`^(${MIXED_PLACE})${TAIL}\\s*${AGENCY}\\s*(?:-{1,2}|–|—|:)\\s+\\S`, "u");
/** "NEW DELHI: The government ..." / "BEIJING, June 16 (Xinhua):" */
const UPPER_COLON_RE = new RegExp(`^(${UPPER_PLACE})${TAIL}\\s*(?:${AGENCY})?\\s*:\\s+\\S`, "u");
/** A dateline sits in a paragraph's first characters; the patterns never read further. */
const DATELINE_HEAD_CHARS = 200;

/** A wire credit in brackets before the dateline: "(AP) HONOLULU -", "(CBS News) AURORA, Colo. -". */
const LEADING_CREDIT_RE = new RegExp(`^${AGENCY}\\s*`, "u");

export function readWireDateline(paragraph: string): Dateline | null {
  const credit = LEADING_CREDIT_RE.exec(paragraph);
  const found = readDatelineAtHead(credit ? paragraph.slice(credit[0].length) : paragraph);
  // The credit's agency stands for the one a dateline would carry after its place.
  return found && credit && !found.agency ? { ...found, agency: credit[1]!.trim() } : found;
}

function readDatelineAtHead(paragraph: string): Dateline | null {
  const head = paragraph.slice(0, DATELINE_HEAD_CHARS);
  const upperDash = UPPER_DASH_RE.exec(head);
  if (upperDash) return dateline(upperDash[1]!, upperDash[2], upperDash[4]);
  const mixedAgency = MIXED_AGENCY_RE.exec(head);
  if (mixedAgency) return dateline(mixedAgency[1]!, mixedAgency[2], mixedAgency[4]);
  const upperColon = UPPER_COLON_RE.exec(head);
  if (upperColon && (upperColon[1]!.length >= MIN_COLON_PLACE_CHARS || upperColon[4])) {
    return dateline(upperColon[1]!, upperColon[2], upperColon[4]);
  }
  return null;
}
