// "Senator Jane Roe and Rep. John Doe ... They criticised the company": a pronoun or description
// that stands for two actors carries both codes ("LEG|LEG"), copied when the reference was
// resolved, before the document passes gave the two their countries. This pass copies each
// member's final code, so the pair is the same actors its members became.
import type { Mention } from "../../types.ts";

/**
 * Returns the mentions with every pair reference's codes taken from the latest mention before it
 * of each member (same name, not itself a reference), where that code completes the one the pair
 * holds: a bare or missing role gains its country ("LEG" -> "USALEG"), never a different role or
 * country. Unchanged when the document has no pair reference.
 */
export function refreshPairCodes(mentions: readonly Mention[]): Mention[] {
  if (!mentions.some((m) => (m.refersTo?.length ?? 0) > 1)) return mentions as Mention[];
  const latest = new Map<string, string>();
  return mentions.map((m) => {
    if (!m.refersTo || m.refersTo.length < 2) {
      if (!m.refersTo && m.code && !m.code.includes("|")) latest.set(m.name, m.code);
      return m;
    }
    let changed = false;
    const refs = m.refersTo.map((r) => {
      const now = latest.get(r.name);
      if (!now || now === r.code || !completes(now, r.code)) return r;
      changed = true;
      return { ...r, code: now };
    });
    if (!changed) return m;
    return {
      ...m,
      code: refs.map((r) => r.code ?? "").join("|"),
      refersTo: refs,
      reason: `${m.reason ? `${m.reason}; ` : ""}members' codes as the text placed them (${refs.map((r) => r.code ?? "-").join(", ")})`,
    };
  });
}

/** True when `now` is `before` with a country added ("USALEG" for "LEG"), or `before` had no code. */
function completes(now: string, before: string | null): boolean {
  return !before || (now.length > before.length && now.endsWith(before));
}
