// `sitrep keys create --scope read|write|admin [--label TEXT]`, `keys list`, `keys revoke ID`:
// API keys for `sitrep serve`. A new key is printed once; the store keeps only its hash.
import { SitrepError } from "../errors.ts";
import { createApiKey, parseScope } from "../serve/api-keys.ts";
import type { CliIo } from "./cli-io.ts";
import { type CommandSpec, DB_OPTION, HELP_OPTION, parseCommand, stringOption } from "./option-table.ts";

export const KEYS_COMMAND: CommandSpec = {
  name: "keys",
  usage: "keys create --scope read|write|admin [--label TEXT] | keys list | keys revoke ID",
  summary: "API keys for `sitrep serve`. A new key is printed once; the store keeps only its sha256.",
  maxPositionals: 2,
  options: [
    DB_OPTION,
    { name: "scope", type: "string", value: "S", help: "read | write | admin (create)" },
    { name: "label", type: "string", value: "TEXT", help: "a note saying whose key it is (create)" },
    HELP_OPTION,
  ],
};

import { withWritableStore } from "./store-options.ts";

export async function runKeys(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(KEYS_COMMAND, args);
  const [action, id] = positionals;
  return withWritableStore(stringOption(values, "db"), async (store) => {
    switch (action) {
      case "create": {
        const key = await createApiKey(
          store,
          parseScope(values.scope),
          (values.label as string | undefined) ?? null,
        );
        io.stdout(`${JSON.stringify(key)}\n`);
        io.stderr("sitrep: the key is shown only now; store it where your client can read it.\n");
        return 0;
      }
      case "list":
        for (const k of await store.listApiKeys()) io.stdout(`${JSON.stringify(k)}\n`);
        return 0;
      case "revoke":
        if (!id) throw new SitrepError("E_USAGE", "usage: sitrep keys revoke ID");
        if (!(await store.revokeApiKey(id))) throw new SitrepError("E_OPTION_VALUE", `no active key ${id}`);
        io.stdout(`revoked ${id}\n`);
        return 0;
      default:
        throw new SitrepError(
          "E_USAGE",
          "usage: sitrep keys create --scope read|write|admin | keys list | keys revoke ID",
        );
    }
  });
}
