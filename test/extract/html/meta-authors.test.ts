// cleanAuthorNames on bylines that markup glued together or that picked up tool labels.
import { describe, expect, it } from "vitest";
import { cleanAuthorNames } from "../../../src/extract/html/meta-authors.ts";

describe("cleanAuthorNames", () => {
  it("takes off a byline prefix glued to the name and tool labels read into the byline", () => {
    expect(cleanAuthorNames(["ByJane Roe"])).toEqual(["Jane Roe"]);
    expect(cleanAuthorNames(["Print Jane Roe"])).toEqual(["Jane Roe"]);
    expect(cleanAuthorNames(["Print E-mail By Jane Roe and John Doe"])).toEqual(["Jane Roe", "John Doe"]);
  });

  it("keeps names that merely start like a label", () => {
    expect(cleanAuthorNames(["Byron Smith"])).toEqual(["Byron Smith"]);
    expect(cleanAuthorNames(["By Sharon Printz"])).toEqual(["Sharon Printz"]);
  });
});
