// `sitrep sources check FILE` (every problem as file:line: message) and `sitrep sources status`
// (each source's last poll, HTTP status, items, errors and next poll, from the store).
import { readFile } from "node:fs/promises";
import { createContext } from "../context.ts";
import { SitrepError } from "../errors.ts";
import { sourceReports } from "../queue/index.ts";
import { loadSourcesFile, parseSourcesText } from "../sources/index.ts";
import { openStore } from "../store/index.ts";
import type { CliIo } from "./cli-io.ts";
import { SOURCES_COMMAND } from "./live-options.ts";
import { parseCommand } from "./option-table.ts";

export async function runSources(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals: all } = parseCommand(SOURCES_COMMAND, args);
  const [sub, ...positionals] = all;
  if (sub === "check") {
    if (positionals.length !== 1) throw new SitrepError("E_USAGE", "sitrep sources check needs one FILE");
    const path = positionals[0]!;
    let text: string;
    try {
      text = await readFile(path, "utf8");
    } catch {
      throw new SitrepError("E_INPUT_NOT_FOUND", `cannot read ${path}`, path);
    }
    const { file, problems } = parseSourcesText(text);
    for (const p of problems) io.stderr(`${path}:${p.line}: ${p.message}\n`);
    if (problems.length) return 1;
    io.stdout(
      `${path}: ${file.sources.length} sources, ${file.sources.filter((s) => s.enabled).length} enabled\n`,
    );
    return 0;
  }
  if (sub === "status") {
    if (positionals.length)
      throw new SitrepError("E_USAGE", "sitrep sources status takes no FILE; use --sources FILE");
    const ctx = createContext(values.db ? { dbPath: values.db as string } : {});
    const specs = values.sources ? (await loadSourcesFile(values.sources as string)).sources : [];
    const store = await openStore(ctx.config);
    try {
      const reports = await sourceReports(store, specs);
      for (const r of reports) {
        const s = r.status;
        io.stdout(
          `${JSON.stringify({
            name: r.name,
            type: r.type,
            address: r.address,
            enabled: r.enabled,
            lastPoll: s?.lastPollAt ?? null,
            httpStatus: s?.lastStatus ?? null,
            items: s?.itemsLast ?? 0,
            newItems: s?.itemsNewLast ?? 0,
            stored: s?.documentsStored ?? 0,
            failed: s?.documentsFailed ?? 0,
            error: s?.lastError ?? null,
            consecutiveFailures: s?.consecutiveFailures ?? 0,
            nextPoll: s?.nextPollAt ? new Date(s.nextPollAt).toISOString() : null,
          })}\n`,
        );
      }
      return 0;
    } finally {
      await store.close();
    }
  }
  throw new SitrepError(
    "E_USAGE",
    "use `sitrep sources check FILE` or `sitrep sources status [--sources FILE]`",
  );
}
