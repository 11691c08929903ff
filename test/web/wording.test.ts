// The dashboard's counted labels agree in number: "1 event", "2 events", thousands grouped.
import { describe, expect, it } from "vitest";
import { counted } from "../../web/src/wording.ts";

describe("counted labels", () => {
  it("uses the singular for one and the plural otherwise", () => {
    expect(counted(1, "event")).toBe("1 event");
    expect(counted(0, "event")).toBe("0 events");
    expect(counted(2, "firing")).toBe("2 firings");
  });
  it("groups thousands and takes an irregular plural", () => {
    expect(counted(12345, "event")).toBe("12,345 events");
    expect(counted(3, "country", "countries")).toBe("3 countries");
  });
});
