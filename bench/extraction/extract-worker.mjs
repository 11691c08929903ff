// One tool over a folder of pages, in its own process so its peak memory is its own:
//   node bench/extraction/extract-worker.mjs TOOL HTML_DIR OUT.jsonl
// TOOL: sitrep | readability-linkedom | readability-jsdom. Pages are read into memory before the
// clock starts; the timed loop is extraction only. Time is the process's CPU time (user + system),
// not wall time: other work on a shared machine then does not skew the ratios between tools.
// processSeconds is the CPU time of the whole process (start-up and module loading included), the
// cost a user pays for a run. Plain JS run by plain node, so no tool pays for a TypeScript loader it
// would not need: Sitrep loads as `bin/sitrep.js` does (its build in dist/ when fresh, else the
// sources through tsx, whose start-up then counts against it). Prints one JSON line: {tool, pages, seconds, processSeconds,
// wallSeconds, peakRssMb}.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";

/** @typedef {(bytes: Uint8Array, id: string) => string} Extract */

/** @returns {Promise<Extract>} */
async function loadTool(tool) {
  if (tool === "sitrep") {
    // Imported here, not at the top: the peers' processes must not pay for loading Sitrep.
    const { importEntry } = await import("../../bin/load-entry.js");
    const { createContext } = await importEntry("context", "src/context.ts");
    const { createHtmlExtractor } = await importEntry("extract-html", "src/extract/html/extract-html.ts");
    const extract = createHtmlExtractor(createContext());
    return (bytes, id) => extract({ kind: "raw", id, input: id, type: "html", content: bytes }).text;
  }
  const { Readability } = await import("@mozilla/readability");
  const utf8 = new TextDecoder("utf-8");
  if (tool === "readability-linkedom") {
    const { parseHTML } = await import("linkedom");
    return (bytes) => {
      const { document } = parseHTML(utf8.decode(bytes));
      return new Readability(document).parse()?.textContent ?? "";
    };
  }
  if (tool === "readability-jsdom") {
    const { JSDOM, VirtualConsole } = await import("jsdom");
    const virtualConsole = new VirtualConsole(); // silences CSS parse errors printed by jsdom
    return (bytes) => {
      const dom = new JSDOM(utf8.decode(bytes), { virtualConsole });
      const text = new Readability(dom.window.document).parse()?.textContent ?? "";
      dom.window.close();
      return text;
    };
  }
  throw new Error(`unknown tool ${tool}`);
}

async function main() {
  const [tool, dir, out] = process.argv.slice(2);
  if (!tool || !dir || !out) throw new Error("usage: extract-worker.ts TOOL HTML_DIR OUT.jsonl");
  const extract = await loadTool(tool);
  const pages = readdirSync(dir)
    .filter((f) => f.endsWith(".html"))
    .sort()
    .map((f) => ({ id: basename(f, ".html"), bytes: new Uint8Array(readFileSync(join(dir, f))) }));
  const lines = [];
  const started = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  for (const page of pages) {
    let text = "";
    try {
      text = extract(page.bytes, page.id);
    } catch {
      text = ""; // a tool that fails on a page scores zero on it
    }
    lines.push(JSON.stringify({ id: page.id, text }));
  }
  const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  const seconds = (cpu.user + cpu.system) / 1e6;
  writeFileSync(out, `${lines.join("\n")}\n`);
  const whole = process.cpuUsage();
  const processSeconds = (whole.user + whole.system) / 1e6;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ tool, pages: pages.length, seconds, processSeconds, wallSeconds, peakRssMb }));
}

await main();
