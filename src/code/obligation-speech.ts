// What a speaker says another actor must or should do is a demand or an appeal to that actor:
// "Gondor said Arnor must withdraw its troops" (CAMEO 10, demand), "the minister said Arnor should
// release the sailors" (CAMEO 02, appeal). The codebook separates the two by force: a demand
// insists (must, has to), an appeal asks or urges (should, ought to). What is asked for, when the
// complement names a coded act, gives the specific code through the same cue table that recodes
// "demanded that Arnor withdraw" (cue-codes.tsv, kinds demand and appeal); otherwise the parent
// code (100, 020). The act itself is not asserted (the modal makes it hypothetical) and is not
// coded on its own.
import { subjectBefore, verbGroupStart } from "./clause-analyse.ts";
import type { CodeRules } from "./code-rules.ts";
import type { Anchor } from "./evaluative-speech.ts";
import type { Pattern } from "./pattern-load.ts";
import type { PatternMatch } from "./pattern-match.ts";
import type { ActorGroup, SentenceView } from "./sentence-view.ts";

/** Modals of obligation that insist (a demand) and that advise or urge (an appeal). */
const INSIST = new Set(["must"]);
const URGE = new Set(["should"]);
/** Two-word forms: "has to", "have to", "needs to", "ought to". */
const INSIST_BEFORE_TO = new Set(["have", "has", "need", "needs"]);
const URGE_BEFORE_TO = new Set(["ought"]);
const LEAD = /^(DET|ADJ|SCONJ|PUNCT|NUM)$/;

/** The complement's subject and the kind of obligation put on it, with the verb it governs. */
function obligedSubject(
  view: SentenceView,
  a: Anchor,
): { subject: ActorGroup; kind: "demand" | "appeal"; verb: number } | null {
  let k = a.from;
  while (k <= a.to && !view.groupAt[k] && LEAD.test(view.tokens[k]!.pos)) k++;
  const g = view.groupAt[k];
  // (A pronoun is left alone: "we must" is the speaker's own resolve, "they" is unclear.)
  if (!g || g.first !== k || g.last >= a.to || view.tokens[g.first]!.pos === "PRON") return null;
  let v = g.last + 1;
  while (v <= a.to && view.tokens[v]!.pos === "ADV") v++;
  const w = view.words[v] ?? "";
  let kind: "demand" | "appeal" | null = null;
  if (INSIST.has(w)) kind = "demand";
  else if (URGE.has(w)) kind = "appeal";
  else if (view.words[v + 1] === "to" && INSIST_BEFORE_TO.has(w) && view.tokens[v]!.pos !== "NOUN") {
    kind = "demand";
    v++;
  } else if (view.words[v + 1] === "to" && URGE_BEFORE_TO.has(w)) {
    kind = "appeal";
    v++;
  }
  if (!kind) return null;
  let verb = v + 1;
  while (verb <= a.to && /^(ADV|PART)$/.test(view.tokens[verb]!.pos)) verb++;
  // "must not", "should never": what is asked is a refraining, coded only at the parent level.
  const negated = /^(not|n't|never)$/.test(view.words[v + 1] ?? "");
  // ("must be held accountable": a passive puts the demand on someone unnamed.)
  if (view.lemmas[verb] === "be" || view.tokens[verb]?.pos !== "VERB") return null;
  return { subject: g, kind, verb: negated ? -1 : verb };
}

/**
 * Demand (10x) and appeal (02x) matches for say verbs whose complement puts an obligation on a
 * named actor ("said Arnor must ..."), anchored at the say verb, with that actor as the target.
 * `taken`: the sentence's chosen matches (the act asked for, if coded).
 */
export function obligationMatches(
  view: SentenceView,
  anchors: readonly Anchor[],
  taken: readonly PatternMatch[],
  rules: CodeRules,
): PatternMatch[] {
  const out: PatternMatch[] = [];
  for (const a of anchors) {
    if (a.label) continue;
    const o = obligedSubject(view, a);
    if (!o) continue;
    // "The German minister said Germany must …": an actor's resolve for its own state (one code
    // contains the other) is no demand; "the opposition said the government must …" is one.
    const speaker = a.doer ?? subjectBefore(view, verbGroupStart(view, a.first));
    const own = (s: string, t: string) => s.startsWith(t) || t.startsWith(s);
    if (speaker?.members.some((s) => o.subject.members.some((t) => own(s.code, t.code)))) continue;
    // The act asked for: a coded match that starts at the governed verb.
    const asked = o.verb < 0 ? undefined : taken.find((m) => m.first === o.verb);
    const code = rules.mapCue(o.kind, asked?.pattern.code ?? "") ?? rules.mapCue(o.kind, "");
    if (!code) continue;
    const pattern: Pattern = {
      code,
      elements: [],
      reciprocal: false,
      dyad: true,
      where: `code/obligation-speech.ts + ${o.kind === "demand" ? "must" : "should"}${asked ? ` + ${asked.pattern.where}` : ""}`,
      text: `${a.text} + ${view.words[o.subject.last + 1]} ...`,
      weight: 1,
    };
    const last = a.doer ? a.first : o.subject.last;
    out.push({
      pattern,
      first: a.first,
      last,
      targets: [o.subject],
      words: 1,
      ...(a.doer ? { doer: a.doer } : {}),
    });
  }
  return out;
}
