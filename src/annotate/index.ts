// Stage 3, annotate: sentences, tokens (offsets, lemma, POS) and mentions of actors, places,
// dates and equipment.
import type { AnnotatedDoc, Article, Context } from "../types.ts";
import { placedDateline } from "./dateline-check.ts";
import { createGazetteer } from "./gazetteer/index.ts";
import { createMentionRecognizer } from "./mentions/index.ts";
import { createNameFinder } from "./names/index.ts";
import { createPlaceRecognizer, FACILITY_CLASSES, placeCountryMentions } from "./places/index.ts";
import { createTokenizer } from "./sentences-tokens.ts";

export interface AnnotateOptions {
  /**
   * false: leave out the passes over the whole document's mentions (people linked across it, bare
   * roles given the document's country), for a window of a long document: its caller runs them
   * (documentPasses in mentions/index.ts) over every window's mentions.
   */
  readonly documentPasses?: boolean;
}

export type Annotator = (article: Article, options?: AnnotateOptions) => AnnotatedDoc;

/** Languages our dictionaries are written for; other texts get sentences and tokens only. */
const CODED_LANGUAGES = new Set(["en"]);

export function createAnnotator(ctx: Context): Annotator {
  const tokenize = createTokenizer({ dataDir: ctx.config.dataDir, dictDirs: ctx.config.dictDirs });
  const gazetteer = createGazetteer(ctx);
  // Streets, buildings and natural features too, so events get the street or venue the text
  // names: measured with bench:ner (ORG unchanged, LOC up on both halves) and bench:geo.
  const places = createPlaceRecognizer(ctx, gazetteer, { includeFacilities: FACILITY_CLASSES });
  const names = createNameFinder(ctx);
  const recognize = createMentionRecognizer(ctx, {
    gazetteer,
    places,
    names: process.env.NONAMES ? null : names,
  });
  return (article, options = {}) => {
    const { kind: _kind, ...rest } = article;
    // A dateline whose place resolves to nothing is an editor's label ("UPDATED—"), not a place.
    const dateline = placedDateline(article.dateline, gazetteer);
    const sentences = tokenize(article.text);
    // English dictionaries on other languages yield false hits ("Marder", "Grad" in German).
    const coded = article.lang === null || CODED_LANGUAGES.has(article.lang);
    // Countries named as where something happened ("shot down over Ukraine") get their point.
    const mentions = coded
      ? placeCountryMentions(
          article.text,
          sentences,
          recognize({
            text: article.text,
            sentences,
            publishedAt: article.publishedAt,
            datelinePlace: dateline?.place ?? null,
            documentPasses: options.documentPasses ?? true,
          }),
          gazetteer,
        )
      : [];
    return { ...rest, dateline, kind: "annotated", sentences, mentions };
  };
}
