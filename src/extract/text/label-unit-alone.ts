// First pass of the line classifier: what one unit is on its own — a dateline, byline, photo
// credit, caption label, chrome (phrases, links, calls to action) or, pending its context, prose
// or a short line.
import { readDateline } from "../dates/dateline-line.ts";
import { readByline } from "./byline-parse.ts";
import { type ChromePhrase, matchChromeKinds } from "./chrome-phrases.ts";
import { computeFeatures, type UnitFeatures } from "./line-features.ts";
import { readCaptionLabel, readPhotoCredit } from "./photo-credit.ts";
import type { TextUnit } from "./split-units.ts";
import type { ClassifierResources, Pending } from "./unit-labels.ts";

/** A sentence this short that carries a chrome phrase is chrome ("All rights reserved.").
 * Tuned with the other classifier thresholds on the golden scrapes. */
const SHORT_CHROME_SENTENCE_WORDS = 6;

const READER_ADDRESS = /(?<![\p{L}])(?:you|your|yours)(?![\p{L}])/iu;
const SITE_VOICE = /(?<![\p{L}])(?:our|us|we)(?![\p{L}])/iu;

/**
 * Sentences of a call to action, a cookie notice or a newsletter box address the reader; a news
 * sentence that merely names a network ("said on Twitter") does not.
 */
function isChromeSentence(sentence: string, phrases: readonly ChromePhrase[]): boolean {
  const kinds = matchChromeKinds(sentence, phrases);
  kinds.delete("bio");
  if (kinds.size === 0) return false;
  // Calls to action and story-credit trailers ("X contributed to this report") are never news.
  if (kinds.has("cta") || kinds.has("credit")) return true;
  if (READER_ADDRESS.test(sentence)) return true;
  const siteKinds = ["cookie", "signup", "promo", "ad", "footer"] as const;
  if (siteKinds.some((k) => kinds.has(k)) && SITE_VOICE.test(sentence)) return true;
  return sentence.split(/\s+/).length <= SHORT_CHROME_SENTENCE_WORDS;
}

/** A caption describes one picture in a sentence; longer text after a credit is the article's lead. */
const MAX_CAPTION_STYLE_WORDS = 20;
/**
 * Captions are written in the present simple ("Soldiers march during a rehearsal"); a news lead
 * reports ("said", "told"), looks back ("have agreed", "was") or ahead ("will"). These auxiliaries
 * and reporting verbs are a fixed part of English grammar, not an editable dictionary.
 */
const NEWS_VERB =
  /(?<![\p{L}])(?:have|has|had|was|were|will|would|shall|said|says|told|announced|according|agreed|vowed|pledged)(?![\p{L}])|['’](?:ve|ll|d)(?![\p{L}])/iu;

/** Text after a photo credit that reads as its caption: one short present-tense sentence, not a report. */
function isCaptionStyle(text: string, f: UnitFeatures): boolean {
  return (
    f.isProse &&
    // A menu word inside a sentence ("search the rubble") is only a word; other chrome is not a caption.
    [...f.chromeKinds].every((k) => k === "nav" || k === "bio") &&
    f.words <= MAX_CAPTION_STYLE_WORDS &&
    f.sentences.length === 1 &&
    !NEWS_VERB.test(text)
  );
}

export function labelUnitAlone(unit: TextUnit, res: ClassifierResources): Pending {
  const features = computeFeatures(unit.text, res.phrases);
  const base = { unit, features, bodyText: null };
  const byline = readByline(unit.text, res.bylineWords);
  if (byline) return { ...base, label: "byline", reason: "byline", byline };
  const dates = readDateline(unit.text, res.now ? { reference: res.now } : {});
  if (dates.length > 0) return { ...base, label: "date", reason: "dateline", dates };
  const credit = readPhotoCredit(unit.text);
  if (credit) {
    const rest = credit.rest ? computeFeatures(credit.rest, res.phrases) : null;
    if (credit.rest && rest && isCaptionStyle(credit.rest, rest)) {
      return { ...base, label: "image", reason: "photo credit", credit, captionText: credit.rest };
    }
    const bodyText = rest?.isProse && rest.chromeKinds.size === 0 ? credit.rest : null;
    return { ...base, label: "image", reason: "photo credit", credit, bodyText };
  }
  const captionText = readCaptionLabel(unit.text);
  if (captionText) return { ...base, label: "caption", reason: "caption label", captionText };
  if (features.words === 0) return { ...base, label: "chrome", reason: "no words" };
  // `bio` phrases are job words; they only mark a trailing author note (see unit-context-rules.ts).
  const kinds = [...features.chromeKinds].filter((k) => k !== "bio");
  if (features.isLinkLike) return { ...base, label: "chrome", reason: "link-like" };
  if (features.isProse) {
    // A paragraph with real sentences around a chrome phrase is kept.
    if (kinds.length > 0 && features.sentences.every((s) => isChromeSentence(s, res.phrases))) {
      return { ...base, label: "chrome", reason: `chrome sentences: ${kinds.join(",")}` };
    }
    return { ...base, label: "body", reason: "prose", pending: "prose", bodyText: unit.text };
  }
  if (kinds.length > 0) return { ...base, label: "chrome", reason: `chrome phrase: ${kinds.join(",")}` };
  return { ...base, label: "chrome", reason: "short", pending: "short" };
}
