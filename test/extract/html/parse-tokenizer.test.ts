import { Parser, Tokenizer } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { SkippingTokenizer } from "../../../src/extract/html/parse-tokenizer.ts";

/** Every event the parser reports for `html`, in order, with what it carried. */
function events(html: string, tokenizer: typeof Tokenizer, chunks = 1): string[] {
  const out: string[] = [];
  const parser = new Parser(
    {
      onopentag: (name, attribs) => out.push(`open ${name} ${JSON.stringify(attribs)}`),
      onclosetag: (name) => out.push(`close ${name}`),
      ontext: (text) => out.push(`text ${JSON.stringify(text)}`),
      oncomment: (text) => out.push(`comment ${JSON.stringify(text)}`),
      onprocessinginstruction: (name, data) => out.push(`pi ${name} ${JSON.stringify(data)}`),
    },
    { decodeEntities: true, Tokenizer: tokenizer },
  );
  // Streamed in pieces too: a skip must stop at the end of the piece it was given.
  const size = Math.ceil(html.length / chunks);
  for (let i = 0; i < html.length; i += size) parser.write(html.slice(i, i + size));
  parser.end();
  return out;
}

// Written for this test: a short news page with the character references, quotes and raw-text
// elements where the tokenizer's text and attribute states matter.
const PAGE = `<!DOCTYPE html><html><head><title>Rates &amp; prices &mdash; Harbour Times</title>
<script>if (a < b && c) { x = "</p>"; }</script><style>p > a { color: red }</style></head>
<body class='story &amp; more' data-note="fish &amp chips" id=main title="5 &lt; 6">
<h1>Port fees rise &#8212; first time since 1999</h1>
<p>Port managers raised fees by 8&nbsp;per cent on Wednesday &copy 2009, &notit; &amp;c. Fishermen
said small boats &ndash;&gt; hit hardest.<br/>A &unknown; reference, a lone & and a < sign stay text.</p>
<a href="/news?id=1&amp;page=2&lang=en" title='A "quoted" title'>Read more</a>
<textarea>Draft &amp; notes</textarea><!-- a comment &amp; more -->
<p>Last line without a closing tag &amp`;

describe("the skipping tokenizer", () => {
  it("reports exactly the stock tokenizer's events", () => {
    expect(events(PAGE, SkippingTokenizer)).toEqual(events(PAGE, Tokenizer));
  });

  it("does so when the page arrives in pieces", () => {
    for (const chunks of [2, 7, 31]) {
      expect(events(PAGE, SkippingTokenizer, chunks)).toEqual(events(PAGE, Tokenizer, chunks));
    }
  });

  it("decodes references in text and attribute values", () => {
    const seen = events(PAGE, SkippingTokenizer);
    // Text arrives in pieces split at each reference: joined, it reads as the page shows it.
    const text = seen
      .filter((e) => e.startsWith("text "))
      .map((e) => JSON.parse(e.slice(5)) as string)
      .join("");
    expect(text).toContain("raised fees by 8\u00a0per cent on Wednesday \u00a9 2009");
    expect(text).toContain("a lone & and a < sign stay text.");
    expect(seen.join("\n")).toContain('"href":"/news?id=1&page=2&lang=en"');
  });
});
