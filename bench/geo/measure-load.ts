// Gazetteer load cost: wall time, CPU time and memory of createGazetteer, and a few answers.
// Not a test (timings depend on the machine and its load):
//   node --expose-gc bin/run-ts.js bench/geo/measure-load.ts
// Target (issue 4): everything loads in under 1 s and 300 MB.
import { createGazetteer } from "../../src/annotate/gazetteer/index.ts";
import { createContext } from "../../src/context.ts";

const before = process.memoryUsage().rss;
const cpuStart = process.cpuUsage();
const wallStart = performance.now();
const gazetteer = createGazetteer(createContext());
const wallMs = performance.now() - wallStart;
const cpuMs = process.cpuUsage(cpuStart).user / 1000;
(globalThis as { gc?: () => void }).gc?.();
const mb = (bytes: number) => Math.round(bytes / 1e6);
console.log(
  `gazetteer: ${gazetteer.size} entries; wall ${Math.round(wallMs)} ms, cpu ${Math.round(cpuMs)} ms; ` +
    `rss ${mb(process.memoryUsage().rss)} MB (process before: ${mb(before)} MB), heap used ${mb(process.memoryUsage().heapUsed)} MB`,
);
for (const name of ["Paris", "Georgia", "Xinjiang", "Beijing", "Gaza", "Kashmir", "South Asia"]) {
  const top = gazetteer.lookup(name)[0];
  console.log(
    `  ${name}: ${gazetteer.lookup(name).length} candidates; first ${top?.name} (${top?.kind}, ${top?.country ?? "-"})`,
  );
}
