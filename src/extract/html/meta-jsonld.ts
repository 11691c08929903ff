// JSON-LD (schema.org) blocks: the richest metadata a news page carries. Blocks come as single
// objects, arrays, or `@graph` lists, sometimes nested (`mainEntity`, `itemListElement`), and are
// often slightly broken (trailing commas, raw newlines in strings, HTML comments around them).
// We read them leniently and flatten every object that has an @type.

export interface JsonLdNode {
  readonly types: string[];
  readonly obj: Record<string, unknown>;
  /** Depth at which it was found: top-level objects describe the page, nested ones its parts. */
  readonly depth: number;
}

/** Types that describe the page's own article (schema.org Article and its subtypes we see in news). */
const ARTICLE_TYPES =
  /^(article|newsarticle|reportagenews|analysisnewsarticle|opinionnewsarticle|reviewnewsarticle|backgroundnewsarticle|askpublicnewsarticle|blogposting|liveblogposting|socialmediaposting|scholarlyarticle|techarticle|report|posting|blog|creativework|webpage|itempage|medicalwebpage|videoobject|podcastepisode|event|qapage|discussionforumposting)$/;
const STRONG_ARTICLE_TYPES = /(article|blogposting|reportagenews|liveblogposting|socialmediaposting|report)$/;

/** Bound on walked JSON nodes: a page's JSON-LD is small; a giant embedded state blob is not metadata. */
const MAX_NODES = 5000;

function parseLenient(text: string): unknown {
  const trimmed = text
    .trim()
    .replace(/^<!--|-->$/g, "")
    .replace(/^\s*\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>\s*$/g, "")
    .trim();
  if (!trimmed) return null;
  try {
    return JSON.parse(trimmed);
  } catch {
    // Common breakage: literal newlines/tabs in strings, trailing commas.
    try {
      const repaired = trimmed.replace(/[\u0000-\u001f]+/g, " ").replace(/,\s*([}\]])/g, "$1");
      return JSON.parse(repaired);
    } catch {
      return null;
    }
  }
}

/** Date and headline fields read from a block no repair makes JSON (comments, stray quotes). */
const SALVAGED_FIELDS = ["datePublished", "dateModified", "dateCreated", "uploadDate", "headline"];

/**
 * The first @type and the date fields of a broken block, found by their quoted names: the dates a
 * CMS writes there are still the page's, even when something else in the block breaks the JSON.
 */
function salvagedNode(text: string): Record<string, unknown> | null {
  const types = [...text.matchAll(/"@type"\s*:\s*"([^"]{1,80})"/g)].map((m) => m[1]!);
  const type = types.find((t) => ARTICLE_TYPES.test(t.replace(/^.*[/#:]/, "").toLowerCase())) ?? types[0];
  if (!type) return null;
  const obj: Record<string, unknown> = { "@type": type };
  for (const field of SALVAGED_FIELDS) {
    const value = new RegExp(`"${field}"\\s*:\\s*"([^"]{1,200})"`).exec(text)?.[1];
    if (value) obj[field] = value;
  }
  return Object.keys(obj).length > 1 ? obj : null;
}

function typesOf(obj: Record<string, unknown>): string[] {
  const t = obj["@type"];
  const list = Array.isArray(t) ? t : t === undefined ? [] : [t];
  return list
    .filter((x): x is string => typeof x === "string")
    .map((x) => x.replace(/^.*[/#:]/, "").toLowerCase());
}

/** Every typed object in the blocks, in document order, breadth-limited. */
export function flattenJsonLd(blocks: readonly string[]): JsonLdNode[] {
  const out: JsonLdNode[] = [];
  let budget = MAX_NODES;
  for (const block of blocks) {
    const root = parseLenient(block) ?? salvagedNode(block);
    const stack: { value: unknown; depth: number }[] = [{ value: root, depth: 0 }];
    while (stack.length > 0 && budget-- > 0) {
      const { value, depth } = stack.shift()!;
      if (Array.isArray(value)) {
        for (const v of value) stack.push({ value: v, depth });
        continue;
      }
      if (!value || typeof value !== "object") continue;
      const obj = value as Record<string, unknown>;
      const types = typesOf(obj);
      if (types.length > 0) out.push({ types, obj, depth });
      if (Array.isArray(obj["@graph"])) stack.push({ value: obj["@graph"], depth });
      for (const key of ["mainEntity", "mainEntityOfPage", "itemListElement", "item", "hasPart"]) {
        const v = obj[key];
        if (v && typeof v === "object") stack.push({ value: v, depth: depth + 1 });
      }
    }
  }
  return out;
}

/** Types whose dates are never the page's publication: the site, its owner, people, images, comments. */
const NOT_PAGE_TYPES =
  /^(website|organization|newsmediaorganization|corporation|person|imageobject|breadcrumblist|listitem|comment|answer|question|review|rating|aggregaterating|offer|product|place|postaladdress|searchaction|sitenavigationelement|wpheader|wpfooter|wpsidebar)$/;

/** Typed objects that are not articles but may still carry the page's date (HowTo, Recipe, ...). */
export function otherPageNodes(nodes: readonly JsonLdNode[]): JsonLdNode[] {
  return nodes.filter(
    (n) => n.depth === 0 && !isArticleNode(n) && !n.types.some((t) => NOT_PAGE_TYPES.test(t)),
  );
}

export function isArticleNode(node: JsonLdNode): boolean {
  return node.types.some((t) => ARTICLE_TYPES.test(t));
}

/** Article-like nodes, best first: strong article types before WebPage and other creative works. */
export function articleNodes(nodes: readonly JsonLdNode[]): JsonLdNode[] {
  const rank = (n: JsonLdNode) => (n.types.some((t) => STRONG_ARTICLE_TYPES.test(t)) ? 0 : 1) * 10 + n.depth;
  return nodes.filter(isArticleNode).sort((a, b) => rank(a) - rank(b));
}

/** A string value, or the first string of an array, or `@value`/`name` of an object. */
export function stringValue(v: unknown): string | null {
  if (typeof v === "string") return v.trim() || null;
  if (typeof v === "number") return String(v);
  if (Array.isArray(v)) {
    for (const x of v) {
      const s = stringValue(x);
      if (s) return s;
    }
    return null;
  }
  if (v && typeof v === "object") {
    const o = v as Record<string, unknown>;
    return stringValue(o["@value"] ?? o.name ?? null);
  }
  return null;
}

/** Person names from `author`/`creator`: strings, objects with `name`, or lists of either. */
export function personNames(v: unknown): string[] {
  if (!v) return [];
  if (typeof v === "string") return [v];
  if (Array.isArray(v)) return v.flatMap(personNames);
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    const name = o.name;
    if (typeof name === "string") return [name];
    if (Array.isArray(name)) return name.filter((x): x is string => typeof x === "string");
    const given = typeof o.givenName === "string" ? o.givenName : "";
    const family = typeof o.familyName === "string" ? o.familyName : "";
    if (given || family) return [`${given} ${family}`.trim()];
  }
  return [];
}
