import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

let bundled: string | undefined;

/**
 * The reading thread's code as one plain JavaScript bundle. The `carsi` command runs the server bundle
 * (docs/adr/0004), built beside `prepare-worker.cjs`; run from the TypeScript sources (tests), it is built
 * here once per process from prepare-worker.ts — a worker loading sources through the TypeScript loader
 * would carry a second loader thread and its compiled copies (tens of MB per import).
 */
export function prepareWorkerCode(): string {
  const prebuilt = new URL('./prepare-worker.cjs', import.meta.url);
  bundled ??= fs.existsSync(prebuilt)
    ? fs.readFileSync(prebuilt, 'utf8')
    : buildSync({
        entryPoints: [fileURLToPath(new URL('./prepare-worker.ts', import.meta.url))],
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        write: false,
        logLevel: 'silent',
      }).outputFiles[0]?.text;
  if (bundled === undefined) {
    throw new Error('the IATI reader could not be bundled');
  }
  return bundled;
}
