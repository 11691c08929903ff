// Wire datelines at the head of an HTML article's first paragraph become Article.dateline.
import { describe, expect, it } from "vitest";
import { createContext } from "../../../src/context.ts";
import { createExtractor } from "../../../src/extract/index.ts";

const page = (
  first: string,
) => `<!doctype html><html lang="en"><head><title>Talks resume | Example Wire</title></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Talks resume</h1>
<p>${first}</p>
<p>The two delegations met for four hours and agreed to meet again next month, officials from both sides said on condition of anonymity because the talks were private.</p>
<p>Diplomats described the atmosphere as businesslike and said a joint statement would follow.</p>
</article><footer>© Example Wire</footer></body></html>`;

describe("HTML wire datelines", () => {
  const extract = createExtractor(createContext());
  const run = (first: string) =>
    extract({ kind: "raw", id: "p", input: "p.html", type: "html", content: page(first) });

  it("reads place and agency from the first paragraph and keeps the text", () => {
    const a = run(
      "KYIV (Reuters) - Ukraine and Russia resumed talks on grain shipments on Tuesday in Istanbul.",
    );
    expect(a.dateline).toEqual({ place: "Kyiv", agency: "Reuters" });
    expect(a.paragraphs[0]).toMatch(/^KYIV \(Reuters\) - /);
  });

  it("gives null when the first paragraph has no dateline", () => {
    expect(
      run("Ukraine and Russia resumed talks on grain shipments on Tuesday in Istanbul.").dateline,
    ).toBeNull();
  });
});
