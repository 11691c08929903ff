// WARC (and ARC) archives, read record by record with warcio, as Common Crawl and web archives hold
// news: each HTML or text `response` (and `resource`) record becomes a raw document, exactly as if
// the page had been fetched; requests, metadata, warcinfo, revisits, non-HTML bodies, HTTP errors
// and oversized records are skipped and counted by reason. gzip members are detected by warcio.
import { createReadStream } from "node:fs";
import { WARCParser } from "warcio";
import { SitrepError, toSitrepError } from "../errors.ts";
import type { DocFailure, DocType, RawDoc } from "../types.ts";

export interface WarcCounts {
  records: number;
  documents: number;
  /** Skipped records by reason: request, metadata, warcinfo, revisit, non-html, http-status, too-large, ... */
  skipped: Record<string, number>;
}

export function emptyWarcCounts(): WarcCounts {
  return { records: 0, documents: 0, skipped: {} };
}

export function isWarcPath(path: string): boolean {
  return /\.(?:warc|arc)(?:\.gz)?$/i.test(path);
}

const PAGE_TYPE = /^\s*(text\/html|application\/xhtml\+xml|text\/plain)\b/i;

function docTypeOf(contentType: string): DocType {
  return /text\/plain/i.test(contentType) ? "text" : "html";
}

function isoDate(text: string | null | undefined): string | null {
  const t = text ? Date.parse(text) : Number.NaN;
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/**
 * The documents of one archive. `counts` is filled in as records are read; a malformed archive
 * ends with one E_WARC_PARSE failure after the documents read before the damage.
 */
export async function* readWarcDocuments(
  path: string,
  counts: WarcCounts,
  options: { maxBytes: number },
): AsyncGenerator<RawDoc | DocFailure> {
  const skip = (reason: string) => {
    counts.skipped[reason] = (counts.skipped[reason] ?? 0) + 1;
  };
  let index = 0;
  try {
    const parser = new WARCParser(createReadStream(path));
    for await (const record of parser) {
      counts.records++;
      index++;
      // WARC-Type and WARC-Record-ID are mandatory (WARC 1.1 §5): without them this is not a record.
      if (!record.warcType || !record.warcHeaders.headers.get("WARC-Record-ID"))
        throw new SitrepError(
          "E_WARC_PARSE",
          `${path}, record ${index}: no WARC-Type or WARC-Record-ID`,
          path,
        );
      const kind = record.warcType.toLowerCase();
      if (kind !== "response" && kind !== "resource") {
        skip(kind || "unknown");
        continue;
      }
      const declared = Number(record.warcHeaders.headers.get("Content-Length") ?? 0);
      if (declared > options.maxBytes) {
        skip("too-large");
        continue;
      }
      let contentType = record.warcHeaders.headers.get("Content-Type") ?? "";
      if (kind === "response") {
        const status = record.httpHeaders?.statusCode;
        if (status === undefined || Number(status) < 200 || Number(status) >= 300) {
          skip("http-status");
          continue;
        }
        contentType = record.httpHeaders?.headers.get("Content-Type") ?? "";
      }
      if (!PAGE_TYPE.test(contentType)) {
        skip("non-html");
        continue;
      }
      const body = await record.readFully(true);
      const url = record.warcTargetURI ?? undefined;
      const id =
        record.warcHeaders.headers.get("WARC-Record-ID")?.replace(/^<|>$/g, "") ?? `${path}#${index}`;
      counts.documents++;
      yield {
        kind: "raw",
        id,
        input: `${path}#${index}`,
        type: docTypeOf(contentType),
        content: body,
        contentType,
        ...(url ? { url } : {}),
        ...(isoDate(record.warcDate) ? { date: isoDate(record.warcDate)! } : {}),
        // The capture time: what the page's "2 hours ago" counts back from.
        ...(isoDate(record.warcDate) ? { fetchedAt: isoDate(record.warcDate)! } : {}),
      };
    }
  } catch (error) {
    const e =
      error instanceof SitrepError && error.code !== "E_INTERNAL"
        ? error
        : new SitrepError("E_WARC_PARSE", `${path}, record ${index}: ${toSitrepError(error).message}`, path);
    yield { kind: "failure", id: `${path}#${index}`, input: path, error: e.toJSON() };
  }
}
