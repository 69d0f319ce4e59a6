import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

export default defineConfig({
  plugins: [react()],
  // The screens come from a workspace package (as source): one React and one query client for all.
  resolve: { dedupe: ["react", "react-dom", "@tanstack/react-query"] },
  // The manifest tells `pnpm bench:web` which chunks the first screen loads.
  build: { manifest: true, outDir: "dist", sourcemap: false },
  // In development the API runs on its own port (`pnpm start`); the built portal is served by it.
  server: { proxy: { "/trpc": "http://localhost:3000", "/calendar": "http://localhost:3000" } },
});
