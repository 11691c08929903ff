// The HTTP server, read top to bottom as its table of contents: errors, security headers, metrics,
// access control, rate limits, the OpenAPI document, then the routes, the live stream, alerts and
// the dashboard. Every route reads the store through the same query code as the CLI.
import { existsSync } from "node:fs";
import fastifyRateLimit from "@fastify/rate-limit";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyError, type FastifyInstance } from "fastify";
import { Redis } from "ioredis";
import { isSitrepError, SitrepError } from "../errors.ts";
import type { Store } from "../store/index.ts";
import type { Context } from "../types.ts";
import { registerAccessControl } from "./access-control.ts";
import { type AlertEngine, startAlertEngine } from "./alert-engine.ts";
import { type Announcer, createLocalAnnouncer } from "./announcer.ts";
import { ERROR_SCHEMA, EVENT_SCHEMA } from "./api-schemas.ts";
import { createDocumentIntake } from "./document-intake.ts";
import { fieldOfFilterError } from "./event-params.ts";
import { registerEventStream, type StreamOptions } from "./event-stream.ts";
import { Metrics, registerRequestMetrics } from "./metrics.ts";
import {
  DEFAULT_RESPONSE_CACHE,
  type ResponseCacheOptions,
  registerResponseCache,
} from "./response-cache.ts";
import { registerAdminRoutes, type SourceStatusProvider } from "./routes-admin.ts";
import { registerAnalyticsRoutes } from "./routes-analytics.ts";
import { registerDocumentRoutes } from "./routes-documents.ts";
import { registerEventRoutes } from "./routes-events.ts";
import { registerExportRoute } from "./routes-export.ts";
import { type HealthCheck, registerHealthRoutes } from "./routes-health.ts";
import { registerTimelineRoute } from "./routes-timeline.ts";
import { registerSecurityHeaders } from "./security-headers.ts";
import { registerWebApp } from "./web-app.ts";
import { DEFAULT_DELIVERY, type DeliveryOptions } from "./webhook-delivery.ts";

export interface ServeOptions {
  readonly store: Store;
  readonly ctx: Context;
  /** The address the server is bound to: on loopback with no keys created, reads are open. */
  readonly host: string;
  readonly announcer?: Announcer;
  /** Redis for rate-limit counters shared by several API processes. */
  readonly redisUrl?: string | null;
  /** Requests per key (or per IP without a key) per window; false turns limits off (benchmarks). */
  readonly rateLimit?:
    | { readonly max: number; readonly timeWindowMs: number; readonly redisPrefix?: string }
    | false;
  readonly bodyLimit?: number;
  readonly corsOrigins?: readonly string[];
  readonly stream?: StreamOptions;
  /** Alert evaluation; false in processes that must not deliver (none by default). */
  readonly alerts?: { readonly pollMs: number; readonly delivery: DeliveryOptions } | false;
  readonly sourceStatus?: SourceStatusProvider | null;
  readonly healthChecks?: Record<string, HealthCheck>;
  readonly logger?: boolean;
  /** Read answers kept per store generation (response-cache.ts); false turns the cache off. */
  readonly responseCache?: ResponseCacheOptions | false;
  /** The built dashboard (web/dist); served at / when present. */
  readonly webRoot?: string | null;
}

/** A registered route, as the OpenAPI test checks every one against the document. */
export interface RouteSummary {
  readonly method: string;
  readonly url: string;
  readonly hidden: boolean;
  /** The route's JSON schema (querystring, params, body, responses), as Fastify validates with it. */
  readonly schema: Record<string, unknown> | null;
}

export interface SitrepServer {
  readonly app: FastifyInstance;
  readonly routes: readonly RouteSummary[];
  readonly metrics: Metrics;
  readonly announcer: Announcer;
  readonly alerts: AlertEngine | null;
}

/** HTTP status of each coded error a request can cause; anything else is a 500. */
const STATUS: Partial<Record<string, number>> = {
  E_QUERY_PARAM: 400,
  E_API_BAD_REQUEST: 400,
  E_ALERT_RULE: 400,
  E_OPTION_VALUE: 400,
  E_DATE_INVALID: 400,
  E_JSONL_PARSE: 400,
  E_JSONL_FIELDS: 400,
  E_URL_PRIVATE: 400,
  E_API_UNAUTHORIZED: 401,
  E_API_FORBIDDEN: 403,
  E_API_NOT_FOUND: 404,
  E_INPUT_TOO_LARGE: 413,
  E_API_BODY_TOO_LARGE: 413,
  E_API_RATE_LIMITED: 429,
  E_DB_LOCKED: 503,
};

/** The parameter a Fastify validation error is about ("querystring/limit" → "limit"). */
function fieldOfValidation(error: FastifyError): string | null {
  const v = error.validation?.[0];
  if (!v) return null;
  const params = v.params as Record<string, unknown>;
  const named = (params.missingProperty ?? params.additionalProperty) as string | undefined;
  const path = v.instancePath.replace(/^\//, "").replace(/\//g, ".");
  return named ? (path ? `${path}.${named}` : named) : path || null;
}

function registerErrorReplies(app: FastifyInstance, spa: boolean): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (isSitrepError(error)) {
      const field = error.code === "E_QUERY_PARAM" ? fieldOfFilterError(error) : null;
      const status = STATUS[error.code] ?? 500;
      if (status === 500) request.log.error({ err: error }, "request failed");
      return reply.code(status).send({ error: { code: error.code, message: error.message, field } });
    }
    if (error.validation) {
      const field = fieldOfValidation(error);
      const message = `${field ?? "request"}: ${error.validation[0]?.message ?? "invalid"}`;
      return reply.code(400).send({ error: { code: "E_API_BAD_REQUEST", message, field } });
    }
    if (error.code === "FST_ERR_CTP_BODY_TOO_LARGE")
      return reply.code(413).send({ error: new SitrepError("E_API_BODY_TOO_LARGE").toJSON() });
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500)
      return reply
        .code(error.statusCode)
        .send({ error: { code: "E_API_BAD_REQUEST", message: error.message, field: null } });
    request.log.error({ err: error }, "request failed");
    return reply.code(500).send({ error: new SitrepError("E_INTERNAL").toJSON() });
  });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split("?")[0]!;
    // A dashboard view reloaded from its URL (/events, /dyad/USA/CHN) is the app's page, not a 404.
    if (spa && request.method === "GET" && !path.startsWith("/api/") && !/\.[a-z0-9]+$/i.test(path))
      return reply
        .type("text/html; charset=utf-8")
        .header("cache-control", "no-cache")
        .sendFile("index.html");
    return reply.code(404).send({
      error: { code: "E_API_NOT_FOUND", message: `no route ${request.method} ${path}`, field: null },
    });
  });
}

export async function buildServer(o: ServeOptions): Promise<SitrepServer> {
  const bodyLimit = o.bodyLimit ?? o.ctx.config.maxInputBytes + 64 * 1024;
  const app = Fastify({
    logger: o.logger ?? false,
    bodyLimit,
    // Unknown parameters are errors (a misspelt filter must not silently match everything).
    ajv: { customOptions: { removeAdditional: false, coerceTypes: "array", useDefaults: true } },
  });
  const routes: RouteSummary[] = [];
  app.addHook("onRoute", (r) => {
    for (const method of [r.method].flat())
      routes.push({
        method,
        url: r.url,
        hidden: Boolean((r.schema as { hide?: boolean } | undefined)?.hide),
        schema: (r.schema as Record<string, unknown> | undefined) ?? null,
      });
  });
  const metrics = new Metrics();
  const announcer = o.announcer ?? createLocalAnnouncer();

  const spa = Boolean(o.webRoot && existsSync(o.webRoot));
  registerErrorReplies(app, spa);
  registerSecurityHeaders(app, o.corsOrigins ?? []);
  registerRequestMetrics(app, metrics);
  registerAccessControl(app, o.store, o.host);
  if (o.rateLimit !== false) {
    const limit = o.rateLimit ?? { max: 1200, timeWindowMs: 60_000 };
    const redis = o.redisUrl ? new Redis(o.redisUrl, { maxRetriesPerRequest: 1 }) : null;
    if (redis) app.addHook("onClose", async () => void (await redis.quit()));
    await app.register(fastifyRateLimit, {
      max: limit.max,
      timeWindow: limit.timeWindowMs,
      keyGenerator: (request) => (request.apiKeyId ? `key:${request.apiKeyId}` : `ip:${request.ip}`),
      // Counters in Redis: several API processes behind a load balancer share one budget per key.
      ...(redis ? { redis, nameSpace: limit.redisPrefix ?? "sitrep-rate-limit:" } : {}),
      // Thrown, so it reaches the error handler like any coded error (status 429 from the catalog).
      errorResponseBuilder: (_request, context) =>
        Object.assign(new SitrepError("E_API_RATE_LIMITED", `limit ${context.max} per ${context.after}`), {
          statusCode: 429,
        }),
    });
  }
  if (o.responseCache !== false) {
    const stats = registerResponseCache(app, o.store, o.responseCache ?? DEFAULT_RESPONSE_CACHE);
    metrics.gauge("sitrep_response_cache_requests", "Cacheable reads by cache result", async () => ({
      hit: stats.hits,
      miss: stats.misses,
      coalesced: stats.coalesced,
    }));
  }
  app.addSchema(EVENT_SCHEMA);
  app.addSchema(ERROR_SCHEMA);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Sitrep API",
        version: "1",
        description:
          "Geopolitical events coded from news (CAMEO and PLOVER), with evidence. Authenticate with `Authorization: Bearer KEY` (reads are open on loopback until a key exists).",
      },
      components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
      security: [{ bearer: [] }],
    },
  });
  await app.register(fastifySwaggerUi, { routePrefix: "/docs" });
  app.get("/openapi.json", { schema: { hide: true } }, async () => app.swagger());

  const intake = createDocumentIntake(o.store, o.ctx, announcer, metrics);
  registerEventRoutes(app, o.store);
  registerAnalyticsRoutes(app, o.store);
  registerTimelineRoute(app, o.store);
  registerDocumentRoutes(app, o.store, intake, bodyLimit);
  registerExportRoute(app, o.store, o.ctx.config.dataDir);
  registerAdminRoutes(app, o.store, o.sourceStatus ?? null);
  registerHealthRoutes(app, o.store, metrics, o.healthChecks ?? {});
  registerEventStream(app, o.store, announcer, o.stream ?? { pollMs: 1000, heartbeatMs: 15_000 });
  if (spa) await registerWebApp(app, o.webRoot!);

  metrics.gauge("sitrep_store_rows", "Rows in the store by kind", async () => {
    const c = await o.store.counts();
    return { documents: c.documents, events: c.events, mentions: c.mentions };
  });

  let alerts: AlertEngine | null = null;
  if (o.alerts !== false) {
    const a = o.alerts ?? { pollMs: 5000, delivery: DEFAULT_DELIVERY };
    alerts = await startAlertEngine(o.store, announcer, app.log, a);
    const engine = alerts;
    app.addHook("onClose", async () => {
      engine.stop();
      await engine.idle();
    });
  }
  return { app, routes, metrics, announcer, alerts };
}
