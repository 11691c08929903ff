// Counting the documents of a run before it starts, so the progress bar knows its total.
import { createReadStream } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";

/** How many documents the inputs hold (files, plus lines of JSON Lines files), for a progress bar. */
export async function countInputs(inputs: readonly string[]): Promise<number | null> {
  let total = 0;
  const visit = async (path: string): Promise<void> => {
    const info = await stat(path);
    if (info.isDirectory()) {
      for (const e of await readdir(path)) if (!e.startsWith(".")) await visit(join(path, e));
    } else if ([".jsonl", ".ndjson"].includes(extname(path).toLowerCase())) {
      total += await countLines(path);
    } else if ([".txt", ".text", ".html", ".htm", ".xhtml", ".shtml"].includes(extname(path).toLowerCase())) {
      total++;
    }
  };
  try {
    for (const input of inputs) {
      if (input === "-") return null;
      await visit(input);
    }
  } catch {
    return null;
  }
  return total;
}

async function countLines(path: string): Promise<number> {
  let lines = 0;
  for await (const chunk of createReadStream(path)) {
    for (const byte of chunk as Buffer) if (byte === 10) lines++;
  }
  return lines;
}
