// A verb whose object is an event noun it wants or turns down: "the president plans a visit to
// India", "Japan is seeking talks with China", "Pakistan rejected talks with India". The event
// noun's pattern codes the act, but the act has not taken place: what the governing verb does to
// it is a cue of its own kind (intent, refuse), recoded as the cue of a verb is ("plans to visit"
// is 036; a rejected meeting 125). The verbs are in data/verbs/noun-governors.tsv.

import { SitrepError } from "../errors.ts";
import type { CueKind } from "./pattern-load.ts";
import type { SentenceView } from "./sentence-view.ts";
import type { DataLine } from "./tsv-lines.ts";

/** Verb (or "verb particle") → the cue kind it gives the event noun it governs. */
export type NounGovernors = ReadonlyMap<string, CueKind>;

const KINDS = new Set<CueKind>(["intent", "refuse"]);
/** Words between a governing verb and its event noun: "plans [a new] visit", "sought [further] talks", "proposed [a new round of] talks". */
const OBJECT_LEAD = /^(DET|ADJ|NUM)$/;
const POSSESSIVE_PRONOUNS = new Set(["its", "their", "his", "her", "our", "my"]);
/** Nouns that count rounds of an event: "a new round of talks", "a series of meetings". */
const COUNTING_NOUNS = new Set(["round", "rounds", "series", "set", "number"]);
/** How far left of the event noun its governing verb may stand. */
const WINDOW = 6;

/** `KIND<TAB>VERB|VERB_PARTICLE...` lines of data/verbs/noun-governors.tsv. */
export function parseNounGovernors(lines: readonly DataLine[]): Map<string, CueKind> {
  const out = new Map<string, CueKind>();
  for (const line of lines) {
    const [kind = "", verbs = "", ...rest] = line.text.split("\t").map((s) => s.trim());
    if (!KINDS.has(kind as CueKind) || !verbs || rest.length)
      throw new SitrepError(
        "E_DICT_SYNTAX",
        `${line.where}: expected "intent|refuse<TAB>VERB|VERB..." but found "${line.text.trim()}"`,
        line.where,
      );
    for (const v of verbs.split("|")) {
      if (!/^[a-z]+(_[a-z]+)?$/.test(v))
        throw new SitrepError("E_DICT_SYNTAX", `${line.where}: cannot read verb "${v}"`, line.where);
      out.set(v.replace("_", " "), kind as CueKind);
    }
  }
  return out;
}

/**
 * The cue kind the verb governing the event noun at `anchor` gives it, or null: the nearest verb
 * left of the noun's determiners and adjectives (past a particle, "prepared for talks"). The tagger
 * reads some present tenses right after their subject as nouns ("the president plans/NOUN a
 * visit"); such a word counts as the verb.
 */
export function nounGovernorKind(
  view: SentenceView,
  anchor: number,
  governors: NounGovernors,
): CueKind | null {
  if (!governors.size) return null;
  let k = anchor - 1;
  while (k > 0 && anchor - k <= WINDOW) {
    const w = view.words[k]!;
    if (OBJECT_LEAD.test(view.tokens[k]!.pos) || POSSESSIVE_PRONOUNS.has(w)) k--;
    else if (w === "of" && COUNTING_NOUNS.has(view.words[k - 1] ?? "")) k -= 2;
    else break;
  }
  if (k < 0 || view.groupAt[k]) return null;
  const particle = view.tokens[k]!.pos === "ADP" ? view.words[k]! : null;
  const v = particle ? k - 1 : k;
  if (v < 0 || view.groupAt[v]) return null;
  const pos = view.tokens[v]!.pos;
  const isVerb = pos === "VERB" || (pos === "NOUN" && view.groupAt[v - 1] !== undefined);
  if (!isVerb) return null;
  const lemma = view.lemmas[v]!;
  return governors.get(particle ? `${lemma} ${particle}` : lemma) ?? null;
}

/**
 * The modality and cue of a nominal event governed by a verb of data/verbs/noun-governors.tsv, or
 * null (then the clause's own cues decide: modality-checks.ts nominalModality). An intent is
 * `intended` where cue-codes.tsv has no intent code for the act; a refusal is `hypothetical`
 * where it has no refusal code (the act was turned down: it did not take place).
 */
export function governedNounModality(
  view: SentenceView,
  anchor: number,
  governors: NounGovernors | undefined,
): { modality: "intended" | "hypothetical"; cue: CueKind } | null {
  const kind = governors ? nounGovernorKind(view, anchor, governors) : null;
  if (kind === "intent") return { modality: "intended", cue: kind };
  if (kind === "refuse") return { modality: "hypothetical", cue: kind };
  return null;
}
