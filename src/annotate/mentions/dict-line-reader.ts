// Reads one dictionary file of the agreed grammar (data/actors/README.md): UTF-8 TSV, `#` starts a
// comment line, blank lines ignored, one TAB between fields, `|` between alternatives in a field.

/** A problem found in a dictionary file, reported as `file:line: message`. */
export interface DictIssue {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

/** One data line split into trimmed fields, with where it came from. */
export interface DictRow {
  readonly file: string;
  readonly line: number;
  readonly fields: readonly string[];
}

export function formatIssue(issue: DictIssue): string {
  return `${issue.file}:${issue.line}: ${issue.message}`;
}

/** Splits a `|` field into its non-empty alternatives. */
export function splitAlternatives(field: string | undefined): string[] {
  if (!field) return [];
  return field
    .split("|")
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * Splits a file into rows. `columns` names the fields: a first data line equal to the column names
 * is a header and is skipped (spreadsheets like to add one). Lines with more fields than columns are
 * reported; fewer fields are kept (editors drop trailing empty fields) and checked by the table.
 */
export function readDictRows(
  file: string,
  content: string,
  columns: readonly string[],
  issues: DictIssue[],
): DictRow[] {
  const rows: DictRow[] = [];
  const lines = content.replace(/^\uFEFF/, "").split(/\r?\n/);
  let seenData = false;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.trim() === "" || raw.trimStart().startsWith("#")) continue;
    const fields = raw.split("\t").map((f) => f.trim());
    while (fields.length > columns.length && fields[fields.length - 1] === "") fields.pop();
    if (!seenData) {
      seenData = true;
      if (fields.join("\t").toLowerCase() === columns.slice(0, fields.length).join("\t")) continue;
    }
    if (fields.length > columns.length) {
      issues.push({
        file,
        line: i + 1,
        message: `${fields.length} fields, expected at most ${columns.length} (${columns.join(", ")}); fields are separated by one TAB`,
      });
      continue;
    }
    if (!raw.includes("\t") && columns.length > 1 && /\s{2,}/.test(raw)) {
      issues.push({
        file,
        line: i + 1,
        message: "no TAB found: fields must be separated by TAB, not spaces",
      });
      continue;
    }
    rows.push({ file, line: i + 1, fields });
  }
  return rows;
}
