// A question asserts no act (src/code/question-clause.ts): yes/no questions and questions about
// who or what; "why" questions presuppose their act, and the verb that introduces a quoted
// question is outside it. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { pipelineTriples } from "./fixture-triples.ts";

const { roots } = pipelineTriples();

describe("a trigger inside a question", () => {
  it("is not asserted in a yes/no question or a question about who or what", () => {
    expect(roots("Russia attacked Ukraine on Monday.")).toContain("19");
    expect(roots("Did Russia attack Ukraine on Monday?")).not.toContain("19");
    expect(roots("So, will Russia attack Ukraine again?")).not.toContain("19");
    expect(roots("Who attacked Ukraine on Monday?")).not.toContain("19");
  });

  it("stays asserted in a why question and outside the quoted question", () => {
    expect(roots("Why has Russia attacked Ukraine again?")).toContain("19");
    expect(roots("When did Russia invade Ukraine?")).toContain("19");
    expect(roots('"Is this fair?" Kenya said after Somalia attacked its border posts.')).toContain("19");
  });
});
