// Prints every event the coder emits on the fresh HTML pages of news-precision's LOOK half
// (fresh-pages.ts: the audit's tune-half pages, sentences nobody judged, and the date bench's
// dev-half pages), in the format of fresh-events.ts. Its score half is never printed. Diff two
// runs (before and after a change) to see what a mechanism does on real pages nobody tuned on.
// Usage: node bin/run-ts.js bench/audit/fresh-page-events.ts > FILE
import { createHash } from "node:crypto";
import { createContext } from "../../src/context.ts";
import { createPipeline } from "../../src/pipeline.ts";
import { sentenceText } from "./audit-pages.ts";
import { codeFreshPages } from "./fresh-pages.ts";

// (news-precision.ts's newsHalf for the fresh sets: the first byte of SHA-256 of "set/id", even is look.)
const isLook = (set: string, id: string) =>
  createHash("sha256").update(`${set}/${id}`).digest()[0]! % 2 === 0;

for (const page of await codeFreshPages(createPipeline(createContext(), "code"))) {
  if (!isLook(page.set, page.id)) continue;
  for (const e of page.doc.events) {
    const sentence = sentenceText(page.doc, e.sentenceIndex).replace(/\s+/g, " ");
    console.log(
      `${page.set}-${page.id}#${e.sentenceIndex}\t${e.cameo.code} ${e.source.code} -> ${e.target?.code ?? "-"}${e.negated ? " (neg)" : ""} [${e.trigger.text}]\t${sentence}`,
    );
  }
}
