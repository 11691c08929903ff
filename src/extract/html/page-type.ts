// Is this page an article, or a home, section, tag or search page? Listing pages have no article
// text to code: we say so instead of returning their teasers and navigation as a body.
import type { Document, Element } from "domhandler";
import type { TextBlock } from "./content-blocks.ts";
import { linkDensity, weightedLength } from "./content-score.ts";
import { isInside } from "./content-select.ts";

export interface PageTypeInput {
  readonly url: string | null;
  readonly ogType: string | null;
  readonly jsonLdTypes: readonly string[];
  /** Every block of the page. */
  readonly blocks: readonly TextBlock[];
  /** The blocks chosen as the article body. */
  readonly body: readonly TextBlock[];
  /** The page's title: a line repeating it above the body is the story's headline. */
  readonly title?: string | null;
  /** The element the body was taken from; teasers outside it are a sidebar, not a listing. */
  readonly container?: Element | Document;
}

export interface PageType {
  readonly isArticle: boolean;
  readonly reason: string;
}

/** schema.org types that declare a single article or post. */
const ARTICLE_TYPES = new Set([
  "article",
  "newsarticle",
  "blogposting",
  "reportagenews",
  "analysisnewsarticle",
  "opinionnewsarticle",
  "backgroundnewsarticle",
  "reviewnewsarticle",
  "liveblogposting",
  "report",
  "scholarlyarticle",
  "techarticle",
  "socialmediaposting",
  "satiricalarticle",
]);

/** schema.org types that declare a page of many items. */
const LISTING_TYPES = new Set(["collectionpage", "searchresultspage", "itemlist", "profilepage"]);

/** Path words of section, tag, topic, author, archive and search pages in common CMS URL schemes. */
const LISTING_PATH_RE =
  /\/(?:tags?|topics?|categor(?:y|ies)|sections?|search|archives?|authors?|page\/\d+|themen|rubri(?:k|que)|etiqueta|tema)(?:\/|$)/i;
const SEARCH_QUERY_RE = /[?&](?:q|s|query|search)=/i;

/** An article body holds at least this much prose (CJK counted triple); a two-line brief still passes. */
const MIN_ARTICLE_PROSE = 150;
/** Headline links ("teasers") at which a page without article metadata reads as a listing. */
const LISTING_TEASERS = 6;
/** A listing's blurbs are short; an article has at least one paragraph longer than this. */
const LONG_PARAGRAPH = 300;
/** Even a brief has a sentence this long; search snippets and link labels do not. */
const MIN_SENTENCE_CHARS = 80;
/**
 * A body this long (two long paragraphs' worth) in a container that holds at most one teaser is a
 * post written in short paragraphs, whatever the sidebars around it link to: a listing's container
 * holds its teasers, and one blurb alone is shorter than this.
 */
const ARTICLE_RUN_CHARS = 2 * LONG_PARAGRAPH;

/**
 * Last path segment of an article in common CMS URL schemes: a slug of three or more words
 * ("time-to-begin-again.php", "my_new_post.html"). Listings end in a section word, a date or a page
 * number, so such a slug after /archives/2012/10/ still names one post.
 */
const ARTICLE_SLUG_RE = /(?:^|\/)[\p{L}\p{N}]+(?:[-_][\p{L}\p{N}]+){2,}(?:\.[a-z]{2,5})?\/?$/iu;
/** A listing word directly above the slug ("/tag/barack-obama-administration/") keeps it a listing. */
const LISTING_PARENT_RE =
  /\/(?:tags?|topics?|categor(?:y|ies)|sections?|search|authors?|themen|rubri(?:k|que)|etiqueta|tema)\/[^/]+\/?$/i;

/** Lines of a hard-wrapped story: more than a short list or a few labels. */
const WRAPPED_STORY_LINES = 8;

/** Blocks looked back from the body's first block for its headline (kicker, byline, date lines sit between). */
const HEADLINE_LOOKBACK = 6;
/** A headline is at least this long ("Update" or "Video" is a label). */
const MIN_HEADLINE_CHARS = 10;

/**
 * The body is led by its own headline: the first heading met looking back from the body's first
 * block is a top-level (h1/h2) heading that is not a link, with no prose between. A listing's
 * blurbs follow their teasers' linked headlines instead.
 */
const titleKey = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** The line is most of the page's title ("Storm batters coast" in "Storm batters coast - Courier"). */
function repeatsTitle(text: string, title: string): boolean {
  if (text.length < MIN_HEADLINE_CHARS || text.length > 2 * title.length) return false;
  const line = titleKey(text);
  const whole = titleKey(title);
  return line.length * 2 >= whole.length && whole.includes(line);
}

function headlineLeadsBody(
  blocks: readonly TextBlock[],
  body: readonly TextBlock[],
  title: string | null,
): boolean {
  const start = body.length > 0 ? blocks.indexOf(body[0]!) : -1;
  for (let i = start - 1; i >= 0 && i >= start - HEADLINE_LOOKBACK; i--) {
    const block = blocks[i]!;
    if (block.kind === "heading") {
      return block.level <= 2 && linkDensity(block) <= 0.5 && block.text.length >= MIN_HEADLINE_CHARS;
    }
    // Old layouts set the headline in <font><b> or a table cell: a line that repeats the <title>.
    if (title && linkDensity(block) <= 0.5 && repeatsTitle(block.text, title)) return true;
    if (weightedLength(block.text) >= MIN_SENTENCE_CHARS) return false;
  }
  return false;
}

function urlLooksLikeListing(url: string | null): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    if (u.pathname === "/" || u.pathname === "") return true;
    if (SEARCH_QUERY_RE.test(u.search)) return true;
    if (!LISTING_PATH_RE.test(u.pathname)) return false;
    return !(ARTICLE_SLUG_RE.test(u.pathname) && !LISTING_PARENT_RE.test(u.pathname));
  } catch {
    return false;
  }
}

export function classifyPage(input: PageTypeInput): PageType {
  const types = input.jsonLdTypes.map((t) => t.toLowerCase());
  const declaredArticle = types.some((t) => ARTICLE_TYPES.has(t)) || input.ogType === "article";
  const declaredListing = types.some((t) => LISTING_TYPES.has(t));
  const listingUrl = urlLooksLikeListing(input.url);

  const prose = input.body.filter((b) => b.kind !== "heading" && linkDensity(b) < 0.5);
  const proseChars = prose.reduce((n, b) => n + weightedLength(b.text), 0);
  const longest = prose.reduce((n, b) => Math.max(n, weightedLength(b.text)), 0);
  const teaserBlocks = input.blocks.filter(
    (b) => b.kind === "heading" && b.text.length >= 15 && linkDensity(b) > 0.5,
  );
  const teasers = teaserBlocks.length;
  const container = input.container;
  const teasersInside = container ? teaserBlocks.filter((b) => isInside(b.owner, container)).length : teasers;
  // One long block counts as a run: old layouts set a whole story in one cell split only by <br>s.
  const articleRun =
    (prose.length >= 2 || longest >= ARTICLE_RUN_CHARS) &&
    proseChars >= ARTICLE_RUN_CHARS &&
    teasersInside <= 1;
  // A short story under its own headline, the teasers all outside its container (a sidebar).
  const headlinedStory =
    teasersInside === 0 && headlineLeadsBody(input.blocks, input.body, input.title ?? null);

  // A story under its own headline may be a brief of one or two sentences (a caption-length post).
  const minProse = headlinedStory ? MIN_SENTENCE_CHARS : MIN_ARTICLE_PROSE;
  if (proseChars < minProse && !declaredArticle) {
    return { isArticle: false, reason: `only ${proseChars} characters of prose and no article metadata` };
  }
  // Text hard-wrapped by <br> into short lines that start with capitals (so not rejoined) still
  // reads as one story when there is a lot of it in the container and no teaser inside.
  const wrappedStory =
    prose.length >= WRAPPED_STORY_LINES && proseChars >= 2 * ARTICLE_RUN_CHARS && teasersInside <= 1;
  if (longest < MIN_SENTENCE_CHARS && !declaredArticle && !wrappedStory) {
    return {
      isArticle: false,
      reason: `no paragraph of ${MIN_SENTENCE_CHARS} characters and no article metadata`,
    };
  }
  const listingSignal = declaredListing || (listingUrl && !articleRun);
  if (listingSignal && !declaredArticle && (teasers >= 2 || longest < LONG_PARAGRAPH)) {
    return {
      isArticle: false,
      reason: declaredListing ? "declared a listing page" : "URL of a listing page",
    };
  }
  if (
    !declaredArticle &&
    !articleRun &&
    !headlinedStory &&
    teasers >= LISTING_TEASERS &&
    longest < LONG_PARAGRAPH
  ) {
    return { isArticle: false, reason: `${teasers} headline links and no long paragraph` };
  }
  return { isArticle: true, reason: declaredArticle ? "declared an article" : "article text" };
}
