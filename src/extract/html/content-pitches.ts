// Calls to action inside an article's body: newsletter sign-ups, "follow us" lines, delivery
// offers. The words are data (data/html/pitch-lines.tsv); the rule is here: a short block that
// opens on a lead phrase and names a channel. Every site words its own pitch, so one list of
// whole phrases would never be complete; the pair of a lead and a channel is what they share.
// The same file lists notices a site stamps on the body ("© 2012 ...", "Posted in: ...",
// "TrackBack URL for this entry"): a short block opening on one of them is not the article.
// Stamps are the field labels of a post's meta line and of a comment form ("Bookmark the
// permalink", "Tags:", "Your email address will not be published"): blog software prints them
// after any opening (a date, an author's name), so a short block holding one anywhere is furniture.

/** Longer blocks are prose that may mention a newsletter, not a pitch (the longest pitches seen on
 * real pages run to about 150 characters). */
const MAX_PITCH_CHARS = 200;
/** A post's meta line runs to two or three sentences of fields ("This entry was posted on ...
 * and is filed under ... You can follow any responses ..."); a paragraph of prose is longer. */
const MAX_STAMP_CHARS = 300;
/** An e-mail address names a channel as a handle does ("Write to Jane Roe at jroe@example.com"). */
const EMAIL_RE = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/;
/** Longer than any lead or notice in the file (the longest is 48 characters). */
const HEAD_CHARS = 64;
/** A social handle ("@nytimesworld") names a channel whatever the site. */
const HANDLE_RE = /(?:^|[\s(])@[a-z0-9_]{2,}/;
/** A character that continues a word: a lead must end where its word ends. */
const WORD_CHAR_RE = /[\p{L}\p{N}'-]/u;

export interface PitchRules {
  /** Lowercased lead phrases, longest first. */
  readonly leads: readonly string[];
  readonly channels: ReadonlySet<string>;
  /** The longest channel, in words. */
  readonly maxChannelWords: number;
  /** Openings of notices, "#" standing for a digit ("copyright ####"). */
  readonly notices: readonly RegExp[];
  /** Field labels that mark a short block wherever they stand in it (stampPattern), as one
   * alternation so a block is scanned once; null when the file lists none. */
  readonly stamps: RegExp | null;
  /** First words of every lead and notice: a block opening on another word is neither. */
  readonly openers: ReadonlySet<string>;
  /** The leads and notices by first word (openerOf), so a block is tried against its own only. */
  readonly byOpener: ReadonlyMap<
    string,
    { readonly leads: readonly string[]; readonly notices: readonly RegExp[] }
  >;
}

export type PitchLine = { readonly kind: string; readonly phrase: string; readonly lineNo: number };

/** Rules from the file's `kind<TAB>phrase` lines; throws on a kind it does not know. */
export function pitchRulesFrom(lines: readonly PitchLine[], file: string): PitchRules {
  const leads: string[] = [];
  const channels = new Set<string>();
  const notices: RegExp[] = [];
  const stamps: string[] = [];
  for (const { kind, phrase, lineNo } of lines) {
    const p = normalizePitch(phrase);
    if (kind === "lead" && p) leads.push(p);
    else if (kind === "channel" && p) channels.add(p);
    else if (kind === "notice" && p) notices.push(noticePattern(p));
    else if (kind === "stamp" && p) stamps.push(stampPattern(phrase.trim()));
    else
      throw new Error(
        `${file}:${lineNo}: expected "lead", "channel", "notice" or "stamp", a tab, and a phrase`,
      );
  }
  const maxChannelWords = Math.max(1, ...[...channels].map((c) => c.split(" ").length));
  const openers = new Set<string>();
  const byOpener = new Map<string, { leads: string[]; notices: RegExp[] }>();
  for (const { kind, phrase } of lines) {
    if (kind === "channel" || kind === "stamp") continue;
    const opener = openerOf(phrase.replace(/#/g, "0"));
    openers.add(opener);
    const bucket = byOpener.get(opener) ?? { leads: [], notices: [] };
    const p = normalizePitch(phrase);
    if (kind === "lead") bucket.leads.push(p);
    else bucket.notices.push(noticePattern(p));
    byOpener.set(opener, bucket);
  }
  for (const bucket of byOpener.values()) bucket.leads.sort((a, b) => b.length - a.length);
  return {
    leads: leads.sort((a, b) => b.length - a.length),
    channels,
    maxChannelWords,
    notices,
    stamps: stamps.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${stamps.join("|")})`, "u") : null,
    openers,
    byOpener,
  };
}

/** "copyright ####" -> /^copyright \d\d\d\d(?![letter, digit])/: the phrase as a whole-word opening. */
function noticePattern(phrase: string): RegExp {
  const body = phrase
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(/#/g, "\\d")
    .replace(/ /g, "\\s*");
  return new RegExp(`^${body}(?![\\p{L}\\p{N}'-])`, "u");
}

/**
 * The pattern of a stamp anywhere in a block, case-insensitive after its first letter. One written with a capital
 * must start with one, as a label does ("Tags: ...", "Category: ..."), so prose that runs into a
 * list ("falls into three categories: ...") is not a meta line.
 */
function stampPattern(phrase: string): string {
  const first = phrase.charAt(0);
  const head = first === first.toLowerCase() ? `[${first}${first.toUpperCase()}]` : first;
  const rest = [...phrase.slice(1)]
    .map((c) => {
      if (c === " ") return "\\s+";
      const lower = c.toLowerCase();
      const upper = c.toUpperCase();
      return lower === upper ? c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") : `[${lower}${upper}]`;
    })
    .join("");
  return `${head}${rest}`;
}

/** The block's first word, lowercased, or its first character when that is no letter; any digit is
 * "0". A cheap key: most blocks open on a word no lead or notice starts with. */
function openerOf(text: string): string {
  let end = 0;
  while (end < text.length && end < MAX_OPENER_CHARS && isLetter(text.charCodeAt(end))) end++;
  if (end === 0) {
    const c = text.charAt(0);
    return c >= "0" && c <= "9" ? "0" : c;
  }
  return text.slice(0, end).toLowerCase();
}

const MAX_OPENER_CHARS = 24;

/** ASCII letters and any other non-ASCII character but quotes and spaces (a cheap word test). */
function isLetter(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c > 0x7f && c !== 0x2019 && c !== 0x2018 && c !== 0xa0)
  );
}

function normalizePitch(s: string): string {
  return s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim();
}

/** Whether a short block holds a stamp (a meta line's or a comment form's field label) anywhere. */
function holdsStamp(rules: PitchRules, text: string): boolean {
  return text.length <= MAX_STAMP_CHARS && rules.stamps !== null && rules.stamps.test(text);
}

/** Whether the block is a call to action (short, opens on a lead, names a channel), a notice or a stamped meta line. */
export function isPitchLine(rules: PitchRules, text: string): boolean {
  if (holdsStamp(rules, text)) return true;
  if (text.length > MAX_PITCH_CHARS) return false;
  const own = rules.byOpener.get(openerOf(text));
  if (own === undefined) return false;
  // Leads and notices are short openings: the start of the block decides before the whole is read.
  const head = normalizePitch(text.slice(0, HEAD_CHARS));
  for (const re of own.notices) if (re.test(head)) return true;
  const lead = own.leads.find((l) => head.startsWith(l) && !WORD_CHAR_RE.test(head.charAt(l.length)));
  if (lead === undefined) return false;
  const t = normalizePitch(text);
  if (HANDLE_RE.test(t) || EMAIL_RE.test(t)) return true;
  const words = t.split(/[^\p{L}\p{N}'-]+/u).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= rules.maxChannelWords && i + n <= words.length; n++) {
      if (rules.channels.has(words.slice(i, i + n).join(" "))) return true;
    }
  }
  return false;
}
