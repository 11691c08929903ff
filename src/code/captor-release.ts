// "Two hostages who had been held by the rebels since 2016 were released on Tuesday", "the
// journalist was freed after being held by the Taliban": a release of captives is the act of
// whoever held them. When the release is an agentless passive and its own sentence names the
// captors as the agent of a verb of holding captive ("held", "kidnapped", "abducted" ... by X),
// they are its source. Only in that sentence and only through such a by-agent: a captor named
// elsewhere, or in another role, is no evidence of who let the captives go.
import type { ActorGroup, SentenceView } from "./sentence-view.ts";

/**
 * Verbs of holding someone captive: WordNet 3.1 kidnap.v.1 (kidnap, nobble, abduct, snatch),
 * capture.v.6 (capture, catch), detain.v.1 (detain), confine.v.2 (confine), imprison.v.1
 * (imprison, incarcerate, lag, immure, put behind bars, jail, jug, gaol, put away, remand),
 * hold.v.5 ("keep in captivity") and take hostage.
 */
const CAPTIVITY_VERBS = new Set([
  "kidnap",
  "kidnapped",
  "abduct",
  "abducted",
  "snatch",
  "snatched",
  "capture",
  "captured",
  "catch",
  "caught",
  "detain",
  "detained",
  "confine",
  "confined",
  "imprison",
  "imprisoned",
  "incarcerate",
  "incarcerated",
  "jail",
  "jailed",
  "hold",
  "held",
  "seize",
  "seized",
  "taken",
]);

/** Codes of a release of persons (CAMEO 0841, and 084 "return, release" in general). */
const RELEASE = /^084/;

/** How many tokens may stand between the verb of holding and its "by". */
const BY_REACH = 3;

/**
 * For an agentless release (code 084x) in `view`: the actor named as the by-agent of a verb of
 * holding captive elsewhere in the sentence, with why; null when there is none or several.
 */
export function captorOfRelease(
  view: SentenceView,
  code: string,
  anchor: number,
): { group: ActorGroup; why: string } | null {
  if (!RELEASE.test(code)) return null;
  let found: { group: ActorGroup; why: string } | null = null;
  for (let i = 0; i < view.tokens.length; i++) {
    if (i === anchor || !CAPTIVITY_VERBS.has(view.words[i]!) || view.tokens[i]!.pos === "NOUN") continue;
    // "taken hostage by", "held captive by": a participle, then at most a few words, then "by".
    if (view.words[i] === "taken" && view.words[i + 1] !== "hostage" && view.words[i + 1] !== "captive")
      continue;
    for (let k = i + 1; k <= i + BY_REACH + 1 && k < view.tokens.length; k++) {
      if (/^(PUNCT|VERB|SCONJ|CCONJ)$/.test(view.tokens[k]!.pos)) break;
      if (view.words[k] !== "by") continue;
      const group = view.groupAt[k + 1] ?? (view.words[k + 1] === "the" ? view.groupAt[k + 2] : undefined);
      if (!group) break;
      if (found && found.group !== group) return null;
      found = {
        group,
        why: `the captives were "${view.tokens[i]!.text}" by ${view.tokens
          .slice(group.first, group.last + 1)
          .map((t) => t.text)
          .join(" ")}: a release is the captor's act`,
      };
      break;
    }
  }
  return found;
}
