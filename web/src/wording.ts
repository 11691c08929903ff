// Counted nouns in labels: "1 event", "2 events". Screen readers read aria-labels aloud, so a
// wrong plural is heard, not only seen.
export function counted(n: number, noun: string, plural = `${noun}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? noun : plural}`;
}
