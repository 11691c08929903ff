// JSON Lines inputs: one document per line; a bad line becomes a failure naming its line number.
import { SitrepError } from "../errors.ts";
import type { DocFailure, DocType, RawDoc } from "../types.ts";

interface JsonlOptions {
  readonly type: DocType | "auto" | "clean";
  readonly maxBytes: number;
}

function fail(id: string, input: string, error: SitrepError): DocFailure {
  return { kind: "failure", id, input, error: error.toJSON() };
}

const optionalString = (v: unknown): v is string | undefined =>
  v === undefined || v === null || typeof v === "string";

/**
 * One document per line: `{"id", "text" or "html", "url"?, "date"?, "clean"?}` (`"clean": true`:
 * the text is already the article body, from a news API or a corpus, and no line is chrome). A bad line yields a
 * failure naming the line; the other lines go on.
 */
export function* parseJsonlRecords(
  source: string,
  path: string,
  opts: JsonlOptions,
): Generator<RawDoc | DocFailure> {
  const lines = source.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const lineId = `line-${i + 1}`;
    const where = `${path}:${i + 1}`;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      yield fail(
        lineId,
        where,
        new SitrepError("E_JSONL_PARSE", `${where}: ${(error as Error).message}`, where),
      );
      continue;
    }
    if (typeof record !== "object" || record === null || Array.isArray(record)) {
      yield fail(lineId, where, new SitrepError("E_JSONL_FIELDS", `${where}: not a JSON object`, where));
      continue;
    }
    const r = record as Record<string, unknown>;
    const id = typeof r.id === "string" && r.id ? r.id : typeof r.id === "number" ? String(r.id) : lineId;
    const input = `${path}#${id}`;
    const body = typeof r.html === "string" ? r.html : typeof r.text === "string" ? r.text : null;
    if (body === null || !optionalString(r.url) || !optionalString(r.date)) {
      yield fail(
        id,
        input,
        new SitrepError("E_JSONL_FIELDS", `${where}: needs a string "text" or "html"`, input),
      );
      continue;
    }
    const bytes = Buffer.byteLength(body, "utf8");
    if (bytes > opts.maxBytes) {
      const msg = `${where}: record is ${bytes} bytes, over the limit of ${opts.maxBytes}`;
      yield fail(id, input, new SitrepError("E_INPUT_TOO_LARGE", msg, input));
      continue;
    }
    const clean = r.clean === true || opts.type === "clean";
    const type: DocType =
      opts.type === "clean"
        ? "text"
        : opts.type !== "auto"
          ? opts.type
          : typeof r.html === "string"
            ? "html"
            : "text";
    yield {
      kind: "raw",
      id,
      input,
      type,
      content: body,
      ...(typeof r.url === "string" ? { url: r.url } : {}),
      ...(typeof r.date === "string" ? { date: r.date } : {}),
      ...(typeof r.fetchedAt === "string" && !Number.isNaN(Date.parse(r.fetchedAt))
        ? { fetchedAt: new Date(Date.parse(r.fetchedAt)).toISOString() }
        : {}),
      ...(clean ? { clean } : {}),
    };
  }
}
