// Local sources: a folder watched for new .html/.txt/.jsonl/.warc(.gz) files, or one archive. Each
// file is known by its path, size and modification time, so a file rewritten in place is read again
// and one left alone is read once. Files become raw documents through ingest (and WARC records
// through the archive reader), exactly as `sitrep ingest` reads them.
import { readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { SitrepError } from "../errors.ts";
import { readInputs } from "../ingest/index.ts";
import type { DocFailure, RawDoc } from "../types.ts";
import { isWarcPath, readWarcDocuments, type WarcCounts } from "./warc-reader.ts";

export interface LocalFile {
  readonly path: string;
  /** path + size + mtime: what "seen" remembers. */
  readonly key: string;
}

const DOCUMENT_EXTENSIONS = new Set([".html", ".htm", ".txt", ".jsonl", ".ndjson"]);

const isDocumentFile = (path: string) =>
  DOCUMENT_EXTENSIONS.has(extname(path).toLowerCase()) || isWarcPath(path);

async function fileEntry(path: string): Promise<LocalFile> {
  const s = await stat(path);
  return { path, key: `file:${path}#${s.size}-${Math.trunc(s.mtimeMs)}` };
}

/** The document files under `path` (recursively), or the one file when `path` is a file. */
export async function listLocalFiles(path: string): Promise<LocalFile[]> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch {
    throw new SitrepError("E_INPUT_NOT_FOUND", `${path} does not exist`, path);
  }
  if (info.isFile()) return [await fileEntry(path)];
  const out: LocalFile[] = [];
  const walk = async (dir: string) => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (e.name.startsWith(".")) continue;
      const full = join(dir, e.name);
      if (e.isDirectory()) await walk(full);
      else if (e.isFile() && isDocumentFile(full)) out.push(await fileEntry(full));
    }
  };
  await walk(path);
  return out;
}

/** The raw documents of one local file: WARC records, JSON Lines records, or the file itself. */
export function readLocalDocuments(
  path: string,
  options: { maxBytes: number; warcCounts: WarcCounts },
): AsyncIterable<RawDoc | DocFailure> {
  if (isWarcPath(path)) return readWarcDocuments(path, options.warcCounts, { maxBytes: options.maxBytes });
  return readInputs([path], {
    type: "auto",
    maxBytes: options.maxBytes,
    readStdin: async () => new Uint8Array(),
  });
}
