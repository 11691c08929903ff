// Pattern coverage of the CAMEO event codes: for every code in data/ontology/cameo-events.tsv, how
// many loaded patterns can produce it, split by where they come from (hand-written
// data/verbs/NN-*.txt, WordNet-generated data/verbs/wordnet/, light-verb constructions of either),
// how many patterns of other codes a cue (cue-codes.tsv: intent, threat, refusal, appeal, demand,
// denial) recodes into it ("urged X to lift sanctions": an 085 pattern under an appeal is 0254), and
// how many distinct trigger words all of these start with. Flags: NONE, no pattern reaches the code;
// CUE, only patterns of other codes under a cue; THIN, one pattern or one trigger word in all.
//   node bin/run-ts.js bench/code/coverage.ts [--all] [--json] [--data DIR]
// --data reads another data folder (another checkout's, to print the table before a change).
// --all lists every code (default: the flagged ones and the per-root summary).
import { join } from "node:path";
import { loadCoderDictionaries } from "../../src/code/dictionary-load.ts";
import type { Pattern } from "../../src/code/pattern-load.ts";

const ROOT = join(import.meta.dirname, "..", "..");

export interface CodeCoverage {
  readonly code: string;
  readonly name: string;
  readonly hand: number;
  readonly wordnet: number;
  readonly light: number;
  /** Patterns of other codes that a cue recodes into this one ("agreed to" + a 062 pattern → 0312). */
  readonly viaCue: number;
  /** Distinct first words (triggers) over the code's own patterns and those a cue recodes into it. */
  readonly triggers: number;
  /** Cue kinds whose cue-codes.tsv rows recode an action into this code. */
  readonly cues: readonly string[];
  /** NONE: no pattern, no cue; CUE: only a cue makes it; THIN: one pattern or one trigger word. */
  readonly flag: "NONE" | "CUE" | "THIN" | "";
}

function source(p: Pattern): "hand" | "wordnet" | "light" {
  if (p.light) return "light";
  return p.where.includes("verbs/wordnet/") ? "wordnet" : "hand";
}

function firstWords(p: Pattern): string[] {
  const first = p.elements.find((e) => e.kind === "word" && !e.optional);
  return first?.kind === "word" ? [...first.words] : [];
}

export function coverage(dataDir = join(ROOT, "data")): CodeCoverage[] {
  const dicts = loadCoderDictionaries(dataDir);
  const byCode = new Map<string, Pattern[]>();
  for (const p of dicts.patterns) byCode.set(p.code, [...(byCode.get(p.code) ?? []), p]);
  const cueKinds = new Map<string, Set<string>>();
  for (const row of dicts.cueMap) {
    const kinds = cueKinds.get(row.code) ?? new Set<string>();
    kinds.add(row.kind);
    cueKinds.set(row.code, kinds);
  }
  // What each cue kind makes of each pattern: its longest matching action prefix (as the coder
  // looks it up), so "urged X to lift sanctions" counts the 085 pattern toward 0254.
  const viaCue = new Map<string, Pattern[]>();
  for (const kind of new Set(dicts.cueMap.map((r) => r.kind))) {
    const rows = dicts.cueMap.filter((r) => r.kind === kind);
    for (const p of dicts.patterns) {
      const length = (prefix: string) => (prefix === "*" ? 0 : prefix.length);
      let best: (typeof rows)[number] | undefined;
      for (const r of rows)
        if (r.actionPrefix === "*" || p.code.startsWith(r.actionPrefix))
          if (!best || length(r.actionPrefix) > length(best.actionPrefix)) best = r;
      if (best && best.code !== p.code) viaCue.set(best.code, [...(viaCue.get(best.code) ?? []), p]);
    }
  }
  return [...dicts.ontology.cameo.entries()]
    .filter(([code]) => code.length > 2)
    .map(([code, entry]) => {
      const ps = byCode.get(code) ?? [];
      const count = (s: ReturnType<typeof source>) => ps.filter((p) => source(p) === s).length;
      const via = viaCue.get(code) ?? [];
      const triggers = new Set([...ps, ...via].flatMap(firstWords)).size;
      const cues = [...(cueKinds.get(code) ?? [])].sort();
      const total = ps.length + via.length;
      const flag = total === 0 ? "NONE" : ps.length === 0 ? "CUE" : total <= 1 || triggers <= 1 ? "THIN" : "";
      return {
        code,
        name: entry.name,
        hand: count("hand"),
        wordnet: count("wordnet"),
        light: count("light"),
        viaCue: via.length,
        triggers,
        cues,
        flag,
      } as const;
    });
}

function main() {
  const data = process.argv.indexOf("--data");
  const rows = data > 0 ? coverage(process.argv[data + 1]) : coverage();
  if (process.argv.includes("--json")) {
    console.log(JSON.stringify(rows, null, 1));
    return;
  }
  const all = process.argv.includes("--all");
  console.log("code\thand\twordnet\tlight\tvia-cue\ttriggers\tcues\tflag\tname");
  for (const r of rows)
    if (all || r.flag)
      console.log(
        `${r.code}\t${r.hand}\t${r.wordnet}\t${r.light}\t${r.viaCue}\t${r.triggers}\t${r.cues.join(",") || "-"}\t${r.flag || "ok"}\t${r.name}`,
      );
  console.log("\nroot\tcodes\tnone\tcue\tthin\tpatterns");
  const roots = [...new Set(rows.map((r) => r.code.slice(0, 2)))].sort();
  for (const root of roots) {
    const rs = rows.filter((r) => r.code.startsWith(root));
    const n = (f: string) => rs.filter((r) => r.flag === f).length;
    const patterns = rs.reduce((s, r) => s + r.hand + r.wordnet + r.light, 0);
    console.log(`${root}\t${rs.length}\t${n("NONE")}\t${n("CUE")}\t${n("THIN")}\t${patterns}`);
  }
  const direct = rows.filter((r) => r.hand + r.wordnet + r.light > 0).length;
  const none = rows.filter((r) => r.flag === "NONE").length;
  const cueOnly = rows.filter((r) => r.flag === "CUE").length;
  const thin = rows.filter((r) => r.flag === "THIN").length;
  console.log(
    `\n${rows.length} codes below root level: ${direct} with a pattern of their own, ${cueOnly} reached only through a cue (CUE), ${none} with none (NONE), ${thin} with one pattern or one trigger word (THIN)`,
  );
}

if (process.argv[1]?.endsWith("coverage.ts")) main();
