// A dateline's place must resolve in the gazetteer (itself, or by the region written after it):
// editors' labels in the dateline's form ("UPDATED—", "BREAKING —") are not places, and annotate
// drops them so no mention, country or event place comes from them.
import { beforeAll, describe, expect, it } from "vitest";
import { placedDateline } from "../../src/annotate/dateline-check.ts";
import { createGazetteer, type Gazetteer } from "../../src/annotate/gazetteer/index.ts";
import { createAnnotator } from "../../src/annotate/index.ts";
import { createContext } from "../../src/context.ts";
import { readWireDateline } from "../../src/extract/text/wire-dateline.ts";
import { textArticle } from "../helpers/annotate-text.ts";

let gazetteer: Gazetteer;
beforeAll(() => {
  gazetteer = createGazetteer(createContext());
});

const placed = (paragraph: string) => placedDateline(readWireDateline(paragraph), gazetteer)?.place ?? null;

describe("a dateline is a place", () => {
  it("drops labels before a dash, which the extractor reads by form alone", () => {
    for (const label of [
      "UPDATED—The council voted on Monday",
      "BREAKING — Police closed the bridge",
      "EXCLUSIVE — The minister told us",
      "WATCH—The mayor speaks to reporters",
    ]) {
      expect(readWireDateline(label)).not.toBeNull();
      expect(placed(label)).toBeNull();
    }
  });
  it("keeps datelines whose place resolves, including towns named like words", () => {
    expect(placed("GAZA (AP) — Israeli aircraft struck")).toBe("Gaza");
    expect(placed("READING, England — The council said")).toBe("Reading");
    expect(placed("Cairo (Reuters) - Egypt said")).toBe("Cairo");
  });
  it("keeps a dateline handed on whole, 'CITY, Region', when its first part resolves", () => {
    const whole = (place: string) => placedDateline({ place, agency: null }, gazetteer)?.place ?? null;
    expect(whole("NAIROBI, Kenya")).toBe("NAIROBI, Kenya");
    expect(whole("UPDATED, Monday")).toBeNull();
  });
  it("keeps a town too small for the gazetteer when its region resolves", () => {
    expect(readWireDateline("CAMP MURRAY, Wash. — The Guard said")).toMatchObject({ region: "Wash." });
    expect(placed("CAMP MURRAY, Wash. — The Guard said")).toBe("Camp Murray");
    expect(placed("CAMP MURRAY — The Guard said")).toBeNull();
  });
  it("does not take a date after the place for its region", () => {
    expect(readWireDateline("BEIJING, June 16 (Xinhua) -- China said")?.region).toBeUndefined();
  });
  it("annotate hands on only a dateline that resolves", () => {
    const annotate = createAnnotator(createContext());
    const label = {
      ...textArticle("UPDATED—The council voted on Monday."),
      dateline: { place: "Updated", agency: null },
    };
    expect(annotate(label).dateline).toBeNull();
    expect(annotate(textArticle("LIMA — Peru's congress voted on Monday.", "Lima")).dateline?.place).toBe(
      "Lima",
    );
  });
});
