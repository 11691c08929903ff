// Party words before a person's name: "Republican Mitt Romney", "Democrat Jane Roe". The run of
// capitals then starts with a word that names the person's party, not the person, and read as
// one name the whole run is classified as nothing (its first word is no given name). The words
// come from the organisation names the tables already hold ("Republican Party", "Labour Party":
// the word before "Party"), with the member noun English forms from an adjective in -ic
// ("Democratic" -> "Democrat", as "bureaucratic" -> "bureaucrat").
import type { NameFinderInput } from "./name-types.ts";

const PARTY_NAME = /^(\p{Lu}\p{Ll}+) Party$/u;

/** Lower-case party words ("republican", "democratic", "democrat") from "X Party" names. */
export function partyWordsOf(organisationNames: ReadonlySet<string>): ReadonlySet<string> {
  const out = new Set<string>();
  for (const name of organisationNames) {
    const m = PARTY_NAME.exec(name);
    if (!m) continue;
    const word = m[1]!.toLowerCase();
    out.add(word);
    if (word.endsWith("ic")) out.add(word.slice(0, -2));
  }
  return out;
}

/**
 * The run without a party word that opens it, when a given name or a form of address follows
 * ("Republican Mitt Romney" -> "Mitt Romney"); the run unchanged otherwise ("Republican Guard",
 * "Federal Reserve": no person's name follows).
 */
export function withoutPartyWord(
  input: NameFinderInput,
  run: { from: number; to: number },
  deps: {
    readonly partyWords: ReadonlySet<string>;
    readonly givenNames: ReadonlyMap<string, unknown>;
    readonly honorifics: ReadonlySet<string>;
  },
): { from: number; to: number } {
  const { tokens } = input;
  if (run.to - run.from < 3 || !deps.partyWords.has(tokens[run.from]!.key)) return run;
  const next = tokens[run.from + 1]!.key;
  return deps.givenNames.has(next) || deps.honorifics.has(next) ? { from: run.from + 1, to: run.to } : run;
}
