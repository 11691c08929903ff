// Which pattern matches of a sentence are coded: a trigger word used as the event's verb (not a
// name, a modifier or the content of another word), and of overlapping matches the most specific.
import { inGerundComplement } from "./clause-scope.ts";
import { isDemonym, nounAgentOf } from "./noun-events.ts";
import { isMutualPattern } from "./noun-parties.ts";
import type { PatternIndex, PatternMatch } from "./pattern-match.ts";
import type { SentenceView } from "./sentence-view.ts";
import { nameUseOf } from "./trigger-checks.ts";

/** Verbs whose gerund object is an act done (or denied): "kept attacking", "denied shelling". */
const GERUND_HOSTS =
  /^(be|keep|continue|resume|start|begin|stop|deny|admit|acknowledge|confess|reject|dismiss)$/;

/** The matches chosen in a sentence, and per chosen match the readings it displaced. */
export interface Selection {
  readonly taken: PatternMatch[];
  /** Per selected match, the readings it displaced, most specific first. */
  readonly fallbacks: Map<PatternMatch, PatternMatch[]>;
}

/** Best match per trigger, then no two matches that overlap: the more specific wins. */
export function selectMatches(index: PatternIndex, view: SentenceView, reasons: string[] = []): Selection {
  const fallbacks = new Map<PatternMatch, PatternMatch[]>();
  const all: PatternMatch[] = [];
  for (let i = 0; i < view.tokens.length; i++) {
    if (view.groupAt[i]) continue;
    const matches = index.matchAt(view, i);
    if (!matches.length) continue;
    // "Tom Lynch", "Meet the Press": a trigger word inside a name or title is no event word.
    const nameUse = nameUseOf(view, i);
    if (nameUse) {
      reasons.push(`${matches[0]!.pattern.where}: trigger "${view.tokens[i]!.text}" is ${nameUse}`);
      continue;
    }
    const found = matches.filter((m) => isUsableTrigger(view, m));
    if (found.length) {
      all.push(found[0]!);
      fallbacks.set(found[0]!, found.slice(1));
    } else
      reasons.push(
        `${matches[0]!.pattern.where}: "${view.tokens[i]!.text}" is not used as the event's verb here (${view.tokens[i]!.pos})`,
      );
  }
  const verbal = (m: PatternMatch) => (view.tokens[m.first]!.pos === "VERB" ? 1 : 0);
  all.sort((a, b) => b.words - a.words || verbal(b) - verbal(a) || b.last - b.first - (a.last - a.first));
  const taken: PatternMatch[] = [];
  for (const m of all) {
    const over = taken.find((t) => m.first <= t.last && t.first <= m.last);
    // The displaced reading is kept as the winner's fallback: if the winner's actor checks fail
    // ("carried out a gas attack" with no target), the narrower reading ("gas attack") is tried.
    if (over) fallbacks.get(over)?.push(m);
    else taken.push(m);
  }
  return { taken: taken.sort((a, b) => a.first - b.first), fallbacks };
}

/**
 * A one-word pattern ("attack", "protest") names a verb: it must be a finite verb here, not the
 * noun ("the attacks"), an adjective-like participle ("the detained journalists") or the content of
 * another event ("accused X of supporting"). Nominal triggers are written as phrases.
 */
export function isUsableTrigger(view: SentenceView, m: PatternMatch): boolean {
  const i = m.first;
  if (m.pattern.inverted && !isDoerModifierSound(view, m)) return false;
  if (m.pattern.nounOnly) return nounAgentOf(view, i, m.pattern.code, isMutualPattern(m.pattern)) !== null;
  // "carried out raids": a light verb names the event only as a verb ("the hold on aid" does not).
  if (m.pattern.light && view.tokens[i]!.pos !== "VERB") return false;
  const before = view.words[i - 1];
  // "for (allegedly) abusing his office", "of visiting", "comment on fighting in Iraq": a gerund
  // after a preposition, maybe past an adverb, is the content of another word, not an event of its own.
  let p = i - 1;
  while (p > 0 && view.tokens[p]!.pos === "ADV") p--;
  const gerund = view.words[i]!.endsWith("ing");
  if (gerund && CONTENT_PREPOSITIONS.has(view.words[p]!)) return false;
  // "the agency's own auditing office", "a recommended visiting list": an -ing word between a
  // determiner or possessive and a noun modifies the noun.
  if (
    gerund &&
    m.words === 1 &&
    view.tokens[i + 1]?.pos === "NOUN" &&
    /^(DET|ADJ|PART|PRON)$/.test(view.tokens[i - 1]?.pos ?? "")
  )
    return false;
  if (inGerundComplement(view, i)) return false;
  // "U.S.-backed rebels", "Iran-funded militias": a participle joined by a hyphen to an actor
  // modifies the noun after it; it reports no act of its own.
  if (view.words[i - 1] === "-" && /(ed|en)$/.test(view.words[i]!) && m.words === 1) return false;
  // "recommended visiting the cities", "considered attacking": a gerund that is the object of
  // another verb is what that verb is about, not an act done.
  // (Not after an aspect verb, "kept attacking", nor after a denial or admission, which the cues
  // read: "denied attacking".)
  if (gerund && m.words === 1 && view.tokens[p]?.pos === "VERB" && !GERUND_HOSTS.test(view.lemmas[p]!))
    return false;
  // "enlisted the lobbying help of a law firm", "with the assistance of the UN": a word of aid
  // right before "of" is a noun (whatever the tagger says), and its "of X" names who gives the aid,
  // never who receives it.
  if (m.pattern.code.startsWith("07") && m.words === 1 && view.words[i + 1] === "of") return false;
  if (m.words > 1 || m.targets.length) return true;
  if (isAttributiveParticiple(view, i)) return false;
  const pos = view.tokens[i]!.pos;
  // "the occupation of Crimea by Russia", "tariffs imposed by China": an event noun
  // whose noun phrase names, with a by-phrase, who acted (noun-events.ts).
  if (pos === "NOUN" && nounAgentOf(view, i, m.pattern.code, isMutualPattern(m.pattern))) return true;
  if (ARTICLES.has(before ?? "")) return false;
  // "the October killing of", "a brutal killing": past adjectives, numbers and names that are no
  // actor, an article still opens the -ing word's noun phrase (a verbal noun, not a verb).
  if (view.words[i]!.endsWith("ing") && ARTICLES.has(view.words[articleBefore(view, i)] ?? "")) return false;
  // "its Block 1B variant", "their protest": no verb follows a possessive determiner.
  if (POSSESSIVE_DETERMINERS.has(before ?? "")) return false;
  // "the bill's signing": nor a possessive 's ("he's signing" is an AUX); "Israel's killing of
  // X" names its undergoer and is read as an event noun (noun-undergoers.ts).
  if (
    (before === "'s" || before === "’s") &&
    view.tokens[i - 1]?.pos === "PART" &&
    view.words[i + 1] !== "of"
  )
    return false;
  // The tagger reads some past tenses as adjectives or nouns ("Russia armed ...", "Gunmen
  // tortured ..."): right after the subject they are verbs.
  if (
    (pos === "ADJ" || pos === "NOUN") &&
    view.words[i]!.endsWith("ed") &&
    (view.groupAt[i - 1] || view.tokens[i - 1]?.pos === "AUX")
  )
    return true;
  // "a deal mediated by Qatar": a participle with its own agent is a (reduced passive) verb.
  if (pos === "ADJ" && view.words[i]!.endsWith("ed") && view.words[i + 1] === "by") return true;
  return pos === "VERB";
}

const ARTICLES = new Set(["the", "a", "an"]);

/**
 * The token left of `i` past adjectives, numbers and names that are no actor ("the [October]
 * killing", "a [brutal] killing"); an actor stops it ("the Taliban killing": the actor acts).
 */
function articleBefore(view: SentenceView, i: number): number {
  let q = i - 1;
  while (q > 0 && !view.groupAt[q] && /^(ADJ|NUM|PROPN)$/.test(view.tokens[q]!.pos)) q--;
  return q;
}

/**
 * A received act whose doer modifies its noun ("faced Palestinian criticism", "came under Israeli
 * fire"): only a demonym says who acted there. A name before the noun mostly names the patient or
 * the topic ("faced the Ukraine inquiry", "received Ukraine aid"), and several actors a list.
 */
function isDoerModifierSound(view: SentenceView, m: PatternMatch): boolean {
  const doer = m.targets.find((g) => g.last === m.last - 1);
  return (
    !doer || (doer.members.length === 1 && !view.bareAgents.has(doer.members[0]!) && isDemonym(view, doer))
  );
}

/** Prepositions whose gerund object is what another word is about: "accused of", "ban on", "talk about". */
const CONTENT_PREPOSITIONS = new Set(["of", "for", "about", "on"]);

/** Possessive determiners ("her" is also an object pronoun: "attacked her", so it is left out). */
const POSSESSIVE_DETERMINERS = new Set(["its", "their", "our", "my", "your", "his"]);

/** Words tagged as determiners that open a relative clause ("the gunmen that attacked Kabul"). */
const RELATIVES = new Set(["that", "which", "who", "whose"]);

/**
 * "the suit filed by ousted party leader Megawati", "an 'activist captured' judiciary", "the jailed
 * dissident": a participle between a preposition or determiner and the noun phrase it modifies is
 * an adjective describing someone, not an act the sentence reports.
 */
export function isAttributiveParticiple(view: SentenceView, i: number): boolean {
  if (!/(ed|en)$/.test(view.words[i]!) || view.groupAt[i - 1]) return false;
  const before = view.tokens[i - 1];
  if (!before || !/^(ADP|DET)$/.test(before.pos) || RELATIVES.has(view.words[i - 1]!)) return false;
  const after = view.tokens[i + 1];
  return !!after && /^(ADJ|NOUN|PROPN)$/.test(after.pos) && view.words[i + 1] !== "by";
}
