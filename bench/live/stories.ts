// The generated stories the live benchmarks feed the workers: two sentences of talks between two of
// ten countries, each story different (numbers, dates) so none is a byte- or near-duplicate skip.
const COUNTRIES = ["Kenya", "Somalia", "Chile", "Peru", "Norway", "Poland", "Ghana", "Nepal", "Laos", "Oman"];

export function benchStory(i: number): string {
  const a = COUNTRIES[((i % COUNTRIES.length) + COUNTRIES.length) % COUNTRIES.length];
  const b = COUNTRIES[(((i * 7 + 3) % COUNTRIES.length) + COUNTRIES.length) % COUNTRIES.length];
  return `Story ${i}\n\n${a} and ${b} held talks on trade number ${i} in the capital on Monday, officials said. The ministers agreed to meet again in ${2022 + (Math.abs(i) % 3)} to review progress on item ${i * 13}.\n`;
}

export function benchPage(i: number): string {
  return `<!doctype html><html><head><title>Story ${i}</title></head><body><article><h1>Story ${i}</h1><p>${benchStory(i).split("\n\n")[1]}</p></article></body></html>`;
}

/** Story `i` as the raw input a worker's document job hands the ingester; `withUrl` as a feed item has one. */
export function benchStoryInput(i: number, withUrl = true) {
  return {
    kind: "raw" as const,
    id: `s${i}`,
    input: `s${i}`,
    type: "text" as const,
    content: new Uint8Array(Buffer.from(benchStory(i))),
    ...(withUrl ? { url: `https://news.example/story/${i}` } : {}),
  };
}
