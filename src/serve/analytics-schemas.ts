// Response schemas of the analytics routes. Fastify compiles each into a serialiser
// (fast-json-stringify) that writes the known fields of every row without JSON.stringify's
// generic walk, and the OpenAPI document publishes them; a field not named here is not sent, so
// each lists every field of its store type (store.ts: SeriesPoint, DyadCount, ActorCount, GeoCount).
import { ERROR_RESPONSES } from "./api-schemas.ts";

const str = { type: "string" } as const;
const nstr = { type: ["string", "null"] } as const;
const num = { type: "number" } as const;
const int = { type: "integer" } as const;

const object = (properties: Record<string, unknown>) =>
  ({ type: "object", properties, required: Object.keys(properties) }) as const;

export const SERIES_RESPONSE = {
  200: object({
    series: {
      type: "array",
      items: object({
        period: str,
        events: int,
        verbalCooperation: int,
        materialCooperation: int,
        verbalConflict: int,
        materialConflict: int,
        meanGoldstein: num,
        cooperationIndex: num,
      }),
    },
  }),
  ...ERROR_RESPONSES,
} as const;

export const DYADS_RESPONSE = {
  200: object({
    dyads: {
      type: "array",
      items: object({ sourceCode: str, targetCode: str, events: int, mentions: int, meanGoldstein: num }),
    },
  }),
  ...ERROR_RESPONSES,
} as const;

export const ACTORS_RESPONSE = {
  200: object({
    actors: { type: "array", items: object({ code: str, events: int, mentions: int }) },
  }),
  ...ERROR_RESPONSES,
} as const;

export const GEO_RESPONSE = {
  200: object({
    type: { type: "string", const: "FeatureCollection" },
    features: {
      type: "array",
      items: object({
        type: { type: "string", const: "Feature" },
        geometry: object({
          type: { type: "string", const: "Point" },
          coordinates: { type: "array", items: num, minItems: 2, maxItems: 2 },
        }),
        properties: object({ key: str, level: str, country: nstr, events: int, meanGoldstein: num }),
      }),
    },
  }),
  ...ERROR_RESPONSES,
} as const;
