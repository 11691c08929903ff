// The cheap paths of the PostgreSQL roll-up triggers (migration 011). A statement trigger fires for
// every statement on events, also when it wrote no row (a document whose events were all stored
// before inserts nothing: ON CONFLICT DO NOTHING), and an UPDATE trigger cannot name the columns it
// reads when it uses transition tables, so each of the seven roll-ups ran its three grouped
// statements (subtract the old rows, add the new, drop emptied cells) for every recount, which
// only changes an event's report counts. Measured on the live benchmark's store calls
// (bench/live/store-writes.ts): with the triggers disabled the PostgreSQL backends spent 40 % less
// CPU per document. The prologue returns at once when the statement wrote no row, and when an
// update left every column the roll-up keys, filters or sums as floats on as it was: then no
// cell moves, appears or empties, and only the integer sums can change, by the difference of the
// new rows' and old rows' values per cell, in one statement (floats are left as they are, so
// they do not drift by subtracting and adding the same values again).

/** What a roll-up's trigger function needs to know for its cheap paths. */
export interface GuardSpec {
  /** The roll-up table. */
  readonly table: string;
  /** Its key columns (a cell). */
  readonly keys: readonly string[];
  /**
   * The events columns (bare names) the roll-up reads other than through its integer sums: keys,
   * attributes, filter and float sums. When none of them changed, the cells are the same cells.
   */
  readonly fixedColumns: readonly string[];
  /** Integer sums that read a column of events (a count of rows, `1`, never changes on this path). */
  readonly intSums: readonly string[];
  /**
   * A select of the cells' keys and intSums (named as the table's columns) from the given
   * transition table, each row's sums multiplied by `sign`; one row per event or per cell.
   */
  readonly cells: (rows: "new_rows" | "old_rows", sign: 1 | -1) => string;
}

/** The plpgsql statements to put first in a roll-up's trigger function body (after `begin`). */
export function guardPrologue(g: GuardSpec): string {
  const keys = g.keys.join(", ");
  const fixed = g.fixedColumns.join(", ");
  const match = g.keys.map((k) => `t.${k} = d.${k}`).join(" and ");
  const sums = g.intSums.map((c) => `sum(${c}) as ${c}`).join(", ");
  const changed = g.intSums.map((c) => `sum(${c}) <> 0`).join(" or ");
  const set = g.intSums.map((c) => `${c} = t.${c} + d.${c}`).join(", ");
  const delta = g.intSums.length
    ? `update ${g.table} t set ${set}
      from (select ${keys}, ${sums}
            from (${g.cells("new_rows", 1)} union all ${g.cells("old_rows", -1)}) c
            group by ${keys} having ${changed} order by ${keys}) d
      where ${match};`
    : "";
  // Nested IFs: a statement naming new_rows cannot even be planned in a DELETE trigger.
  return `
  if TG_OP = 'INSERT' then
    if not exists (select from new_rows) then return null; end if;
  elsif TG_OP = 'DELETE' then
    if not exists (select from old_rows) then return null; end if;
  elsif not exists (select ${fixed} from new_rows except all select ${fixed} from old_rows) then
    ${delta}
    return null;
  end if;`;
}

/** Bare events column names read by SQL expressions written over a row alias (`r.day`). */
export function columnsRead(exprs: readonly string[], alias = "r"): string[] {
  const out = new Set<string>();
  for (const e of exprs) for (const m of e.matchAll(new RegExp(`\\b${alias}\\.(\\w+)`, "g"))) out.add(m[1]!);
  return [...out];
}
