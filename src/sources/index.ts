// The live side's inputs: what to watch (the sources file), how to read each kind of source
// (feeds, sitemaps, folders, WARC archives) and the fetcher that touches the open web, with its guards.
export { type FeedItem, MAX_FEED_ITEMS, type ParsedFeed, parseFeed } from "./feed-parse.ts";
export { type LocalFile, listLocalFiles, readLocalDocuments } from "./folder-reader.ts";
export {
  createMemoryHostGate,
  createRedisHostGate,
  type HostGate,
  type RedisHostGateOptions,
} from "./host-gate.ts";
export {
  createPoliteFetcher,
  POLITENESS_DEFAULTS,
  type PoliteFetch,
  type PoliteFetcherOptions,
  type PoliteFetchRequest,
  userAgentFor,
} from "./polite-fetcher.ts";
export { FETCH_DEFAULTS, FetchError, type FetchOptions, type FetchResult, safeFetch } from "./safe-fetch.ts";
export {
  DEFAULT_INTERVAL_MS,
  guessSourceType,
  loadSourcesFile,
  parseInterval,
  parseSourcesText,
  type SourceSpec,
  type SourcesFile,
  type SourcesProblem,
  type SourceType,
} from "./source-spec.ts";
export { emptyWarcCounts, isWarcPath, readWarcDocuments, type WarcCounts } from "./warc-reader.ts";
export { pollWebSource, type WebPollResult } from "./web-poll.ts";
