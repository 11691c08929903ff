// Golden suite "coding": each case file is a JSON Lines list of our own sentences with the events
// we decided are right (`gold`). The expected file records what the coder produced for each line,
// so a change in coding shows up as a reviewable diff; test/code/coding-quality.test.ts scores the
// output against `gold` and holds it above the floors in test/quality-floors.json.
// Actors come from the fixture list test/golden/coding/actors.tsv, so these cases test the coder,
// not the actor dictionaries.
//   npm run golden -- add coding my-cases.jsonl      (lines: {"id","text","publishedAt","gold":[...]})
import { codeCase, readCases, summarize } from "../code/coding-cases.ts";
import { type GoldenSuite, inputCases, inputFile } from "./golden-suite.ts";

export const suite: GoldenSuite = {
  inputPath: inputFile,
  listCases: inputCases,
  async produce(inputPath) {
    return readCases(inputPath).map((c) => ({ id: c.id, events: codeCase(c).map(summarize) }));
  },
};
