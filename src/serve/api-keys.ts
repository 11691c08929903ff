// API keys: made here, shown once, stored only as a sha256 hash, each with a scope. Scopes nest:
// admin may do what write may, write what read may.
import { createHash, randomBytes } from "node:crypto";
import { SitrepError } from "../errors.ts";
import type { KeyScope, Store } from "../store/index.ts";

export const KEY_SCOPES: readonly KeyScope[] = ["read", "write", "admin"];

const RANK: Record<KeyScope, number> = { read: 1, write: 2, admin: 3 };

export function scopeAllows(has: KeyScope, needs: KeyScope): boolean {
  return RANK[has] >= RANK[needs];
}

export function hashKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

export function parseScope(value: unknown): KeyScope {
  if (typeof value === "string" && (KEY_SCOPES as readonly string[]).includes(value))
    return value as KeyScope;
  throw new SitrepError("E_OPTION_VALUE", `--scope ${String(value)}: use read, write or admin`);
}

/** Creates a key: 32 random bytes, prefixed so a leaked key is recognisable in logs and scanners. */
export async function createApiKey(
  store: Store,
  scope: KeyScope,
  label: string | null,
): Promise<{ id: string; key: string; scope: KeyScope }> {
  const id = randomBytes(6).toString("hex");
  const key = `sitrep_${id}_${randomBytes(24).toString("base64url")}`;
  await store.createApiKey({ id, keyHash: hashKey(key), scope, label });
  return { id, key, scope };
}
