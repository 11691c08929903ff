// One catalog of coded errors. Tests assert on codes; the CLI prints `code: message`.
// Each message tells the user what to do. Add new codes here, grouped by stage.

export const ERRORS = {
  // usage
  E_USAGE:
    "The command line is not valid. `sitrep --help` lists the commands, `sitrep <command> --help` their options.",
  E_OPTION_VALUE: "An option has an invalid value. Check the value against `sitrep --help`.",
  // ingest
  E_INPUT_NOT_FOUND: "The input file or folder does not exist. Check the path.",
  E_INPUT_UNREADABLE: "The input could not be read. Check its permissions.",
  E_DIR_EMPTY:
    "The folder holds no readable documents (.txt, .html, .htm, .jsonl, ...). Point at a folder of documents.",
  E_INPUT_BINARY: "The input looks binary (not text or HTML). Pass a text, HTML or JSON Lines document.",
  E_INPUT_TOO_LARGE:
    "The document is larger than the size limit. Raise it with --max-bytes or split the input.",
  E_JSONL_PARSE: "A JSON Lines record is not valid JSON. Fix that line; each line must be one JSON object.",
  E_JSONL_FIELDS:
    'A JSON Lines record lacks a usable body. Each line needs "id" and "text" or "html" (strings); "url" and "date" are optional.',
  E_FEED_PARSE: "The feed could not be parsed as RSS, Atom or JSON Feed. Check that it is a feed document.",
  E_URL_PRIVATE: "The URL points to a private or local address and will not be fetched.",
  E_WARC_PARSE: "The WARC archive is malformed. Check that it is an uncompressed or gzip WARC file.",
  // extract
  E_DOC_EMPTY:
    "The document has no text after extraction. Check that it is an article and not an empty page.",
  E_ENCODING: "The document's character encoding could not be decoded. Pass UTF-8 or declare the charset.",
  E_HTML_LIMIT:
    "The HTML exceeds a safety limit (size or nesting). Pass a smaller page or raise --max-bytes.",
  E_DATE_INVALID: "The date is not a valid ISO 8601 date. Use YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.",
  // annotate / dictionaries
  E_MODEL_MISSING: "The language model package is missing. Run `npm ci` to install it.",
  E_DICT_SYNTAX:
    "A dictionary file has a syntax error. Fix the line named in the message (see data/README.md).",
  E_DICT_NOT_FOUND: "The dictionary folder does not exist. Check the --dict path.",
  // code
  E_ONTOLOGY: "The ontology tables are inconsistent. Run `sitrep dict check` and fix the lines it names.",
  // store
  E_DB_OPEN: "The database could not be opened. Check the path and permissions, or the connection URL.",
  E_DB_CORRUPT:
    "The database file is corrupt or not a Sitrep database. Restore it from a backup or use another --db.",
  E_DB_LOCKED: "The database is locked by another process. Wait for it to finish or use another --db.",
  E_DB_MIGRATION: "A database migration failed. The database was left at its previous version.",
  E_DB_MISSING:
    "There is no database at that path, so there is nothing to read. Run `sitrep ingest --db FILE` first, or check --db.",
  E_DB_DIR_MISSING: "The folder for the database file does not exist. Create it, or pass another --db path.",
  E_DISK_FULL:
    "The disk (or the database's quota) is full. Free some space or use another --db, then run again.",
  E_QUERY_PARAM: "A query filter has an invalid value. Check the filter against `sitrep query --help`.",
  // sources and fetching (the live side)
  E_SOURCES_FILE:
    "The sources file is invalid. Fix the line named in the message (see README, Sources files) and run `sitrep sources check FILE`.",
  E_URL_SCHEME:
    "Only http:// and https:// URLs are fetched. Use a web address, or `path` for a local folder or WARC.",
  E_FETCH_REDIRECTS: "The URL redirected more than 5 times. Point the source at the final address.",
  E_FETCH_TOO_LARGE:
    "The response is larger than the size limit (counted after decompression). Check the URL, or raise maxBytes in the sources file.",
  E_FETCH_TIMEOUT:
    "The server did not answer in time. It is retried later; check the URL if it keeps failing.",
  E_FETCH_NETWORK: "The connection failed (DNS, refused or reset). It is retried later; check the host name.",
  E_FETCH_HTTP:
    "The server answered with an error status. 429 and 5xx are retried later; fix the URL for others.",
  E_FETCH_CONTENT_TYPE:
    "The server sent a content type that is not a feed or a page (e.g. an image or a binary). Check the URL.",
  E_ROBOTS_DISALLOWED: "The site's robots.txt disallows this URL for Sitrep. It is not fetched.",
  E_FEED_ENTITIES:
    "The XML declares entities (a DOCTYPE with <!ENTITY>), the shape of an entity-expansion bomb. It is not parsed.",
  E_FEED_TOO_MANY_ITEMS:
    "The feed or sitemap lists more items than the limit (50,000, the sitemap protocol's own limit). Point the source at a smaller feed.",
  // queue and workers
  E_QUEUE_UNAVAILABLE:
    "The job queue could not be reached. Check SITREP_REDIS_URL and that Redis is running.",
  E_JOB_NOT_FOUND: "No dead-letter job has that id. Run `sitrep jobs` to list them.",
  // api
  E_API_BAD_REQUEST: "The request is invalid. Check the parameters against the API documentation.",
  E_API_UNAUTHORIZED:
    "The request needs an API key. Send `Authorization: Bearer KEY` (create one with `sitrep keys create`).",
  E_API_FORBIDDEN: "The API key's scope does not allow this. Use a key with the scope the route needs.",
  E_API_NOT_FOUND: "Nothing is stored under that id. Check the id (from a listing or the stream).",
  E_API_RATE_LIMITED: "Too many requests. Wait the number of seconds in the Retry-After header.",
  E_API_BODY_TOO_LARGE: "The request body is over the size limit. Send smaller documents or fewer at once.",
  E_ALERT_RULE: "The alert rule is invalid. Check its filter and condition against the API documentation.",
  E_WEBHOOK_DELIVERY: "A webhook could not be delivered after its retries. Check that the receiver is up.",
  E_INTERNAL: "An unexpected internal error. Please report it with the input that caused it.",
} as const;

export type ErrorCode = keyof typeof ERRORS;

// Warnings: what a stage noticed but did not treat as a failure. They travel in
// Article.warnings as {code, message}; the codes are listed here so users can filter on them.
export const WARNINGS = {
  W_LANG_NOT_CODED: "The text is not in English; mentions and events are not coded for it yet.",
  W_DATE_IN_FUTURE: "A stated date is later than the time of extraction and was ignored.",
  W_DATE_INVALID: "A stated date could not be read and was ignored.",
  W_DATE_ELAPSED:
    'The page gives its date only as elapsed time ("2 hours ago"); it was read against the time the page was fetched.',
  W_DATE_ELAPSED_UNANCHORED:
    'The page gives its date only as elapsed time ("2 hours ago") and no fetch time came with it (JSON Lines `fetchedAt`, a feed, a WARC record), so it has no publication date.',
  W_ENCODING_GUESSED: "The character encoding was not declared and was detected from the bytes.",
  W_ENCODING_MISMATCH: "The declared character encoding did not fit the bytes; the detected one was used.",
  W_ENCODING_REPLACED: "Some bytes could not be decoded and were replaced.",
  W_ENCODING_REPAIRED:
    "The bytes are UTF-8 but for a few invalid sequences, which were replaced by U+FFFD (the message gives the count). Check the source file if names look wrong.",
  W_ENCODING_UNKNOWN: "The declared character encoding is unknown; the detected one was used.",
  W_HTML_DEEP_NESTING: "The HTML nests deeper than the safety limit; the deepest elements were flattened.",
  W_HTML_METADATA: "Part of the page's metadata could not be read and was ignored.",
  W_NOT_ARTICLE: "The page looks like a home, section, tag or search page, not an article.",
  W_NO_BODY_FOUND: "No article body was found on the page.",
} as const;

export type WarningCode = keyof typeof WARNINGS;

/** An error with a stable code, a message that says what to do, and the input that caused it. */
export class SitrepError extends Error {
  readonly code: ErrorCode;
  readonly input: string | undefined;

  constructor(code: ErrorCode, detail?: string, input?: string) {
    super(detail ? `${detail}. ${ERRORS[code]}` : ERRORS[code]);
    this.name = "SitrepError";
    this.code = code;
    this.input = input;
  }

  toJSON(): { code: ErrorCode; message: string } {
    return { code: this.code, message: this.message };
  }
}

export function isSitrepError(error: unknown): error is SitrepError {
  return error instanceof SitrepError;
}

/** Wraps anything thrown into a SitrepError so a batch can report it as a line and go on. */
export function toSitrepError(error: unknown, input?: string): SitrepError {
  if (isSitrepError(error)) return error;
  const detail = error instanceof Error ? error.message : String(error);
  // A write that found no space (files, exports) is the user's disk, not our bug.
  if ((error as { code?: string } | null)?.code === "ENOSPC")
    return new SitrepError("E_DISK_FULL", detail, input);
  return new SitrepError("E_INTERNAL", detail, input);
}
