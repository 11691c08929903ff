// Calls to action inside an article's body (newsletter sign-ups, "follow us" lines, delivery
// offers) are dropped; prose that merely mentions a newsletter or opens on the same verbs stays.
// The rule (a short block that opens on a lead and names a channel) and the file it reads
// (data/html/pitch-lines.tsv) are checked here (issue 10).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_DATA_DIR } from "../../../src/context.ts";
import { loadContentHints } from "../../../src/extract/html/content-hints.ts";
import { isPitchLine, pitchRulesFrom } from "../../../src/extract/html/content-pitches.ts";
import { extractPage, P1, P2, P3 } from "./storm-story.ts";

const run = extractPage;
const hints = loadContentHints(PROJECT_DATA_DIR);

const page = (inside: string) =>
  `<html><head><title>Storm batters coast</title></head><body><article><h1>Storm batters coast</h1>${inside}</article></body></html>`;

describe("calls to action in the body", () => {
  it("drops sign-up, follow and delivery pitches wherever they sit", () => {
    const pitches = [
      "Get the latest weather alerts delivered to your inbox. Subscribe to our newsletters.",
      "Follow our weather desk on Twitter (@StormDesk) and Facebook.",
      "Sign up for free email updates from the Courier.",
    ];
    const a = run(
      page(
        `<p>${P1}</p><p>${pitches[0]}</p><p>${P2}</p><p>${P3}</p><p>${pitches[1]}</p><p>${pitches[2]}</p>`,
      ),
    );
    expect(a.paragraphs).toEqual([P1, P2, P3]);
  });

  it("keeps prose that opens on a lead verb or names a channel, but is not a pitch", () => {
    const cases = [
      "Follow-up inspections found the levee had held, the county's engineer said in an email on Wednesday.",
      "Residents who signed up for the county's alert emails got a warning two hours before the surge.",
      "Get out early, the mayor urged, because the bridges will close at noon.",
    ];
    for (const line of cases) expect(isPitchLine(hints.pitches, line)).toBe(false);
    const a = run(page(`<p>${P1}</p><p>${cases[0]}</p><p>${P2}</p>`));
    expect(a.paragraphs).toContain(cases[0]);
  });

  it("needs both a lead and a channel, and a short block", () => {
    expect(isPitchLine(hints.pitches, "Twitter: @stormchaser")).toBe(true);
    expect(isPitchLine(hints.pitches, "Abonnez-vous à notre newsletter")).toBe(true);
    expect(isPitchLine(hints.pitches, "Subscribe for the full story")).toBe(false);
    expect(isPitchLine(hints.pitches, `Follow the storm on Twitter. ${P1} ${P2}`)).toBe(false);
  });
});

describe("notices stamped on the body", () => {
  it("drops copyright, category and trackback lines, not prose about copyright", () => {
    const notices = [
      "© 2012 The Courier. All rights reserved. This material may not be republished.",
      "Copyright 2010 Example Media",
      "Posted in: Weather | 3 comments |",
      "TrackBack URL for this entry:",
      "12 min read",
      "Tempo de leitura: 2 minutos",
      "A version of this article appeared March 3, 2009, on page A4 of the Courier's print edition.",
      "The opinions expressed in this column are the author's own.",
    ];
    for (const line of notices) expect(isPitchLine(hints.pitches, line), line).toBe(true);
    const prose = [
      "Copyright claims over the storm footage were settled out of court on Monday, the station said.",
      "Tags on the fallen trees show the county had marked them for removal last spring.",
    ];
    for (const line of prose) expect(isPitchLine(hints.pitches, line), line).toBe(false);
    const a = run(page(`<p>${P1}</p><p>${P2}</p><p>${notices[2]}</p><p>${P3}</p><p>${notices[0]}</p>`));
    expect(a.paragraphs).toEqual([P1, P2, P3]);
  });

  it("drops a post's meta line and comment-form notes that open on a date or a name", () => {
    const stamped = [
      "This entry was posted on Tuesday, March 3rd, 2009 at 9:12 am and is filed under Weather. You can follow any responses to this entry through the RSS 2.0 feed.",
      "Posted March 3, 2009 at 9:12 AM by Jane Roe | Permalink",
      "Jane Roe | Harbor City Category: Weather Add/View Comments [4]",
      "12/03/2009 - Publicado por: Ana Ruiz - Categoria: Tiempo",
      "Your email address will not be published. Required fields are marked *",
    ];
    for (const line of stamped) expect(isPitchLine(hints.pitches, line), line).toBe(true);
    const prose = [
      "Damage claims fall into three categories: homes, boats and businesses, the insurer said.",
      "The lawsuit was filed under the state's open-records law on Friday, the paper said.",
    ];
    for (const line of prose) expect(isPitchLine(hints.pitches, line), line).toBe(false);
    const a = run(page(`<p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${stamped[0]}</p><p>${stamped[4]}</p>`));
    expect(a.paragraphs).toEqual([P1, P2, P3]);
  });

  it("drops a reporter's contact line: an e-mail address names a channel", () => {
    expect(isPitchLine(hints.pitches, "Write to Jane Roe at jane.roe@courier.example")).toBe(true);
    expect(isPitchLine(hints.pitches, "Have a tip? Email news@courier.example.")).toBe(true);
    expect(isPitchLine(hints.pitches, "Write to your representative before the vote, the mayor said.")).toBe(
      false,
    );
  });
});

describe("data/html/pitch-lines.tsv", () => {
  const file = join(PROJECT_DATA_DIR, "html", "pitch-lines.tsv");
  const lines = readFileSync(file, "utf8")
    .split("\n")
    .map((line, i) => ({ line, lineNo: i + 1 }))
    .filter(({ line }) => line.trim() !== "" && !line.startsWith("#"));

  it("has only lead, channel, notice and stamp lines, one tab between kind and phrase, no duplicates", () => {
    const seen = new Set<string>();
    for (const { line, lineNo } of lines) {
      const parts = line.split("\t");
      expect(parts.length, `line ${lineNo}`).toBe(2);
      expect(["lead", "channel", "notice", "stamp"], `line ${lineNo}`).toContain(parts[0]);
      expect(parts[1]!.trim(), `line ${lineNo}`).toBe(parts[1]);
      // Stamps keep a label's capital (stampPattern); the other kinds are matched lowercased.
      if (parts[0] !== "stamp") expect(parts[1], `line ${lineNo}`).toBe(parts[1]!.toLowerCase());
      expect(seen.has(line), `line ${lineNo} repeats`).toBe(false);
      seen.add(line);
    }
    expect(lines.some(({ line }) => line.startsWith("lead\t"))).toBe(true);
    expect(lines.some(({ line }) => line.startsWith("channel\t"))).toBe(true);
  });

  it("refuses an unknown kind", () => {
    expect(() => pitchRulesFrom([{ kind: "verb", phrase: "join", lineNo: 3 }], "x.tsv")).toThrow(/x.tsv:3/);
  });
});
