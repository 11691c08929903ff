// Prints a seeded sample of pronouns ("he", "she", "they" ...) and definite descriptions ("the
// ministry", "the rebels", "the president") with the sentence before, the sentence itself and what
// the annotator resolved each to, so resolution can be judged by hand before and after a change.
// Text: pages of the audit's TUNE half (never the untuned half, which is only scored) and fresh
// news nobody tuned on (CoNLL-2003 dev Reuters documents, GeoWebNews).
//   node bin/run-ts.js bench/audit/pronoun-sample.ts [tune|fresh] [N] [seed] > FILE
// Each line: id, the word, what it resolved to (name, code) or UNRESOLVED, then the context.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createContext } from "../../src/context.ts";
import { createPipeline } from "../../src/pipeline.ts";
import type { AnnotatedDoc, RawDoc } from "../../src/types.ts";
import { createRandom } from "../seeded-random.ts";
import { halfOf, PAGE_SETS, type PageSet, SHARED } from "./audit-pages.ts";

const [which = "tune", n = "60", seedText = "9"] = process.argv.slice(2);
const PRONOUNS = new Set(["he", "she", "him", "her", "his", "they", "them", "their"]);
// Heads of definite descriptions issue 9 names: bodies, armed groups and offices.
const DEFINITE_HEADS = new Set(
  "ministry rebels militants company agency president government police army group military prime".split(" "),
);

function rawDocs(): RawDoc[] {
  const out: RawDoc[] = [];
  if (which === "tune") {
    for (const set of Object.keys(PAGE_SETS) as PageSet[])
      for (const file of readdirSync(PAGE_SETS[set]).sort()) {
        const page = file.replace(/\.html$/, "");
        if (!file.endsWith(".html") || halfOf(set, page) !== "tune") continue;
        const content = readFileSync(join(PAGE_SETS[set], file), "utf8");
        out.push({ kind: "raw", id: `${set}/${page}`, input: file, type: "html", content });
      }
    return out;
  }
  const jsonl = (file: string) =>
    readFileSync(file, "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l));
  const conll = new Map<number, string[]>();
  for (const r of jsonl(join(SHARED, "bench", "ner", "conll2003-dev.jsonl")) as {
    doc: number;
    text: string;
  }[])
    conll.set(r.doc, [...(conll.get(r.doc) ?? []), r.text]);
  for (const [id, lines] of conll)
    out.push({
      kind: "raw",
      id: `conll-${id}`,
      input: "t",
      type: "text",
      content: lines.join("\n"),
      clean: true,
    });
  for (const r of jsonl(join(SHARED, "bench", "geo", "geowebnews.jsonl")) as { id: string; text: string }[])
    out.push({ kind: "raw", id: `gwn-${r.id}`, input: "t", type: "text", content: r.text, clean: true });
  return out;
}

interface Item {
  id: string;
  word: string;
  resolved: string;
  context: string;
}

function itemsOf(doc: AnnotatedDoc, id: string): Item[] {
  const items: Item[] = [];
  const flat = (i: number) => {
    const s = doc.sentences[i];
    return s ? doc.text.slice(s.start, s.end).replace(/\s+/g, " ") : "";
  };
  doc.sentences.forEach((s, si) => {
    const toks = s.tokens;
    toks.forEach((t, ti) => {
      const key = t.text.toLowerCase();
      let word: string | null = null;
      let start = t.start;
      if (PRONOUNS.has(key)) word = t.text;
      else if (key === "the" && DEFINITE_HEADS.has(toks[ti + 1]?.text ?? "")) {
        word = `the ${toks[ti + 1]!.text}`;
        start = toks[ti + 1]!.start;
      }
      if (!word) return;
      const m = doc.mentions.find(
        (x) => x.start <= start && start < x.end && x.kind !== "place" && x.kind !== "date",
      );
      const resolved = m ? `${m.name} [${m.code ?? "-"}] (${m.form})` : "UNRESOLVED";
      const marked =
        `${doc.text.slice(s.start, t.start)}<<${t.text}>>${doc.text.slice(t.end, s.end)}`.replace(
          /\s+/g,
          " ",
        );
      items.push({
        id: `${id}#${si}`,
        word,
        resolved,
        context: `${flat(si - 2)} | ${flat(si - 1)} | ${marked}`,
      });
    });
  });
  return items;
}

const ctx = createContext();
const annotate = createPipeline(ctx, "annotate");
const all: Item[] = [];
for (const raw of rawDocs()) {
  const doc = annotate(raw);
  if (doc.kind === "annotated") all.push(...itemsOf(doc, raw.id));
}
const next = createRandom(Number(seedText));
for (let k = all.length - 1; k > 0; k--) {
  const j = Math.floor(next() * (k + 1));
  [all[k], all[j]] = [all[j]!, all[k]!];
}
const count = (f: (x: Item) => boolean) => all.filter(f).length;
console.log(
  `# ${which}: ${all.length} pronouns and definite descriptions, ${count((x) => x.resolved === "UNRESOLVED")} unresolved; he/she ${count((x) => /^(?:he|she)$/i.test(x.word))}, unresolved ${count((x) => /^(?:he|she)$/i.test(x.word) && x.resolved === "UNRESOLVED")}`,
);
for (const x of all.slice(0, Number(n)))
  console.log(`${x.id}\t${x.word}\t=> ${x.resolved}\n    ${x.context}`);
