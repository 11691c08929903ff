import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readInputs } from "../../src/ingest/index.ts";
import type { DocFailure, RawDoc } from "../../src/types.ts";

const tmp = mkdtempSync(join(tmpdir(), "sitrep-ingest-"));

async function collect(inputs: string[], maxBytes = 1_000_000, stdin = ""): Promise<(RawDoc | DocFailure)[]> {
  const out: (RawDoc | DocFailure)[] = [];
  const opts = { type: "auto" as const, maxBytes, readStdin: async () => Buffer.from(stdin) };
  for await (const d of readInputs(inputs, opts)) out.push(d);
  return out;
}

describe("readInputs", () => {
  it("reads a folder recursively, in name order, skipping unreadable extensions", async () => {
    const dir = join(tmp, "tree");
    mkdirSync(join(dir, "sub"), { recursive: true });
    writeFileSync(join(dir, "b.txt"), "Second story.");
    writeFileSync(join(dir, "a.html"), "<html><body><p>First story.</p></body></html>");
    writeFileSync(join(dir, "sub", "c.txt"), "Third story.");
    writeFileSync(join(dir, "photo.jpg"), Buffer.from([0xff, 0xd8, 0xff, 0x00]));
    const docs = await collect([dir]);
    expect(docs.map((d) => d.id)).toEqual(["a", "b", "sub/c"]);
    expect(docs.map((d) => (d.kind === "raw" ? d.type : null))).toEqual(["html", "text", "text"]);
  });

  it("reports a folder with nothing readable", async () => {
    const dir = join(tmp, "empty");
    mkdirSync(dir);
    writeFileSync(join(dir, "x.bin"), "zz");
    const [d] = await collect([dir]);
    expect(d).toMatchObject({ kind: "failure", error: { code: "E_DIR_EMPTY" } });
  });

  it("refuses binary input and input over the size limit", async () => {
    writeFileSync(join(tmp, "bin.txt"), Buffer.from([1, 2, 0, 3, 4, 5]));
    writeFileSync(join(tmp, "big.txt"), "word ".repeat(400));
    const docs = await collect([join(tmp, "bin.txt"), join(tmp, "big.txt")], 1000);
    expect(docs.map((d) => (d.kind === "failure" ? d.error.code : "ok"))).toEqual([
      "E_INPUT_BINARY",
      "E_INPUT_TOO_LARGE",
    ]);
  });

  it("treats UTF-16 with a BOM as text, not binary", async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Talks in Geneva.", "utf16le")]);
    writeFileSync(join(tmp, "u16.txt"), utf16);
    const [d] = await collect([join(tmp, "u16.txt")]);
    expect(d?.kind).toBe("raw");
  });

  it("reads JSON Lines: one document per line, bad lines reported, the rest kept", async () => {
    const file = join(tmp, "batch.jsonl");
    writeFileSync(
      file,
      [
        JSON.stringify({ id: "a1", text: "Iran and the IAEA held talks.", date: "2021-03-01" }),
        "{not json",
        JSON.stringify({ id: "a2", html: "<p>Hello</p>", url: "https://example.org/a2" }),
        JSON.stringify({ id: "a3" }),
        "",
      ].join("\n"),
    );
    const docs = await collect([file]);
    expect(docs.map((d) => d.id)).toEqual(["a1", "line-2", "a2", "a3"]);
    expect(docs[0]).toMatchObject({ kind: "raw", type: "text", date: "2021-03-01", input: `${file}#a1` });
    expect(docs[1]).toMatchObject({ kind: "failure", error: { code: "E_JSONL_PARSE" } });
    expect(docs[2]).toMatchObject({ kind: "raw", type: "html", url: "https://example.org/a2" });
    expect(docs[3]).toMatchObject({ kind: "failure", error: { code: "E_JSONL_FIELDS" } });
  });

  it("reads stdin, and JSON Lines from stdin", async () => {
    const [plain] = await collect(["-"], 1000, "Plain text on stdin.");
    expect(plain).toMatchObject({ kind: "raw", input: "-", type: "text" });
    expect(plain!.id).toMatch(/^stdin-[0-9a-f]{12}$/);
    const lines = await collect(["-"], 1000, `${JSON.stringify({ id: "s1", text: "One." })}\n`);
    expect(lines[0]).toMatchObject({ kind: "raw", id: "s1" });
  });

  it("reports a missing path", async () => {
    const [d] = await collect([join(tmp, "missing.txt")]);
    expect(d).toMatchObject({ kind: "failure", error: { code: "E_INPUT_NOT_FOUND" } });
  });

  it("never reads stdin when it is not asked for", async () => {
    let asked = false;
    const opts = {
      type: "auto" as const,
      maxBytes: 1000,
      readStdin: async () => {
        asked = true;
        return new Uint8Array();
      },
    };
    for await (const _ of readInputs([join(tmp, "big.txt")], opts)) void _;
    expect(asked).toBe(false);
  });
});

describe("readInputs: clean text", () => {
  it('marks JSON Lines records with "clean": true, and every document read with type clean', async () => {
    const file = join(tmp, "clean.jsonl");
    writeFileSync(
      file,
      [
        JSON.stringify({ id: "a", text: "Body one.", clean: true }),
        JSON.stringify({ id: "b", text: "Body two." }),
        JSON.stringify({ id: "c", text: "Body three.", clean: "yes" }),
      ].join("\n"),
    );
    const auto = await collect([file]);
    expect(auto.map((d) => (d.kind === "raw" ? (d.clean ?? false) : null))).toEqual([true, false, false]);
    const txt = join(tmp, "clean.txt");
    writeFileSync(txt, "Subscribe now\n\nBody.");
    const forced: (RawDoc | DocFailure)[] = [];
    const opts = { type: "clean" as const, maxBytes: 1_000_000, readStdin: async () => Buffer.from("") };
    for await (const d of readInputs([txt, file], opts)) forced.push(d);
    expect(forced.every((d) => d.kind === "raw" && d.type === "text" && d.clean === true)).toBe(true);
  });
});
