// Generates data/actors/wordnet.agents.tsv, the WordNet-derived part of the agent nouns, from the
// seed senses in data/actors/role-seeds.tsv: each seed sense's words and (with ~) all its
// hyponyms, each kept only when
//   - that sense is the word's most frequent noun sense (the check that keeps "copper" a metal
//     and "private" an adjective out of the police and the army),
//   - the word is not also an adjective or a verb in WordNet ("general", "guard", "judge"),
//   - it is written in lower case in WordNet (not a proper name), is no given name ("bobby",
//     "dick": the phrase would swallow people's names), is not listed as reviewed noise in the
//     seeds' `-` lines, and is not already in the hand-written agents.tsv or titles.tsv (those win).
// Plurals follow English spelling rules ("-man" -> "-men", "-y" -> "-ies"). The output is the
// same on every run: edit the seeds and run `npm run generate:roles`; `--out DIR` writes elsewhere.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadGivenNames } from "../src/annotate/names/given-names.ts";
import { WordNet } from "./wordnet-read.ts";

const ROOT = join(import.meta.dirname, "..");
const ACTORS = join(ROOT, "data", "actors");
const OUT = process.argv.includes("--out") ? process.argv[process.argv.indexOf("--out") + 1]! : ACTORS;
// Hyponyms are followed this deep below a seed (WordNet's person tree is shallow; deeper lies noise).
const MAX_DEPTH = 6;

const dataLines = (file: string) =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim() && !l.startsWith("#"));

/** Lemmas of one WordNet index file (index.adj, index.verb). */
function indexLemmas(wn: string, file: string): Set<string> {
  const out = new Set<string>();
  for (const line of readFileSync(join(wn, file), "utf8").split("\n"))
    if (line && !line.startsWith(" ")) out.add(line.slice(0, line.indexOf(" ")).replace(/_/g, " "));
  return out;
}

export function pluralOf(word: string): string {
  const words = word.split(" ");
  const last = words.pop()!;
  let p: string;
  if (/(?:^|[^a-z])man$|[a-z]man$/.test(last) && !/(?:human|german|shaman|talisman)$/.test(last))
    p = `${last.slice(0, -3)}men`;
  else if (/[^aeiou]y$/.test(last)) p = `${last.slice(0, -1)}ies`;
  else if (/(?:s|x|z|ch|sh)$/.test(last)) p = `${last}es`;
  else p = `${last}s`;
  return [...words, p].join(" ");
}

function main() {
  const wn = new WordNet();
  const dir = WordNet.defaultDir();
  const adjectives = indexLemmas(dir, "index.adj");
  const verbs = indexLemmas(dir, "index.verb");
  const hand = new Set<string>();
  for (const l of dataLines(join(ACTORS, "agents.tsv"))) {
    const [term = "", plural = ""] = l.split("\t");
    hand.add(term.toLowerCase());
    for (const p of plural.split("|")) if (p) hand.add(p.toLowerCase());
  }
  for (const l of dataLines(join(ACTORS, "titles.tsv"))) hand.add(l.split("\t")[0]!.toLowerCase());
  // WordNet writes proper names with capitals in its data lines ("Marine", "Democrat").
  const nounData = readFileSync(join(dir, "data.noun"), "latin1");
  const capitalised = (offset: string) => {
    const line = nounData.slice(Number(offset), nounData.indexOf("\n", Number(offset)));
    const f = line.split(" ");
    const out = new Set<string>();
    for (let k = 0; k < Number.parseInt(f[3]!, 16); k++) {
      const w = f[4 + 2 * k]!.replace(/\(.*\)$/, "").replace(/_/g, " ");
      if (w !== w.toLowerCase()) out.add(w.toLowerCase());
    }
    return out;
  };
  const chosen = new Map<string, { role: string; why: string }>();
  const givenNames = loadGivenNames();
  const seedLines = dataLines(join(ACTORS, "role-seeds.tsv")).map((l) => l.split("\t"));
  const noise = new Set(seedLines.filter(([r]) => r === "-").flatMap(([, w = ""]) => w.split(/\s+/)));
  for (const [role = "", seeds = ""] of seedLines) {
    if (role === "-") continue;
    for (const seed of seeds.split(/\s+/).filter(Boolean)) {
      const m = /^(.+)\.n\.(\d+)(~?)$/.exec(seed);
      if (!m) throw new Error(`role-seeds.tsv: bad seed ${seed}`);
      const word = m[1]!.replace(/_/g, " ");
      const offset = wn.senses(word, "n")[Number(m[2]) - 1];
      if (!offset) throw new Error(`role-seeds.tsv: ${seed} is not a WordNet sense`);
      const queue: [string, number][] = [[offset, 0]];
      const seen = new Set<string>();
      while (queue.length) {
        const [o, depth] = queue.shift()!;
        if (seen.has(o)) continue;
        seen.add(o);
        const s = wn.synset(o, "n");
        for (const w of s.words) {
          if (
            chosen.has(w) ||
            hand.has(w) ||
            givenNames.has(w) ||
            noise.has(w.replace(/ /g, "_")) ||
            !/^[a-z][a-z -]*[a-z]$/.test(w)
          )
            continue;
          if (adjectives.has(w) || verbs.has(w) || wn.rank(w, "n", o) !== 1) continue;
          if (capitalised(o).has(w)) continue;
          chosen.set(w, { role, why: seed });
        }
        if (m[3] === "~" && depth < MAX_DEPTH)
          for (const p of s.pointers)
            if (p.symbol === "~" && p.pos === "n") queue.push([p.offset, depth + 1]);
      }
    }
  }
  const lines = [...chosen]
    .sort((a, b) => a[1].role.localeCompare(b[1].role) || a[0].localeCompare(b[0]))
    .map(([w, { role }]) => `${w}\t${pluralOf(w)}\t${role}`);
  const header = [
    "# GENERATED by scripts/generate-role-nouns.ts from actors/role-seeds.tsv and WordNet 3.1: do not edit,",
    "# change the seeds and run `npm run generate:roles`. Same grammar as agents.tsv:",
    "# term <TAB> plural <TAB> role. The hand-written agents.tsv and titles.tsv win over these lines.",
  ];
  writeFileSync(join(OUT, "wordnet.agents.tsv"), `${[...header, ...lines].join("\n")}\n`);
  console.log(`wrote ${lines.length} role nouns to ${join(OUT, "wordnet.agents.tsv")}`);
}

main();
