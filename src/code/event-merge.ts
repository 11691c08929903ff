// One event told twice in a sentence is emitted once: a generic code beside a specific one for the
// same dyad, and a target-less event beside the same source's event that knows its target.
import type { CodedEvent } from "../types.ts";
import { leadingCountry } from "./country-codes.ts";
import type { CoderDictionaries } from "./dictionary-load.ts";
import { actorKey } from "./noun-targets.ts";

export function mergeRepeatedEvents(
  out: CodedEvent[],
  ontology: CoderDictionaries["ontology"],
  inferredTargets?: ReadonlySet<string>,
): CodedEvent[] {
  // "Israeli air strikes hit Gaza": one event. The target-less one folds into the one that knows
  // its target, lending it its code when that is the more specific ("195" over "190").
  const merged: CodedEvent[] = [];
  for (const e of out) {
    // "shelled Ukraine, killing soldiers in Donetsk": a generic code (190) beside a specific one
    // (194) for the same dyad is the same event told twice.
    const generic = e.cameo.code === `${e.cameo.root}0`;
    const twin = out.find(
      (o) =>
        o !== e &&
        generic &&
        o.cameo.root === e.cameo.root &&
        o.cameo.code !== e.cameo.code &&
        o.source.code === e.source.code &&
        (o.target?.code === e.target?.code ||
          (o.target &&
            e.target &&
            leadingCountry(o.target.code) !== null &&
            leadingCountry(o.target.code) === leadingCountry(e.target.code))),
    );
    if (twin && e.target) continue;
    if (e.target) {
      merged.push(e);
      continue;
    }
    // (A host whose target only a common noun gave, "seized the traders' goods and fined them"
    // (171, 172), takes in only an event that may be the same act: its own code, its parent or
    // child, or the root's generic code. The person-noun target fills a side; it must not fold
    // away an act that stood before it was found: noun-targets.ts.)
    const host = out.find(
      (o) =>
        o.target &&
        o.source.code === e.source.code &&
        o.cameo.root === e.cameo.root &&
        (!inferredTargets?.has(actorKey(o.target)) || mayBeOneAct(o.cameo.code, e.cameo.code)),
    );
    if (!host) {
      merged.push(e);
      continue;
    }
    const entry = ontology.cameo.get(e.cameo.code)!;
    if (host.cameo.code === `${host.cameo.root}0` && e.cameo.code !== host.cameo.code) {
      const i = out.indexOf(host);
      out[i] = {
        ...host,
        cameo: {
          code: entry.code,
          root: entry.root,
          quadClass: entry.quadClass,
          goldstein: entry.goldstein,
        },
        plover: { type: entry.ploverType, mode: entry.ploverMode, contexts: entry.ploverContexts },
      };
      const j = merged.indexOf(host);
      if (j >= 0) merged[j] = out[i]!;
    }
  }
  return merged;
}

/** Whether two codes of one root may name one act: equal, one the other's parent, or one generic. */
function mayBeOneAct(a: string, b: string): boolean {
  const root = a.slice(0, 2);
  const generic = (c: string) => c === `${root}0` || c === root;
  return a.startsWith(b) || b.startsWith(a) || generic(a) || generic(b);
}
