// A page rendered in the browser may print no date in its HTML, meta tags or JSON-LD and keep it
// only in its scripts' state: read there, by the field's name, only when nothing else dates the page.
import { parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { extractHtmlMetadata } from "../../../src/extract/html/meta-extract.ts";

const page = (script: string, head = "") => `<html><head><title>Ferry service resumes</title>${head}
  <script>${script}</script></head><body><div id="root"><h1>Ferry service resumes</h1>
  <p>The ferry between the two islands ran again on Friday after a month of repairs.</p></div></body></html>`;
const meta = (html: string) =>
  extractHtmlMetadata(parseDocument(html, { decodeEntities: true }), { now: new Date("2026-06-01") });

describe("dates in the page's script state", () => {
  it("takes the first published field of the state, by its name", () => {
    const state =
      'window.__STATE__ = {"article":{"id":"9931","publishedAt":"2020-04-02T04:11:00+05:30","updatedAt":"2020-04-03T09:00:00Z"},' +
      '"related":[{"publishedAt":"2020-03-30T10:00:00Z"}]};';
    const m = meta(page(state));
    expect(m.publishedDay).toBe("2020-04-02");
    expect(m.publishedSource).toBe("script:publishedAt");
    expect(m.modifiedAt?.slice(0, 10)).toBe("2020-04-03");
  });
  it("reads fields inside a JSON string and bare keys", () => {
    expect(meta(page('var data = "{\\"datePublished\\":\\"2019-10-16\\"}";')).publishedDay).toBe(
      "2019-10-16",
    );
    expect(meta(page("dataLayer.push({publish_date: '2018-05-07'});")).publishedDay).toBe("2018-05-07");
  });
  it("ignores fields named for other dates, and defers to any date the page states", () => {
    expect(
      meta(page('var s = {"eventStartDate":"2020-04-02","expiresAt":"2020-05-01"};')).publishedDay,
    ).toBeNull();
    const head = '<meta property="article:published_time" content="2021-01-05T08:00:00Z">';
    expect(meta(page('var s = {"publishedAt":"2020-04-02"};', head)).publishedDay).toBe("2021-01-05");
  });
});
