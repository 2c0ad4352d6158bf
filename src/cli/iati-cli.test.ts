import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { carsi } from '../../test/carsi-cli';
import { exactSums, groundTruth, IATI_FIXTURES } from '../../test/iati-fixtures';

function freshEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CARSI_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'carsi-iati-cli-')),
  };
  delete env.DATABASE_URL;
  return env;
}

// The acceptance of IATI import as an operator meets it: the real `carsi` binary on a fresh embedded database.
describe('carsi import iati / export iati', () => {
  it('imports US files, and `funding summary --raw` by currency equals the independent ground truth', async () => {
    const env = freshEnv();
    const files = ['real/us-state-2024/state-panama.xml', 'real/usaid-2025/usaid-pa.xml'];
    const imported = await carsi(
      env,
      'import',
      'iati',
      '--json',
      ...files.map((file) => path.join(IATI_FIXTURES, file)),
    );
    expect(imported.code).toBe(0);
    const reports = imported.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { activities: { created: number } });
    const truths = groundTruth('real_stats').filter((truth) => files.includes(truth.file));
    expect(reports.map((report) => report.activities.created)).toEqual(
      truths.map((truth) => truth.activities),
    );
    const summary = await carsi(env, 'funding', 'summary', '--group-by', 'currency', '--raw', '--json');
    const rows = (JSON.parse(summary.stdout) as { rows: { currency: string; amount: string }[] }).rows;
    const expected = truths.reduce((sum, truth) => sum + (exactSums(truth.tx_by_currency).USD ?? 0n), 0n);
    expect(exactSums(Object.fromEntries(rows.map((row) => [row.currency, row.amount])))).toEqual({
      USD: expected,
    });
    // By Treasury account and type: the independent per-account counts of both files, added up.
    const byAccount = await carsi(
      env,
      'funding',
      'summary',
      '--group-by',
      'account,transactionType',
      '--raw',
      '--json',
    );
    const accountRows = (
      JSON.parse(byAccount.stdout) as {
        rows: { account: string | null; transactionType: string; amountUsd: string }[];
      }
    ).rows;
    const accountTruths = fs
      .readFileSync(path.join(IATI_FIXTURES, 'ground-truth/usg_accounts_composed.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { file: string; sum_by_account_and_type: Record<string, string> })
      .filter((truth) => files.includes(truth.file));
    const expectedByAccount: Record<string, bigint> = {};
    for (const truth of accountTruths) {
      for (const [key, nanos] of Object.entries(exactSums(truth.sum_by_account_and_type))) {
        expectedByAccount[key] = (expectedByAccount[key] ?? 0n) + nanos;
      }
    }
    expect(
      exactSums(
        Object.fromEntries(
          accountRows.map((row) => [`${row.account ?? 'NONE'}|${row.transactionType}`, row.amountUsd]),
        ),
      ),
    ).toEqual(expectedByAccount);

    const out = path.join(env.CARSI_DATA_DIR ?? '', 'export.xml');
    const exported = await carsi(env, 'export', 'iati', '--out', out, '--country', 'PA');
    expect(exported.stdout).toContain(`${407 + 29} activities written`);
    expect(fs.readFileSync(out, 'utf8')).toContain('<iati-activities version="2.03"');
  }, 120_000);

  it('exits 1 when a file is refused, still importing the others, and prints where the file broke', async () => {
    const env = freshEnv();
    const broken = path.join(
      IATI_FIXTURES,
      'invalid/js-validator-api/integration-tests/test-files/broken-xml.xml',
    );
    const good = path.join(IATI_FIXTURES, 'real/usaid-2025/usaid-pa.xml');
    const result = await carsi(env, 'import', 'iati', broken, good);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /broken-xml\.xml: REFUSED — The file is not well-formed XML \(line 4, column \d+\)/,
    );
    expect(result.stdout).toMatch(/usaid-pa\.xml: 29 activities — 29 created/);
    const dryRun = await carsi(env, 'import', 'iati', '--dry-run', good);
    expect(dryRun.stdout).toMatch(/dry run: nothing changed.*0 created, 0 updated, 29 unchanged/);
  }, 120_000);
});
