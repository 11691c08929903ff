// Bodies told by the words around their name, where the name's own words say nothing.
//   - a noun for a kind of body right before it: "serie A club Atalanta", "the carrier El Al",
//     "newspaper Al-Akhbar" (as "broker Jane Roe" says a person, name-classify.ts);
//   - "the" before it and a verb of reporting after it: "The Gazzetta dello Sport said", "the
//     Hong Kong Standard reported": people take no article, bodies that speak do.
// Places are left out: "the United States said" is the place's government, a place name for CoNLL.
import { isCapitalised, type Span } from "./name-spans.ts";
import type { NameTables } from "./name-tables.ts";
import type { NameFinderInput } from "./name-types.ts";

// Verbs by which a body speaks or publishes.
const REPORTING = new Set([
  "said",
  "says",
  "reported",
  "reports",
  "quoted",
  "quotes",
  "announced",
  "announces",
  "added",
  "stated",
  "wrote",
  "writes",
  "commented",
  "predicted",
  "estimated",
  "forecast",
]);

/** Why [from, to) names a body by the words around it, or null. */
export function bodyContextEvidence(input: NameFinderInput, span: Span, tables: NameTables): string | null {
  const { tokens, sentenceOf, text } = input;
  const { from, to } = span;
  const s = sentenceOf[from];
  const before = from > 0 && sentenceOf[from - 1] === s ? tokens[from - 1]! : null;
  const written = text.slice(tokens[from]!.start, tokens[to - 1]!.end);
  if (input.isPlaceName?.(written)) return null;
  if (
    before &&
    before.text === before.key &&
    tables.bodyNouns.has(before.key) &&
    isCapitalised(tokens[from]!.text)
  )
    return `"${before.text}" before`;
  return speaksAfterThe(input, span);
}

/** '"the" before and "reported" after': a name with an article that speaks is a body's, even one opening with a given name. */
export function speaksAfterThe(input: NameFinderInput, span: Span): string | null {
  const { tokens, sentenceOf } = input;
  const { from, to } = span;
  const s = sentenceOf[from];
  const before = from > 0 && sentenceOf[from - 1] === s ? tokens[from - 1]! : null;
  const after = to < tokens.length && sentenceOf[to] === s ? tokens[to]! : null;
  if (before?.key === "the" && after && after.text === after.key && REPORTING.has(after.key))
    return `"the" before and "${after.text}" after`;
  return null;
}
