// Author names from structured fields (JSON-LD author, meta author tags) and, failing those, from
// bylines ("By Jane Doe and John Roe"). Names only: profile URLs, e-mail addresses, agency
// boilerplate and long phrases are dropped.
import { charIn, trimEndWhere, trimStartWhere } from "../trim-chars.ts";

const NAME_START = charIn(/[\s\-–—:]/);
const NAME_END = charIn(/[\s\-–—:.,]/);

/** Longer than this is a sentence or a bio, not a name. */
const MAX_NAME_WORDS = 6;
const BYLINE_PREFIX =
  /^\s*(?:by|von|par|por|di|door|av|af|przez|от|автор|written by|words by|reported by)\s*:?\s+/i;
/** Separators between names. Word connectors are matched in lower case only, so the initial in
 * "Sarah E. Needleman" is not taken for Portuguese "e" ("and"). */
const SPLIT = /\s*(?:,|&|;|\/|\||\band\b|\bAND\b)\s*|\s+(?:und|et|y|e|en|och|i|и|ve|dan)\s+/;
/** A job title in a byline ("AP Auto Writer", "Staff Reporter") is not a person's name. */
const ROLE_WORDS = /\b(writer|correspondent|reporter|editor|staff|bureau|contributor|columnist|desk|team)\b/i;
const NOT_A_NAME = /(https?:|www\.|@|\.com\b|\d{2,}|^(?:admin|administrator|staff|editor|redaktion|guest)$)/i;

/** A byline prefix glued to the name by markup ("<span>By</span><a>Jane Roe</a>" reads "ByJane Roe"). */
const GLUED_PREFIX = /^(?:By|BY|Von|Par|Por)(?=\p{Lu}\p{Ll})/u;
/**
 * Labels of the page tools that sit beside a byline and get read into it ("Print", "E-mail",
 * "Share", "Tweet", "Comments"): taken off the front when capitalised words follow.
 */
const TOOL_LABEL =
  /^(?:print|e-?mail|share|tweet|save|comments?|follow|like|listen|text size|font size)\s+(?=\p{Lu})/iu;

export function cleanAuthorNames(raw: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const r of raw) {
    if (!r || /^https?:\/\//i.test(r.trim())) continue;
    let text = r.replace(/\s+/g, " ").trim();
    for (let i = 0; i < 3 && TOOL_LABEL.test(text); i++) text = text.replace(TOOL_LABEL, "");
    text = text.replace(GLUED_PREFIX, "").replace(BYLINE_PREFIX, "").trim();
    for (let part of text.split(SPLIT)) {
      part = trimEndWhere(
        trimStartWhere(part.replace(GLUED_PREFIX, "").replace(BYLINE_PREFIX, ""), NAME_START),
        NAME_END,
      ).trim();
      if (!part || part.length < 3 || NOT_A_NAME.test(part) || ROLE_WORDS.test(part)) continue;
      if (part.split(" ").length > MAX_NAME_WORDS) continue;
      if (!/\p{Lu}|\p{Lo}/u.test(part)) continue; // names are capitalised (or in a caseless script)
      const key = part.toLowerCase();
      if (!seen.has(key)) {
        seen.add(key);
        out.push(part);
      }
    }
  }
  return out;
}
