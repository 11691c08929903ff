// CAMEO code names and PLOVER types for labels and filter menus, read from the project's own
// ontology tables (data/ontology/*.tsv, bundled as text) so the dashboard never keeps a second copy.
import cameoTsv from "../../data/ontology/cameo-events.tsv?raw";
import ploverTsv from "../../data/ontology/plover-types.tsv?raw";

function rows(tsv: string): Record<string, string>[] {
  const lines = tsv.split("\n").filter((l) => l.trim() && !l.startsWith("#"));
  const header = lines.shift()?.split("\t") ?? [];
  return lines.map((l) => {
    const cells = l.split("\t");
    return Object.fromEntries(header.map((k, i) => [k, cells[i] ?? ""]));
  });
}

const cameo = rows(cameoTsv);
const toTitle = (name: string) =>
  name === name.toUpperCase() ? name[0] + name.slice(1).toLowerCase() : name;

/** Name of each CAMEO code ("190" → "Use conventional military force, not specified below"). */
export const CAMEO_NAMES: Record<string, string> = Object.fromEntries(
  cameo.map((r) => [r.code!, toTitle(r.name!)]),
);

/** The twenty root categories ("01" … "20") with their names, for the filter menu. */
export const CAMEO_ROOTS: Record<string, string> = Object.fromEntries(
  cameo.filter((r) => r.level === "1").map((r) => [r.code!, toTitle(r.name!)]),
);

export const PLOVER_TYPES: string[] = rows(ploverTsv)
  .map((r) => r.type!)
  .sort();
