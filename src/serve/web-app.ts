// Serves the built dashboard (web/dist) at /: hashed assets cached for a year, index.html never
// cached; other non-API paths get index.html (server.ts's not-found handler) so URL views reload.
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

export async function registerWebApp(app: FastifyInstance, root: string): Promise<void> {
  await app.register(fastifyStatic, {
    root,
    prefix: "/",
    index: ["index.html"],
    setHeaders: (res, path) => {
      res.header(
        "cache-control",
        /[.-][0-9a-zA-Z_-]{8,}\.(js|css)$/.test(path) ? "public, max-age=31536000, immutable" : "no-cache",
      );
    },
  });
}
