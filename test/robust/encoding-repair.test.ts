// Issue 11, item 2: one invalid byte in a UTF-8 file must not turn the whole document into
// Windows-1252 mojibake ("BOGOTÃ"); real legacy-encoded text must still decode as before.
import { describe, expect, it } from "vitest";
import { createContext } from "../../src/context.ts";
import { WARNINGS } from "../../src/errors.ts";
import { decodeTextWithWarnings, repairUtf8 } from "../../src/extract/decode-bytes.ts";
import { decodeHtml } from "../../src/extract/html/decode-html.ts";
import { createExtractor } from "../../src/extract/index.ts";

const PROSE =
  "BOGOTÁ (Reuters) - Colombia's president met officials from Perú and São Paulo on Monday. " +
  "The talks in Bogotá covered border security, officials said. ";

function withStrayByte(text: string, byte = 0xff): Uint8Array {
  const utf8 = Buffer.from(text, "utf8");
  const at = utf8.indexOf(Buffer.from(" officials said"));
  return Buffer.concat([utf8.subarray(0, at), Buffer.from([byte]), utf8.subarray(at)]);
}

describe("UTF-8 with a few invalid bytes", () => {
  it("is decoded as UTF-8 with one replacement character and a W_ENCODING_REPAIRED warning", () => {
    const decoded = decodeTextWithWarnings(withStrayByte(PROSE), "stray.txt");
    expect(decoded.text).toContain("BOGOTÁ (Reuters)");
    expect(decoded.text).toContain("São Paulo");
    expect(decoded.text).not.toContain("Ã");
    expect(decoded.text.split("\uFFFD").length - 1).toBe(1);
    expect(decoded.warnings).toEqual([expect.objectContaining({ code: "W_ENCODING_REPAIRED" })]);
    expect(decoded.warnings[0]!.message).toMatch(/^1 invalid UTF-8 byte sequence/);
    expect(WARNINGS.W_ENCODING_REPAIRED).toBeTruthy();
  });

  it("counts every invalid sequence", () => {
    const twice = Buffer.concat([withStrayByte(PROSE.repeat(10)), withStrayByte(PROSE.repeat(10), 0xc3)]);
    const bytes = Buffer.concat([twice, Buffer.from([0x80])]);
    const repair = repairUtf8(bytes);
    expect(repair?.replaced).toBe(3);
  });

  it("carries the warning through the extract stage, for text and for HTML without a charset", () => {
    const extract = createExtractor(createContext());
    const text = extract({
      kind: "raw",
      id: "t",
      input: "t.txt",
      type: "text",
      content: withStrayByte(PROSE.repeat(3)),
    });
    expect(text.text).toContain("BOGOTÁ");
    expect(text.warnings.map((w) => w.code)).toContain("W_ENCODING_REPAIRED");
    const page = `<html><head><title>Talks in Bogotá</title></head><body><article><p>${PROSE.repeat(4)}</p></article></body></html>`;
    const html = decodeHtml(withStrayByte(page));
    expect(html.encoding).toBe("utf-8");
    expect(html.html).toContain("Bogotá");
    expect(html.warnings.map((w) => w.code)).toContain("W_ENCODING_REPAIRED");
  });

  it("leaves Windows-1252 and Latin-1 text as it decoded before", () => {
    const latin = Buffer.from(PROSE.repeat(5), "latin1");
    const decoded = decodeTextWithWarnings(latin, "latin.txt");
    expect(decoded.text).toBe(PROSE.repeat(5));
    expect(decoded.warnings).toEqual([]);
    // Windows-1252 quotes and dashes (0x93, 0x94, 0x96) with accented letters.
    const cp1252 = Buffer.from([
      ...Buffer.from("Caf"),
      0xe9,
      0x20,
      0x93,
      ...Buffer.from("ol"),
      0xe9,
      0x94,
      0x20,
      0x96,
      0x20,
    ]);
    const cp = decodeTextWithWarnings(cp1252, "cp.txt");
    expect(cp.text).toBe(new TextDecoder("windows-1252").decode(cp1252));
    expect(cp.text.startsWith("Café ")).toBe(true);
    expect(cp.warnings).toEqual([]);
  });

  it("keeps valid UTF-8 (including a U+FFFD the text spells out) without a warning", () => {
    const decoded = decodeTextWithWarnings(Buffer.from(`${PROSE}\uFFFD`, "utf8"), "ok.txt");
    expect(decoded.warnings).toEqual([]);
    expect(repairUtf8(Buffer.from(PROSE, "utf8"))).toBeNull();
  });
});
