// Attacks in words. "attack", "blast", "hit out at", "assail" have a sense of force and a sense of
// criticism (WordNet's assail.v.3 "attack in speech or writing", blast.v.8 "criticize harshly");
// the verb patterns code the force sense (190) and, in the frame "VERB + actor + over|for", the
// criticism (111). Where the frame's actor is missing ("attacked Mitt Romney over his stance",
// an unknown name) or the clause shows the speech some other way, the force reading is recoded:
// a source that bears no arms, with a reason ("over his remarks", "for failing to"), a speech
// complement (", saying ...") or, in a political dyad, a person or a policy as target, is
// criticizing (111). The verbs are those that also have a criticism pattern (11x) in the lexicon.

import type { DraftedEvent } from "./drafted-event.ts";
import type { Pattern } from "./pattern-load.ts";
import type { Misfit } from "./role-sense-checks.ts";
import type { Actor, SentenceView } from "./sentence-view.ts";

/** Force roots whose trigger may be a verb of criticism. */
const FORCE = /^(18|19)/;
/** Roles that bear arms or use force for a state, a movement or a crime: their attacks are force. */
const ARMED = /^(MIL|COP|SPY|REB|INS|SEP|UAF|PKO|IMG|CRM|RAD|TER)$/;
/** Roles that speak in politics: governments, parliaments, parties, the opposition, unions, media, NGOs. */
const SPEAKING = /^(GOV|LEG|OPP|ELI|JUD|PTY|LAB|MED|NGO|HRI|ENV|EDU|BUS|IGO|DEV)$/;
/** Roles of a political target: an office-holder, a party, a body of the state (not its armed force). */
const POLITICAL_TARGET = /^(GOV|LEG|OPP|ELI|JUD|PTY)$/;
const POSSESSIVE = new Set(["his", "her", "its", "their", "our", "my", "your"]);
/** Ordinals and counts that make "for/over" a measure of time ("for the second time", "over the next years"). */
const COUNTING = /^(first|second|third|fourth|fifth|last|next|past|\d+(st|nd|rd|th))$/;

function roles(code: string): string[] {
  return code.match(/.{3}/g) ?? [];
}

function isSpeaker(a: Actor): boolean {
  const r = roles(a.code);
  return !r.some((c) => ARMED.test(c)) && r.some((c) => SPEAKING.test(c));
}

/** Lemmas that open a criticism pattern (11x): "attack + over|for", "hit out at +", "blast". */
export function criticismVerbsOf(patterns: readonly Pattern[]): Set<string> {
  const out = new Set<string>();
  for (const p of patterns) {
    if (!p.code.startsWith("11")) continue;
    const first = p.elements[0];
    if (first?.kind === "word" && !first.optional) for (const w of first.words) out.add(w);
  }
  return out;
}

/** The words a pattern's or cue's first element may be. */
export function firstWords(elements: Pattern["elements"]): string[] {
  const first = elements[0];
  return first?.kind === "word" ? [...first.words] : [];
}

export interface VerbalAttackLexicon {
  readonly criticismVerbs: ReadonlySet<string>;
  readonly abstractNouns: ReadonlySet<string>;
  /** Lemmas of saying ("say", "add", "argue": the `say` cues). */
  readonly sayVerbs: ReadonlySet<string>;
}

/** The index after the clause's object (or the trigger): the first "over|for", comma or clause end. */
function reasonAfter(view: SentenceView, last: number, lex: VerbalAttackLexicon): string | null {
  const n = view.words.length;
  for (let k = last + 1; k < Math.min(n, last + 10); k++) {
    const w = view.words[k]!;
    const pos = view.tokens[k]!.pos;
    if (w === "over" || w === "for") {
      let h = k + 1;
      const first = view.words[h];
      if (view.tokens[h]?.pos === "VERB" && first?.endsWith("ing")) return `${w} ${first}`;
      let counted = false;
      while (h < n && /^(DET|ADJ|NUM|PRON)$/.test(view.tokens[h]!.pos)) {
        if (view.tokens[h]!.pos === "NUM" || COUNTING.test(view.words[h]!)) counted = true;
        h++;
      }
      if (counted) return null;
      if (first && POSSESSIVE.has(first) && view.tokens[h]?.pos === "NOUN") return `${w} ${first}`;
      while (h + 1 < n && view.tokens[h + 1]!.pos === "NOUN") h++;
      const head = view.tokens[h]?.pos === "NOUN" ? view.lemmas[h]! : "";
      return lex.abstractNouns.has(head) ? `${w} ... ${view.words[h]}` : null;
    }
    if (w === "," || w === "." || pos === "VERB" || pos === "SCONJ") return null;
  }
  return null;
}

/** ", saying ...", ": “...": the attack is followed by what was said. */
function speechAfter(view: SentenceView, last: number, lex: VerbalAttackLexicon): string | null {
  const n = view.words.length;
  for (let k = last + 1; k < Math.min(n - 1, last + 12); k++) {
    const w = view.words[k]!;
    if (w !== "," && w !== ":") {
      if (view.tokens[k]!.pos === "VERB") return null;
      continue;
    }
    const next = view.words[k + 1]!;
    if (/^["“]$/.test(next)) return "a quotation";
    if (next.endsWith("ing") && lex.sayVerbs.has(view.lemmas[k + 1]!)) return `", ${next}"`;
    return null;
  }
  return null;
}

/**
 * Whether the trigger says its subject is "under fire|attack" (WordNet under_fire, under_attack:
 * "subjected to enemy attack or censure"; fire.n, attack.n: "intense adverse criticism", "the
 * government has come under attack"): which of the two, the doer says.
 */
function isUnderFire(view: SentenceView, anchor: number, last: number): boolean {
  for (let k = anchor; k < last; k++)
    if (view.words[k] === "under" && /^(fire|attack|attacks)$/.test(view.words[k + 1] ?? "")) return true;
  return false;
}

/**
 * Why a force reading of a verb of criticism is criticism here (recode 111), or null. `anchor`/
 * `last`: the trigger's first and last token; `code`: the drafted CAMEO code.
 */
export function verbalAttackMisfit(drafted: DraftedEvent, lex: VerbalAttackLexicon): Misfit | null {
  const { view, anchor, last, code, source, target } = drafted;
  if (!FORCE.test(code)) return null;
  // "The minister came under fire from the opposition": censure when the doer speaks and bears no
  // arms ("came under fire from rebels", from a bare country, stays force).
  if (
    isUnderFire(view, anchor, last) &&
    isSpeaker(source) &&
    !(target && roles(target.code).some((c) => ARMED.test(c)))
  )
    return {
      why: `"under fire" from ${source.code}, who bears no arms: censure, an attack in words`,
      recode: "111",
    };
  if (view.tokens[anchor]!.pos !== "VERB") return null;
  if (!lex.criticismVerbs.has(view.lemmas[anchor]!) || !isSpeaker(source)) return null;
  if (target && roles(target.code).some((c) => ARMED.test(c))) return null;
  const word = view.tokens[anchor]!.text;
  // A government commands armies: its attack on a country or a group ("the administration attacked
  // Syria over its use of chemical weapons") may be force; only the speech shows it is words.
  const politicalTarget = target !== null && roles(target.code).some((c) => POLITICAL_TARGET.test(c));
  const mayBeForce = roles(source.code).includes("GOV") && target !== null && !politicalTarget;
  const reason = (mayBeForce ? null : reasonAfter(view, last, lex)) ?? speechAfter(view, last, lex);
  if (reason) return { why: `"${word}" by ${source.code} with ${reason}: an attack in words`, recode: "111" };
  // "the senator attacked the president", "Labour attacked the government's policy": an attack by
  // a political speaker on an office-holder or on a policy. (Only for the verbs of military
  // attack, 19: "abused the power" is misuse, not criticism, and "abuse" codes 18.)
  if (!code.startsWith("19")) return null;
  // The object's head: the last noun before the clause goes on ("the government's tax policy.").
  let h = -1;
  for (let k = last + 1; k < view.words.length; k++) {
    const pos = view.tokens[k]!.pos;
    if (pos === "NOUN") h = k;
    else if (!/^(DET|ADJ|PRON|PART|PROPN|NUM)$/.test(pos)) break;
  }
  // (The office-holder must be the object itself: "the mayor's office", "the president's convoy"
  // are places and things, which a crowd may attack with force.)
  const possessed =
    view.words.slice(last + 1, h).includes("'s") || view.words.slice(last + 1, h).includes("’s");
  if (politicalTarget && !possessed && roles(source.code).some((c) => POLITICAL_TARGET.test(c)))
    return {
      why: `"${word}" by ${source.code} on ${target!.code}: a political attack in words`,
      recode: "111",
    };
  // (A government may attack a country with force, but not a country's decision or plan: an
  // object the target only possesses is what was attacked.)
  if ((!mayBeForce || possessed) && h >= 0 && lex.abstractNouns.has(view.lemmas[h]!))
    return { why: `"${word}" a ${view.words[h]} (a policy or a stance): an attack in words`, recode: "111" };
  return null;
}
