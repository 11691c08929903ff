// Photo credits in text scrapes: "(Photo : Getty Images. )", "Photo: Reuters", "(AP Photo/Jane Doe)",
// "Troops on patrol. REUTERS/Jane Doe". A credit is image metadata; real text beside it stays body.
import { charIn, trimEndWhere, trimStartWhere } from "../trim-chars.ts";

const CREDIT_START = charIn(/[\s:/.,-]/);
const CREDIT_END = charIn(/[\s.,;:-]/);

export interface PhotoCreditSplit {
  readonly credit: string;
  /** Caption text written on the same line, before the credit. */
  readonly caption: string | null;
  /** Text after the credit on the same line (the seed's first paragraph follows its credit). */
  readonly rest: string | null;
}

const LABEL = "(?:photo(?:graph)?s?|images?|pictures?|pics?|credits?|photo\\s+credits?|file\\s+photo|foto)";
/** Wire agencies that sign photos as "AGENCY/Photographer". */
const PHOTO_AGENCIES =
  "(?:REUTERS|Reuters|AFP|AP|EPA|EPA-EFE|XINHUA|Xinhua|ANADOLU|Getty Images|ANI|PTI|IANS)";

/** Words a credit may hold at most; a longer "credit" is a sentence that starts with "Photo". */
const MAX_CREDIT_WORDS = 12;

function cleanCredit(s: string): string {
  return trimEndWhere(trimStartWhere(s, CREDIT_START), CREDIT_END).replace(/\s+/g, " ").trim();
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/**
 * Characters a credit may span at most: 12 words of a credit ("REUTERS/Jane Doe/File Photo",
 * "Photo: Ministry of Defence of the Republic") stay far below it. The credit patterns run only on
 * a unit's first or last this many characters, so a long unit (a 15 MB single-line scrape) costs
 * one bounded match, not a scan that backtracks over the whole line.
 */
const MAX_CREDIT_CHARS = 300;
/** What `.` of the patterns does not match: a caption with one of these is not one line. */
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;

// Compiled once: these run on every unit of every page.
const AGENCY_PHOTO_IN_PARENS = new RegExp(`^(?:${PHOTO_AGENCIES})\\s+photo\\s*/.+$`, "i");
const LABELLED_IN_PARENS = new RegExp(`^${LABEL}\\s*(?::|/|by\\b|\\s-\\s)\\s*(.+)$`, "i");
const SOURCE_LINE = /^(?:image|picture|photo|video)\s+source\s*[,:]\s*(.+)$/i;
const LABEL_LINE = new RegExp(`^${LABEL}\\s*(?::|by\\b|/)\\s*(.+)$`, "i");
// The trailing patterns match in a unit's tail: the caption before them is whatever precedes.
const TRAILING_LABEL = new RegExp(`[.!?]\\s+${LABEL}\\s*(?::|by\\b)\\s*(.{2,80})$`, "i");
const TRAILING_AGENCY = new RegExp(`\\s(${PHOTO_AGENCIES}/[\\p{L} .'’-]+?(?:/File(?: Photo)?)?)\\s*$`, "u");
/** The credit inside a parenthesis, or null when the parenthesis is not a photo credit. */
function creditInParens(inside: string): string | null {
  const agencyPhoto = AGENCY_PHOTO_IN_PARENS.exec(inside.trim());
  if (agencyPhoto) return cleanCredit(agencyPhoto[0]);
  const labelled = LABELLED_IN_PARENS.exec(inside.trim());
  if (labelled) return cleanCredit(labelled[1]!);
  return null;
}

function result(credit: string, caption: string, rest: string): PhotoCreditSplit | null {
  if (!credit || wordCount(credit) > MAX_CREDIT_WORDS) return null;
  return { credit, caption: caption.trim() || null, rest: rest.trim() || null };
}

/** The caption before a trailing credit found in the tail, or null when it spans lines or is empty. */
function captionBefore(text: string, end: number): string | null {
  const caption = text.slice(0, end);
  return caption.trim() !== "" && !LINE_TERMINATOR.test(caption) ? caption : null;
}

export function readPhotoCredit(text: string): PhotoCreditSplit | null {
  // "(Photo : Getty Images. ) China and Pakistan have agreed ..." / "Caption (Photo: Reuters)"
  // A credit in brackets counts at the unit's start (only blanks before it) or end (only blanks
  // and periods after it): both bounds are found once, not by slicing the text at every bracket.
  const lead = text.length - text.trimStart().length;
  let trailStart = text.length;
  while (trailStart > 0 && /[\s.]/.test(text[trailStart - 1]!)) trailStart--;
  for (const m of text.matchAll(/\(([^()]{2,120})\)/g)) {
    if (m.index > lead && m.index + m[0].length < trailStart) continue;
    const credit = creditInParens(m[1]!);
    if (credit === null) continue;
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + m[0].length);
    if (m.index <= lead) return result(credit, "", after);
    return result(credit, before, "");
  }
  const head = text.length <= MAX_CREDIT_CHARS * 2;
  // "Image source, Reuters" (a broadcaster's caption block)
  const source = head ? SOURCE_LINE.exec(text) : null;
  if (source && wordCount(source[1]!) <= MAX_CREDIT_WORDS) return result(cleanCredit(source[1]!), "", "");
  // "Photo: Reuters" / "Image by Jane Doe"
  const label = head ? LABEL_LINE.exec(text) : null;
  if (label && wordCount(label[1]!) <= MAX_CREDIT_WORDS) return result(cleanCredit(label[1]!), "", "");
  const tailFrom = Math.max(0, text.length - MAX_CREDIT_CHARS);
  const end = text.slice(tailFrom);
  // "Soldiers patrol the border. Photo: AFP"
  const trailing = TRAILING_LABEL.exec(end);
  const trailingCaption = trailing ? captionBefore(text, tailFrom + trailing.index + 1) : null;
  if (trailing && trailingCaption) return result(cleanCredit(trailing[1]!), trailingCaption, "");
  // "Soldiers patrol the border in Kashmir. REUTERS/Jane Doe" (no slash, no such credit)
  const agency = end.includes("/") ? TRAILING_AGENCY.exec(end) : null;
  const agencyCaption = agency ? captionBefore(text, tailFrom + agency.index) : null;
  if (agency && agencyCaption) return result(cleanCredit(agency[1]!), agencyCaption, "");
  return null;
}

/** "Image caption, Fishermen on the lake" -> "Fishermen on the lake"; null for other lines. */
export function readCaptionLabel(text: string): string | null {
  const m = /^(?:image|picture|photo)?\s*caption\s*[,:]\s*(.+)$/i.exec(text);
  return m ? m[1]!.trim() : null;
}
