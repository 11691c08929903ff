import { describe, expect, it } from "vitest";
import { splitMatchTokens } from "../../../src/annotate/mentions/match-tokens.ts";
import { PhraseTrie } from "../../../src/annotate/mentions/phrase-trie.ts";

function matches(trie: PhraseTrie<string>, text: string): string[] {
  const tokens = splitMatchTokens(text);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++)
    for (const m of trie.matchAt(tokens, i)) out.push(m.entries[0]!.value);
  return out;
}

describe("letter case of mixed-case acronyms", () => {
  const trie = new PhraseTrie<string>();
  trie.add("LeT", "group");
  trie.add("Pakistan", "state");

  it("matches a mixed-case acronym only as written or in capitals", () => {
    expect(matches(trie, "police blamed the LeT")).toEqual(["group"]);
    expect(matches(trie, "POLICE BLAME LET")).toEqual(["group"]);
    expect(matches(trie, "Let’s go")).toEqual([]);
  });

  it("still lets a title-case name match in capitals and not in lower case", () => {
    expect(matches(trie, "PAKISTAN and Pakistan")).toEqual(["state", "state"]);
    expect(matches(trie, "pakistan")).toEqual([]);
  });
});
