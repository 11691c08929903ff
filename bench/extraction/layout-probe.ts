// A probe of the body finder's fallbacks on dev pages (NO_P=1 in dev-pages.ts and dev-diff.ts).
/**
 * The page as a pre-CSS layout would write it (NO_P=1): no <p>, <article>, <section> or <main>;
 * paragraphs are text split by <br><br> inside <div>s. A probe of the fallbacks, not a score to report.
 */
export function withoutParagraphs(bytes: Uint8Array): Uint8Array {
  const html = Buffer.from(bytes).toString("latin1");
  const out = html
    .replace(/<p\b[^>]*>/gi, "<br><br>")
    .replace(/<\/p\s*>/gi, "")
    .replace(/<(\/?)(?:article|section|main)\b/gi, "<$1div");
  return new Uint8Array(Buffer.from(out, "latin1"));
}
