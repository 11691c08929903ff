// JSON schemas shared by the routes: what they validate and serialise, and what the OpenAPI document
// (GET /openapi.json) publishes. One definition per shape, referenced by id.
const str = { type: "string" } as const;
const nstr = { type: ["string", "null"] } as const;
const num = { type: "number" } as const;
const nnum = { type: ["number", "null"] } as const;
const int = { type: "integer" } as const;

export const EVENT_SCHEMA = {
  $id: "Event",
  type: "object",
  description: "A rolled-up event: repeated reports of one event share it, with GDELT-style counts.",
  properties: {
    eventKey: str,
    day: str,
    sourceCode: str,
    sourceName: str,
    targetCode: nstr,
    targetName: nstr,
    cameoCode: str,
    cameoRoot: str,
    quadClass: int,
    goldstein: num,
    ploverType: str,
    ploverMode: nstr,
    ploverContexts: { type: "array", items: str },
    modality: str,
    negated: { type: "boolean" },
    placeName: nstr,
    country: nstr,
    admin1: nstr,
    lat: nnum,
    lon: nnum,
    numMentions: int,
    numSources: int,
    numArticles: int,
    firstSeen: str,
    evidence: str,
    origin: str,
  },
  required: [
    "eventKey",
    "day",
    "sourceCode",
    "cameoCode",
    "quadClass",
    "goldstein",
    "ploverType",
    "evidence",
  ],
} as const;

export const ERROR_SCHEMA = {
  $id: "Error",
  type: "object",
  properties: {
    error: {
      type: "object",
      properties: {
        code: str,
        message: str,
        field: nstr,
      },
      required: ["code", "message"],
    },
  },
  required: ["error"],
} as const;

export const eventRef = { $ref: "Event#" } as const;

/** Error replies every route may give, for the OpenAPI document. */
export const ERROR_RESPONSES = {
  400: { $ref: "Error#" },
  401: { $ref: "Error#" },
  403: { $ref: "Error#" },
  429: { $ref: "Error#" },
} as const;
