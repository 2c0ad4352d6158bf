import fs from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type * as Esbuild from 'esbuild';

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
    : // Loaded only here: the command's bundle never needs esbuild to read a file.
      (createRequire(import.meta.url)('esbuild') as typeof Esbuild).buildSync({
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
