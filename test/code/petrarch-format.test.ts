import { describe, expect, it } from "vitest";
import { codesOn, parseActors, parseAgents } from "../../src/code/petrarch/petrarch-actors.ts";
import { petrarchLines, phraseWords } from "../../src/code/petrarch/petrarch-lines.ts";
import { parseVerbs, verbForms } from "../../src/code/petrarch/petrarch-verbs.ts";

describe("TABARI/PETRARCH dictionary formats", () => {
  it("drops <!-- --> blocks and # comments, keeping line numbers", () => {
    const lines = petrarchLines("<!-- a\nb -->\nKEEP [X] # note\n\n\tINDENTED");
    expect(lines).toEqual([
      { line: 3, text: "KEEP [X]", indented: false },
      { line: 5, text: "INDENTED", indented: true },
    ]);
  });
  it("splits phrases into words, marking the ones written after a space", () => {
    expect(phraseWords("MINAS_TIRITH_")).toEqual({
      words: ["minas", "tirith"],
      exact: true,
      spaced: [false, false],
    });
    expect(phraseWords("ITHILEN TELEVISION")).toEqual({
      words: ["ithilen", "television"],
      exact: false,
      spaced: [false, true],
    });
  });
  it("reads actors with synonyms, null codes and date-restricted code blocks", () => {
    const actors = parseActors(
      "NUMENOR_ [NUM]\n+WESTERNESSE\nSAURON\n\t[MORGOV <950601]\n\t[MORREB 950601-991231]\n\t[MORMIL >991231]\nNOBODY [---]\n",
      "actors.txt",
    );
    expect(actors.map((a) => a.words.join(" "))).toEqual(["numenor", "westernesse", "sauron", "nobody"]);
    expect(actors[0]!.exact).toBe(true);
    expect(codesOn(actors[1]!, 19950101)).toEqual(["NUM"]);
    expect(codesOn(actors[2]!, 19950101)).toEqual(["MORGOV"]);
    expect(codesOn(actors[2]!, 19970101)).toEqual(["MORREB"]);
    expect(codesOn(actors[2]!, 20050101)).toEqual(["MORMIL"]);
    expect(codesOn(actors[3]!, 19950101)).toBeNull();
  });
  it("reads agents with roles, plurals and macros", () => {
    const agents = parseAgents(
      "!P! = MAN, WOMAN\nSPY!P! [~SPY]\nMINISTER {MINISTERS} [~GOV]\nNGO [NGO~]\n",
      "agents.txt",
    );
    const byWords = new Map(agents.map((a) => [a.words.join(" "), a]));
    expect(byWords.get("spyman")?.role).toBe("SPY");
    expect(byWords.has("spywomen")).toBe(false);
    expect(byWords.has("spywomans")).toBe(true);
    expect(byWords.get("ministers")?.role).toBe("GOV");
    expect(byWords.get("ngo")?.prefix).toBe(true);
  });
  it("reads verb blocks into patterns with the verb's forms", () => {
    expect(verbForms("TRADE")).toEqual(["trade", "trades", "traded", "trading"]);
    const patterns = parseVerbs(
      "&TIES\n+DIPLOMATIC\n+TRADE\n\n--- RESTORE [050] ---\nRESTORE\n- * &TIES TIES_WITH + [064]\n- NOT * [120]\n--- SAY [---] ---\nSAY {SAID}\n",
      "verbs.txt",
    );
    expect(patterns.map((p) => [p.code, p.text])).toEqual([
      ["050", "RESTORE"],
      ["064", "* &TIES TIES_WITH +"],
      ["120", "NOT *"],
    ]);
    const forms = patterns[0]!.elements[0]!;
    expect(forms.kind === "word" && forms.words.has("restored")).toBe(true);
  });
});
