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

/**
 * True when the name at [from, to) is written in capitals at the start of a line or sentence (or
 * after an opening credit) and is followed by a dateline's punctuation: a comma, an agency in
 * brackets, a colon or a dash. Capitals matter: "Washington, meanwhile, said" is running text.
 */
export function isDatelinePlace(c: Composer, from: number, to: number): boolean {
  const { text, tokens } = c;
  const next = tokens[to];
  if (!next || !DATELINE_NEXT.has(next.text)) return false;
  const written = text.slice(tokens[from]!.start, tokens[to - 1]!.end);
  if (written !== written.toUpperCase() || written === written.toLowerCase()) return false;
  return opensUnit(c, from) || followsOpeningCredit(c, from);
}
