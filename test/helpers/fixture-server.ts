// A local HTTP server on 127.0.0.1 for the live side's tests: routes set per test, every request
// counted by path, so tests can assert exactly what was fetched. Never any other address.
import http from "node:http";
import type { AddressInfo } from "node:net";

export type Route = (req: http.IncomingMessage, res: http.ServerResponse) => void;

export interface FixtureServer {
  readonly origin: string;
  readonly routes: Map<string, Route>;
  /** Requests per path (query string included), with the status answered. */
  readonly hits: { path: string; status: number; headers: http.IncomingHttpHeaders }[];
  count(path: string, status?: number): number;
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const routes = new Map<string, Route>();
  const hits: FixtureServer["hits"] = [];
  const sockets = new Set<import("node:net").Socket>();
  const server = http.createServer((req, res) => {
    const path = req.url ?? "/";
    const route = routes.get(path);
    res.on("finish", () => hits.push({ path, status: res.statusCode, headers: req.headers }));
    res.on("close", () => {
      if (!res.writableFinished) hits.push({ path, status: res.statusCode, headers: req.headers });
    });
    if (!route) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    route(req, res);
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    routes,
    hits,
    count: (path, status) =>
      hits.filter((h) => h.path === path && (status === undefined || h.status === status)).length,
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

/** A route answering one fixed body with ETag / Last-Modified, and 304 to a matching conditional GET. */
export function conditionalRoute(getBody: () => string, contentType: string): Route {
  return (req, res) => {
    const body = getBody();
    const etag = `"${Buffer.from(body).length.toString(16)}-${simpleHash(body)}"`;
    if (req.headers["if-none-match"] === etag) {
      res.writeHead(304, { etag }).end();
      return;
    }
    res.writeHead(200, {
      "content-type": contentType,
      etag,
      "last-modified": "Tue, 16 Jun 2020 10:00:00 GMT",
    });
    res.end(body);
  };
}

function simpleHash(s: string): string {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0).toString(16);
}
