// `sitrep --version`: the version in package.json, read once from the project root.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export function sitrepVersion(): string {
  const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
  try {
    return (
      (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version?: string }).version ??
      "unknown"
    );
  } catch {
    return "unknown";
  }
}
