// A plain-text input document as the pipeline receives it from a file, for tests that store and
// recode short texts.
import type { RawDoc } from "../../src/types.ts";

/** A `.txt` input named `id` holding `text` (UTF-8). */
export const rawText = (id: string, text: string): RawDoc => ({
  kind: "raw",
  id,
  input: `${id}.txt`,
  type: "text",
  content: Buffer.from(text, "utf8"),
});
