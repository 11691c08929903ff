import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadOntology, ONTOLOGY_FILES, parseOntology } from "../../src/code/ontology-load.ts";

const DATA = join(import.meta.dirname, "..", "..", "data");
const files = Object.fromEntries(
  ONTOLOGY_FILES.map((f) => [f, readFileSync(join(DATA, "ontology", f), "utf8")]),
);

describe("ontology", () => {
  const { ontology } = loadOntology(DATA);
  it("maps every CAMEO code to its root, QuadClass, Goldstein value and PLOVER type", () => {
    expect(ontology.cameo.size).toBeGreaterThan(300);
    expect(ontology.cameo.get("0312")).toEqual({
      code: "0312",
      root: "03",
      name: "Express intent to cooperate militarily",
      goldstein: 5.2,
      quadClass: 1,
      ploverType: "AGREE",
      ploverMode: null,
      ploverContexts: ["military"],
    });
    expect(ontology.cameo.get("195")?.quadClass).toBe(4);
    expect(ontology.cameo.get("042")?.ploverMode).toBe("visit");
    for (const e of ontology.cameo.values()) expect(e.code.startsWith(e.root)).toBe(true);
  });
  it("keeps codes as strings with their leading zero", () => {
    expect([...ontology.cameo.keys()]).toContain("010");
    expect(ontology.cameo.has("10")).toBe(true);
  });
  it("rejects an inconsistent table with E_ONTOLOGY naming the line", () => {
    const broken = files["cameo-events.tsv"]!.replace("0312\t03\t", "0312\t04\t");
    expect(() => parseOntology({ ...files, "cameo-events.tsv": broken })).toThrow(
      /cameo-events\.tsv:\d+: root "04"/,
    );
    const badType = files["cameo-events.tsv"]!.replace("\tAGREE\t\tmilitary", "\tAGREEMENT\t\tmilitary");
    expect(() => parseOntology({ ...files, "cameo-events.tsv": badType })).toThrow(/unknown PLOVER type/);
    try {
      parseOntology({ ...files, "cameo-events.tsv": broken });
    } catch (e) {
      expect((e as { code: string }).code).toBe("E_ONTOLOGY");
    }
  });
});
