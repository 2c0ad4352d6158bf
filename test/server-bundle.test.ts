import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain JavaScript module of the launcher, without type declarations
import { serverBundle } from '../scripts/server-bundle.mjs';

const build = serverBundle as (outDir: string) => Promise<string>;
// Inside the package, as deep as dist/server: the bundle finds npm packages and the package root from there.
const outDir = path.resolve('dist', `.test-bundle-${process.pid}`);
const stamp = path.join(outDir, 'inputs.json');
const stampOf = () => JSON.parse(fs.readFileSync(stamp, 'utf8')) as { inputs: Record<string, string | null> };
/** Marks the CLI bundle as written long ago, so a rebuild shows as a newer modification time. */
const ageBundle = (cli: string) => fs.utimesSync(cli, new Date(2000, 0, 1), new Date(2000, 0, 1));
const rebuilt = (cli: string) => fs.statSync(cli).mtime.getFullYear() > 2000;

afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

describe('the carsi command’s bundle (ADR 0004)', () => {
  it('is built from the sources, runs, and is reused while no source changed', async () => {
    const cli = await build(outDir);
    expect(Object.keys(stampOf().inputs)).toEqual(
      expect.arrayContaining(['src/cli/main.ts', 'src/platform/paths.ts', 'migrations/index.ts']),
    );
    expect(fs.existsSync(path.join(outDir, 'prepare-worker.cjs'))).toBe(true);
    const help = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const { main } = await import(${JSON.stringify(cli)}); await main(['node', 'carsi', '--help']);`,
      ],
      { encoding: 'utf8' },
    );
    expect(help).toContain('Usage: carsi');
    ageBundle(cli);
    await build(outDir);
    expect(rebuilt(cli)).toBe(false);
  });

  it('is rebuilt when a source is not as it was built from, newer or older (a copy keeping old dates)', async () => {
    const cli = path.join(outDir, 'carsi.mjs');
    const { inputs } = stampOf();
    const recordedMain = inputs['src/cli/main.ts'];
    fs.writeFileSync(stamp, JSON.stringify({ inputs: { ...inputs, 'src/cli/main.ts': '0:1' } }));
    ageBundle(cli);
    await build(outDir);
    expect(rebuilt(cli)).toBe(true);
    expect(stampOf().inputs['src/cli/main.ts']).toBe(recordedMain);
  });

  it('is rebuilt when a source it was built from is gone', async () => {
    const cli = path.join(outDir, 'carsi.mjs');
    const { inputs } = stampOf();
    fs.writeFileSync(stamp, JSON.stringify({ inputs: { ...inputs, 'src/removed-module.ts': '1:1' } }));
    ageBundle(cli);
    await build(outDir);
    expect(rebuilt(cli)).toBe(true);
    expect(Object.keys(stampOf().inputs)).not.toContain('src/removed-module.ts');
  });

  it('is rebuilt when one of its files is missing', async () => {
    fs.rmSync(path.join(outDir, 'prepare-worker.cjs'));
    await build(outDir);
    expect(fs.existsSync(path.join(outDir, 'prepare-worker.cjs'))).toBe(true);
  });
});
