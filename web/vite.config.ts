// Vite build of the dashboard: web/ is the root, web/dist the output that `sitrep serve` serves at /.
// Hashed file names let the server cache assets for a year; no inline scripts or styles (the CSP).
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";
import { copyAdmin1Shapes } from "../scripts/admin1-shapes.ts";

const root = fileURLToPath(new URL(".", import.meta.url));

/** Admin-1 shapes per country (dist/admin1/ISO3.json), fetched by the map only when it zooms in. */
function admin1Shapes(): Plugin {
  let outDir = join(root, "dist");
  return {
    name: "sitrep-admin1-shapes",
    apply: "build",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      copyAdmin1Shapes(join(outDir, "admin1"), join(root, ".."));
    },
  };
}

export default defineConfig({
  root,
  base: "/",
  plugins: [admin1Shapes()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Vite inlines small assets as data: URLs; scripts must stay files for `script-src 'self'`.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    target: "es2022",
    chunkSizeWarningLimit: 600,
  },
  server: { proxy: { "/api": "http://127.0.0.1:8080" } },
});
