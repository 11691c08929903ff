// Vite build of the dashboard: web/ is the root, web/dist the output that `sitrep serve` serves at /.
// Hashed file names let the server cache assets for a year; no inline scripts or styles (the CSP).
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root,
  base: "/",
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
