// /timeline: every matching event by period, stacked by QuadClass. Unlike /series (a dyad's, so
// only events with a target), it counts events without a target too: what the dashboard's
// timeline shows.
import type { FastifyInstance } from "fastify";
import type { Interval, Store } from "../store/index.ts";
import { FILTER_SCHEMA_PROPERTIES, filterFromParams } from "./event-params.ts";

export function registerTimelineRoute(app: FastifyInstance, store: Store): void {
  app.get(
    "/api/v1/timeline",
    {
      // Answered from the actor_days roll-up and kept per store generation, as /series is.
      config: { scope: "read", cache: true },
      schema: {
        summary: "Every matching event by period: counts by QuadClass and mean Goldstein",
        tags: ["analytics"],
        querystring: {
          type: "object",
          additionalProperties: false,
          properties: {
            ...FILTER_SCHEMA_PROPERTIES,
            interval: { type: "string", enum: ["day", "week", "month"], default: "day" },
          },
        },
      },
    },
    async (request) => {
      const { interval, ...filterParams } = request.query as Record<string, unknown> & { interval: Interval };
      return { series: await store.eventSeries(interval, filterFromParams(filterParams)) };
    },
  );
}
