// `sitrep mcp [--db FILE]`: the store's queries as Model Context Protocol tools over stdio, for LLM
// agents (configure the client to run `npx sitrep mcp --db data/sitrep.db`). Nothing else may write
// to stdout: it carries the protocol.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { createContext } from "../context.ts";
import { createMcpServer } from "../serve/mcp-tools.ts";
import { openStore } from "../store/index.ts";
import type { CliIo } from "./cli-io.ts";
import { parseCommandArgs } from "./options.ts";

export async function runMcp(args: readonly string[], _io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(args);
  const ctx = createContext(values.db ? { dbPath: values.db } : {});
  const store = await openStore(ctx.config);
  const pkg = JSON.parse(readFileSync(join(ctx.config.dataDir, "..", "package.json"), "utf8")) as {
    version: string;
  };
  const server = createMcpServer(store, pkg.version);
  const transport = new StdioServerTransport();
  await server.connect(transport);
  await new Promise<void>((resolve) => {
    transport.onclose = () => resolve();
    process.stdin.once("end", () => resolve());
  });
  await server.close();
  await store.close();
  return 0;
}
