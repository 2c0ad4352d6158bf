import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Server, module and web-logic tests. Browser journeys run separately (vitest.e2e.config.ts).
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // PostgreSQL tests use one schema per test file; SQLite tests use in-memory databases.
    pool: 'forks',
  },
});
