// A post's info bar that shows its date beside a comment count ("by-line-comments-views-date",
// "date-comments") and a page state ("showing-comments") are not readers' comments: the date in
// the bar is the article's. The comment thread's own names ("comments", "comment-meta",
// "commentlist") still keep its dates out.
import { parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { inComments } from "../../../src/extract/html/meta-comment-region.ts";
import { extractHtmlMetadata } from "../../../src/extract/html/meta-extract.ts";

const meta = (html: string) =>
  extractHtmlMetadata(parseDocument(html, { decodeEntities: true }), { now: new Date("2026-01-01") });

const page = (
  bar: string,
  thread = "",
) => `<html><head><title>Harbour bridge reopens after repairs</title></head>
  <body><div class="${bar.includes("showing") ? bar : "page"}"><article>
    <h1>Harbour bridge reopens after repairs</h1>
    <div class="${bar}"><span class="page-view">133 views</span><span class="date">Nov 7, 2012</span></div>
    <p>The bridge reopened on Monday after two years of repairs, the council said.</p>
  </article>${thread}</div></body></html>`;

const THREAD = `<div class="comments"><ol class="commentlist"><li class="comment even depth-1">
  <div class="comment-meta">November 9, 2012 at 8:01 am</div><p>About time.</p></li></ol></div>`;

describe("comment counts beside a post's date", () => {
  it("tells an info bar or a page state from the comment thread by the name's words", () => {
    expect(inComments("<div by-line-comments-views-date")).toBe(false);
    expect(inComments("<div date-comments")).toBe(false);
    expect(inComments("<body single showing-comments")).toBe(false);
    expect(inComments("<span comments-open")).toBe(false);
    expect(inComments("<div comment-meta commentmetadata <li comment depth-1")).toBe(true);
    expect(inComments("<span comment-date")).toBe(true);
    expect(inComments("<div post-comments")).toBe(true);
    expect(inComments("<ul dsq-comments")).toBe(true);
    expect(inComments("<div usercomments")).toBe(true);
    expect(inComments("<div entry-meta")).toBe(false);
  });

  it("reads the date of a byline bar whose class also names the comment count", () => {
    expect(meta(page("by-line-comments-views-date")).publishedDay).toBe("2012-11-07");
    expect(meta(page("date-comments", THREAD)).publishedDay).toBe("2012-11-07");
    expect(meta(page("post-info showing-comments", THREAD)).publishedDay).toBe("2012-11-07");
  });

  it("still takes no date from the comment thread alone", () => {
    const html = page("comments-area").replace('<span class="date">Nov 7, 2012</span>', "");
    expect(meta(html.replace("</article>", `</article>${THREAD}`)).publishedDay).toBeNull();
  });
});
