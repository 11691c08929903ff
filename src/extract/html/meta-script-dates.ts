// Dates in the state a page's scripts carry ("window.__STATE__ = {...}", a framework's page data,
// an analytics call): sites that render in the browser often print no date in the HTML, no meta
// tag and no JSON-LD, yet their script state names the article's dates ("publishedAt":
// "2020-04-02T04:11:00+05:30"). Read only when nothing else dates the page, for the first field
// whose name says publishing (or updating), by the same reading of key names as unlisted meta tags
// (meta-date-key-names.ts), and only for ISO values: such state also holds ids, prices and the dates
// of other stories, and the page's own story is the first one it describes.
import { type Element, isText } from "domhandler";
import type { CandidateList } from "./meta-date-candidates.ts";
import { roleOfDateKeyName } from "./meta-date-key-names.ts";

/** Below a year-less stamp (72) and above a lead image's upload day (80). */
const SCRIPT_STATE_RANK = 75;
/** Script text read in all: framework state sits in the first scripts, and huge bundles hold no state. */
const MAX_SCRIPT_CHARS = 1_000_000;
/** A field holding an ISO date: `"publishedAt": "2020-04-02T04:11:00Z"`, `publish_date:'2020-04-02'`,
 * or the same inside a JSON string (`\"datePublished\":\"2020-04-02\"`). */
const DATED_FIELD =
  /(?:\\?["'])?([A-Za-z_$][\w$.:-]{1,60}?)(?:\\?["'])?\s*:\s*\\?["']((?:19|20)\d\d-[01]\d-[0-3]\d(?:[T ]\d\d:\d\d(?::\d\d)?(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?)?)\\?["']/g;

/** Adds the first published and the first modified date the page's script state names. */
export function addScriptStateDates(c: CandidateList, scripts: readonly Element[] | undefined): void {
  if (!scripts || scripts.length === 0) return;
  let budget = MAX_SCRIPT_CHARS;
  let published = false;
  let modified = false;
  for (const script of scripts) {
    for (const child of script.children) {
      if (!isText(child) || budget <= 0) continue;
      const text = child.data.length > budget ? child.data.slice(0, budget) : child.data;
      budget -= text.length;
      for (const m of text.matchAll(DATED_FIELD)) {
        // camelCase split as meta keys write words ("publishedAt" -> "published_at").
        const name = m[1]!
          .split(/[.:]/)
          .pop()!
          .replace(/([a-z])([A-Z])/g, "$1_$2");
        const role = roleOfDateKeyName(name);
        if (role === "published" && !published) {
          const before = c.published.length;
          c.add("published", m[2], `script:${m[1]}`, SCRIPT_STATE_RANK);
          published = c.published.length > before;
        } else if (role === "modified" && !modified) {
          const before = c.modified.length;
          c.add("modified", m[2], `script:${m[1]}`, SCRIPT_STATE_RANK);
          modified = c.modified.length > before;
        }
        if (published && modified) return;
      }
    }
  }
}
