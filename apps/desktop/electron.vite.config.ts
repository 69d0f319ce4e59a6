import { defineConfig } from "electron-vite";
import type { Plugin } from "vite";
import react from "@vitejs/plugin-react";

/** The built renderer loads only its own files. Added at build time: the dev server's hot reload needs inline scripts. */
const CSP = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'none'";
const contentSecurityPolicy: Plugin = {
  name: "kontaktplan-csp",
  apply: "build",
  transformIndexHtml: () => [{ tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content: CSP }, injectTo: "head-prepend" }],
};

/**
 * Main and preload are bundled for Node; the renderer is a Vite + React app. Builds without the
 * Electron binary, so CI checks the bundles even though it can never launch the app.
 */
export default defineConfig({
  main: {},
  preload: {
    // A sandboxed preload cannot be an ES module: emit CommonJS (`out/preload/index.cjs`).
    build: { rolldownOptions: { output: { format: "cjs" } } },
  },
  renderer: {
    plugins: [react(), contentSecurityPolicy],
    // The screens come from a workspace package (as source): one React and one query client for all.
    resolve: { dedupe: ["react", "react-dom", "@tanstack/react-query"] },
  },
});
