// Loads the dictionary tables from our data/ folder and the user's --dict folders, checks every
// line, and merges the folders: a later folder's lines for a name replace every earlier line for
// that name (so a user can recode or silence one of ours with the null code `---`), and its new
// names extend ours.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, sep } from "node:path";
import { SitrepError } from "../../errors.ts";
import { type DictIssue, readDictRows } from "./dict-line-reader.ts";
import {
  type AgentEntry,
  type CountryExtraEntry,
  type EquipmentEntry,
  type MetonymEntry,
  type OrgEntry,
  type PersonEntry,
  parseAgent,
  parseCountryExtra,
  parseEquipment,
  parseGroup,
  parseMetonym,
  parseOrganization,
  parsePerson,
  parseTitle,
  TABLE_COLUMNS,
  type TableContext,
  type TableName,
  type TitleEntry,
} from "./dict-tables.ts";

export interface Dictionaries {
  readonly people: readonly PersonEntry[];
  readonly organizations: readonly OrgEntry[];
  readonly groups: readonly OrgEntry[];
  readonly agents: readonly AgentEntry[];
  readonly titles: readonly TitleEntry[];
  readonly metonyms: readonly MetonymEntry[];
  readonly countriesExtra: readonly CountryExtraEntry[];
  readonly equipment: readonly EquipmentEntry[];
  readonly equipmentTypes: ReadonlySet<string>;
  /** Every file read, in load order. */
  readonly files: readonly string[];
  readonly issues: readonly DictIssue[];
}

const TABLE_NAMES = Object.keys(TABLE_COLUMNS) as TableName[];
// Folders below a dictionary root are searched this deep: data/actors/x.tsv is depth 1.
const MAX_DEPTH = 3;

/** The table a file feeds: `people.tsv`, or a user's own `mine.people.tsv`. */
export function tableOfFile(file: string): TableName | "equipment-types" | null {
  const name = basename(file).toLowerCase();
  if (name === "equipment-types.txt" || (name === "types.txt" && basename(dirname(file)) === "equipment"))
    return "equipment-types";
  if (!name.endsWith(".tsv")) return null;
  const stem = name.slice(0, -4);
  for (const table of TABLE_NAMES) if (stem === table || stem.endsWith(`.${table}`)) return table;
  return null;
}

function listDictFiles(dir: string, depth = 0): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (depth < MAX_DEPTH && !entry.name.startsWith(".") && entry.name !== "node_modules")
        out.push(...listDictFiles(path, depth + 1));
    } else if (tableOfFile(path)) out.push(path);
  }
  return out;
}

/** How a row's file is named in its provenance (`source`, stored with every mention): our data
 * folder's files as `data/…` wherever the checkout or the working directory is, so stored
 * annotations do not change with them; a user folder's files as the user can find them. */
export function dictionaryFileName(file: string, dataDir: string | null): string {
  if (dataDir !== null) {
    const inData = relative(dataDir, file);
    if (inData && !inData.startsWith("..") && !isAbsolute(inData))
      return `data/${inData.split(sep).join("/")}`;
  }
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith("..") ? rel : file;
}

type Layered<T> = { entry: T; layer: number; key: string };

/** Drops earlier-layer entries whose key a later layer redefines. */
function mergeLayers<T>(items: Layered<T>[]): T[] {
  const lastLayer = new Map<string, number>();
  for (const it of items) lastLayer.set(it.key, Math.max(lastLayer.get(it.key) ?? -1, it.layer));
  return items.filter((it) => it.layer === lastLayer.get(it.key)).map((it) => it.entry);
}

export interface LoadOptions {
  /** Dictionary roots in order: our data/ folder first, then user folders (later ones win). */
  readonly dirs: readonly string[];
  /** Sitrep's own data folder, when among `dirs`: its files are named `data/…` in provenance. */
  readonly dataDir?: string;
  /** Folders that must exist (user --dict folders); missing ones raise E_DICT_NOT_FOUND. */
  readonly requiredDirs?: readonly string[];
  readonly isKnownIso3: (iso3: string) => boolean;
}

export function loadDictionaries(options: LoadOptions): Dictionaries {
  const issues: DictIssue[] = [];
  const files: string[] = [];
  for (const dir of options.requiredDirs ?? [])
    if (!existsSync(dir) || !statSync(dir).isDirectory())
      throw new SitrepError("E_DICT_NOT_FOUND", `no dictionary folder at ${dir}`, dir);

  const perLayer = options.dirs.map((dir) => (existsSync(dir) ? listDictFiles(dir) : []));
  // Equipment types first: equipment lines are checked against them.
  const equipmentTypes = new Set<string>();
  for (const list of perLayer)
    for (const file of list)
      if (tableOfFile(file) === "equipment-types") {
        files.push(file);
        for (const line of readFileSync(file, "utf8").split(/\r?\n/)) {
          const t = line.trim().toLowerCase();
          if (t && !t.startsWith("#")) equipmentTypes.add(t);
        }
      }
  const t: TableContext = { issues, isKnownIso3: options.isKnownIso3, equipmentTypes };
  const people: Layered<PersonEntry>[] = [];
  const organizations: Layered<OrgEntry>[] = [];
  const groups: Layered<OrgEntry>[] = [];
  const agents: Layered<AgentEntry>[] = [];
  const titles: Layered<TitleEntry>[] = [];
  const metonyms: Layered<MetonymEntry>[] = [];
  const countriesExtra: Layered<CountryExtraEntry>[] = [];
  const equipment: Layered<EquipmentEntry>[] = [];
  const lower = (s: string) => s.toLowerCase();

  const seen = new Map<string, string>();
  perLayer.forEach((list, layer) => {
    for (const file of list) {
      const table = tableOfFile(file);
      if (!table || table === "equipment-types") continue;
      files.push(file);
      const shown = dictionaryFileName(file, options.dataDir ?? null);
      const rows = readDictRows(shown, readFileSync(file, "utf8"), TABLE_COLUMNS[table], issues);
      for (const row of rows) {
        // The same entry twice in one folder is a slip: report it (people may repeat a name, one
        // line per office spell, but not a spell).
        const first = (row.fields[0] ?? "").toLowerCase();
        const dupKey = `${layer}\u0000${table}\u0000${first}${table === "people" ? `\u0000${row.fields[2]}\u0000${row.fields[4] ?? ""}` : ""}`;
        const earlier = seen.get(dupKey);
        if (first && earlier) {
          issues.push({
            file: row.file,
            line: row.line,
            message: `duplicate of ${earlier}: merge the two lines`,
          });
          continue;
        }
        seen.set(dupKey, `${row.file}:${row.line}`);
        switch (table) {
          case "people": {
            const e = parsePerson(row, t);
            if (e) people.push({ entry: e, layer, key: lower(e.name) });
            break;
          }
          case "organizations": {
            const e = parseOrganization(row, t);
            if (e) organizations.push({ entry: e, layer, key: lower(e.name) });
            break;
          }
          case "groups": {
            const e = parseGroup(row, t);
            if (e) groups.push({ entry: e, layer, key: lower(e.name) });
            break;
          }
          case "agents": {
            const e = parseAgent(row, t);
            if (e) agents.push({ entry: e, layer, key: lower(e.term) });
            break;
          }
          case "titles": {
            const e = parseTitle(row, t);
            if (e) titles.push({ entry: e, layer, key: lower(e.title) });
            break;
          }
          case "metonyms": {
            const e = parseMetonym(row, t);
            if (e) metonyms.push({ entry: e, layer, key: lower(e.phrase) });
            break;
          }
          case "countries-extra": {
            const e = parseCountryExtra(row, t);
            if (e) countriesExtra.push({ entry: e, layer, key: lower(e.phrase) });
            break;
          }
          case "equipment": {
            const e = parseEquipment(row, t);
            if (e) equipment.push({ entry: e, layer, key: lower(e.name) });
            break;
          }
        }
      }
    }
  });
  return {
    people: mergeLayers(people),
    organizations: mergeLayers(organizations),
    groups: mergeLayers(groups),
    agents: mergeLayers(agents),
    titles: mergeLayers(titles),
    metonyms: mergeLayers(metonyms),
    countriesExtra: mergeLayers(countriesExtra),
    equipment: mergeLayers(equipment),
    equipmentTypes,
    files: files.map((f) => dictionaryFileName(f, options.dataDir ?? null)),
    issues: issues.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line),
  };
}
