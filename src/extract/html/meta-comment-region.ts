// Whether the class names and ids around a date put it in readers' comments, whose dates are never
// the article's. Most names that say "comment" mark the comment thread or one comment ("comments",
// "commentlist", "comment-meta", "dsq-comment-8068"). Some use the word for something else: a post's
// info bar that shows its date beside a comment count ("date-comments",
// "by-line-comments-views-date") and a page state ("showing-comments", "comments-open"). Those do
// not make a comment region: the bar holds the article's own date.

/** Words that, written before "comment(s)" in one name, make it an info bar or a state: the name
 * lists what the bar shows (its date, the byline, view counts) or says the comments are shown. */
const BAR_WORDS_BEFORE = new Set([
  "date",
  "time",
  "datetime",
  "by",
  "byline",
  "line",
  "views",
  "view",
  "showing",
  "show",
  "has",
  "no",
  "with",
  "allow",
]);

/** Words that, written after "comment(s)", make the name a state or a counter, not the thread. */
const STATE_WORDS_AFTER = new Set([
  "open",
  "closed",
  "count",
  "counts",
  "number",
  "num",
  "link",
  "links",
  "enabled",
  "disabled",
  "off",
  "on",
]);

/** Whether one class name or id (lower case) marks a comment region. */
function marksComments(name: string): boolean {
  if (!name.includes("comment")) return false;
  const words = name.split(/[-_]+/).filter((w) => w !== "");
  const at = words.findIndex((w) => w.includes("comment"));
  // A glued name ("commentmetadata", "usercomments") is the thread's.
  if (words[at] !== "comment" && words[at] !== "comments") return true;
  if (words.slice(0, at).some((w) => BAR_WORDS_BEFORE.has(w))) return false;
  const after = words.slice(at + 1);
  return !(after.length > 0 && after.every((w) => STATE_WORDS_AFTER.has(w)));
}

/**
 * Whether a context or ancestry string (class names, ids and tag names, lower case, separated by
 * spaces and "<") puts its text among readers' comments.
 */
export function inComments(text: string): boolean {
  return text.includes("comment") && text.split(/[\s<]+/).some(marksComments);
}
