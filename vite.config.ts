import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// `npm run dev` serves the SPA on :5173; API calls go to the local server (`npm start`) on :8787.
const apiServer = process.env.MESHAGENT_DEV_API ?? "http://127.0.0.1:8787";
const apiPrefixes = ["/accounts", "/projects", "/local", "/healthz"];

export default defineConfig({
  plugins: [react(), tailwindcss()],
  resolve: {
    // React 19 has useSyncExternalStore: TanStack Store's shim for React 17 is dead weight here.
    alias: { "use-sync-external-store/shim/with-selector": "use-sync-external-store/with-selector" },
  },
  server: {
    proxy: Object.fromEntries(apiPrefixes.map((prefix) => [prefix, { target: apiServer, changeOrigin: false }])),
  },
  build: {
    // Tailwind 4 needs Safari 16.4, Chrome 111, Firefox 128: the build targets what those run (Vite's
    // default). es2022 only added CSS fallbacks for browsers the styles do not work in anyway.
    target: "baseline-widely-available",
    // No modulepreload polyfill: every browser of that target loads modules without it (one that does not
    // preload them, Safari before 17, fetches them a moment later), and it cost every first load 0.3 kB.
    modulePreload: { polyfill: false },
    sourcemap: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // What every page runs, in one chunk: fewer, better-compressed requests, cached across releases.
          // Vite's preload helper joins it: shared by the shell and the lazy tooltip, it was a chunk of its own.
          groups: [
            {
              name: "framework",
              test: /node_modules[\\/](react|react-dom|react-router|scheduler|@tanstack[\\/](query-core|react-query))[\\/]|^\0(vite\/preload-helper|rolldown\/runtime)/,
            },
            {
              // The shared table's parts the paged lists load (Projects' first load among them), in one chunk.
              // The lists held whole (API keys, storage, the question box) share the frame, header and rows
              // with them; split apart by who imports what, they cost Projects an extra request and 0.7 kB.
              // Left out: what only some lists load (their sorting, grant counts, next-page prefetch). TanStack
              // Table and the store it reads join them: every table loads them, and one chunk compresses better
              // than three (Projects' first load 142.3 → 142.1 kB).
              name: "data-table",
              test: /src[\\/]app[\\/]components[\\/]data-table[\\/](?!list-table|use-list-table|sort-rows|grant-count-cell|use-prefetch-next-page)|node_modules[\\/]@tanstack[\\/](react-table|table-core|react-store|store)[\\/]|node_modules[\\/]use-sync-external-store[\\/]/,
              // Only those parts: their dependencies (buttons, TanStack Table) stay where they were.
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  },
});
