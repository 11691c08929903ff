// The CAMEO and PLOVER ontology, loaded from data/ontology/*.tsv and checked for consistency.
// Every CAMEO code maps to its root, QuadClass, Goldstein value and PLOVER type/mode/contexts.
import { join } from "node:path";
import { SitrepError } from "../errors.ts";
import { dataLines, readDataFile, tsvRecords } from "./tsv-lines.ts";

export interface CameoEntry {
  readonly code: string;
  readonly root: string;
  readonly name: string;
  readonly goldstein: number;
  readonly quadClass: 1 | 2 | 3 | 4;
  readonly ploverType: string;
  readonly ploverMode: string | null;
  readonly ploverContexts: readonly string[];
}

export interface Ontology {
  readonly cameo: ReadonlyMap<string, CameoEntry>;
  readonly ploverTypes: ReadonlySet<string>;
  readonly ploverModes: ReadonlyMap<string, ReadonlySet<string>>;
  readonly ploverContexts: ReadonlySet<string>;
}

export const ONTOLOGY_FILES = [
  "cameo-events.tsv",
  "plover-types.tsv",
  "plover-modes.tsv",
  "plover-contexts.tsv",
];

function fail(where: string, detail: string): never {
  throw new SitrepError("E_ONTOLOGY", `data/ontology/${where}: ${detail}`);
}

/** Parses the four ontology tables (given as text, keyed by file name) and validates them. */
export function parseOntology(files: Readonly<Record<string, string>>): Ontology {
  const ploverTypes = new Set<string>();
  for (const r of tsvRecords(files["plover-types.tsv"] ?? "", "plover-types.tsv")) {
    if (!/^[A-Z]+$/.test(r.fields.type ?? "")) fail(r.where, `bad PLOVER type "${r.fields.type}"`);
    ploverTypes.add(r.fields.type!);
  }
  const ploverModes = new Map<string, Set<string>>();
  for (const r of tsvRecords(files["plover-modes.tsv"] ?? "", "plover-modes.tsv")) {
    const type = r.fields.type ?? "";
    if (!ploverTypes.has(type)) fail(r.where, `mode for unknown PLOVER type "${type}"`);
    if (!r.fields.mode) fail(r.where, "empty mode");
    if (!ploverModes.has(type)) ploverModes.set(type, new Set());
    ploverModes.get(type)!.add(r.fields.mode!);
  }
  const ploverContexts = new Set(
    dataLines(files["plover-contexts.tsv"] ?? "", "plover-contexts.tsv").map((l) => l.text.trim()),
  );
  const cameo = new Map<string, CameoEntry>();
  for (const r of tsvRecords(files["cameo-events.tsv"] ?? "", "cameo-events.tsv")) {
    const f = r.fields;
    const code = f.code ?? "";
    if (!/^\d{2,4}$/.test(code)) fail(r.where, `CAMEO code "${code}" is not 2-4 digits`);
    if (cameo.has(code)) fail(r.where, `CAMEO code ${code} listed twice`);
    const root = code.slice(0, 2);
    if (f.root !== root) fail(r.where, `root "${f.root}" does not match code ${code}`);
    const rootNumber = Number(root);
    if (rootNumber < 1 || rootNumber > 20) fail(r.where, `root ${root} is outside 01-20`);
    if (code.length > 2 && !cameo.has(code.slice(0, code.length - 1)))
      fail(r.where, `parent of ${code} is missing (parents come first)`);
    const goldstein = Number(f.goldstein);
    if (f.goldstein === "" || !Number.isFinite(goldstein) || goldstein < -10 || goldstein > 10)
      fail(r.where, `Goldstein "${f.goldstein}" is not a number in -10..10`);
    const quad = Number(f.quad_class);
    if (![1, 2, 3, 4].includes(quad)) fail(r.where, `QuadClass "${f.quad_class}" is not 1-4`);
    const type = f.plover_type ?? "";
    // CAMEO root 01 (public statements) has no PLOVER counterpart: its type stays empty.
    if (type && !ploverTypes.has(type)) fail(r.where, `unknown PLOVER type "${type}"`);
    if (!type && root !== "01") fail(r.where, `code ${code} has no PLOVER type`);
    const mode = f.plover_mode || null;
    if (mode && !ploverModes.get(type)?.has(mode)) fail(r.where, `mode "${mode}" is not a mode of ${type}`);
    const contexts = (f.plover_contexts ?? "").split(";").filter(Boolean);
    for (const c of contexts) if (!ploverContexts.has(c)) fail(r.where, `unknown PLOVER context "${c}"`);
    cameo.set(code, {
      code,
      root,
      name: f.name ?? "",
      goldstein,
      quadClass: quad as 1 | 2 | 3 | 4,
      ploverType: type,
      ploverMode: mode,
      ploverContexts: contexts,
    });
  }
  for (let root = 1; root <= 20; root++) {
    const code = String(root).padStart(2, "0");
    if (!cameo.has(code)) fail("cameo-events.tsv", `root ${code} is missing`);
  }
  return { cameo, ploverTypes, ploverModes, ploverContexts };
}

/** Reads and validates data/ontology/ under `dataDir`. Returns the texts too, for the version hash. */
export function loadOntology(dataDir: string): { ontology: Ontology; texts: string[] } {
  const files: Record<string, string> = {};
  for (const name of ONTOLOGY_FILES) files[name] = readDataFile(join(dataDir, "ontology", name));
  return { ontology: parseOntology(files), texts: Object.values(files) };
}
