// The one parser of event query parameters (CLI options and API query strings alike).
import { describe, expect, it } from "vitest";
import { parseEventFilter, parseEventQuery } from "../../src/store/index.ts";

const errorOf = (fn: () => unknown): { code: string; message: string } => {
  try {
    fn();
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error("expected an error");
};

describe("parseEventFilter", () => {
  it("takes several values comma-separated or repeated, and upper-cases codes", () => {
    expect(parseEventFilter({ country: "pak,IND" })).toEqual({ country: ["PAK", "IND"] });
    expect(parseEventFilter({ country: ["PAK", "IND"] })).toEqual({ country: ["PAK", "IND"] });
    expect(parseEventFilter({ code: ["0312", "190"], quad: "1,4" })).toEqual({
      code: ["0312", "190"],
      quad: [1, 4],
    });
    expect(parseEventFilter({ source: "chn", target: "PAKMIL" })).toEqual({
      source: ["CHN"],
      target: ["PAKMIL"],
    });
  });

  it("refuses a day that does not exist, naming the option", () => {
    const e = errorOf(() => parseEventFilter({ from: "2024-13-01" }));
    expect(e.code).toBe("E_QUERY_PARAM");
    expect(e.message).toMatch(/^--from 2024-13-01: not a real day/);
    expect(errorOf(() => parseEventFilter({ to: "2024-02-30" })).message).toMatch(/^--to 2024-02-30/);
    expect(errorOf(() => parseEventFilter({ from: "2024-05-02", to: "2024-05-01" })).message).toMatch(
      /^--from/,
    );
  });

  it("refuses a second value for a single-valued filter and unknown filters", () => {
    expect(errorOf(() => parseEventFilter({ from: ["2024-01-01", "2024-02-01"] })).message).toMatch(
      /^--from takes one value/,
    );
    expect(errorOf(() => parseEventFilter({ colour: "red" })).message).toMatch(/^--colour: not a filter/);
  });

  it("checks every value: codes, quads, numbers in range, modalities, origins", () => {
    const bad: Record<string, string>[] = [
      { code: "31" + "x" },
      { root: "abc" },
      { quad: "5" },
      { "min-mentions": "0" },
      { "min-mentions": "2.5" },
      { "min-goldstein": "-11" },
      { "max-goldstein": "ten" },
      { "min-confidence": "1.5" },
      { modality: "maybe" },
      { origin: "acled" },
      { actor: "PAK'--" },
      { country: "PAKI" },
      { place: "Gaza\u0000" },
    ];
    for (const params of bad) {
      const e = errorOf(() => parseEventFilter(params));
      expect(e.code).toBe("E_QUERY_PARAM");
      expect(e.message.startsWith(`--${Object.keys(params)[0]}`)).toBe(true);
    }
    expect(parseEventFilter({ "min-goldstein": "-2.5", "max-goldstein": "3", "min-mentions": "2" })).toEqual({
      minGoldstein: -2.5,
      maxGoldstein: 3,
      minMentions: 2,
    });
    expect(
      parseEventFilter({ modality: "asserted,negated", origin: "gdelt", "min-confidence": "0.5" }),
    ).toEqual({
      modality: ["asserted", "negated"],
      origin: ["gdelt"],
      minConfidence: 0.5,
    });
    expect(parseEventFilter({ "include-superseded": true })).toEqual({ includeSuperseded: true });
  });

  it("names parameters without dashes for the API", () => {
    const e = errorOf(() => parseEventFilter({ from: "yesterday" }, { prefix: "" }));
    expect(e.message).toMatch(/^from yesterday/);
  });
});

describe("parseEventQuery", () => {
  it("reads sort, limit and cursor beside the filter", () => {
    const q = parseEventQuery({ sort: "-mentions", limit: "10", cursor: "abc", actor: "PAK" });
    expect(q).toEqual({
      filter: { actor: ["PAK"] },
      sort: { key: "mentions", descending: true },
      limit: 10,
      cursor: "abc",
    });
    expect(parseEventQuery({}).sort).toEqual({ key: "day", descending: true });
    expect(errorOf(() => parseEventQuery({ sort: "size" })).message).toMatch(/^--sort size: use day, -day/);
    expect(errorOf(() => parseEventQuery({ limit: "0" })).message).toMatch(/^--limit 0/);
  });
});
