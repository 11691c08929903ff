// The actor network (nodes and weighted directed edges) built from top dyads: one definition for
// `sitrep query network`, the API's /network and the MCP tool.
import type { DyadCount } from "./store.ts";

export interface ActorNetwork {
  readonly nodes: string[];
  readonly edges: {
    readonly source: string;
    readonly target: string;
    readonly weight: number;
    readonly mentions: number;
    readonly meanGoldstein: number;
  }[];
}

export function networkFromDyads(dyads: readonly DyadCount[]): ActorNetwork {
  return {
    nodes: [...new Set(dyads.flatMap((e) => [e.sourceCode, e.targetCode]))].sort(),
    edges: dyads.map((e) => ({
      source: e.sourceCode,
      target: e.targetCode,
      weight: e.events,
      mentions: e.mentions,
      meanGoldstein: e.meanGoldstein,
    })),
  };
}
