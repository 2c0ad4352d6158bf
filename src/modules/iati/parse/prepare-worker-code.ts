import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

let bundled: string | undefined;

/**
 * The reading thread's code as one plain JavaScript bundle, built once per process from
 * prepare-worker.ts. The platform runs from TypeScript sources (docs/adr/0001); a worker loading them
 * through the TypeScript loader would carry a second loader thread and its compiled copies (tens of MB per
 * import), while the bundle is a few hundred KB, built in milliseconds.
 */
export function prepareWorkerCode(): string {
  bundled ??= buildSync({
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
