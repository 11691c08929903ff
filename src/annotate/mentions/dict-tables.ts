// The dictionary tables, their columns and the checks each line must pass. Every check failure
// becomes a `file:line: message` issue and the line is skipped; the rest of the file still loads.
import { type DictIssue, type DictRow, splitAlternatives } from "./dict-line-reader.ts";

export interface PersonEntry {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly code: string;
  readonly title: string;
  /** Inclusive office range as YYYY-MM-DD (partial dates widened), null = open. */
  readonly from: string | null;
  readonly to: string | null;
  readonly source: string;
}

export interface OrgEntry {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly code: string;
  readonly type: string;
  readonly country: string | null;
  readonly source: string;
}

export interface AgentEntry {
  readonly term: string;
  readonly plurals: readonly string[];
  readonly role: string;
  readonly source: string;
}

export interface TitleEntry {
  readonly title: string;
  readonly role: string;
  readonly source: string;
}

export interface MetonymEntry {
  readonly phrase: string;
  readonly code: string;
  readonly source: string;
}

export interface CountryExtraEntry {
  readonly phrase: string;
  readonly iso3: string;
  readonly form: "name" | "demonym";
  readonly source: string;
}

export interface EquipmentEntry {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly type: string;
  readonly origin: readonly string[];
  readonly source: string;
}

/** Column names per table, as in data/actors/README.md. */
export const TABLE_COLUMNS = {
  people: ["name", "aliases", "code", "title", "from", "to"],
  organizations: ["name", "aliases", "code", "type", "country"],
  groups: ["name", "aliases", "code", "type", "country"],
  agents: ["term", "plural", "role"],
  titles: ["title", "role"],
  metonyms: ["phrase", "code"],
  "countries-extra": ["phrase", "iso3", "form"],
  equipment: ["name", "aliases", "type", "origin"],
} as const;
export type TableName = keyof typeof TABLE_COLUMNS;

export const ORG_TYPES = new Set([
  "igo",
  "ngo",
  "ministry",
  "armed-service",
  "agency",
  "intelligence",
  "media",
  "company",
  "party",
  "court",
  "legislature",
  "police",
]);
export const GROUP_TYPES = new Set([
  "armed",
  "militant",
  "terrorist",
  "separatist",
  "rebel",
  "insurgent",
  "ethnic",
  "religious",
  "criminal",
  // banned or armed parties listed beside the groups they front (an extension G1's data uses)
  "party",
]);

/** `---` is the null code (as in TABARI dictionaries): the phrase is known and is not an actor. */
export const NULL_CODE = "---";

// CAMEO actor codes are runs of 3-letter blocks (PAK, PAKMIL, IGOUNO, NGOHRIAMN); some known-group
// codes are 3 letters alone (TAL). Upper-case letters and digits only.
const ACTOR_CODE = /^(?:[A-Z0-9]{3}){1,4}$/;
const ROLE_CODE = /^[A-Z]{3}$/;
const ISO3 = /^[A-Z]{3}$/;
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

interface Checker {
  readonly issues: DictIssue[];
  readonly row: DictRow;
  ok: boolean;
}

function fail(c: Checker, message: string): void {
  c.issues.push({ file: c.row.file, line: c.row.line, message });
  c.ok = false;
}

function required(c: Checker, index: number, column: string): string {
  const value = c.row.fields[index] ?? "";
  if (!value) fail(c, `empty ${column}: this column is required`);
  return value;
}

function checkCode(c: Checker, code: string, column = "code"): void {
  if (code && code !== NULL_CODE && !ACTOR_CODE.test(code))
    fail(c, `${column} "${code}" is not a CAMEO actor code (upper-case blocks of 3, e.g. PAKMIL, IGOUNO)`);
}

function checkIso3(c: Checker, iso3: string, isKnownIso3: (iso3: string) => boolean): void {
  if (!ISO3.test(iso3) || !isKnownIso3(iso3))
    fail(c, `"${iso3}" is not a known ISO 3166-1 alpha-3 country code`);
}

/** Widens YYYY or YYYY-MM to a whole day: the start for `from`, the end for `to`. */
export function widenDate(value: string, end: boolean): string | null {
  const m = DATE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : end ? 12 : 1;
  if (month < 1 || month > 12) return null;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = m[3] ? Number(m[3]) : end ? lastDay : 1;
  if (day < 1 || day > lastDay) return null;
  return `${m[1]}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function checkDate(c: Checker, value: string, column: string, end: boolean): string | null {
  if (!value) return null;
  const widened = widenDate(value, end);
  if (!widened) fail(c, `${column} "${value}" is not a date: use YYYY-MM-DD, YYYY-MM or YYYY`);
  return widened;
}

const where = (row: DictRow) => `${row.file}:${row.line}`;

export interface TableContext {
  readonly issues: DictIssue[];
  readonly isKnownIso3: (iso3: string) => boolean;
  readonly equipmentTypes: ReadonlySet<string>;
}

export function parsePerson(row: DictRow, t: TableContext): PersonEntry | null {
  const c: Checker = { issues: t.issues, row, ok: true };
  const name = required(c, 0, "name");
  const code = required(c, 2, "code");
  checkCode(c, code);
  const from = checkDate(c, row.fields[4] ?? "", "from", false);
  const to = checkDate(c, row.fields[5] ?? "", "to", true);
  if (from && to && from > to) fail(c, `from ${from} is after to ${to}`);
  if (!c.ok) return null;
  const aliases = splitAlternatives(row.fields[1]);
  return { name, aliases, code, title: row.fields[3] ?? "", from, to, source: where(row) };
}

function parseOrgLike(row: DictRow, t: TableContext, types: ReadonlySet<string>): OrgEntry | null {
  const c: Checker = { issues: t.issues, row, ok: true };
  const name = required(c, 0, "name");
  const code = required(c, 2, "code");
  checkCode(c, code);
  const type = (row.fields[3] ?? "").toLowerCase();
  if (type && !types.has(type)) fail(c, `type "${type}" is not one of: ${[...types].join(", ")}`);
  const country = row.fields[4] ?? "";
  if (country) checkIso3(c, country, t.isKnownIso3);
  if (!c.ok) return null;
  return {
    name,
    aliases: splitAlternatives(row.fields[1]),
    code,
    type,
    country: country || null,
    source: where(row),
  };
}

export const parseOrganization = (row: DictRow, t: TableContext) => parseOrgLike(row, t, ORG_TYPES);
export const parseGroup = (row: DictRow, t: TableContext) => parseOrgLike(row, t, GROUP_TYPES);

function checkRole(c: Checker, role: string): void {
  if (role && !ROLE_CODE.test(role))
    fail(c, `role "${role}" is not a CAMEO role code (3 upper-case letters)`);
}

export function parseAgent(row: DictRow, t: TableContext): AgentEntry | null {
  const c: Checker = { issues: t.issues, row, ok: true };
  const term = required(c, 0, "term");
  const role = required(c, 2, "role");
  checkRole(c, role);
  if (!c.ok) return null;
  return { term, plurals: splitAlternatives(row.fields[1]), role, source: where(row) };
}

export function parseTitle(row: DictRow, t: TableContext): TitleEntry | null {
  const c: Checker = { issues: t.issues, row, ok: true };
  const title = required(c, 0, "title");
  const role = required(c, 1, "role");
  checkRole(c, role);
  if (!c.ok) return null;
  return { title, role, source: where(row) };
}

export function parseMetonym(row: DictRow, t: TableContext): MetonymEntry | null {
  const c: Checker = { issues: t.issues, row, ok: true };
  const phrase = required(c, 0, "phrase");
  const code = required(c, 1, "code");
  checkCode(c, code);
  if (!c.ok) return null;
  return { phrase, code, source: where(row) };
}

export function parseCountryExtra(row: DictRow, t: TableContext): CountryExtraEntry | null {
  const c: Checker = { issues: t.issues, row, ok: true };
  const phrase = required(c, 0, "phrase");
  const iso3 = required(c, 1, "iso3");
  if (iso3) checkIso3(c, iso3, t.isKnownIso3);
  const form = (row.fields[2] || "name").toLowerCase();
  if (form !== "name" && form !== "demonym") fail(c, `form "${form}" must be name or demonym`);
  if (!c.ok) return null;
  return { phrase, iso3, form: form as "name" | "demonym", source: where(row) };
}

export function parseEquipment(row: DictRow, t: TableContext): EquipmentEntry | null {
  const c: Checker = { issues: t.issues, row, ok: true };
  const name = required(c, 0, "name");
  const type = required(c, 2, "type");
  if (type && t.equipmentTypes.size > 0 && !t.equipmentTypes.has(type.toLowerCase()))
    fail(c, `type "${type}" is not listed in equipment/types.txt`);
  const origin = splitAlternatives(row.fields[3]);
  for (const iso3 of origin) checkIso3(c, iso3, t.isKnownIso3);
  if (!c.ok) return null;
  return {
    name,
    aliases: splitAlternatives(row.fields[1]),
    type: type.toLowerCase(),
    origin,
    source: where(row),
  };
}
