// How the metadata walk reads a node: its text (whitespace collapsed, capped, invisible parts
// skipped), its attributes, and the class/id/tag context of its nearest ancestors that tells a
// footer, comment or byline from the article header.
import type { AnyNode, Element } from "domhandler";
import { isTag, isText } from "domhandler";

/** Caps keep the pass linear and small on huge pages; values chosen well above any real field. */
export const MAX_FIELD_CHARS = 2000;
/** How far up the tree we look to tell a footer or comment from the article header. */
const ANCESTRY_DEPTH = 6;

/** Elements whose text is never visible (or is a widget's label). */
export const SKIP_TEXT = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "iframe",
  "select",
  "option",
  "button",
]);

export function attr(el: Element, name: string): string | null {
  const v = el.attribs[name];
  return v === undefined ? null : v;
}

export function contextOf(el: Element): string {
  const parts: string[] = [];
  let node: Element | null = el;
  for (let i = 0; i < 3 && node; i++) {
    parts.push(node.attribs.class ?? "", node.attribs.id ?? "", node.attribs.itemprop ?? "");
    node = node.parent && isTag(node.parent) ? node.parent : null;
  }
  return parts.join(" ").toLowerCase().trim();
}

/** Text of a subtree, whitespace collapsed, stopping after `max` characters. Iterative. */
export function textOf(root: AnyNode, max = MAX_FIELD_CHARS): string {
  let out = "";
  const stack: AnyNode[] = [root];
  while (stack.length > 0 && out.length < max) {
    const node = stack.pop()!;
    if (isText(node)) {
      out += node.data;
      continue;
    }
    if (isTag(node)) {
      if (SKIP_TEXT.has(node.name)) continue;
      if (node.name === "br" || node.name === "p" || node.name === "div" || node.name === "li") out += " ";
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return out.replace(/\s+/g, " ").trim().slice(0, max);
}

export function rawTextOf(el: Element, max: number): string {
  let out = "";
  for (const child of el.children) {
    if (isText(child)) out += child.data;
    if (out.length >= max) break;
  }
  return out.slice(0, max);
}

/** True when the string holds only whitespace (checks the first characters only in the usual case). */
export function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9 && c !== 12 && c !== 0xa0) return false;
  }
  return true;
}

export function ancestryOf(node: AnyNode): string {
  const parts: string[] = [];
  let el = node.parent;
  for (let i = 0; i < ANCESTRY_DEPTH && el && isTag(el); i++) {
    // Tag names are marked "<footer" so a class "post-footer" is not taken for a <footer> element.
    parts.push(`<${el.name}`, el.attribs.class ?? "", el.attribs.id ?? "", el.attribs.itemprop ?? "");
    el = el.parent;
  }
  return parts.join(" ").toLowerCase();
}

export function inSvg(el: Element): boolean {
  let node = el.parent;
  for (let i = 0; i < 50 && node; i++) {
    if (isTag(node) && node.name === "svg") return true;
    node = node.parent;
  }
  return false;
}

export function capped(text: string, max: number): string {
  return text.length > max ? text.slice(0, max) : text;
}
