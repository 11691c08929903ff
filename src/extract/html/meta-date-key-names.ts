// <meta> keys that data/html-meta/date-meta-keys.tsv does not list, read by what their name says:
// CMSs invent their own ("publish_time", "ptime", "article:post_date", "shareaholic:article_
// published_time", "firstPublishedTime", "pub_date"), and a list of the ones met so far never
// covers the next site. A key counts when its name holds a word of publishing or of updating and
// a word of a date or time; keys for other dates (events, expiry, birth, reviews) never count.
// A name is weaker evidence than a convention, and such keys may state the time in another zone than
// the one the article's header shows ("Mon Jul 23 21:11:10 PDT 2012" above "July 24, 2012 12:11 AM"
// of an Eastern newsroom): they rank just below the first date after the headline and date the
// pages that show none.

/** A word of updating: checked first, "lastPublishedTime" is the latest publication, an update. */
const UPDATE_WORD = /modif|updat|revis|last[-_.: ]?(?:pub|mod)|edited/;
/** A word of publishing: "publish", "publication", "pub_date", "ptime", "posted", "released", "issued". */
const PUBLISH_WORD =
  /publi|(?:^|[^a-z])pub[-_.: ]?(?:date|time|dt)|^ptime$|posted|post[-_.: ]?(?:date|time)|release|issued|first[-_.: ]?pub/;
/** A word that names a date or time in the key (or a word that only a date follows). */
const DATE_WORD = /date|time|_at$|stamp|day|^ptime$|published$|issued$|posted$/;
/** Keys for other dates: events, expiry, embargo, birth, reviews, prices, comments, copyright. */
const OTHER_DATE =
  /expir|event|birth|start|end|valid|embargo|review|price|comment|copyright|deadline|schedul/;

/** The role a date meta key's name gives it, or null when the name does not say. */
export function roleOfDateKeyName(key: string): "published" | "modified" | null {
  const name = key.toLowerCase();
  if (name.length > 60 || !DATE_WORD.test(name) || OTHER_DATE.test(name)) return null;
  if (UPDATE_WORD.test(name)) return "modified";
  return PUBLISH_WORD.test(name) ? "published" : null;
}

/** The rank of a key read by its name: below the first date after the headline (46), above the
 * after-headline run (48) and the start of the body (60). */
export const NAMED_KEY_RANK = 47;
