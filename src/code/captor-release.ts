// "Two hostages who had been held by the rebels since 2016 were released on Tuesday", "the
// journalist was freed after being held by the Taliban": a release of captives is the act of
// whoever held them. When the release is an agentless passive and its own sentence names the
// captors as the agent of a verb of holding captive ("held", "kidnapped", "abducted" ... by X),
// they are its source. Only in that sentence and only through such a by-agent: a captor named
// elsewhere, or in another role, is no evidence of who let the captives go.
import { SitrepError } from "../errors.ts";
import type { ActorGroup, SentenceView } from "./sentence-view.ts";
import type { DataLine } from "./tsv-lines.ts";

/**
 * Verbs of holding someone captive (data/senses/captivity-verbs.txt, from WordNet): per lemma, the
 * words one of which must follow it ("take" only in "taken hostage"), or null when none must.
 */
export type CaptivityVerbs = ReadonlyMap<string, ReadonlySet<string> | null>;

/** `LEMMA` or `LEMMA<TAB>WORD|WORD...` lines of data/senses/captivity-verbs.txt. */
export function parseCaptivityVerbs(
  lines: readonly DataLine[],
  into = new Map<string, Set<string> | null>(),
) {
  for (const line of lines) {
    const [lemma = "", next, ...rest] = line.text.trim().split("\t");
    if (!/^[a-z]+$/.test(lemma) || rest.length || (next !== undefined && !/^[a-z]+(\|[a-z]+)*$/.test(next)))
      throw new SitrepError(
        "E_DICT_SYNTAX",
        `${line.where}: expected "lemma" or "lemma<TAB>word|word" (lower-case words)`,
      );
    into.set(lemma, next === undefined ? null : new Set(next.split("|")));
  }
  return into;
}

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
  verbs: CaptivityVerbs,
): { group: ActorGroup; why: string } | null {
  if (!RELEASE.test(code)) return null;
  let found: { group: ActorGroup; why: string } | null = null;
  for (let i = 0; i < view.tokens.length; i++) {
    if (i === anchor || view.tokens[i]!.pos === "NOUN") continue;
    const lemma = view.lemmas[i]!.toLowerCase();
    const next = verbs.get(lemma);
    if (next === undefined) continue;
    // "taken hostage by", "put behind bars by": the word the verb wants, then at most a few words, then "by".
    if (next && !next.has(view.words[i + 1] ?? "")) continue;
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
