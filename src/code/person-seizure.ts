// Seizing a person is no seizure of ground or goods. "seize", "capture", "take" code occupying
// territory (192) and confiscating property (171) for their common objects, a town or a ship; when
// the object is a person or a body of people ("police seized the suspect", "rebels captured two
// soldiers") it is a detention. Who does it decides which: a state's organ (police, army,
// government, courts, intelligence) arrests or detains (173); anyone else abducts (181).

import type { DraftedEvent } from "./drafted-event.ts";
import type { Pattern } from "./pattern-load.ts";
import type { Misfit } from "./role-sense-checks.ts";
import type { Actor, SentenceView } from "./sentence-view.ts";

/** Occupy territory (192) and confiscate property (171 and its subcodes). */
const TAKING = /^(192|171)/;
/** Roles of a state's organs: their taking of a person is an arrest or detention. */
const STATE = /^(GOV|COP|MIL|JUD|SPY|LEG|PKO|IGO)$/;
/** Roles of people and bodies of people (not a country, a place or a thing). */
const PEOPLE =
  /^(GOV|COP|MIL|JUD|SPY|LEG|OPP|ELI|PTY|REB|INS|SEP|CRM|CVL|RAD|REF|MED|EDU|BUS|LAB|HLH|HRI|NGO|UAF|AGR|ENV|DEV|MOD|SET)$/;
const FILLER = /^(DET|ADJ|NUM)$/;
// The dictionary file of kinds of organisation (src/annotate/mentions/organisation-kinds.ts).
const ORGANISATION_KINDS = /(?:^|[/\\])wordnet\.organisations\.agents\.tsv:/;

function roles(code: string): string[] {
  return code.match(/.{3}/g) ?? [];
}

/** Lemmas that open a one-word taking pattern (192, 171): "seize", "capture", "occupy". */
export function takingVerbsOf(patterns: readonly Pattern[]): Set<string> {
  const out = new Set<string>();
  for (const p of patterns) {
    if (!TAKING.test(p.code)) continue;
    const first = p.elements[0];
    if (first?.kind !== "word" || first.optional) continue;
    for (const w of first.words) if (!w.includes(" ") && !w.includes("_")) out.add(w);
  }
  return out;
}

/**
 * The target when it is the verb's direct object and names people: after the trigger only
 * determiners, adjectives and numbers come before it ("two Nigerian soldiers"), no noun follows it
 * ("a British tanker" is a ship), and it is no place standing for a government ("Kabul").
 */
function personObject(view: SentenceView, last: number, target: Actor): boolean {
  let k = last + 1;
  while (k < view.words.length && FILLER.test(view.tokens[k]!.pos) && !view.groupAt[k]) k++;
  const g = view.groupAt[k];
  // (Compared by place: the draft may have given a bare role its country, a new actor record.)
  if (!g?.members.some((a) => a.start === target.start || a.end === target.end)) return false;
  if (view.tokens[g.last + 1]?.pos === "NOUN" || view.tokens[g.last + 1]?.pos === "PROPN") return false;
  if (view.mentions.some((m) => m.start === target.start && m.place)) return false;
  // "nationalized the American oil company": a kind of company (actors/wordnet.organisations.agents.tsv)
  // is a body that owns things, and taking it is taking its property.
  if (view.mentions.some((m) => m.start === target.start && ORGANISATION_KINDS.test(m.source ?? "")))
    return false;
  return roles(target.code).some((c) => PEOPLE.test(c));
}

/** Why a taking of ground or goods is the taking of a person here (recode 173 or 181), or null. */
export function personSeizureMisfit(drafted: DraftedEvent, takingVerbs: ReadonlySet<string>): Misfit | null {
  const { view, anchor, last, code, source, target } = drafted;
  if (!TAKING.test(code) || !target || view.tokens[anchor]!.pos !== "VERB") return null;
  if (!takingVerbs.has(view.lemmas[anchor]!) || !personObject(view, last, target)) return null;
  // (A country named alone, "Iran seized two sailors", acts through its organs.)
  const country = view.mentions.some((m) => m.start === source.start && m.kind === "state");
  const state = country || roles(source.code).some((c) => STATE.test(c));
  const word = view.tokens[anchor]!.text;
  return state
    ? {
        why: `"${word}" a person (${target.code}) by a state organ (${source.code}): an arrest`,
        recode: "173",
      }
    : { why: `"${word}" a person (${target.code}) by ${source.code}: an abduction`, recode: "181" };
}
