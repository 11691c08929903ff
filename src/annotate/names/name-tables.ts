// The editable word lists behind name recognition, read from data/names/ and the user's --dict
// folders (grammar in data/README.md): organisation words with the role such a body has,
// honorifics, nouns for what a person is or does, and the kinds of organisation that WordNet
// gives (the generated wordnet.organisation-heads.tsv, also read by the mention engine).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface NameTables {
  /** "party" -> "" (no role), "ministry" -> "GOV". */
  readonly organisationWords: ReadonlyMap<string, string>;
  readonly honorifics: ReadonlySet<string>;
  readonly personNouns: ReadonlySet<string>;
  /** "widow", "sons": after a name's possessive they make it a person's ("Roe's widow"). */
  readonly kinNouns: ReadonlySet<string>;
  /** "road", "lake": words that end place names, so "Grace Road" is no person. */
  readonly placeWords: ReadonlySet<string>;
  /** "newspaper", "club": nouns after a capitalised name that make it an organisation's. */
  readonly bodyNouns: ReadonlySet<string>;
  /**
   * "company", "insurer", "ministry": one-word kinds of organisation (the WordNet heads,
   * names/wordnet.organisation-heads.tsv) and the body nouns: by "the company" news refers back
   * to a body it named (acting-bodies.ts).
   */
  readonly bodyKinds: ReadonlySet<string>;
  /** "european", "olympic": adjectives written with a capital, no names alone. */
  readonly properAdjectives: ReadonlySet<string>;
  /** "innings", "striker": words that make a document a sports report. */
  readonly sportWords: ReadonlySet<string>;
  /** "united", "city": words that end a club's name in a sports report ("Norwich City"). */
  readonly teamWords: ReadonlySet<string>;
  /** Words that close the name of an event or competition ("Games", "Open", "Masters"). */
  readonly eventWords: ReadonlySet<string>;
  /** "Federal Reserve", "Interpol": names of organisations, as written, each name's words by single spaces. */
  readonly organisationNames: ReadonlySet<string>;
}

export interface NameTableIssue {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

const ROLE = /^[A-Z]{3}$/;
// Roles whose kinds of body, after "the", are the state's own (police, army): no back-reference.
const STATE_FORCES = new Set(["COP", "MIL"]);

function lines(file: string): { text: string; line: number }[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split(/\r?\n/)
    .map((text, k) => ({ text: text.trim(), line: k + 1 }))
    .filter((l) => l.text && !l.text.startsWith("#"));
}

/** Reads data/names/ of each folder in order; later folders add words. */
export function loadNameTables(dirs: readonly string[], issues: NameTableIssue[] = []): NameTables {
  const organisationWords = new Map<string, string>();
  const honorifics = new Set<string>();
  const personNouns = new Set<string>();
  const kinNouns = new Set<string>();
  const placeWords = new Set<string>();
  const bodyNouns = new Set<string>();
  const properAdjectives = new Set<string>();
  const organisationNames = new Set<string>();
  const sportWords = new Set<string>();
  const teamWords = new Set<string>();
  const eventWords = new Set<string>();
  const bodyKinds = new Set<string>();
  for (const dir of dirs) {
    const base = existsSync(join(dir, "names")) ? join(dir, "names") : dir;
    const orgFile = join(base, "organisation-words.tsv");
    for (const { text, line } of lines(orgFile)) {
      const [word = "", role = "", extra] = text.split("\t");
      if (extra !== undefined || /\s/.test(word) || word !== word.toLowerCase())
        issues.push({ file: orgFile, line, message: "expected `word<TAB>role`: one lower-case word" });
      else if (role && !ROLE.test(role))
        issues.push({ file: orgFile, line, message: `role "${role}" is not three upper-case letters` });
      else organisationWords.set(word, role);
    }
    for (const [name, set] of [
      ["honorifics.txt", honorifics],
      ["person-nouns.txt", personNouns],
      ["kin-nouns.txt", kinNouns],
      ["place-words.txt", placeWords],
      ["body-nouns.txt", bodyNouns],
      ["proper-adjectives.txt", properAdjectives],
      ["sport-words.txt", sportWords],
      ["team-words.txt", teamWords],
      ["event-words.txt", eventWords],
    ] as const) {
      const file = join(base, name);
      for (const { text, line } of lines(file)) {
        if (/\s/.test(text) || text !== text.toLowerCase())
          issues.push({ file, line, message: "expected one lower-case word" });
        else set.add(text);
      }
    }
    // Generated, so its lines are checked where the mention engine reads it (readOrganisationHeads);
    // here only the one-word terms are taken, and not the state's forces: "the police", "the
    // army" name the country's own force, not a body the text named before.
    for (const { text } of lines(join(base, "wordnet.organisation-heads.tsv"))) {
      const [term = "", role = ""] = text.split("\t");
      if (/^[a-z][a-z-]*$/.test(term) && !STATE_FORCES.has(role)) bodyKinds.add(term);
    }
    const namesFile = join(base, "organisation-names.txt");
    for (const { text, line } of lines(namesFile)) {
      if (!/^[\p{Lu}\d]/u.test(text) || /\s\s|\t/.test(text))
        issues.push({ file: namesFile, line, message: "expected one name a line, starting with a capital" });
      else organisationNames.add(text);
    }
  }
  for (const noun of bodyNouns) bodyKinds.add(noun);
  return {
    organisationWords,
    honorifics,
    personNouns,
    kinNouns,
    placeWords,
    bodyNouns,
    bodyKinds,
    properAdjectives,
    organisationNames,
    sportWords,
    teamWords,
    eventWords,
  };
}
