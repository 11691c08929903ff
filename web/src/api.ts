// The dashboard's only way to the server: GET/POST JSON under /api/v1 with the current filters.
// Types mirror the API's replies (openapi.json is the reference).
export interface EventRow {
  eventKey: string;
  day: string;
  sourceCode: string;
  sourceName: string;
  targetCode: string | null;
  targetName: string | null;
  cameoCode: string;
  cameoRoot: string;
  quadClass: number;
  goldstein: number;
  ploverType: string;
  placeName: string | null;
  country: string | null;
  numSources: number;
  numMentions: number;
  evidence: string;
}

export interface Span {
  start: number;
  end: number;
}

export interface Mention {
  docKey: string;
  sentenceIndex: number;
  evidence: string;
  trigger: Span;
  source: Span | null;
  target: Span | null;
  document: { url: string | null; title: string | null; source: string | null; publishedAt: string | null };
}

export interface DocumentReply {
  docKey: string;
  url: string | null;
  source: string | null;
  title: string | null;
  publishedAt: string | null;
  article: { text?: string } | null;
  annotations: { sentences?: { start: number; end: number }[] } | null;
  events: EventRow[];
}

export interface SeriesPoint {
  period: string;
  events: number;
  verbalCooperation: number;
  materialCooperation: number;
  verbalConflict: number;
  materialConflict: number;
  meanGoldstein: number;
}

export interface Dyad {
  sourceCode: string;
  targetCode: string;
  events: number;
  meanGoldstein: number;
}

export interface GeoFeature {
  geometry: { coordinates: [number, number] };
  properties: { key: string; country: string | null; events: number; meanGoldstein: number };
}

export interface Hotspot {
  level: string;
  key: string;
  score: number;
  window: { events: number; meanGoldstein: number };
  baseline: { expectedEvents: number };
}

export class ApiError extends Error {}

export type Params = Record<string, string | number | undefined>;

export function query(params: Params): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "") q.set(k, String(v));
  const text = q.toString();
  return text ? `?${text}` : "";
}

/** An API key the user saved (needed when the server is not on loopback or keys exist). */
export function apiKey(): string | null {
  try {
    return localStorage.getItem("sitrep.apiKey");
  } catch {
    return null;
  }
}

export function setApiKey(key: string | null): void {
  if (key) localStorage.setItem("sitrep.apiKey", key);
  else localStorage.removeItem("sitrep.apiKey");
}

export async function get<T>(path: string, params: Params = {}, signal?: AbortSignal): Promise<T> {
  const key = apiKey();
  const headers: Record<string, string> = { accept: "application/json" };
  if (key) headers.authorization = `Bearer ${key}`;
  const res = await fetch(`/api/v1${path}${query(params)}`, { signal, headers });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new ApiError(body?.error?.message ?? `${res.status} ${res.statusText}`);
  return body as T;
}
