// A capital written as a dateline, or after a preposition of place, is where a story was filed or
// where something happened: a place, never the state acting. Capital metonymy in running text
// ("Moscow warned Tokyo") stays a government actor. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { annotatedMentions } from "../../helpers/annotate-text.ts";

/** "text=kind:code" for the capitals and countries the annotator found. */
const read = (text: string, names: readonly string[]) =>
  annotatedMentions(text)
    .filter((m) => names.includes(m.text))
    .map((m) => `${m.text}=${m.kind}:${m.code}`);

describe("a dateline's capital is a place", () => {
  it("at the head of the text, with a colon, a dash or an agency", () => {
    expect(read("TOKYO: The cabinet approved the budget on Friday.", ["TOKYO"])).toEqual(["TOKYO=place:JPN"]);
    expect(read("CAIRO (Reuters) - Police detained two reporters.", ["CAIRO"])).toEqual(["CAIRO=place:EGY"]);
    expect(read("OTTAWA — The senate passed the bill.", ["OTTAWA"])).toEqual(["OTTAWA=place:CAN"]);
  });
  it("when a headline runs into the dateline on one line", () => {
    const text = "Farmers march against a new fuel tax NAIROBI: Thousands of farmers marched on Monday.";
    expect(read(text, ["NAIROBI"])).toEqual(["NAIROBI=place:KEN"]);
  });
  it("after a wire credit in brackets that opens the line", () => {
    expect(read("(AP) LIMA - Rescuers reached the miners on Sunday.", ["LIMA"])).toEqual(["LIMA=place:PER"]);
  });
  it("in mixed case, closed by an agency in brackets or a dash standing apart", () => {
    expect(read("Cairo (Reuters) - Police detained two reporters.", ["Cairo"])).toEqual(["Cairo=place:EGY"]);
    expect(read("Ottawa — The senate passed the bill.", ["Ottawa"])).toEqual(["Ottawa=place:CAN"]);
  });
  it("on a later line of the text, as on a page of several stories", () => {
    const text = "Rain closes roads in the hills.\n\nBERLIN: The minister resigned on Tuesday.";
    expect(read(text, ["BERLIN"])).toEqual(["BERLIN=place:DEU"]);
  });
});

describe("a capital after a preposition of place is a place", () => {
  it("in, at, from, near", () => {
    const text = "Envoys met in Tokyo, flew from Cairo and held talks near Ottawa.";
    expect(read(text, ["Tokyo", "Cairo", "Ottawa"])).toEqual([
      "Tokyo=place:JPN",
      "Cairo=place:EGY",
      "Ottawa=place:CAN",
    ]);
  });
});

describe("a capital coordinated with a place is a place", () => {
  it("shares the preposition of the place before it", () => {
    expect(read("Crowds gathered in Lima and Quito overnight.", ["Lima", "Quito"])).toEqual([
      "Lima=place:PER",
      "Quito=place:ECU",
    ]);
    expect(read("Trains ran from Vienna, Prague and Budapest.", ["Budapest"])).toEqual([
      "Budapest=place:HUN",
    ]);
  });
  it("but a verb after it opens a clause where the capital acts", () => {
    expect(read("Riots broke out in Lima and Quito protested.", ["Quito"])).toEqual(["Quito=state:ECUGOV"]);
  });
  it("and two capitals coordinated as subjects are both actors", () => {
    expect(read("Lima and Quito signed a treaty.", ["Lima", "Quito"])).toEqual([
      "Lima=state:PERGOV",
      "Quito=state:ECUGOV",
    ]);
  });
});

describe("capital metonymy in running text stays an actor", () => {
  it("as subject and object of a verb", () => {
    expect(read("Moscow warned Tokyo on Monday.", ["Moscow", "Tokyo"])).toEqual([
      "Moscow=state:RUSGOV",
      "Tokyo=state:JPNGOV",
    ]);
  });
  it("at a sentence start in mixed case, followed by a comma", () => {
    const text = "The talks failed. Berlin, for its part, blamed Paris.";
    expect(read(text, ["Berlin", "Paris"])).toEqual(["Berlin=state:DEUGOV", "Paris=state:FRAGOV"]);
  });
  it("in mixed case before a colon, as a headline quotes a capital as speaker", () => {
    expect(read("Tokyo: Seoul must stop the drills", ["Tokyo"])).toEqual(["Tokyo=state:JPNGOV"]);
  });
  it("a capital in capitals inside a sentence with no dateline punctuation", () => {
    expect(read("Officials said CAIRO would reply.", ["CAIRO"])).toEqual(["CAIRO=state:EGYGOV"]);
  });
});
