import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// `npm run dev` serves the SPA on :5173; API calls go to the local server (`npm start`) on :8787.
const apiServer = process.env.MESHAGENT_DEV_API ?? "http://127.0.0.1:8787";
const apiPrefixes = ["/accounts", "/projects", "/local", "/healthz"];

export default defineConfig({
  plugins: [react(), tailwindcss()],
  server: {
    proxy: Object.fromEntries(apiPrefixes.map((prefix) => [prefix, { target: apiServer, changeOrigin: false }])),
  },
  build: {
    target: "es2022",
    sourcemap: true,
  },
});
