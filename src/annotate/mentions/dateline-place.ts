// Whether a country or capital is the place of a dateline ("NEW DELHI: The Congress ...",
// "KARACHI (Reuters) -", "WASHINGTON —", "(AP) HONOLULU -"): the place the story was filed from,
// never the state acting. Capital metonymy ("Washington warned Beijing") stays an actor elsewhere.
import { type Composer, hasNewline } from "./compose-state.ts";
import { DATELINE_NEXT } from "./compose-words.ts";
import { isSentenceStart } from "./name-context.ts";

/** Most tokens a leading wire credit in brackets holds: "(AP)", "(CBS News)", "(Reuters Health)". */
const MAX_CREDIT_TOKENS = 4;

/** Whether token k opens a line or a sentence (a headline run into its dateline is split before it). */
function opensUnit(c: Composer, k: number): boolean {
  const { text, tokens } = c;
  return k === 0 || hasNewline(text, tokens[k - 1]!.end, tokens[k]!.start) || isSentenceStart(c, k);
}

/** Whether tokens before k are a bracketed credit opening a line or sentence: "(AP) HONOLULU -". */
function followsOpeningCredit(c: Composer, k: number): boolean {
  const { tokens } = c;
  if (k < 3 || tokens[k - 1]!.text !== ")") return false;
  for (let o = k - 2; o >= 0 && k - 2 - o <= MAX_CREDIT_TOKENS; o--) {
    if (tokens[o]!.text === "(") return opensUnit(c, o);
    if (tokens[o]!.text === ")") return false;
  }
  return false;
}

// Dashes that close a dateline: "CAIRO -", "Cairo —", "LIMA --".
const DATELINE_DASHES = new Set(["-", "–", "—", "--"]);

/**
 * Whether a name in mixed case is closed the way only a dateline is: an agency in brackets then a
 * dash or colon ("Cairo (Reuters) -"), or a dash standing apart before a capitalised lead
 * ("Ottawa — The senate ..."). A colon alone is not enough: "Beijing: US must stop" is a headline
 * quoting the capital as speaker.
 */
function closesMixedDateline(c: Composer, to: number): boolean {
  const { tokens, n } = c;
  let k = to;
  if (tokens[k]?.text === "(") {
    let close = k + 1;
    while (close < n && close - k <= MAX_CREDIT_TOKENS + 1 && tokens[close]!.text !== ")") close++;
    if (tokens[close]?.text !== ")") return false;
    k = close + 1;
    return tokens[k]?.text === ":" || DATELINE_DASHES.has(tokens[k]?.text ?? "");
  }
  const dash = tokens[k];
  const lead = tokens[k + 1];
  return (
    !!dash &&
    !!lead &&
    DATELINE_DASHES.has(dash.text) &&
    dash.start > tokens[k - 1]!.end &&
    /^\p{Lu}/u.test(lead.text)
  );
}

/**
 * True when the name at [from, to) opens a line or sentence (or follows an opening credit) and is
 * closed by a dateline's punctuation: in capitals, a comma, an agency in brackets, a colon or a
 * dash; in mixed case, only an agency or a dash standing apart. "Washington, meanwhile, said" and
 * "Washington warned" are running text.
 */
export function isDatelinePlace(c: Composer, from: number, to: number): boolean {
  const { text, tokens } = c;
  const next = tokens[to];
  if (!next || !DATELINE_NEXT.has(next.text)) return false;
  if (!opensUnit(c, from) && !followsOpeningCredit(c, from)) return false;
  const written = text.slice(tokens[from]!.start, tokens[to - 1]!.end);
  if (written === written.toUpperCase() && written !== written.toLowerCase()) return true;
  return closesMixedDateline(c, to);
}
