// Sense checks for verbs that take an object and a predicate about it (WordNet's frame "Somebody
// ----s somebody something"): naming ("a group called Hamas", "what he called a hoax", "a woman
// who calls herself X") and regarding ("considers the US biased", "is
// considered a threat", "the rate it considers to be safe"). In that frame "call" is neither a
// phone call (041) nor an appeal (02), and "consider" is an opinion, not the deliberation of a
// policy option CAMEO codes 014 ("considering sanctions", "considering Russia's request").
// ("Egypt called Israel a rogue state": a label after an actor object is read by
// evaluative-speech.ts, as criticism when its words are negative.)
import type { PatternMatch } from "./pattern-match.ts";
import type { Misfit } from "./role-sense-checks.ts";
import type { SentenceView } from "./sentence-view.ts";

/** Verbs of naming (WordNet name.v.01 "assign a specified name to", and its close synonyms). */
const NAMING = new Set(["call", "name", "dub", "term", "label", "brand", "christen", "style", "nickname"]);
/** Verbs of regarding whose deliberation sense is CAMEO 014. */
const REGARDING = new Set(["consider"]);
/** Pronouns that stand as the object before its predicate ("called it a hoax", "calls herself"). */
const OBJECT_PRONOUNS = new Set([
  "it",
  "him",
  "her",
  "them",
  "this",
  "himself",
  "herself",
  "itself",
  "themselves",
  "ourselves",
  "myself",
]);
const REFLEXIVES = /selfs?$|selves$/;
/** Words that front the object of a naming verb: "what he called a hoax", "which Moscow calls". */
const FRONTED_OBJECT = new Set(["what", "which", "whom"]);
/** Articles that open a predicate noun after the object ("considers Iran a threat"). */
const PREDICATE_ARTICLES = new Set(["a", "an"]);
/** Forms of "be" before a passive participle. */
const BE = new Set(["is", "are", "was", "were", "be", "been", "being", "'s", "’s"]);

/** The token after the object of the verb at `verb`, or null when no object follows it. */
function afterObject(view: SentenceView, verb: number): number | null {
  const n = view.tokens.length;
  let k = verb + 1;
  if (k >= n) return null;
  const group = view.groupAt[k] ?? (view.words[k] === "the" ? view.groupAt[k + 1] : undefined);
  if (group) return group.last + 1;
  if (OBJECT_PRONOUNS.has(view.words[k]!)) return k + 1;
  // A noun phrase: determiners and adjectives, then its nouns ("all settlement activity").
  while (k < n && /^(DET|ADJ|NUM)$/.test(view.tokens[k]!.pos) && !view.groupAt[k]) k++;
  if (k >= n || !/^(NOUN|PROPN)$/.test(view.tokens[k]!.pos)) return null;
  while (k < n && /^(NOUN|PROPN)$/.test(view.tokens[k]!.pos)) k++;
  return k;
}

/** Whether a predicate about the object opens at `k`: "to be", "as", an adjective, "a/an" noun. */
function predicateAt(view: SentenceView, k: number): boolean {
  const word = view.words[k];
  if (word === undefined) return false;
  if (word === "to" && view.words[k + 1] === "be") return true;
  if (word === "as") return true;
  if (PREDICATE_ARTICLES.has(word)) return true;
  // An adjective that does not open a noun phrase of its own ("biased", "illegal", not "new
  // sanctions"); quotation marks open a name ("called it 'a hoax'").
  if (view.tokens[k]!.pos === "ADJ") return !/^(NOUN|PROPN|ADJ)$/.test(view.tokens[k + 1]?.pos ?? "");
  return /^["“‘']$/.test(word);
}

/** Whether the verb at `verb` is a passive participle ("is considered", "was named"). */
function isPassiveParticiple(view: SentenceView, verb: number): boolean {
  // (A past participle: "is considering new options" is progressive, its object an option.)
  if (!/(ed|en)$/.test(view.words[verb]!)) return false;
  let k = verb - 1;
  while (k >= 0 && view.tokens[k]!.pos === "ADV") k--;
  return k >= 0 && BE.has(view.words[k]!);
}

/**
 * Whether the participle at `verb` names the common noun before it ("joined a group called X", "a
 * group called X claimed ..."): the noun is no actor, and its phrase is the object of a verb or a
 * preposition, or a verb follows the name in the same clause. ("A man called police": the noun's
 * own verb.)
 */
function namingParticiple(view: SentenceView, verb: number): boolean {
  if (!/(ed|en)$/.test(view.words[verb]!)) return false;
  const before = verb - 1;
  if (before < 0 || view.tokens[before]!.pos !== "NOUN" || view.groupAt[before]) return false;
  let start = before;
  while (start > 0 && /^(NOUN|ADJ|DET|NUM)$/.test(view.tokens[start - 1]!.pos) && !view.groupAt[start - 1])
    start--;
  if (/^(ADP|VERB|AUX)$/.test(view.tokens[start - 1]?.pos ?? "")) return true;
  for (let k = verb + 1; k < view.tokens.length; k++) {
    if (/^[,;:.!?()]$/.test(view.words[k]!)) return false;
    const pos = view.tokens[k]!.pos;
    if ((pos === "VERB" || pos === "AUX") && !view.groupAt[k]) return true;
  }
  return false;
}

/** Whether the verb's object stands before it: "what he called", "which Moscow calls". */
function frontedObject(view: SentenceView, verb: number): boolean {
  let k = verb - 1;
  while (k >= 0 && /^(AUX|ADV|PART)$/.test(view.tokens[k]!.pos)) k--;
  // The subject: a pronoun, or an actor or a name of a few words.
  const group = view.groupAt[k];
  if (group) k = group.first - 1;
  else if (k >= 0 && view.tokens[k]!.pos === "PRON") k--;
  else return false;
  if (view.words[k] === "the" && !group) k--;
  return k >= 0 && FRONTED_OBJECT.has(view.words[k]!);
}

/**
 * Why a naming or regarding verb is used in its predicative sense here, or null: it names or
 * judges something ("a group called X", "what he called a hoax", "calls herself", "considers the
 * US biased", "is considered a threat"), so it is no call, appeal or deliberation.
 */
export function predicativeSenseMisfit(view: SentenceView, m: PatternMatch, code: string): Misfit | null {
  const verb = m.first;
  if (view.tokens[verb]!.pos !== "VERB") return null;
  const lemma = view.lemmas[verb]!;
  const text = view.tokens[verb]!.text;
  if (NAMING.has(lemma)) {
    // The pattern's own preposition says which sense it is ("called for", "called on").
    if (m.last > verb && view.tokens[verb + 1]?.pos === "ADP") return null;
    // "a group called Hamas", "a town named after": a participle right after its noun.
    if (namingParticiple(view, verb)) return { why: `"${text}" after a noun names it: no call or appeal` };
    if (frontedObject(view, verb)) return { why: `"${text}" with its object before it names something` };
    if (REFLEXIVES.test(view.words[verb + 1] ?? ""))
      return { why: `"${text}" + reflexive names the subject` };
    return null;
  }
  if (!REGARDING.has(lemma) || !code.startsWith("014")) return null;
  const next = view.words[verb + 1];
  if (next === "that" && view.tokens[verb + 1]!.pos === "SCONJ")
    return { why: `"${text} that" states an opinion, not a policy option weighed` };
  if (
    predicateAt(view, verb + 1) &&
    !PREDICATE_ARTICLES.has(next ?? "") &&
    view.tokens[verb + 1]?.pos !== "ADJ"
  )
    return { why: `"${text}" + predicate states an opinion, not a policy option weighed` };
  if (isPassiveParticiple(view, verb)) {
    // "is considered a threat", "was considered unlikely" (not "is being considered by").
    const after = view.tokens[verb + 1];
    if (after && (PREDICATE_ARTICLES.has(view.words[verb + 1]!) || after.pos === "ADJ"))
      return { why: `"${text}" + predicate states an opinion, not a policy option weighed` };
    return null;
  }
  const k = afterObject(view, verb);
  if (k !== null && predicateAt(view, k))
    return { why: `"${text}" + object + predicate states an opinion, not a policy option weighed` };
  return null;
}
