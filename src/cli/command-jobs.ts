// `sitrep jobs`: queue counts and the dead-letter list; `sitrep jobs retry ID|--all` puts dead jobs back.
import { createContext } from "../context.ts";
import { SitrepError } from "../errors.ts";
import { openJobQueue } from "../queue/index.ts";
import { openStore } from "../store/index.ts";
import type { CliIo } from "./cli-io.ts";
import { JOBS_COMMAND, queuePrefix } from "./live-options.ts";
import { parseCommand } from "./option-table.ts";

export async function runJobs(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommand(JOBS_COMMAND, args);
  const values = parsed.values as Record<string, unknown>;
  const positionals = parsed.positionals;
  const ctx = createContext(values.db ? { dbPath: values.db as string } : {});
  const redisUrl = (values.redis as string | undefined) ?? process.env.SITREP_REDIS_URL ?? null;
  const store = await openStore(ctx.config);
  try {
    const q = await openJobQueue(store, { redisUrl, prefix: queuePrefix() });
    try {
      if (positionals[0] === "retry") {
        const id = positionals[1] ?? null;
        if (!id && !values.all) throw new SitrepError("E_USAGE", "sitrep jobs retry needs a job ID or --all");
        const n = await q.queue.retryDead(values.all ? null : id);
        if (!n && id) throw new SitrepError("E_JOB_NOT_FOUND", `no dead job ${id}`, id);
        io.stdout(`${JSON.stringify({ retried: n })}\n`);
        return 0;
      }
      if (positionals.length)
        throw new SitrepError("E_USAGE", "use `sitrep jobs` or `sitrep jobs retry ID|--all`");
      const limit = Number(values.limit);
      if (!Number.isInteger(limit) || limit < 1)
        throw new SitrepError("E_OPTION_VALUE", `--limit ${String(values.limit)}: a whole number from 1`);
      const dead = await q.queue.listDead(limit);
      io.stdout(`${JSON.stringify({ backend: q.queue.backend, counts: await q.queue.counts() })}\n`);
      for (const d of dead) {
        const { data, ...rest } = d;
        const what = data as { url?: string; source?: string; inline?: { input?: string } };
        io.stdout(
          `${JSON.stringify({ ...rest, source: what.source ?? null, target: what.url ?? what.inline?.input ?? null })}\n`,
        );
      }
      return 0;
    } finally {
      await q.close();
    }
  } finally {
    await store.close();
  }
}
