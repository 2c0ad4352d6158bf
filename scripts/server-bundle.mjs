// The server and CLI as plain JavaScript bundles built from the TypeScript sources (docs/adr/0004): built
// when missing or when any source they were built from changed, so a bundle is never older than its sources.
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
// dist/server sits as deep as src/platform, so paths made from import.meta.url (src/platform/paths.ts)
// reach the same package root in both.
const defaultOutDir = path.join(root, 'dist/server');
const bundles = [
  { entry: 'src/cli/main.ts', out: 'carsi.mjs', format: 'esm', packages: 'external' },
  // The IATI reading thread's code, loaded by src/modules/iati/parse/prepare-worker-code.ts; it runs as
  // evaluated code, which cannot resolve packages, so they are bundled in.
  { entry: 'src/modules/iati/parse/prepare-worker.ts', out: 'prepare-worker.cjs', format: 'cjs' },
];
// Besides the sources: what changes how they compile.
const settings = ['tsconfig.json', 'package-lock.json', 'scripts/server-bundle.mjs'];

/** The time of the newest of `files`; Infinity when one is missing (it was moved or deleted). */
function newestChange(files) {
  let newest = 0;
  for (const file of files) {
    try {
      newest = Math.max(newest, fs.statSync(path.join(root, file)).mtimeMs);
    } catch {
      return Infinity;
    }
  }
  return newest;
}

function isCurrent(stamp) {
  try {
    const built = JSON.parse(fs.readFileSync(stamp, 'utf8'));
    return newestChange([...built.inputs, ...settings]) < built.startedAt;
  } catch {
    return false; // never built, or the stamp is unreadable
  }
}

/**
 * Builds the bundles into `outDir` unless they are current; resolves with the CLI bundle's path.
 * Concurrent callers (parallel tests) each write their own temporary files and rename them into place,
 * so a reader never sees half a file.
 */
export async function serverBundle(outDir = defaultOutDir) {
  const cli = path.join(outDir, 'carsi.mjs');
  const stamp = path.join(outDir, 'inputs.json');
  if (isCurrent(stamp)) {
    return cli;
  }
  const startedAt = Date.now() - 1; // a source saved while building makes the next start rebuild
  fs.mkdirSync(outDir, { recursive: true });
  const inputs = new Set();
  for (const bundle of bundles) {
    const result = await build({
      absWorkingDir: root,
      entryPoints: [bundle.entry],
      outfile: path.join(outDir, bundle.out),
      write: false,
      bundle: true,
      platform: 'node',
      format: bundle.format,
      target: 'node20',
      packages: bundle.packages,
      sourcemap: 'linked',
      sourcesContent: false,
      metafile: true,
      logLevel: 'error',
    });
    for (const input of Object.keys(result.metafile.inputs)) {
      inputs.add(input);
    }
    // The map first: the bundle names it.
    for (const file of [...result.outputFiles].sort((a, b) => b.path.length - a.path.length)) {
      writeInPlace(file.path, file.contents);
    }
  }
  writeInPlace(stamp, JSON.stringify({ startedAt, inputs: [...inputs].sort() }));
  return cli;
}

function writeInPlace(file, contents) {
  const temporary = path.join(path.dirname(file), `.${process.pid}.${path.basename(file)}`);
  fs.writeFileSync(temporary, contents);
  fs.renameSync(temporary, file);
}
