// The short storm story that body-furniture and body-pitches tests wrap in page chrome: three
// paragraphs of ordinary prose whose words none of the furniture rules look for, and an HTML
// extractor to run a page through.
import { createContext } from "../../../src/context.ts";
import { createHtmlExtractor } from "../../../src/extract/html/extract-html.ts";

/** The HTML extractor with the project's data. */
export const extract = createHtmlExtractor(createContext());

/** Extracts one HTML page given as a string. */
export const extractPage = (html: string) =>
  extract({ kind: "raw", id: "t", input: "t", type: "html", content: new TextEncoder().encode(html) });

export const P1 =
  "A late-winter storm packing winds of 60 mph swept across the coast on Tuesday, toppling trees and leaving more than 40,000 homes without electricity.";
export const P2 =
  "Utility crews worked through the night to restore service, but officials warned that some neighborhoods could remain dark until the weekend.";
export const P3 =
  "The storm was the worst to hit the area since 1998, forecasters said, and more rain is expected on Thursday afternoon.";
