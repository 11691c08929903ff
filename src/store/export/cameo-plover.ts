// CAMEO event code → PLOVER type, mode and contexts, read from our ontology table
// (data/ontology/cameo-events.tsv, the table the coder uses), so events imported from GDELT,
// which carry only CAMEO codes, get the same PLOVER types as events coded here.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface PloverOfCameo {
  readonly type: string;
  readonly mode: string | null;
  readonly contexts: readonly string[];
}

/** A lookup from CAMEO code to PLOVER; codes the table lacks take their nearest listed parent's row. */
export function loadCameoToPlover(dataDir: string): (cameo: string) => PloverOfCameo {
  const file = join(dataDir, "ontology", "cameo-events.tsv");
  const rows = new Map<string, PloverOfCameo>();
  if (existsSync(file)) {
    for (const line of readFileSync(file, "utf8").split("\n")) {
      if (!line.trim() || line.startsWith("#") || line.startsWith("code\t")) continue;
      const f = line.split("\t");
      const [code, , , , , , type = "", mode = "", contexts = ""] = f;
      if (!code) continue;
      rows.set(code, {
        type: type.trim(),
        mode: mode.trim() || null,
        contexts: contexts.trim() ? contexts.trim().split(";") : [],
      });
    }
  }
  const none: PloverOfCameo = { type: "", mode: null, contexts: [] };
  return (cameo) => {
    for (let n = cameo.length; n >= 2; n--) {
      const row = rows.get(cameo.slice(0, n));
      if (row) return row;
    }
    return none;
  };
}
