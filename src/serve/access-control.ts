// Who may call what. Bound to loopback with no keys created, reads are open (a laptop user needs no
// set-up); bound to any other address, or once a key exists, every request needs a key. Writes and
// alert rules need `write`, key management `admin`. A route declares its scope in `config.scope`.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { SitrepError } from "../errors.ts";
import type { KeyScope, Store } from "../store/index.ts";
import { hashKey, scopeAllows } from "./api-keys.ts";

declare module "fastify" {
  interface FastifyContextConfig {
    /** The scope a route needs; routes without one (health, docs, the dashboard) are public. */
    scope?: KeyScope;
    /** The stream also takes the key as `access_token` (EventSource cannot send headers). */
    keyInQuery?: boolean;
  }
  interface FastifyRequest {
    /** The key the request authenticated with, for rate limits and logs; null when anonymous. */
    apiKeyId: string | null;
  }
}

const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"]);

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK.has(host) || host.startsWith("127.");
}

/** Counting keys on every anonymous request would cost a query each; a short cache is enough. */
const KEY_COUNT_TTL_MS = 2000;

function presentedKey(request: FastifyRequest, keyInQuery: boolean): string | null {
  const header = request.headers.authorization;
  if (header) {
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    if (!m) throw new SitrepError("E_API_UNAUTHORIZED", "the Authorization header is not `Bearer KEY`");
    return m[1]!;
  }
  if (keyInQuery) {
    const q = (request.query as Record<string, unknown> | undefined)?.access_token;
    if (typeof q === "string" && q) return q;
  }
  return null;
}

export function registerAccessControl(app: FastifyInstance, store: Store, host: string): void {
  const openReads = isLoopbackHost(host);
  let keyCount = { value: 0, at: 0 };
  const activeKeys = async () => {
    if (Date.now() - keyCount.at > KEY_COUNT_TTL_MS) {
      const keys = await store.listApiKeys();
      keyCount = { value: keys.filter((k) => !k.revokedAt).length, at: Date.now() };
    }
    return keyCount.value;
  };

  app.decorateRequest("apiKeyId", null);
  app.addHook("onRequest", async (request) => {
    const needs = request.routeOptions.config?.scope;
    if (!needs) return;
    const key = presentedKey(request, request.routeOptions.config?.keyInQuery === true);
    if (!key) {
      if (needs === "read" && openReads && (await activeKeys()) === 0) return;
      throw new SitrepError("E_API_UNAUTHORIZED");
    }
    const record = await store.findApiKey(hashKey(key));
    if (!record) throw new SitrepError("E_API_UNAUTHORIZED", "the API key is unknown or revoked");
    if (!scopeAllows(record.scope, needs))
      throw new SitrepError("E_API_FORBIDDEN", `this route needs a ${needs} key; yours is ${record.scope}`);
    request.apiKeyId = record.id;
  });
}
