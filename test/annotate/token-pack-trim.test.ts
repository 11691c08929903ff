// Issue 11, item 1 (memory bounded): a long document's token table lets go of the room its arrays
// grew into once the last sentence is appended (token-pack.ts), and the tokens read the same.
import { describe, expect, it } from "vitest";
import { TokenTable } from "../../src/annotate/token-pack.ts";
import type { Token } from "../../src/types.ts";

function tokensOf(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/\S+/g))
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      lemma: m[0].toLowerCase(),
      pos: "NOUN",
    });
  return out;
}

describe("token table trim", () => {
  it("holds exactly its tokens after trim, each read as before", () => {
    const text = "Troops crossed the border on Monday . ".repeat(300);
    const table = new TokenTable(text);
    const tokens = tokensOf(text);
    table.append(tokens);
    expect(table.length).toBe(tokens.length);
    expect(table.capacity).toBeGreaterThan(tokens.length);
    const before = tokens.map((_, i) => table.token(i));
    table.trim();
    expect(table.capacity).toBe(tokens.length);
    expect(tokens.map((_, i) => table.token(i))).toEqual(before);
  });

  it("grows again after a trim, also from empty", () => {
    const empty = new TokenTable("a b");
    empty.trim();
    expect(empty.capacity).toBe(0);
    empty.append(tokensOf("a b"));
    expect(empty.token(1).text).toBe("b");
    const text = "one two three four";
    const table = new TokenTable(text);
    table.append(tokensOf(text).slice(0, 2));
    table.trim();
    table.append(tokensOf(text).slice(2));
    expect(table.token(3)).toMatchObject({ text: "four", start: 14, end: 18 });
  });
});
