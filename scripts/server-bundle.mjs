// The server and CLI as plain JavaScript bundles built from the TypeScript sources (docs/adr/0004): built
// when missing or when any file they were built from is not exactly as it was, so a bundle never runs
// older sources than the ones on disk.
import fs from 'node:fs';
import path from 'node:path';

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

/** A file's modification time and size, as `mtime:size`; null when it is missing. */
function stateOf(file) {
  try {
    const stat = fs.statSync(path.join(root, file));
    return `${stat.mtimeMs}:${stat.size}`;
  } catch {
    return null;
  }
}

/**
 * Current when every output exists and every input is exactly as recorded: equal, not merely older, so a
 * source restored with an earlier date (a copy keeping dates, a checkout of a backup) counts as changed.
 */
function isCurrent(outDir) {
  try {
    const built = JSON.parse(fs.readFileSync(path.join(outDir, 'inputs.json'), 'utf8'));
    return (
      bundles.every((bundle) => fs.existsSync(path.join(outDir, bundle.out))) &&
      Object.entries(built.inputs).every(([file, state]) => stateOf(file) === state)
    );
  } catch {
    return false; // never built, or the stamp is unreadable
  }
}

/**
 * Builds the bundles into `outDir` unless they are current; resolves with the CLI bundle's path.
 * Concurrent callers (parallel tests) each write their own temporary files and rename them into place, so
 * a reader never sees half a file.
 * @throws Error naming the folder when it cannot be written (a read-only installation: ADR 0004)
 */
export async function serverBundle(outDir = defaultOutDir) {
  const cli = path.join(outDir, 'carsi.mjs');
  if (isCurrent(outDir)) {
    return cli;
  }
  const { build } = await import('esbuild'); // only when building: a current bundle starts without it
  const startedAt = Date.now();
  const inputs = new Set(settings);
  const outputs = [];
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
    outputs.push(...result.outputFiles);
  }
  const recorded = Object.fromEntries([...inputs].sort().map((file) => [file, stateOf(file)]));
  // A file saved while esbuild was reading may or may not be in the bundle: this process runs it, but no
  // stamp vouches for it (and none of a concurrent build's either), so the next start builds again.
  const changedWhileBuilding = Object.values(recorded).some(
    (state) => state === null || Number(state.split(':')[0]) >= startedAt,
  );
  try {
    fs.mkdirSync(outDir, { recursive: true });
    // The map before the bundle that names it; the stamp last.
    for (const file of outputs.sort((a, b) => b.path.length - a.path.length)) {
      writeInPlace(file.path, file.contents);
    }
    const stamp = path.join(outDir, 'inputs.json');
    if (changedWhileBuilding) {
      fs.rmSync(stamp, { force: true });
    } else {
      writeInPlace(stamp, JSON.stringify({ inputs: recorded }));
    }
  } catch (error) {
    if (error.code === 'EACCES' || error.code === 'EROFS' || error.code === 'EPERM') {
      throw new Error(
        `carsi cannot write its bundle to ${outDir} (${error.code}): run it once where the package folder is ` +
          'writable, e.g. `npx carsi --help` while building the image (docs/adr/0004).',
        { cause: error },
      );
    }
    throw error;
  }
  return cli;
}

function writeInPlace(file, contents) {
  const temporary = path.join(path.dirname(file), `.${process.pid}.${path.basename(file)}`);
  try {
    fs.writeFileSync(temporary, contents);
    fs.renameSync(temporary, file);
  } finally {
    fs.rmSync(temporary, { force: true });
  }
}
