// Reads a CAMEO actor code by its structure, as the CAMEO actor codebook lays it out and GDELT
// splits it into columns: a head (a country or region, an international or non-state type such
// as IGO/NGO/IMG/MNC, a known group, a religion or a role), then 3-character components, each a
// role/type (GOV, MIL, REB ...), a known group (UNO, ALQ ...), a religion (MOS, SHI ...) or an
// ethnic group (UIG, KUR ...). The components come from data/ontology/cameo-actor-codes.tsv.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { SitrepError } from "../../errors.ts";

type ComponentKind = "country" | "region" | "type" | "knowngroup" | "religion" | "ethnic";
const KINDS: readonly ComponentKind[] = ["country", "region", "type", "knowngroup", "religion", "ethnic"];

/** GDELT's actor attribute columns, in its order after ActorName. */
export interface ActorAttributes {
  readonly countryCode: string;
  readonly knownGroupCode: string;
  readonly ethnicCode: string;
  readonly religion1Code: string;
  readonly religion2Code: string;
  readonly type1Code: string;
  readonly type2Code: string;
  readonly type3Code: string;
}

const EMPTY: ActorAttributes = {
  countryCode: "",
  knownGroupCode: "",
  ethnicCode: "",
  religion1Code: "",
  religion2Code: "",
  type1Code: "",
  type2Code: "",
  type3Code: "",
};

/**
 * Heads that say "an organisation of this kind"; the component after one names which
 * organisation (IGOUNO: the United Nations), so it is read as a known group first.
 */
const ORGANISATION_TYPES = new Set(["IGO", "NGO", "IMG", "MNC", "NGM"]);

export type ActorCodeReader = (code: string | null) => ActorAttributes;

/** Loads the component table; a malformed line stops with E_DICT_SYNTAX naming file:line. */
export function loadActorCodeTable(dataDir: string): Map<string, Set<ComponentKind>> {
  const file = join(dataDir, "ontology", "cameo-actor-codes.tsv");
  const table = new Map<string, Set<ComponentKind>>();
  if (!existsSync(file)) return table;
  const lines = readFileSync(file, "utf8").split("\n");
  lines.forEach((line, i) => {
    if (!line.trim() || line.startsWith("#")) return;
    const [code = "", kind = ""] = line.split("\t");
    if (!/^[A-Z0-9]{3}$/.test(code) || !(KINDS as readonly string[]).includes(kind)) {
      throw new SitrepError(
        "E_DICT_SYNTAX",
        `${file}:${i + 1}: expected code<TAB>kind<TAB>label with a 3-character code and kind one of ${KINDS.join(", ")}`,
      );
    }
    const kinds = table.get(code) ?? new Set<ComponentKind>();
    kinds.add(kind as ComponentKind);
    table.set(code, kinds);
  });
  return table;
}

export function createActorCodeReader(dataDir: string): ActorCodeReader {
  const table = loadActorCodeTable(dataDir);
  const is = (code: string, kind: ComponentKind) => table.get(code)?.has(kind) ?? false;
  return (code) => {
    if (!code || code.length % 3 !== 0 || !/^[A-Z0-9]+$/.test(code)) return EMPTY;
    const parts = code.match(/.{3}/g) ?? [];
    let country = "";
    let knownGroup = "";
    let ethnic = "";
    const religions: string[] = [];
    const types: string[] = [];
    let organisationHead = false;
    parts.forEach((part, i) => {
      if (i === 0 && (is(part, "country") || is(part, "region"))) country = part;
      else if (i === 0 && is(part, "type")) {
        types.push(part);
        organisationHead = ORGANISATION_TYPES.has(part);
      } else if (organisationHead && i === 1 && !knownGroup && (is(part, "knowngroup") || !table.has(part)))
        knownGroup = part;
      else if (is(part, "type") && !is(part, "knowngroup")) types.push(part);
      else if (is(part, "knowngroup") && !knownGroup) knownGroup = part;
      else if (is(part, "religion") && religions.length < 2) religions.push(part);
      else if (is(part, "ethnic") && !ethnic) ethnic = part;
      else if (is(part, "type")) types.push(part);
    });
    return {
      countryCode: country,
      knownGroupCode: knownGroup,
      ethnicCode: ethnic,
      religion1Code: religions[0] ?? "",
      religion2Code: religions[1] ?? "",
      type1Code: types[0] ?? "",
      type2Code: types[1] ?? "",
      type3Code: types[2] ?? "",
    };
  };
}
