// bench/audit: how many of the actors the judge named in event sentences the annotator found, per
// half. Independent of the verb patterns: it asks only whether a mention in the sentence carries
// the gold source's or target's code (lenient matching, as bench:audit), and how many actor
// mentions are left with a bare role code (no country).
//   node bin/run-ts.js bench/audit/actors.ts [--failures]
//   --failures  the gold actors not found, tune half only (the untuned half is never shown)
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createContext } from "../../src/context.ts";
import { readInputs } from "../../src/ingest/index.ts";
import { createPipeline } from "../../src/pipeline.ts";
import type { AnnotatedDoc, Mention } from "../../src/types.ts";
import { missingShared, normalizeSentence, PAGE_SETS, sentenceText } from "./audit-pages.ts";
import type { JudgedSentence } from "./audit-record.ts";
import { countryCodes, readJudged } from "./audit-run.ts";
import { actorMatches, actorParts } from "./audit-score.ts";

const { values } = parseArgs({ options: { failures: { type: "boolean", default: false } } });
const missing = missingShared();
if (missing) {
  console.log(`bench:audit actors skipped: ${missing}`);
  process.exit(0);
}
const ACTOR_KINDS = new Set(["state", "person", "organization", "group", "agent"]);
const judged = readJudged().filter((j) => j.events.some((e) => !e.negated && (e.source || e.target)));
const countries = countryCodes();
const annotate = createPipeline(createContext(), "annotate");
const byPage = new Map<string, JudgedSentence[]>();
for (const j of judged) byPage.set(`${j.set}/${j.page}`, [...(byPage.get(`${j.set}/${j.page}`) ?? []), j]);

interface Tally {
  gold: number;
  found: number;
  actorMentions: number;
  bare: number;
}
const tallies = new Map<string, Tally>();
const failures: string[] = [];
for (const items of byPage.values()) {
  const { set, page } = items[0]!;
  let doc: AnnotatedDoc | null = null;
  for await (const raw of readInputs([join(PAGE_SETS[set], `${page}.html`)], {
    type: "html",
    maxBytes: 20 * 1024 * 1024,
    readStdin: async () => new Uint8Array(),
  })) {
    if (raw.kind === "failure") continue;
    const out = annotate(raw);
    if (out.kind === "annotated") doc = out;
  }
  for (const j of items) {
    const t = tallies.get(j.half) ?? { gold: 0, found: 0, actorMentions: 0, bare: 0 };
    tallies.set(j.half, t);
    let index: number | undefined;
    if (doc) {
      const candidates: number[] = [];
      doc.sentences.forEach((_, i) => {
        if (normalizeSentence(sentenceText(doc!, i)) === normalizeSentence(j.text)) candidates.push(i);
      });
      index = candidates.sort((a, b) => Math.abs(a - j.index) - Math.abs(b - j.index))[0];
    }
    const mentions: Mention[] =
      index === undefined || !doc
        ? []
        : doc.mentions.filter((m) => m.sentenceIndex === index && ACTOR_KINDS.has(m.kind) && m.code);
    t.actorMentions += mentions.length;
    t.bare += mentions.filter(
      (m) => !actorParts(m.code!, countries).country && !m.code!.includes("|"),
    ).length;
    const wanted = new Set(j.events.filter((e) => !e.negated).flatMap((e) => [e.source, e.target]));
    for (const code of wanted) {
      if (!code) continue;
      t.gold++;
      if (mentions.some((m) => actorMatches(code, m.code, "lenient", countries))) t.found++;
      else if (j.half === "tune")
        failures.push(
          `[${j.id}] missing ${code}\n  ${j.text}\n  have: ${mentions.map((m) => `${m.text}=${m.code}${m.reason ? ` (${m.reason})` : ""}`).join("; ") || "-"}`,
        );
    }
  }
}
for (const [half, t] of [...tallies].sort()) {
  const f = (a: number, b: number) => (b ? (a / b).toFixed(2) : "-");
  console.log(
    `${half.padEnd(8)} gold actors ${t.gold}, found ${t.found} (${f(t.found, t.gold)}); actor mentions ${t.actorMentions}, bare ${t.bare} (${f(t.bare, t.actorMentions)})`,
  );
}
if (values.failures) for (const f of failures) console.log(f);
