// The live side's inputs: what to watch (the sources file), how to read each kind of source
// (feeds, sitemaps, folders, WARC archives) and the fetcher that touches the open web, with its guards.
export { type FeedItem, MAX_FEED_ITEMS, type ParsedFeed, parseFeed } from "./feed-parse.ts";
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
