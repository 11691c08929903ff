#!/usr/bin/env node
// The `sitrep` command: the precompiled build in dist/ when it matches the sources (made by
// `npm ci`; see bin/load-entry.js), else the TypeScript sources through tsx, so `npx sitrep` works
// right after `npm ci` with no build step for the user to remember.
import { importEntry } from "./load-entry.js";

const { main } = await importEntry("cli-main", "src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
