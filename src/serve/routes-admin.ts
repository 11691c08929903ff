// Alert rules (write scope), API keys (admin scope) and the status of the sources documents come
// from. The same operations are on the command line (`sitrep alerts`, `sitrep keys`).
import type { FastifyInstance } from "fastify";
import { SitrepError } from "../errors.ts";
import type { KeyScope, Store } from "../store/index.ts";
import { buildAlertRule, type NewAlertRule } from "./alert-rules.ts";
import { createApiKey, KEY_SCOPES } from "./api-keys.ts";

/** Supplies the status of watched sources when live ingestion runs in this process. */
export type SourceStatusProvider = () => Promise<unknown[]>;

const idParams = {
  type: "object",
  properties: { id: { type: "string", maxLength: 100, pattern: "^[A-Za-z0-9_-]+$" } },
  required: ["id"],
} as const;

/** A rule as listed: the webhook secret is shown only once, when the rule is created. */
function publicRule<T extends { webhookSecret: string | null }>(rule: T) {
  const { webhookSecret, ...rest } = rule;
  return { ...rest, webhookSigned: webhookSecret !== null };
}

export function registerAdminRoutes(
  app: FastifyInstance,
  store: Store,
  sourceStatus: SourceStatusProvider | null,
): void {
  app.get(
    "/api/v1/sources",
    {
      config: { scope: "read" },
      schema: { summary: "Where documents come from, and the health of watched sources", tags: ["sources"] },
    },
    async () => ({
      watched: sourceStatus ? await sourceStatus() : [],
      sites: await store.listSourceSummaries(500),
    }),
  );

  app.post(
    "/api/v1/alerts",
    {
      config: { scope: "write" },
      schema: {
        summary: "Create an alert rule: a filter plus a condition; fires to the stream and a signed webhook",
        tags: ["alerts"],
        body: {
          type: "object",
          additionalProperties: false,
          properties: {
            name: { type: "string", maxLength: 200 },
            filter: {
              type: "object",
              additionalProperties: {
                anyOf: [
                  { type: "string", maxLength: 200 },
                  { type: "array", items: { type: "string", maxLength: 200 }, maxItems: 50 },
                ],
              },
            },
            condition: { type: "object" },
            webhook: {
              type: "object",
              additionalProperties: false,
              properties: {
                url: { type: "string", maxLength: 2000 },
                secret: { type: "string", maxLength: 200 },
              },
              required: ["url"],
            },
          },
          required: ["name", "condition"],
        },
      },
    },
    async (request, reply) => {
      const rule = buildAlertRule(request.body as NewAlertRule);
      await store.saveAlertRule(rule);
      reply.code(201);
      // The secret is returned once so the receiver can verify signatures.
      return { ...publicRule(rule), webhookSecret: rule.webhookSecret };
    },
  );

  app.get(
    "/api/v1/alerts",
    {
      config: { scope: "read" },
      schema: { summary: "Alert rules and their recent firings", tags: ["alerts"] },
    },
    async () => ({
      alerts: (await store.listAlertRules()).map(publicRule),
      firings: await store.listAlertFirings(null, 100),
    }),
  );

  app.delete(
    "/api/v1/alerts/:id",
    {
      config: { scope: "write" },
      schema: { summary: "Delete an alert rule", tags: ["alerts"], params: idParams },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      if (!(await store.deleteAlertRule(id))) throw new SitrepError("E_API_NOT_FOUND", `no alert rule ${id}`);
      reply.code(204);
      return null;
    },
  );

  app.post(
    "/api/v1/keys",
    {
      config: { scope: "admin" },
      schema: {
        summary: "Create an API key (shown once)",
        tags: ["keys"],
        body: {
          type: "object",
          additionalProperties: false,
          properties: {
            scope: { type: "string", enum: [...KEY_SCOPES] },
            label: { type: "string", maxLength: 200 },
          },
          required: ["scope"],
        },
      },
    },
    async (request, reply) => {
      const body = request.body as { scope: KeyScope; label?: string };
      reply.code(201);
      return createApiKey(store, body.scope, body.label ?? null);
    },
  );

  app.get(
    "/api/v1/keys",
    {
      config: { scope: "admin" },
      schema: { summary: "API keys (never the keys themselves)", tags: ["keys"] },
    },
    async () => ({ keys: await store.listApiKeys() }),
  );

  app.delete(
    "/api/v1/keys/:id",
    {
      config: { scope: "admin" },
      schema: { summary: "Revoke an API key", tags: ["keys"], params: idParams },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      if (!(await store.revokeApiKey(id))) throw new SitrepError("E_API_NOT_FOUND", `no active key ${id}`);
      reply.code(204);
      return null;
    },
  );
}
