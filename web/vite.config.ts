import { defineConfig } from "vite";

// The web app, built into the package (dist/web) and served by `vigie serve`: every asset is
// bundled, nothing is fetched from elsewhere.
export default defineConfig({
  root: new URL(".", import.meta.url).pathname,
  base: "./",
  build: {
    outDir: new URL("../dist/web", import.meta.url).pathname,
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    assetsInlineLimit: 0,
  },
});
