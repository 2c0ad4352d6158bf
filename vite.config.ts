import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const fromRoot = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/** Builds the web app into dist/web, which the server serves at `/`. */
export default defineConfig({
  root: fromRoot('./src/web'),
  plugins: [react()],
  resolve: { alias: { '@': fromRoot('./src') } },
  build: {
    outDir: fromRoot('./dist/web'),
    emptyOutDir: true,
    // ECharts (core, map and line charts, ~620 kB) is one chunk, loaded only by the pages that draw charts.
    chunkSizeWarningLimit: 700,
  },
  server: {
    // `npx vite` serves the app with hot reload and sends API calls to a server started with `npm run dev`.
    proxy: { '/api': process.env.CARSI_API_URL ?? 'http://127.0.0.1:8080' },
  },
});
