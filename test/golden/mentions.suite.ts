// Golden suite "mentions": one invented sentence or short passage per case, each exercising a kind
// of mention or a rule (composition, references, office dates, relative dates). A case file may
// start with a line `# date: YYYY-MM-DD` giving the publication date (default 2020-06-16, a
// Tuesday). The recorded output is the mention list reduced to what a reviewer checks.
import { readFileSync } from "node:fs";
import { createGazetteer } from "../../src/annotate/gazetteer/index.ts";
import { createMentionRecognizer, type MentionRecognizer } from "../../src/annotate/mentions/index.ts";
import { createNameFinder } from "../../src/annotate/names/index.ts";
import { createPlaceRecognizer } from "../../src/annotate/places/index.ts";
import { createTokenizer } from "../../src/annotate/sentences-tokens.ts";
import { createContext } from "../../src/context.ts";
import { type GoldenSuite, inputCases, inputFile } from "./golden-suite.ts";

const DEFAULT_DATE = "2020-06-16T12:00:00Z";

let engine: { recognize: MentionRecognizer; tokenize: ReturnType<typeof createTokenizer> } | null = null;
function getEngine() {
  if (!engine) {
    const ctx = createContext();
    const gazetteer = createGazetteer(ctx);
    const places = createPlaceRecognizer(ctx, gazetteer);
    const names = createNameFinder(ctx);
    engine = {
      recognize: createMentionRecognizer(ctx, { gazetteer, places, names }),
      tokenize: createTokenizer(),
    };
  }
  return engine;
}

export async function produceMentions(inputPath: string) {
  let text = readFileSync(inputPath, "utf8");
  let publishedAt = DEFAULT_DATE;
  const header = /^# date: (\d{4}-\d{2}-\d{2})\n/.exec(text);
  if (header) {
    publishedAt = `${header[1]}T12:00:00Z`;
    text = text.slice(header[0].length);
  }
  const { recognize, tokenize } = getEngine();
  return recognize({ text, sentences: tokenize(text), publishedAt }).map((m) => ({
    text: m.text,
    kind: m.kind,
    form: m.form,
    name: m.name,
    code: m.code,
    ...(m.place ? { place: { name: m.place.name, country: m.place.country } } : {}),
  }));
}

export const suite: GoldenSuite = {
  inputPath: inputFile,
  listCases: inputCases,
  produce: produceMentions,
};
