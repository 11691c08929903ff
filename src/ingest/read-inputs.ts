// Files, folders (recursively), stdin and JSON Lines become raw documents; bad inputs become failures.
import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, extname, join, relative } from "node:path";
import { SitrepError, toSitrepError } from "../errors.ts";
import type { DocFailure, DocType, RawDoc } from "../types.ts";
import { looksBinary } from "./binary-sniff.ts";
import { parseJsonlRecords } from "./jsonl-records.ts";

export interface ReadOptions {
  /**
   * Forces the document type; `auto` decides from the extension, then the content; `clean` is
   * text that is already the article body (each document is marked `clean`: no line is chrome).
   */
  readonly type: DocType | "auto" | "clean";
  readonly maxBytes: number;
  /** Reads all of standard input; injected so tests can feed it. */
  readonly readStdin: () => Promise<Uint8Array>;
}

const TEXT_EXTENSIONS = new Set([".txt", ".text"]);
const HTML_EXTENSIONS = new Set([".html", ".htm", ".xhtml", ".shtml"]);
const JSONL_EXTENSIONS = new Set([".jsonl", ".ndjson"]);

function isReadableName(path: string): boolean {
  const ext = extname(path).toLowerCase();
  return TEXT_EXTENSIONS.has(ext) || HTML_EXTENSIONS.has(ext) || JSONL_EXTENSIONS.has(ext);
}

/** Decides text vs HTML: the extension first, then whether the first bytes look like markup. */
export function detectDocType(path: string, content: Uint8Array | string, forced: DocType | "auto"): DocType {
  if (forced !== "auto") return forced;
  const ext = extname(path).toLowerCase();
  if (HTML_EXTENSIONS.has(ext)) return "html";
  if (TEXT_EXTENSIONS.has(ext)) return "text";
  const head =
    typeof content === "string"
      ? content.slice(0, 2048)
      : Buffer.from(content.subarray(0, 2048)).toString("latin1");
  return /^\s*(?:<!doctype html|<html|<head|<body|<\?xml[^>]*>\s*<html)/i.test(head) ||
    /<(?:p|div|article|title|meta)[\s>]/i.test(head)
    ? "html"
    : "text";
}

/** A stable id from a path: the file name without extension, unique within the run's folder. */
function idFromPath(path: string, root: string | null): string {
  const rel = root ? relative(root, path) : basename(path);
  return rel.replace(/\.[^./\\]+$/, "").replace(/\\/g, "/");
}

function failure(id: string, input: string, error: unknown): DocFailure {
  const e = toSitrepError(error, input);
  return { kind: "failure", id, input, error: e.toJSON() };
}

async function* listFiles(dir: string): AsyncGenerator<string> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* listFiles(full);
    else if (entry.isFile() && isReadableName(full)) yield full;
  }
}

function checkSize(bytes: number, limit: number, input: string): void {
  if (bytes > limit) {
    throw new SitrepError(
      "E_INPUT_TOO_LARGE",
      `${input} is ${bytes} bytes, over the limit of ${limit}`,
      input,
    );
  }
}

async function* docsFromBytes(
  bytes: Uint8Array,
  path: string,
  id: string,
  opts: ReadOptions,
): AsyncGenerator<RawDoc | DocFailure> {
  const ext = extname(path).toLowerCase();
  if (JSONL_EXTENSIONS.has(ext)) {
    yield* parseJsonlRecords(Buffer.from(bytes).toString("utf8"), path, opts);
    return;
  }
  try {
    checkSize(bytes.length, opts.maxBytes, path);
    if (looksBinary(bytes)) throw new SitrepError("E_INPUT_BINARY", `${path} is binary`, path);
    const clean = opts.type === "clean";
    const type = detectDocType(path, bytes, clean ? "text" : opts.type);
    yield { kind: "raw", id, input: path, type, content: bytes, ...(clean ? { clean } : {}) };
  } catch (error) {
    yield failure(id, path, error);
  }
}

/**
 * Turns CLI inputs (files, folders read recursively, `-` for stdin, `.jsonl` files) into raw
 * documents. A bad input yields a failure and the stream goes on.
 */
export async function* readInputs(
  inputs: readonly string[],
  opts: ReadOptions,
): AsyncGenerator<RawDoc | DocFailure> {
  for (const input of inputs) {
    if (input === "-") {
      const bytes = await opts.readStdin();
      const id = `stdin-${createHash("sha256").update(bytes).digest("hex").slice(0, 12)}`;
      const asJsonl =
        opts.type === "auto" && /^\s*\{/.test(Buffer.from(bytes.subarray(0, 64)).toString("utf8"));
      yield* docsFromBytes(bytes, asJsonl ? "-.jsonl" : "-", id, opts);
      continue;
    }
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(input);
    } catch {
      yield failure(
        idFromPath(input, null),
        input,
        new SitrepError("E_INPUT_NOT_FOUND", `No such file or folder: ${input}`, input),
      );
      continue;
    }
    if (info.isDirectory()) {
      let found = 0;
      for await (const file of listFiles(input)) {
        found++;
        yield* readOne(file, idFromPath(file, input), opts);
      }
      if (found === 0) {
        yield failure(
          basename(input),
          input,
          new SitrepError("E_DIR_EMPTY", `Nothing readable in ${input}`, input),
        );
      }
    } else {
      yield* readOne(input, idFromPath(input, null), opts);
    }
  }
}

async function* readOne(path: string, id: string, opts: ReadOptions): AsyncGenerator<RawDoc | DocFailure> {
  let bytes: Uint8Array;
  try {
    const size = (await stat(path)).size;
    // JSON Lines files hold many documents; the limit applies to each record, not the file.
    if (!JSONL_EXTENSIONS.has(extname(path).toLowerCase())) checkSize(size, opts.maxBytes, path);
    bytes = await readFile(path);
  } catch (error) {
    const e =
      error instanceof SitrepError
        ? error
        : new SitrepError("E_INPUT_UNREADABLE", `Cannot read ${path}`, path);
    yield failure(id, path, e);
    return;
  }
  yield* docsFromBytes(bytes, path, id, opts);
}
