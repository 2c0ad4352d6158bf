import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT, REFERENCE_DIR } from '@/platform/paths';
import { MAX_SCHEMA_ERRORS, validateIatiSchema, validateIatiSchemaFiles } from './validate-iati-schema';

// IATI's own schema test suite (test/fixtures/iati-schema-tests/PROVENANCE.md) is the oracle.
const SUITE_DIR = path.join(PACKAGE_ROOT, 'test', 'fixtures', 'iati-schema-tests');

function xmlFilesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? xmlFilesUnder(full) : entry.name.endsWith('.xml') ? [full] : [];
    })
    .sort();
}

const suite = [
  ...xmlFilesUnder(path.join(SUITE_DIR, 'should-pass')).map((file) => ({ file, valid: true })),
  ...xmlFilesUnder(path.join(SUITE_DIR, 'should-fail')).map((file) => ({ file, valid: false })),
];
const asInput = (file: string) => ({ fileName: path.relative(SUITE_DIR, file), path: file });

describe('validateIatiSchema (IATI 2.03, libxml2 in WebAssembly)', () => {
  let tmp: string;
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'iati-schema-'));
  });
  afterAll(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });
  const write = (name: string, text: string) => {
    const file = path.join(tmp, name);
    fs.writeFileSync(file, text);
    return { fileName: name, path: file };
  };

  it('accepts all 58 should-pass files and refuses all 225 should-fail files of the IATI suite', async () => {
    expect([suite.filter((c) => c.valid).length, suite.filter((c) => !c.valid).length]).toEqual([58, 225]);
    const results = await validateIatiSchemaFiles(suite.map((c) => asInput(c.file)));
    const disagreements = suite
      .map((c, index) => ({
        file: path.relative(SUITE_DIR, c.file),
        expected: c.valid,
        result: results[index],
      }))
      .filter((c) => c.result?.valid !== c.expected)
      .map((c) => `${c.file}: expected ${c.expected ? 'valid' : 'invalid'}, got ${JSON.stringify(c.result)}`);
    expect(disagreements).toEqual([]);
    for (const [index, c] of suite.entries()) {
      if (!c.valid) {
        expect(results[index]?.errors.length, c.file).toBeGreaterThan(0);
      }
    }
  });

  it('says where a should-fail file breaks the schema, with libxml2’s message', async () => {
    const file = path.join(SUITE_DIR, 'should-fail', 'budget', '01-missing-period-end.xml');
    const result = await validateIatiSchema(asInput(file));
    expect(result.valid).toBe(false);
    expect(result.errors[0]).toEqual({
      line: expect.any(Number),
      column: null,
      message: expect.stringMatching(/Schemas validity error : Element '[a-z-]+'/),
    });
  });

  it('reports a file that is not well-formed XML as invalid, with the parser’s line and message', async () => {
    const passing = fs.readFileSync(path.join(SUITE_DIR, 'should-pass', '37-default-flow-type.xml'), 'utf8');
    const broken = write('broken & named -x.xml', passing.replace('</title>', '</titel>'));
    const result = await validateIatiSchema(broken);
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual([
      {
        line: expect.any(Number),
        column: null,
        message: expect.stringContaining('Opening and ending tag mismatch'),
      },
    ]);
  });

  it(`lists at most ${MAX_SCHEMA_ERRORS} problems and says how many more there were`, async () => {
    const activity =
      '<iati-activity><reporting-org ref="XM" type="10"><narrative>x</narrative></reporting-org></iati-activity>\n';
    const file = write(
      'many.xml',
      `<iati-activities version="2.03">\n${activity.repeat(250)}</iati-activities>\n`,
    );
    const result = await validateIatiSchema(file);
    expect(result.errors).toHaveLength(MAX_SCHEMA_ERRORS + 1);
    expect(result.errors.at(-1)).toEqual({
      line: null,
      column: null,
      message: expect.stringContaining('50 more errors'),
    });
  });

  // A second opinion from the system's own libxml2, where there is one (the main assertion above does not need it).
  it.skipIf(!fs.existsSync('/usr/bin/xmllint'))(
    'agrees with the system xmllint on a sample of the suite',
    async () => {
      const sample = suite.filter((_, index) => index % 7 === 0);
      const ours = await validateIatiSchemaFiles(sample.map((c) => asInput(c.file)));
      const schema = path.join(REFERENCE_DIR, 'iati', 'schemas', 'iati-activities-schema.xsd');
      const theirs = sample.map(
        (c) =>
          spawnSync('/usr/bin/xmllint', ['--noout', '--schema', schema, c.file], { stdio: 'ignore' })
            .status === 0,
      );
      expect(ours.map((result) => result.valid)).toEqual(theirs);
      expect(theirs).toContain(true);
      expect(theirs).toContain(false);
    },
  );
});
