// `sitrep code` writes its events as one JSON array element by element: the text must be exactly
// what JSON.stringify(all, null, 2) gave, for no elements, one, and several with nested values.
import { describe, expect, it } from "vitest";
import { createJsonArrayWriter } from "../../src/cli/json-array-writer.ts";

function written(values: unknown[]): string {
  let text = "";
  const writer = createJsonArrayWriter((t) => {
    text += t;
  });
  for (const v of values) writer.add(v);
  writer.end();
  return text;
}

describe("the JSON array writer of sitrep code", () => {
  const cases: Record<string, unknown[]> = {
    empty: [],
    one: [{ a: 1 }],
    nested: [
      { code: "0312", actors: ["CHN", "PAK"], place: { lat: 33.7, lon: 73.1 }, empty: [], none: {} },
      { evidence: 'line one\nline two "quoted" \\ back', list: [[1, 2], []], n: null },
      "a string",
      7,
    ],
  };
  for (const [name, values] of Object.entries(cases)) {
    it(`writes ${name} as JSON.stringify(values, null, 2) does`, () => {
      expect(written(values)).toBe(`${JSON.stringify(values, null, 2)}\n`);
    });
  }

  it("holds many elements without spreading them into one call", () => {
    const many = Array.from({ length: 200_000 }, (_, i) => ({ i }));
    expect(JSON.parse(written(many))).toHaveLength(200_000);
  });
});
