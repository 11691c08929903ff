// `recode` codes stored documents again with the current dictionaries and reports the changes.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createContext } from "../../src/context.ts";
import { readInputs } from "../../src/ingest/index.ts";
import { ingestInto, recodeStored } from "../../src/pipeline.ts";
import { openStore } from "../../src/store/index.ts";

describe("recodeStored", () => {
  it("reports events removed by a new discard, and leaves the store matching the new coding", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sitrep-recode-"));
    const doc = join(dir, "talks.txt");
    writeFileSync(
      doc,
      "Published 3 March 2021 14:05 GMT\n\nKenya and Somalia held talks in Nairobi on Monday, officials said. " +
        "Ethiopia accused Eritrea of sending troops across the border.\n",
    );
    const ctx = createContext({ dbPath: join(dir, "r.db") });
    const store = await openStore(ctx.config);
    const opts = { type: "auto" as const, maxBytes: 1e6, readStdin: async () => new Uint8Array() };
    const ingested = await ingestInto(store, readInputs([doc], opts), ctx);
    expect(ingested.stored).toBe(1);
    const before = await store.queryEvents({});
    expect(before.some((e) => e.cameoCode.startsWith("04"))).toBe(true);

    const unchanged = await recodeStored(store, ctx);
    expect(unchanged).toMatchObject({ documents: 1, changedDocuments: 0, added: 0, removed: 0, changed: 0 });

    const userDict = join(dir, "dict");
    mkdirSync(userDict);
    writeFileSync(join(userDict, "discards.txt"), "held talks\n");
    const report = await recodeStored(
      store,
      createContext({ dbPath: ctx.config.dbPath, dictDirs: [userDict] }),
    );
    const consults = before.filter((e) => e.cameoRoot === "04").length;
    expect(report.changedDocuments).toBe(1);
    expect(report.removed).toBe(consults);
    expect(Object.entries(report.byCode).every(([code, n]) => code.startsWith("04") && n.added === 0)).toBe(
      true,
    );
    const after = await store.queryEvents({});
    expect(after.filter((e) => e.cameoRoot === "04")).toHaveLength(0);
    expect(after.length).toBe(before.length - consults);
    await store.close();
  });
});
