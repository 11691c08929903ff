// The sources file: what Sitrep watches. One shape in YAML or JSON, `{sources: [{name, url | path, ...}]}`,
// checked line by line so `sitrep sources check FILE` can point at the line to fix.
import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument, type YAMLMap } from "yaml";
import { SitrepError } from "../errors.ts";

export type SourceType = "feed" | "sitemap" | "folder" | "warc";

export interface SourceSpec {
  readonly name: string;
  /** http(s) address of a feed or sitemap; null for folders and WARC files. */
  readonly url: string | null;
  /** Local folder or archive; null for web sources. */
  readonly path: string | null;
  readonly type: SourceType;
  /** Time between polls. */
  readonly intervalMs: number;
  /** Lets the fetcher reach loopback and private addresses (tests, intranets). */
  readonly allowPrivate: boolean;
  /** Response-size cap for this source's fetches, after decompression. */
  readonly maxBytes: number | null;
  readonly lang: string | null;
  readonly country: string | null;
  readonly tags: readonly string[];
  readonly enabled: boolean;
  /** Line of the entry in the sources file (1-based), for messages. */
  readonly line: number;
}

export interface SourcesFile {
  readonly sources: readonly SourceSpec[];
  /** Contact URL put in the User-Agent so site owners can reach whoever runs the watcher. */
  readonly contact: string | null;
}

export interface SourcesProblem {
  readonly line: number;
  readonly message: string;
}

/** GDELT's cadence: a source polled every 15 minutes unless the file says otherwise. */
export const DEFAULT_INTERVAL_MS = 15 * 60_000;
/** The shortest interval accepted: anything faster is a load on the site, not news. */
const MIN_INTERVAL_MS = 1000;

const SOURCE_KEYS = new Set([
  "name",
  "url",
  "path",
  "type",
  "interval",
  "allowPrivate",
  "maxBytes",
  "lang",
  "country",
  "tags",
  "enabled",
]);
const TYPES = new Set<SourceType>(["feed", "sitemap", "folder", "warc"]);
const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const BYTE_UNITS: Record<string, number> = { "": 1, b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

/** "90s", "5m", "1h", "1d" → milliseconds; null when it is not a duration. */
export function parseInterval(text: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)\s*$/i.exec(text);
  return m ? Math.round(Number(m[1]) * UNIT_MS[m[2]!.toLowerCase()]!) : null;
}

function parseBytes(text: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?\s*$/i.exec(text);
  return m ? Math.round(Number(m[1]) * BYTE_UNITS[(m[2] ?? "").toLowerCase()]!) : null;
}

/** The type a source has when the file does not say: archives by extension, sitemaps by name. */
export function guessSourceType(url: string | null, path: string | null): SourceType {
  if (path) return /\.(?:warc|arc)(?:\.gz)?$/i.test(path) ? "warc" : "folder";
  return /sitemap[^/]*\.xml(?:\.gz)?(?:$|\?)/i.test(url ?? "") ? "sitemap" : "feed";
}

function lineOf(node: Node | null | undefined, counter: LineCounter): number {
  const offset = node?.range?.[0];
  return offset === undefined ? 1 : counter.linePos(offset).line;
}

function readEntry(
  entry: YAMLMap,
  counter: LineCounter,
  names: Set<string>,
  problems: SourcesProblem[],
): SourceSpec | null {
  const line = lineOf(entry, counter);
  const before = problems.length;
  const fail = (node: Node | null | undefined, message: string) =>
    problems.push({ line: node ? lineOf(node, counter) : line, message });
  const values = new Map<string, { value: unknown; node: Node }>();
  for (const pair of entry.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : "";
    if (!SOURCE_KEYS.has(key)) {
      fail(pair.key as Node, `unknown key "${key}" (known: ${[...SOURCE_KEYS].join(", ")})`);
      continue;
    }
    const node = pair.value as Node;
    values.set(key, { value: isScalar(node) ? node.value : (node?.toJSON?.() ?? null), node });
  }
  const str = (key: string): string | null => {
    const v = values.get(key);
    if (v === undefined || v.value === null) return null;
    if (typeof v.value !== "string" || !v.value.trim()) {
      fail(v.node, `"${key}" must be a non-empty string`);
      return null;
    }
    return v.value.trim();
  };
  const bool = (key: string, fallback: boolean): boolean => {
    const v = values.get(key);
    if (v === undefined) return fallback;
    if (typeof v.value !== "boolean") {
      fail(v.node, `"${key}" must be true or false`);
      return fallback;
    }
    return v.value;
  };
  const name = str("name");
  if (!name) fail(entry, 'each source needs a "name"');
  else if (names.has(name)) fail(values.get("name")?.node, `source name "${name}" is used twice`);
  else names.add(name);
  const url = str("url");
  const path = str("path");
  if (url && path) fail(entry, 'a source has either "url" or "path", not both');
  if (!url && !path) fail(entry, 'a source needs a "url" (feed, sitemap) or a "path" (folder, WARC)');
  if (url) {
    let parsed: URL | null = null;
    try {
      parsed = new URL(url);
    } catch {
      fail(values.get("url")?.node, `"${url}" is not a URL`);
    }
    if (parsed && parsed.protocol !== "http:" && parsed.protocol !== "https:")
      fail(values.get("url")?.node, `"${url}": only http:// and https:// are fetched`);
  }
  const typeText = str("type");
  let type = guessSourceType(url, path);
  if (typeText) {
    if (!TYPES.has(typeText as SourceType)) fail(values.get("type")?.node, `unknown type "${typeText}"`);
    else type = typeText as SourceType;
  }
  if (url && path) {
    // Already reported; the type checks below would only repeat it.
  } else if (url && (type === "folder" || type === "warc"))
    fail(values.get("type")?.node, `type "${type}" reads a local "path", not a "url"`);
  else if (path && (type === "feed" || type === "sitemap"))
    fail(values.get("type")?.node, `type "${type}" fetches a "url", not a "path"`);
  let intervalMs = DEFAULT_INTERVAL_MS;
  const intervalText = str("interval");
  if (intervalText) {
    const ms = parseInterval(intervalText);
    if (ms === null) fail(values.get("interval")?.node, `interval "${intervalText}": use e.g. 90s, 5m, 1h`);
    else if (ms < MIN_INTERVAL_MS)
      fail(values.get("interval")?.node, `interval "${intervalText}" is under 1s`);
    else intervalMs = ms;
  }
  let maxBytes: number | null = null;
  const maxBytesValue = values.get("maxBytes");
  if (maxBytesValue) {
    const n =
      typeof maxBytesValue.value === "number" ? maxBytesValue.value : parseBytes(String(maxBytesValue.value));
    if (n === null || !Number.isFinite(n) || n <= 0)
      fail(maxBytesValue.node, `maxBytes "${String(maxBytesValue.value)}": use e.g. 5MB or 500KB`);
    else maxBytes = n;
  }
  const tagsValue = values.get("tags");
  let tags: string[] = [];
  if (tagsValue) {
    if (
      !isSeq(tagsValue.node) ||
      !tagsValue.node.items.every((t) => isScalar(t) && typeof t.value === "string")
    )
      fail(tagsValue.node, '"tags" must be a list of strings');
    else tags = (tagsValue.value as string[]).map(String);
  }
  const lang = str("lang");
  const country = str("country");
  const allowPrivate = bool("allowPrivate", false);
  const enabled = bool("enabled", true);
  if (problems.length > before || !name) return null;
  return { name, url, path, type, intervalMs, allowPrivate, maxBytes, lang, country, tags, enabled, line };
}

/** Parses and checks a sources file's text; every problem is reported with its line. */
export function parseSourcesText(text: string): { file: SourcesFile; problems: SourcesProblem[] } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  const problems: SourcesProblem[] = doc.errors.map((e) => ({
    line: counter.linePos(e.pos[0]).line,
    message: e.message.split("\n")[0]!,
  }));
  const empty = { file: { sources: [], contact: null }, problems };
  if (problems.length) return empty;
  const root = doc.contents;
  if (!isMap(root)) {
    problems.push({ line: 1, message: 'the file must be an object with a "sources" list' });
    return empty;
  }
  let contact: string | null = null;
  const sources: SourceSpec[] = [];
  const names = new Set<string>();
  let sawSources = false;
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : "";
    const node = pair.value as Node;
    if (key === "contact") {
      if (!isScalar(node) || typeof node.value !== "string")
        problems.push({ line: lineOf(node, counter), message: '"contact" must be a URL or e-mail address' });
      else contact = node.value;
    } else if (key === "sources") {
      sawSources = true;
      if (!isSeq(node)) {
        problems.push({ line: lineOf(node, counter), message: '"sources" must be a list' });
        continue;
      }
      for (const item of node.items) {
        if (!isMap(item)) {
          problems.push({ line: lineOf(item as Node, counter), message: "each source must be an object" });
          continue;
        }
        const spec = readEntry(item, counter, names, problems);
        if (spec) sources.push(spec);
      }
    } else {
      problems.push({ line: lineOf(pair.key as Node, counter), message: `unknown key "${key}"` });
    }
  }
  if (!sawSources) problems.push({ line: 1, message: 'the file has no "sources" list' });
  problems.sort((a, b) => a.line - b.line);
  return { file: { sources, contact }, problems };
}

/** Reads a sources file; any problem throws E_SOURCES_FILE naming `file:line`. */
export async function loadSourcesFile(path: string): Promise<SourcesFile> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new SitrepError("E_INPUT_NOT_FOUND", `cannot read sources file ${path}`, path);
  }
  const { file, problems } = parseSourcesText(text);
  if (problems.length) {
    const first = problems[0]!;
    throw new SitrepError("E_SOURCES_FILE", `${path}:${first.line}: ${first.message}`, path);
  }
  // A relative path means relative to the sources file, wherever the watcher is started from.
  const base = dirname(resolve(path));
  return { ...file, sources: file.sources.map((s) => (s.path ? { ...s, path: resolve(base, s.path) } : s)) };
}
