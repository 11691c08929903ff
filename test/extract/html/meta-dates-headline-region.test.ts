// A region whose class says "sidebar" or "widget" is not the article's, unless the headline sits in
// it too: themes wrap the post and its sidebar in one "content-sidebar-wrap", blog engines the whole
// post column in a "widget". Dates in such a shared wrapper count; dates in a sidebar of their own
// still do not.
import { parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { extractHtmlMetadata } from "../../../src/extract/html/meta-extract.ts";

const meta = (html: string) =>
  extractHtmlMetadata(parseDocument(html, { decodeEntities: true }), { now: new Date("2026-01-01") });

const wrapped = (
  sidebar: string,
) => `<html><head><title>Harbour bridge reopens after repairs</title></head><body>
  <div class="site-inner"><div class="content-sidebar-wrap">
    <main class="content"><article class="post">
      <h1 class="entry-title">Harbour bridge reopens after repairs</h1>
      <p class="entry-meta"><span class="when">October 29, 2012 at 10:45 am</span> by A. Writer</p>
      <p>The bridge reopened on Monday after two years of repairs, the council said.</p>
    </article></main>
    <aside class="sidebar">${sidebar}</aside>
  </div></div></body></html>`;

describe("regions the headline shares", () => {
  it("reads the date under a headline inside a content-and-sidebar wrapper", () => {
    const m = meta(wrapped("<p>Recent posts</p>"));
    expect(m.publishedDay).toBe("2012-10-29");
  });
  it("still ignores a date that only the sidebar holds", () => {
    const html = wrapped("<p>Popular: November 3, 2012</p>").replace("October 29, 2012 at 10:45 am", "");
    expect(meta(html).publishedDay).toBeNull();
  });
  it("reads a blog post's date when the headline and the date share a widget-named column", () => {
    const html = `<html><head><title>Boost your results with new ads</title></head><body>
      <div class="widget blog"><div class="post"><h3 class="post-title"><a>Boost your results with new ads</a></h3>
      <p class="post-subhead">Thursday, October 25, 2012 | 7:14 AM</p>
      <div class="post-body"><p>Last year we introduced a new kind of ad, and many advertisers used it.</p>
      <b>Update (10/29/12):</b> more countries.</div></div></div>
      <div class="widget html"><p>Archive: November 2, 2012</p></div></body></html>`;
    expect(meta(html).publishedDay).toBe("2012-10-25");
  });
});
