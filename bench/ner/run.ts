// Name recognition benchmark: Sitrep's annotator over the CoNLL-2003 development split
// (../shared/bench/ner/conll2003-dev.jsonl, 216 Reuters documents; skipped with a message when
// absent), scored as exact-span micro F1 over PER, LOC and ORG (MISC ignored), per type and
// overall, on two halves apart: the documents we may look at ("look") and the ones we only score
// ("untuned"), split by a hash of the document id. The peer, compromise (people(), places(),
// organizations()), runs on the same texts in the same run.
// Targets (issue 10): overall >= 0.75, PER and ORG each >= 0.65.
//   node bin/run-ts.js bench/ner/run.ts [--errors] [--kinds] [--json]
// --kinds prints, for both halves, the counts of Sitrep's errors by kind and place
// (error-kinds.ts): counts only, so the untuned half's text is never shown.
// --errors lists misses and false alarms of the "look" half only, to study failure classes (fix
// general mechanisms, never single documents or names).
import { existsSync } from "node:fs";
import nlp from "compromise";
import { type ConllDoc, halfOf, NAME_TYPES, type NameType, readConllDocs } from "./conll-docs.ts";
import { type ErrorKinds, formatErrorKinds, tallyErrorKinds } from "./error-kinds.ts";
import { type Counts, emptyCounts, f1Of, scoreDoc, type TypedSpan } from "./ner-score.ts";
import { alignToConllTokens, createSitrepNer, NER_DATASET } from "./sitrep-ner.ts";

const DATASET = NER_DATASET;

interface CompromiseTerm {
  readonly offset: { readonly start: number; readonly length: number };
}

function compromiseSpans(text: string): TypedSpan[] {
  const doc = nlp(text);
  const out: TypedSpan[] = [];
  const add = (type: NameType, found: { json(o: object): { offset: CompromiseTerm["offset"] }[] }) => {
    for (const j of found.json({ offset: true })) {
      // compromise's offsets take in trailing punctuation and a possessive ("Smith's,"): trim them
      // so the peer is scored on the name, as CoNLL marks it.
      let start = j.offset.start;
      let end = start + j.offset.length;
      while (end > start && /[\s.,;:!?"')]/.test(text[end - 1]!)) end--;
      if (/['’]s$/.test(text.slice(start, end))) end -= 2;
      while (start < end && /[\s"'(]/.test(text[start]!)) start++;
      out.push({ type, start, end });
    }
  };
  add("PER", doc.people());
  add("LOC", doc.places());
  add("ORG", doc.organizations());
  return out;
}

interface SystemResult {
  readonly counts: Record<"look" | "untuned", Counts>;
  seconds: number;
}

function printTable(name: string, r: SystemResult): void {
  for (const half of ["look", "untuned"] as const) {
    const c = r.counts[half];
    const per = NAME_TYPES.map((t) => `${t} ${f1Of(c.byType[t]).toFixed(3)}`).join("  ");
    console.log(
      `${name.padEnd(10)} ${half.padEnd(8)} F1 ${f1Of(c.all).toFixed(3)}  (P ${ratio(c.all.right, c.all.predicted)} R ${ratio(c.all.right, c.all.gold)})  ${per}`,
    );
  }
}
const ratio = (a: number, b: number) => (b ? (a / b).toFixed(3) : "0.000");

function main(argv: string[]): number {
  if (!existsSync(DATASET)) {
    console.log(`bench:ner skipped: ${DATASET} not found (../shared is not beside the checkout)`);
    return 0;
  }
  const docs = readConllDocs(DATASET);
  const spansOf = createSitrepNer();
  const errors: string[] | null = argv.includes("--errors") ? [] : null;
  const systems: Record<string, SystemResult> = {};
  const kinds: Record<"look" | "untuned", ErrorKinds> | null = argv.includes("--kinds")
    ? { look: new Map(), untuned: new Map() }
    : null;
  const run = (
    name: string,
    spansOf: (doc: ConllDoc) => TypedSpan[],
    log: string[] | null,
    tally: typeof kinds = null,
  ) => {
    const result: SystemResult = { counts: { look: emptyCounts(), untuned: emptyCounts() }, seconds: 0 };
    for (const doc of docs) {
      const started = process.cpuUsage();
      const spans = spansOf(doc);
      const used = process.cpuUsage(started);
      result.seconds += (used.user + used.system) / 1e6;
      const half = halfOf(doc.id);
      scoreDoc(doc, spans, result.counts[half], half === "look" ? log : null);
      if (tally) tallyErrorKinds(doc, spans, tally[half]);
    }
    systems[name] = result;
  };
  run(
    "sitrep",
    (doc) => {
      return spansOf(doc);
    },
    errors,
    kinds,
  );
  run("compromise", (doc) => alignToConllTokens(compromiseSpans(doc.text), doc), null);
  const looked = docs.filter((d) => halfOf(d.id) === "look").length;
  console.log(
    `CoNLL-2003 dev: ${docs.length} documents (${looked} look / ${docs.length - looked} untuned), exact spans, micro F1 over PER LOC ORG`,
  );
  for (const [name, r] of Object.entries(systems)) printTable(name, r);
  const s = systems.sitrep!;
  const p = systems.compromise!;
  for (const half of ["look", "untuned"] as const)
    console.log(
      `ratio sitrep/compromise F1 (${half}): ${(f1Of(s.counts[half].all) / Math.max(1e-9, f1Of(p.counts[half].all))).toFixed(2)}x`,
    );
  console.log(
    `CPU seconds: sitrep ${s.seconds.toFixed(1)} (annotate, all mentions), compromise ${p.seconds.toFixed(1)}`,
  );
  if (kinds)
    for (const half of ["look", "untuned"] as const)
      console.log(`sitrep errors by kind, ${half}:\n${formatErrorKinds(kinds[half], 40).join("\n")}`);
  if (errors) for (const line of errors) console.log(line);
  if (argv.includes("--json"))
    console.log(
      JSON.stringify(
        Object.fromEntries(
          Object.entries(systems).map(([name, r]) => [
            name,
            Object.fromEntries(
              (["look", "untuned"] as const).map((half) => [
                half,
                {
                  f1: f1Of(r.counts[half].all),
                  ...Object.fromEntries(NAME_TYPES.map((t) => [t, f1Of(r.counts[half].byType[t])])),
                },
              ]),
            ),
          ]),
        ),
      ),
    );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
