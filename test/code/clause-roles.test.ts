// Who is source and who is target in clause shapes the hand audit showed going wrong: coordinated
// passives, a copula clause before "and", the agent of a reacted-to act, a state's organ acting
// "from" its own state, polysemous force/aid/support words, and addressed appeals.

import { describe, expect, it } from "vitest";
import { fixtureTriples } from "./fixture-triples.ts";

const triples = fixtureTriples();

describe("clause roles", () => {
  it("reads a participle coordinated with a passive as passive: no agent, no event", () => {
    expect(triples("The Iranian diplomat was expelled in April and sentenced to prison.")).toEqual([]);
    expect(triples("Hundreds of Afghans returned home after being deported.")).toEqual([]);
  });
  it("gives a verb after 'and' the subject of a copula clause before it", () => {
    expect(
      triples("Ethiopia is one of the critics of Egypt's dam policy and has accused Sudan of delays."),
    ).toEqual(["ETH>SDN:112"]);
  });
  it("aims a reaction at the agent of the act it reacts to", () => {
    expect(triples("Turkey condemned the move announced on Monday by Israel.")).toEqual(["TUR>ISR:111"]);
    expect(triples("Ethiopia rejected mediation by Kenya.")).toEqual(["ETH>KEN:126"]);
  });
  it("does not make a state's own organ act on that state in a cooperative event", () => {
    expect(triples("The Turkish government pledged new funding from Turkey.")).not.toContain(
      "TURGOV>TUR:0331",
    );
    // ... but the country still stands for its people as the victim of force.
    expect(triples("Turkish journalists were arrested by Turkish police.")).toEqual(["TURCOP>TUR:173"]);
  });
  it("codes strike/hit only with a target or an armed source, help/support/release only with a target", () => {
    expect(triples("Nigerian troops struck camps near the border.")).toEqual(["NGAMIL>-:190"]);
    expect(triples("The Iranian economy hit a record high.")).toEqual([]);
    expect(triples("Israel released a report on Monday.")).toEqual([]);
    expect(triples("Israel released three Palestinian prisoners.")).toContain("ISR>PSE:0841");
  });
  it("codes an appeal to an actor as 020 when what is asked is no coded action", () => {
    expect(triples("Egypt urged Ethiopia to reconsider the timetable.")).toEqual(["EGY>ETH:020"]);
    // A coded request recodes the action instead.
    expect(triples("Egypt urged Ethiopia to release the prisoners.")).not.toContain("EGY>ETH:020");
  });
  it("codes denying an accusation as denial (016), not rejection", () => {
    expect(triples("Russia rejected the accusations as false.")).toEqual(["RUS>-:016"]);
  });
});
