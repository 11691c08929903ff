// The seed page (../shared/seed): the mentions the issue names must come out right, and the page
// chrome ("Like Us on Facebook", the Getty Images credit) must yield no actor.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createGazetteer } from "../../../src/annotate/gazetteer/index.ts";
import { createMentionRecognizer } from "../../../src/annotate/mentions/index.ts";
import { createPlaceRecognizer } from "../../../src/annotate/places/index.ts";
import { createTokenizer } from "../../../src/annotate/sentences-tokens.ts";
import { createContext } from "../../../src/context.ts";
import type { Mention } from "../../../src/types.ts";

const SEED = join(import.meta.dirname, "..", "..", "..", "..", "shared", "seed", "000_2a1a7ed2458459dd.txt");
const hasSeed = existsSync(SEED);
if (!hasSeed) console.log(`seed-mentions: skipped, ${SEED} is absent`);

describe.skipIf(!hasSeed)("mentions on the seed page", () => {
  let mentions: Mention[] = [];
  const named = (name: string) => mentions.filter((m) => m.name === name);

  it("annotates the page", () => {
    const ctx = createContext();
    const gazetteer = createGazetteer(ctx);
    const recognize = createMentionRecognizer(ctx, {
      gazetteer,
      places: createPlaceRecognizer(ctx, gazetteer),
    });
    const text = readFileSync(SEED, "utf8");
    mentions = recognize({ text, sentences: createTokenizer()(text), publishedAt: "2020-06-16T15:29:00Z" });
    expect(mentions.length).toBeGreaterThan(20);
  }, 60_000);

  it("Bajwa is PAKMIL, in full and by surname", () => {
    const bajwa = named("Qamar Javed Bajwa");
    expect(bajwa.length).toBeGreaterThanOrEqual(2);
    for (const m of bajwa) expect(m).toMatchObject({ kind: "person", code: "PAKMIL" });
    expect(bajwa.some((m) => m.text === "Bajwa")).toBe(true);
  });

  it("Fang Fenghui is CHNMIL where the page names his office", () => {
    expect(mentions.find((m) => m.name === "Fang Fenghui" && m.text.includes("Chief"))).toMatchObject({
      kind: "person",
      code: "CHNMIL",
    });
  });

  it("The Global Times is Chinese media; ETIM is a group", () => {
    expect(mentions.find((m) => m.text === "The Global Times")).toMatchObject({
      kind: "organization",
      code: "CHNMED",
    });
    expect(mentions.find((m) => m.text === "ETIM")).toMatchObject({ kind: "group" });
  });

  it("Xinjiang is an admin-1 region of China and Beijing a capital, both with coordinates", () => {
    const xinjiang = mentions.find((m) => m.text === "Xinjiang");
    expect(xinjiang).toMatchObject({ kind: "place", place: { country: "CHN" } });
    expect(typeof xinjiang?.place?.lat).toBe("number");
    const beijing = mentions.filter((m) => m.text === "Beijing");
    expect(beijing.length).toBeGreaterThanOrEqual(3);
    for (const b of beijing) expect(Math.abs((b.place?.lat ?? 0) - 39.9)).toBeLessThan(1);
    expect(beijing.some((b) => b.code === "CHNGOV")).toBe(true);
  });

  it("FC-1 Xiaolong is a combat aircraft", () => {
    expect(mentions.find((m) => m.text === "FC-1 Xiaolong")).toMatchObject({
      kind: "equipment",
      equipmentType: "combat aircraft",
    });
  });

  it("page chrome and the photo credit yield no actor", () => {
    for (const m of mentions) {
      expect(m.text).not.toMatch(/Facebook|Getty|Homepage|Analytics/);
    }
  });

  it("the two officials are Bajwa and Fang; Beijing and Islamabad as subjects are governments", () => {
    expect(mentions.find((m) => m.text === "The two arm officials")).toMatchObject({ code: "PAKMIL|CHNMIL" });
    expect(mentions.find((m) => m.text === "Fang")).toMatchObject({ code: "CHNMIL" });
    expect(mentions.filter((m) => m.text === "Beijing" && m.code === "CHNGOV")).toHaveLength(2);
    expect(mentions.find((m) => m.text === "Islamabad")).toMatchObject({ kind: "state", code: "PAKGOV" });
  });

  it("both countries refer to China and Pakistan", () => {
    const both = mentions.filter((m) => m.text === "both countries");
    expect(both.length).toBe(2);
    for (const m of both) expect(m.code).toBe("CHN|PAK");
  });
});
