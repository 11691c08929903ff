// Stage 1, ingest: inputs (files, folders, stdin, JSON Lines) become raw documents.
export { countInputs } from "./count-inputs.ts";
export { detectDocType, type ReadOptions, readInputs } from "./read-inputs.ts";
