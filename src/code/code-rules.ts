// The coder's table look-ups: the ontology entry of a code, whether a code needs a target
// (needs-target.tsv), and what a cue turns an action code into (cue-codes.tsv).
import type { CoderOptions } from "./coder-options.ts";
import type { CoderDictionaries } from "./dictionary-load.ts";
import type { CueKind } from "./pattern-load.ts";

export class CodeRules {
  constructor(
    readonly dict: CoderDictionaries,
    readonly options: CoderOptions = {},
  ) {}

  /** The ontology entry of a code; with foreignCodes, a made-up entry under its root. */
  entryFor(code: string) {
    const known = this.dict.ontology.cameo.get(code);
    if (known || !this.options.foreignCodes) return known;
    const root = this.dict.ontology.cameo.get(code.slice(0, 2));
    return {
      code,
      root: code.slice(0, 2),
      name: code,
      goldstein: root?.goldstein ?? 0,
      quadClass: root?.quadClass ?? 1,
      ploverType: root?.ploverType ?? "",
      ploverMode: null,
      ploverContexts: [],
    };
  }

  /** Whether events of this CAMEO code need a target (data/verbs/needs-target.tsv, longest prefix). */
  needsTarget(code: string): boolean {
    if (this.options.targetRules === false) return false;
    let best: { len: number; needed: boolean } | null = null;
    for (const r of this.dict.targetRules)
      if (code.startsWith(r.prefix) && (!best || r.prefix.length > best.len))
        best = { len: r.prefix.length, needed: r.needed };
    return best?.needed ?? false;
  }

  /** The code a cue turns an action code into, by the longest matching action prefix. */
  mapCue(kind: CueKind, code: string): string | null {
    let best: { len: number; code: string } | null = null;
    for (const row of this.dict.cueMap) {
      if (row.kind !== kind) continue;
      const len = row.actionPrefix === "*" ? 0 : row.actionPrefix.length;
      if (row.actionPrefix !== "*" && !code.startsWith(row.actionPrefix)) continue;
      if (!best || len > best.len) best = { len, code: row.code };
    }
    return best?.code ?? null;
  }
}
