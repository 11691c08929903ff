// Entry of the annotation worker thread (src/pipeline-annotate-worker.ts): from dist/ when the build
// is fresh, else the sources through tsx, as bin/sitrep.js loads the command itself.
import { importEntry } from "./load-entry.js";

await importEntry("annotate-worker", "src/pipeline-annotate-worker.ts");
