// A candidate's or party's campaign acts for its owner: "The Obama campaign accused Romney",
// "Romney's campaign denied it". The campaign becomes one organisation mention with the owner's
// code, so the verb has a source where before only a modifier stood. "a Romney campaign bus" or
// "the Obama campaign trail" is a thing the owner's name only describes: a noun after "campaign"
// keeps the mentions as they were.
import type { Mention } from "../../types.ts";

const CAMPAIGN_AFTER = /^(?:['’]s)?\s+campaign\b/i;
const OWNER_KINDS = new Set(["person", "organization"]);

/**
 * Returns the mentions with each person or party that owns a campaign stretched over it ("Obama
 * campaign", kind organisation, the owner's code); `nounFollows(end)` says whether a noun comes
 * right after offset `end`.
 */
export function joinCampaigns(
  mentions: readonly Mention[],
  text: string,
  nounFollows: (end: number) => boolean,
): Mention[] {
  let out: Mention[] | null = null;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (!OWNER_KINDS.has(m.kind) || !m.code || m.form === "pronoun" || m.refersTo) continue;
    const after = CAMPAIGN_AFTER.exec(text.slice(m.end, m.end + 24));
    if (!after) continue;
    const end = m.end + after[0].length;
    const next = mentions[k + 1];
    if ((next && next.start < end) || nounFollows(end)) continue;
    out ??= mentions.slice();
    out[k] = {
      ...m,
      end,
      text: text.slice(m.start, end),
      kind: "organization",
      name: `${m.name} campaign`,
      reason: `${m.reason ? `${m.reason}; ` : ""}the campaign of ${m.name} acts for them`,
    };
  }
  return out ?? (mentions as Mention[]);
}
