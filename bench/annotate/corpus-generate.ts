// A deterministic corpus of newswire-like paragraphs about international relations, built from
// our own templates with a seeded PRNG, so every run measures the same text.
import { createRandom } from "../seeded-random.ts";

const STATES = [
  "China",
  "Pakistan",
  "India",
  "the United States",
  "Russia",
  "Ukraine",
  "Iran",
  "Israel",
  "Turkey",
  "Japan",
  "the Philippines",
  "South Korea",
  "North Korea",
  "Ethiopia",
  "Sudan",
  "Mali",
  "Colombia",
  "Venezuela",
  "Armenia",
  "Azerbaijan",
  "Germany",
  "France",
  "Brazil",
  "Egypt",
];
const CAPITALS = [
  "BEIJING",
  "ISLAMABAD",
  "NEW DELHI",
  "WASHINGTON",
  "MOSCOW",
  "KYIV",
  "TEHRAN",
  "JERUSALEM",
  "ANKARA",
  "TOKYO",
  "MANILA",
  "SEOUL",
  "ADDIS ABABA",
  "KHARTOUM",
  "BAMAKO",
  "BOGOTA",
  "CARACAS",
  "YEREVAN",
];
const AGENCIES = ["Reuters", "AP", "AFP", "Xinhua"];
const OFFICIALS = [
  "Foreign Minister",
  "Defence Minister",
  "Prime Minister",
  "President",
  "Army Chief Gen.",
  "Lt. Gen.",
  "Adm.",
  "Sen.",
  "Ambassador",
  "Deputy Foreign Minister",
];
const NAMES = [
  "Amir Rahimi",
  "Laura Keane",
  "Chen Wei",
  "Olena Marchenko",
  "Rajiv Menon",
  "Tomas Ruiz",
  "Yuki Tanaka",
  "Selam Bekele",
  "Farid Osmani",
  "Maria L. Costa",
  "Kwame Asante",
  "Ivan Petrov",
];
const VERBS_PAST = [
  "met",
  "criticised",
  "thanked",
  "warned",
  "hosted",
  "accused",
  "praised",
  "telephoned",
  "urged",
  "threatened",
  "visited",
  "condemned",
];
const TOPICS = [
  "border security",
  "a new trade corridor",
  "the ceasefire",
  "joint naval drills",
  "energy supplies",
  "the release of detained sailors",
  "nuclear inspections",
  "grain exports",
  "refugee returns",
  "sanctions relief",
  "a water-sharing treaty",
  "counter-terrorism cooperation",
];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS = [
  "Jan.",
  "Feb.",
  "March",
  "April",
  "May",
  "June",
  "July",
  "Aug.",
  "Sept.",
  "Oct.",
  "Nov.",
  "Dec.",
];

type Pick = <T>(items: readonly T[]) => T;

const SENTENCES: ReadonlyArray<(p: Pick, n: () => number) => string> = [
  (p) => `${p(OFFICIALS)} ${p(NAMES)} ${p(VERBS_PAST)} his counterpart from ${p(STATES)} on ${p(DAYS)}.`,
  (p, n) =>
    `The two sides discussed ${p(TOPICS)} and agreed to meet again in ${p(MONTHS)} ${1 + Math.floor(n() * 28)}.`,
  (p) => `"We will not accept any violation of our sovereignty," ${p(NAMES)} told reporters in ${p(STATES)}.`,
  (p, n) =>
    `Trade between ${p(STATES)} and ${p(STATES)} grew ${(n() * 9).toFixed(1)} percent last year, officials said.`,
  (p) => `A statement from the ministry accused ${p(STATES)} of undermining ${p(TOPICS)}.`,
  (p) => `The U.S. and the U.N. called on ${p(STATES)} to show restraint.`,
  (_p, n) =>
    `At least ${2 + Math.floor(n() * 40)} people were killed when an air strike hit a market near the border, local officials said.`,
  (p) => `Analysts said the talks on ${p(TOPICS)} could take months... Others were less hopeful.`,
  (p) => `Diplomats from ${p(STATES)} walked out of the session, e.g. during the vote on ${p(TOPICS)}.`,
  (p, n) => `The agreement, worth about $${(1 + n() * 20).toFixed(1)} billion, covers ${p(TOPICS)}.`,
  (p) => `${p(STATES)} summoned the ambassador of ${p(STATES)} to protest the remarks.`,
  (p) => `Lt. Gen. ${p(NAMES)} said troops would stay "as long as necessary."`,
];

/** `count` paragraphs of 2–5 sentences; a third open with a wire dateline. */
export function generateParagraphs(count: number, seed = 20200616): string[] {
  const random = createRandom(seed);
  const pick: Pick = (items) => items[Math.floor(random() * items.length)]!;
  const paragraphs: string[] = [];
  for (let i = 0; i < count; i++) {
    const sentences: string[] = [];
    const length = 2 + Math.floor(random() * 4);
    for (let s = 0; s < length; s++) sentences.push(pick(SENTENCES)(pick, random));
    const dateline = random() < 0.33 ? `${pick(CAPITALS)} (${pick(AGENCIES)}) - ` : "";
    paragraphs.push(dateline + sentences.join(" "));
  }
  return paragraphs;
}

/** Groups paragraphs into documents of `perDocument` paragraphs joined by blank lines. */
export function groupIntoDocuments(paragraphs: readonly string[], perDocument: number): string[] {
  const documents: string[] = [];
  for (let i = 0; i < paragraphs.length; i += perDocument) {
    documents.push(paragraphs.slice(i, i + perDocument).join("\n\n"));
  }
  return documents;
}
