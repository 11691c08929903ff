// Issue 11, item 1 (memory bounded by the window): a long document's paragraphs are slices of its
// own text, not of the decoded input extract cut them from, so they do not keep a second copy of the
// document alive (pipeline-windows.ts). The strings must stay exactly what extract gave.
import { describe, expect, it } from "vitest";
import { paragraphsOfText } from "../../src/pipeline-windows.ts";

describe("paragraphs as slices of the document text", () => {
  it("gives equal strings, in order, for paragraphs joined with blank lines", () => {
    const input = `  header\n\nFirst paragraph of the story.\n\nSecond one, longer than thirteen characters.\n\nEnd.`;
    const paragraphs = input.split("\n\n").slice(1);
    const text = paragraphs.join("\n\n");
    const sliced = paragraphsOfText(text, paragraphs);
    expect(sliced).toEqual(paragraphs);
    expect(sliced).not.toBe(paragraphs);
  });

  it("keeps the paragraphs as they are when the text is not their join", () => {
    const paragraphs = ["One paragraph here.", "Another paragraph."];
    // A text that differs in one paragraph (a page whose text extract rewrote): nothing is re-cut.
    expect(paragraphsOfText("One paragraph here.\n\nAnother paragraf.", paragraphs)).toBe(paragraphs);
    // Paragraphs in another order.
    expect(paragraphsOfText("Another paragraph.\n\nOne paragraph here.", paragraphs)).toBe(paragraphs);
  });

  it("handles no paragraphs, empty paragraphs and other separators", () => {
    expect(paragraphsOfText("", [])).toEqual([]);
    expect(paragraphsOfText("a\n\n\n\nb", ["a", "", "b"])).toEqual(["a", "", "b"]);
    // A single line break between them (not extract's join) still gives equal strings.
    expect(paragraphsOfText("alpha\nbeta", ["alpha", "\nbeta"])).toEqual(["alpha", "\nbeta"]);
  });
});
