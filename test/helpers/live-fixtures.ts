// Generated news pages and feeds for the live side's tests: distinct stories that code to events.
const COUNTRIES = ["Kenya", "Somalia", "Chile", "Peru", "Norway", "Poland", "Ghana", "Nepal", "Laos", "Oman"];

export function articlePage(i: number): string {
  const a = COUNTRIES[i % COUNTRIES.length];
  const b = COUNTRIES[(i * 7 + 3) % COUNTRIES.length];
  return `<!doctype html><html><head><title>Story ${i}</title>
<meta property="article:published_time" content="2021-03-0${(i % 9) + 1}T10:00:00Z"></head>
<body><article><h1>${a} and ${b} talks, round ${i}</h1>
<p>${a} and ${b} held talks on trade number ${i} in the capital on Monday, officials said.</p>
<p>The ministers agreed to meet again in ${2022 + (i % 3)} to review progress on item ${i * 13}.</p>
</article></body></html>`;
}

export function rssFeed(origin: string, ids: readonly number[]): string {
  const items = ids
    .map(
      (i) =>
        `<item><title>Story ${i}</title><link>${origin}/a/${i}</link><pubDate>Mon, 01 Mar 2021 10:00:00 GMT</pubDate></item>`,
    )
    .join("");
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Local wire</title>${items}</channel></rss>`;
}
