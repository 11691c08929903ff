// Photo credits in text scrapes: "(Photo : Getty Images. )", "Photo: Reuters", "(AP Photo/Jane Doe)",
// "Troops on patrol. REUTERS/Jane Doe". A credit is image metadata; real text beside it stays body.

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
  return s
    .replace(/^[\s:/.,-]+|[\s.,;:-]+$/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

// Compiled once: these run on every unit of every page.
const AGENCY_PHOTO_IN_PARENS = new RegExp(`^(?:${PHOTO_AGENCIES})\\s+photo\\s*/.+$`, "i");
const LABELLED_IN_PARENS = new RegExp(`^${LABEL}\\s*(?::|/|by\\b|\\s-\\s)\\s*(.+)$`, "i");
const SOURCE_LINE = /^(?:image|picture|photo|video)\s+source\s*[,:]\s*(.+)$/i;
const LABEL_LINE = new RegExp(`^${LABEL}\\s*(?::|by\\b|/)\\s*(.+)$`, "i");
const TRAILING_LABEL = new RegExp(`^(.+?[.!?])\\s+${LABEL}\\s*(?::|by\\b)\\s*(.{2,80})$`, "i");
const TRAILING_AGENCY = new RegExp(
  `^(.+?)\\s+(${PHOTO_AGENCIES}/[\\p{L} .'’-]+?(?:/File(?: Photo)?)?)\\s*$`,
  "u",
);

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

export function readPhotoCredit(text: string): PhotoCreditSplit | null {
  // "(Photo : Getty Images. ) China and Pakistan have agreed ..." / "Caption (Photo: Reuters)"
  for (const m of text.matchAll(/\(([^()]{2,120})\)/g)) {
    const credit = creditInParens(m[1]!);
    if (credit === null) continue;
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + m[0].length);
    if (before.trim() === "") return result(credit, "", after);
    if (after.trim() === "" || /^[\s.]*$/.test(after)) return result(credit, before, "");
  }
  // "Image source, Reuters" (a broadcaster's caption block)
  const source = SOURCE_LINE.exec(text);
  if (source && wordCount(source[1]!) <= MAX_CREDIT_WORDS) return result(cleanCredit(source[1]!), "", "");
  // "Photo: Reuters" / "Image by Jane Doe"
  const label = LABEL_LINE.exec(text);
  if (label && wordCount(label[1]!) <= MAX_CREDIT_WORDS) return result(cleanCredit(label[1]!), "", "");
  // "Soldiers patrol the border. Photo: AFP"
  const trailing = TRAILING_LABEL.exec(text);
  if (trailing) return result(cleanCredit(trailing[2]!), trailing[1]!, "");
  // "Soldiers patrol the border in Kashmir. REUTERS/Jane Doe" (no slash, no such credit)
  const agency = text.includes("/") ? TRAILING_AGENCY.exec(text) : null;
  if (agency) return result(cleanCredit(agency[2]!), agency[1]!, "");
  return null;
}

/** "Image caption, Fishermen on the lake" -> "Fishermen on the lake"; null for other lines. */
export function readCaptionLabel(text: string): string | null {
  const m = /^(?:image|picture|photo)?\s*caption\s*[,:]\s*(.+)$/i.exec(text);
  return m ? m[1]!.trim() : null;
}
