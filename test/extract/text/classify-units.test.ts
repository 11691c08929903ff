import { describe, expect, it } from "vitest";
import { PROJECT_DATA_DIR } from "../../../src/context.ts";
import { loadBylineWords } from "../../../src/extract/text/byline-parse.ts";
import { loadChromePhrases } from "../../../src/extract/text/chrome-phrases.ts";
import { classifyUnits } from "../../../src/extract/text/classify-units.ts";
import { computeFeatures } from "../../../src/extract/text/line-features.ts";
import { splitUnits } from "../../../src/extract/text/split-units.ts";

const res = { phrases: loadChromePhrases(PROJECT_DATA_DIR), bylineWords: loadBylineWords(PROJECT_DATA_DIR) };
const labels = (text: string) => classifyUnits(splitUnits(text), res).map((u) => [u.label, u.unit.text]);

const P1 =
  "Officials from Chile and Bolivia met in La Paz on Tuesday to discuss access to the Pacific coast.";
const P2 = "The talks ended without agreement, but both delegations said they would meet again in August.";

describe("line features", () => {
  it("tells prose from headlines and labels", () => {
    expect(computeFeatures(P1, res.phrases).isProse).toBe(true);
    expect(computeFeatures("Chile and Bolivia Resume Talks on Sea Access", res.phrases).isProse).toBe(false);
    expect(computeFeatures("Real Time Analytics", res.phrases).isProse).toBe(false);
    expect(computeFeatures('"We will not give up," she said.', res.phrases).isProse).toBe(true);
  });

  it("finds link-like lines", () => {
    expect(computeFeatures("Home » World » Americas", res.phrases).isLinkLike).toBe(true);
    expect(computeFeatures("World | Politics | Business | Opinion", res.phrases).isLinkLike).toBe(true);
    expect(computeFeatures("www.example-news.com/world", res.phrases).isLinkLike).toBe(true);
    expect(
      computeFeatures("Il a salué « une étape importante » pour la région.", res.phrases).isLinkLike,
    ).toBe(false);
  });

  it("finds calls to action at the start and chrome phrases", () => {
    expect([...computeFeatures("Like Us on Facebook", res.phrases).chromeKinds]).toContain("cta");
    expect([...computeFeatures("Make The Andean Post Your Homepage", res.phrases).chromeKinds]).toContain(
      "cta",
    );
    expect(
      computeFeatures("Like many of its neighbours, Bolivia depends on ports.", res.phrases).chromeKinds.size,
    ).toBe(0);
    expect(computeFeatures("Follow-up talks are planned for May.", res.phrases).chromeKinds.size).toBe(0);
  });
});

describe("classifyUnits", () => {
  it("labels headline, metadata, body and chrome by shape and position", () => {
    expect(
      labels(
        `Menu\n\nChile and Bolivia resume talks on sea access\n\nBy Rosa Mamani\n\nMay 4, 2021\n\n${P1}\n\nLike Us on Facebook\n\n${P2}\n\nMost Popular\n\nBolivia elects new congress\nChile drafts new constitution`,
      ),
    ).toEqual([
      ["chrome", "Menu"],
      ["title", "Chile and Bolivia resume talks on sea access"],
      ["byline", "By Rosa Mamani"],
      ["date", "May 4, 2021"],
      ["body", P1],
      ["chrome", "Like Us on Facebook"],
      ["body", P2],
      ["chrome", "Most Popular"],
      ["chrome", "Bolivia elects new congress"],
      ["chrome", "Chile drafts new constitution"],
    ]);
  });

  it("drops a repeated headline and a sub-headline that restates it; keeps a crosshead", () => {
    const title = "Chile and Bolivia resume talks on sea access";
    expect(
      labels(`${title}\n\nChile, Bolivia Sea Access Talks\n\n${P1}\n\nNo deal yet\n\n${P2}\n\n${title}`),
    ).toEqual([
      ["title", title],
      ["chrome", "Chile, Bolivia Sea Access Talks"],
      ["body", P1],
      ["body", "No deal yet"],
      ["body", P2],
      ["chrome", title],
    ]);
  });

  it("takes a short line above a photo credit as its caption", () => {
    expect(
      labels(`Chile and Bolivia resume talks\n\nDelegates arrive in La Paz\n\nPhoto: Reuters\n\n${P1}`).map(
        ([l]) => l,
      ),
    ).toEqual(["title", "caption", "image", "body"]);
  });

  it("drops a widget list but resumes at the next real paragraph", () => {
    const long = `${P2} A further round is expected after the elections, officials said.`;
    expect(
      labels(`${P1}\n\nRelated Articles\n\nBolivia elects new congress\n\n${long}`).map(([l]) => l),
    ).toEqual(["body", "chrome", "chrome", "body"]);
  });
});
