// GET /healthz (is the store answering, is Redis, how deep is the queue) and GET /metrics
// (Prometheus text). Health is public so load balancers can probe it; metrics need a read key
// when the server is not on loopback.
import type { FastifyInstance } from "fastify";
import type { Store } from "../store/index.ts";
import type { Metrics } from "./metrics.ts";

/** Optional checks of the parts a process has (Redis, a job queue); each returns its status. */
export type HealthCheck = () => Promise<Record<string, unknown>>;

export function registerHealthRoutes(
  app: FastifyInstance,
  store: Store,
  metrics: Metrics,
  checks: Record<string, HealthCheck>,
): void {
  app.get(
    "/healthz",
    { schema: { summary: "Health of the store, Redis and the queue", tags: ["operations"] } },
    async (_request, reply) => {
      const report: Record<string, unknown> = {};
      let ok = true;
      try {
        report.store = { ok: true, backend: store.backend, lastEventSeq: await store.lastLogSeq() };
      } catch (error) {
        ok = false;
        report.store = { ok: false, error: (error as Error).message };
      }
      for (const [name, check] of Object.entries(checks)) {
        try {
          report[name] = { ok: true, ...(await check()) };
        } catch (error) {
          ok = false;
          report[name] = { ok: false, error: (error as Error).message };
        }
      }
      reply.code(ok ? 200 : 503);
      return { ok, ...report };
    },
  );

  app.get(
    "/metrics",
    { config: { scope: "read" }, schema: { summary: "Prometheus metrics", tags: ["operations"] } },
    async (_request, reply) => {
      reply.type("text/plain; version=0.0.4; charset=utf-8");
      return metrics.render();
    },
  );
}
