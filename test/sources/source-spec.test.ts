// The sources file: both shapes (YAML, JSON) read the same, every problem names its line.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  guessSourceType,
  loadSourcesFile,
  parseInterval,
  parseSourcesText,
} from "../../src/sources/index.ts";

describe("sources file", () => {
  it("reads YAML with defaults and guessed types", () => {
    const { file, problems } = parseSourcesText(
      [
        "contact: https://example.org/bot",
        "sources:",
        "  - name: wire",
        "    url: https://example.org/rss.xml",
        "    interval: 5m",
        "    tags: [world, wire]",
        "  - name: news-map",
        "    url: https://example.org/news-sitemap.xml",
        "  - name: drop",
        "    path: ./incoming",
        "  - name: crawl",
        "    path: ./cc.warc.gz",
        "    enabled: false",
      ].join("\n"),
    );
    expect(problems).toEqual([]);
    expect(file.contact).toBe("https://example.org/bot");
    expect(file.sources.map((s) => [s.name, s.type, s.line])).toEqual([
      ["wire", "feed", 3],
      ["news-map", "sitemap", 7],
      ["drop", "folder", 9],
      ["crawl", "warc", 11],
    ]);
    expect(file.sources[0]!.intervalMs).toBe(300_000);
    expect(file.sources[0]!.tags).toEqual(["world", "wire"]);
    expect(file.sources[1]!.intervalMs).toBe(900_000);
    expect(file.sources[3]!.enabled).toBe(false);
  });

  it("reads the same shape from JSON", () => {
    const { file, problems } = parseSourcesText(
      JSON.stringify(
        { sources: [{ name: "a", url: "http://127.0.0.1:1/feed", allowPrivate: true }] },
        null,
        2,
      ),
    );
    expect(problems).toEqual([]);
    expect(file.sources[0]!.allowPrivate).toBe(true);
  });

  it("names the line of each problem", () => {
    const { problems } = parseSourcesText(
      [
        "sources:",
        "  - name: a",
        "    url: ftp://example.org/feed",
        "  - name: a",
        "    url: https://example.org/feed",
        "  - name: c",
        "    path: ./x",
        "    url: https://example.org/",
        "  - name: d",
        "    url: https://example.org/",
        "    interval: often",
        "    colour: red",
        "  - url: https://example.org/",
        "  - name: f",
        "    url: https://example.org/",
        "    type: folder",
      ].join("\n"),
    );
    expect(problems.map((p) => p.line)).toEqual([3, 4, 6, 11, 12, 13, 16]);
    expect(problems[0]!.message).toMatch(/http/);
    expect(problems[1]!.message).toMatch(/twice/);
    expect(problems[4]!.message).toMatch(/unknown key "colour"/);
  });

  it("reports YAML syntax errors and a missing list", () => {
    expect(parseSourcesText("sources: [\n  {name: a\n").problems.length).toBeGreaterThan(0);
    expect(parseSourcesText("feeds: []\n").problems.map((p) => p.message)).toContain(
      'the file has no "sources" list',
    );
  });

  it("throws E_SOURCES_FILE with file:line and resolves paths against the file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sitrep-sources-"));
    writeFileSync(join(dir, "bad.yaml"), "sources:\n  - name: x\n");
    await expect(loadSourcesFile(join(dir, "bad.yaml"))).rejects.toMatchObject({ code: "E_SOURCES_FILE" });
    await expect(loadSourcesFile(join(dir, "bad.yaml"))).rejects.toThrow(/bad\.yaml:2:/);
    writeFileSync(join(dir, "ok.yaml"), "sources:\n  - name: x\n    path: in\n");
    expect((await loadSourcesFile(join(dir, "ok.yaml"))).sources[0]!.path).toBe(join(dir, "in"));
  });

  it("parses intervals and guesses types", () => {
    expect(parseInterval("90s")).toBe(90_000);
    expect(parseInterval("1h")).toBe(3_600_000);
    expect(parseInterval("soon")).toBeNull();
    expect(guessSourceType("https://x.org/sitemap_news.xml", null)).toBe("sitemap");
    expect(guessSourceType("https://x.org/feed/", null)).toBe("feed");
    expect(guessSourceType(null, "/data/a.arc.gz")).toBe("warc");
  });
});
