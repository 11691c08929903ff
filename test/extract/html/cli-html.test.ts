// The HTML path through the real command line: `sitrep extract page.html` (file type from the
// extension), a legacy-encoded page read as bytes, a listing page, and `--type html` on stdin.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runBin, runCli } from "../../helpers/run-cli.ts";

const GOLDEN = join(ROOT, "test", "golden", "html");

/** One document prints as one (indented) JSON object, several as JSON Lines. */
function lines(stdout: string): Record<string, unknown>[] {
  const text = stdout.trim();
  if (text.startsWith("{\n")) return [JSON.parse(text) as Record<string, unknown>];
  return text.split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe("sitrep extract on HTML", () => {
  it("extracts the body of an HTML file via bin/sitrep.js", () => {
    const r = runBin(["extract", join(GOLDEN, "plain-article.input.html")]);
    expect(r.status).toBe(0);
    const [article] = lines(r.stdout);
    expect(article?.sourceType).toBe("html");
    expect(article?.title).toBe("Harbour bridge repairs to finish a month early");
    expect(article?.paragraphs).toHaveLength(4);
    expect(String(article?.text)).not.toContain("Most read");
    expect(String(article?.text)).not.toContain("All rights reserved");
  });

  it("decodes a GBK page and says a tag page is not an article", async () => {
    const r = await runCli([
      "extract",
      join(GOLDEN, "gbk-chinese.input.html"),
      join(GOLDEN, "tag-page.input.html"),
    ]);
    expect(r.status).toBe(0);
    const [gbk, tag] = lines(r.stdout);
    expect(String(gbk?.text)).toContain("新建的渡轮码头正式投入使用");
    expect(gbk?.lang).toBe("zh");
    expect(tag?.isArticle).toBe(false);
    expect(tag?.text).toBe("");
  });

  it("reads HTML from stdin with --type html", async () => {
    const page =
      "<html><body><nav><a href='/'>Home</a></nav><article><h1>Title</h1>" +
      "<p>The harbour master said on Monday that the inner basin would be dredged over six weeks.</p>" +
      "<p>Boat owners were asked to move their vessels to the outer quay until the work is done.</p>" +
      "</article></body></html>";
    const r = await runCli(["extract", "--type", "html", "-"], page);
    expect(r.status).toBe(0);
    const [article] = lines(r.stdout);
    expect(article?.paragraphs).toEqual([
      "The harbour master said on Monday that the inner basin would be dredged over six weeks.",
      "Boat owners were asked to move their vessels to the outer quay until the work is done.",
    ]);
    expect(article?.title).toBe("Title");
  });
});
