// The document's context before population: how sure the story is of its state grows with the
// names that lie there, and a later pass re-reads the others' context choices. Our own sentences;
// each mechanism with a near case it must leave alone.
import { describe, expect, it } from "vitest";
import { foundPlace, placeFinder } from "../../helpers/place-finder.ts";

const places = placeFinder();
const found = foundPlace;

describe("the story's state grows surer with each name that lies there", () => {
  it("takes Vienna for the Virginia town in a story naming three Virginia places", () => {
    const ms = places(
      "Commuters from Vienna crowd the morning trains. Home prices in Manassas and Haymarket, Virginia rose again.",
    );
    expect(found(ms, "Vienna")?.code).toBe("USA");
    expect(found(ms, "Vienna")?.place?.admin1).toBe("Virginia");
  });

  it("leaves Vienna in Austria when the text ties it there, whatever the story's state", () => {
    const ms = places(
      "She studied in Vienna, Austria before moving home. Home prices in Manassas and Haymarket, Virginia rose again.",
    );
    expect(found(ms, "Vienna")?.code).toBe("AUT");
  });
});

describe("a third pass reads the others' context choices", () => {
  const text =
    "Divers searched a pond near the Spoon River in Fulton County in central Illinois. Canton firefighters helped.";

  it("places a town by a county that context, not population, placed", () => {
    // Fulton County alone is Georgia's (Atlanta's county); "Illinois" moves it, then Canton follows.
    const ms = places(text);
    expect(found(ms, "Fulton County")?.place?.admin1).toBe("Illinois");
    expect(found(ms, "Canton")?.place?.admin1).toBe("Illinois");
  });

  it("moves no name out of the story's state after a neighbour's first guess", () => {
    const ms = places("Canton police and Marietta firefighters met in Atlanta, Georgia on Monday.");
    expect(found(ms, "Canton")?.place?.admin1).toBe("Georgia");
    expect(found(ms, "Marietta")?.place?.admin1).toBe("Georgia");
  });
});

describe("a compass word before a city names part of it, not a person", () => {
  it("keeps the city in 'Southeast Portland' and elsewhere in the text", () => {
    const ms = places("Portland police said the crash happened on a bridge in Southeast Portland.");
    expect(ms.filter((m) => m.text === "Portland").map((m) => m.place?.admin1)).toEqual(["Oregon", "Oregon"]);
  });

  it("still takes a surname after a given name for the person", () => {
    const ms = places(
      "Coach Dana Portland said the team would rest. Portland added that practice resumes Monday.",
    );
    expect(ms.map((m) => m.text)).not.toContain("Portland");
  });
});

describe("a small town named like a lake, river or mountain in another state than the story's", () => {
  it("is the story's feature: 'Mount Rainier' in a Washington story is not Maryland's town", () => {
    const ms = places(
      "Two climbers were rescued on Mount Rainier. Pierce County deputies flew them to Tacoma, Wash.",
    );
    expect(found(ms, "Mount Rainier")?.place?.admin1).toBe("Washington");
  });

  it("stays the town when the text qualifies it or it lies near the story's places", () => {
    const qualified = places(
      "The couple drove from Peoria to Rice Lake, Wis., for the wedding. Bloomington and Normal, Ill., sent gifts.",
    );
    expect(found(qualified, "Rice Lake")?.place?.admin1).toBe("Wisconsin");
    const near = places("Chicago and Evanston families spend summers at Lake Geneva on weekends.");
    expect(found(near, "Lake Geneva")?.place?.admin1).toBe("Wisconsin");
  });
});

describe("a post-office village the text does not place gives way to its town in a named state", () => {
  it("takes Illinois' Carbondale beside Marion, not Ohio's post office drawn by Marion's first guess", () => {
    const ms = places("Florence Johnson, 72, of Marion, died Saturday at her home in Carbondale.");
    expect(found(ms, "Marion")?.place?.admin1).toBe("Illinois");
    expect(found(ms, "Carbondale")?.place?.admin1).toBe("Illinois");
  });

  it("still drops a post-office village whose name no named state has a town of", () => {
    const ms = places(
      "Volunteers from Clarks Hill joined the search, officials in Dallas and Fort Worth said.",
    );
    expect(ms.map((m) => m.text)).not.toContain("Clarks Hill");
  });
});

describe("a name word after an elided article ('d'Alene') continues the name", () => {
  it("finds Coeur d'Alene and Côte d'Ivoire", () => {
    const ms = places("Crews from Coeur d'Alene, Idaho flew to Côte d'Ivoire last week.");
    expect(found(ms, "Coeur d'Alene")?.place?.admin1).toBe("Idaho");
    expect(found(ms, "Côte d'Ivoire")?.code).toBe("CIV");
  });

  it("leaves a place alone when the longer run names nothing", () => {
    const ms = places("The Paris d'Orsay show opened in Lyon.");
    expect(found(ms, "Paris")?.code).toBe("FRA");
  });
});

describe("a name right after a speech verb, before a comma, is the speaker", () => {
  it("takes 'said Warren, a senior' for a person", () => {
    const ms = places('"We will win," said Warren, a junior at the high school in Omaha.');
    expect(ms.map((m) => m.text)).not.toContain("Warren");
  });

  it("keeps a town the text qualifies by its state, or a big city", () => {
    const ms = places("Police said Warren, Mich., was quiet. Officials said Detroit, too, was calm.");
    expect(found(ms, "Warren")?.place?.admin1).toBe("Michigan");
    expect(found(ms, "Detroit")?.place?.admin1).toBe("Michigan");
  });
});
