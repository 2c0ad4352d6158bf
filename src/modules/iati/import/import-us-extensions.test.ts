import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getActivity } from '@/modules/activities';
import { listActivityFunding, summarizeFunding, updateTransaction } from '@/modules/funding';
import { createSeededTestDb, TEST_DIALECTS, testContext, type TestDb } from '../../../../test/db';
import { exactSums, IATI_FIXTURES } from '../../../../test/iati-fixtures';
import { exportIatiActivities } from '../export/export-iati-activities';
import { validateIatiSchema } from '../validate-iati-schema';
import { importIatiFile } from './import-iati-file';

/** A line of ground-truth/usg_accounts.jsonl (shared tool) or usg_accounts_composed.jsonl (ours). */
interface AccountTruth {
  readonly file: string;
  readonly transactions: number;
  readonly sum_by_account_and_type: Readonly<Record<string, string>>;
  readonly with_fiscal_funding_year?: number;
}

function accountTruth(name: 'usg_accounts' | 'usg_accounts_composed'): Map<string, AccountTruth> {
  return new Map(
    fs
      .readFileSync(path.join(IATI_FIXTURES, 'ground-truth', `${name}.jsonl`), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as AccountTruth)
      .map((truth) => [truth.file, truth]),
  );
}

/** `carsi funding summary --group-by account,transactionType --raw`, keyed `account|type` (NONE: no account). */
async function sumsByAccountAndType(db: TestDb): Promise<Record<string, bigint>> {
  const summary = await summarizeFunding({
    ctx: testContext(db),
    input: { groupBy: 'account,transactionType', raw: 'true' },
  });
  return exactSums(
    Object.fromEntries(
      summary.rows.map((row) => [`${row.account ?? 'NONE'}|${row.transactionType}`, row.amountUsd]),
    ),
  );
}

function difference(after: Record<string, bigint>, before: Record<string, bigint>): Record<string, bigint> {
  return Object.fromEntries(
    Object.entries(after)
      .map(([key, nanos]) => [key, nanos - (before[key] ?? 0n)] as const)
      .filter(([, nanos]) => nanos !== 0n),
  );
}

/** Sums by transaction type whatever the account (the shared tool cannot see USAID's namespace). */
function byType(sums: Record<string, bigint>): Record<string, bigint> {
  const totals: Record<string, bigint> = {};
  for (const [key, nanos] of Object.entries(sums)) {
    const type = key.split('|')[1] ?? '';
    totals[type] = (totals[type] ?? 0n) + nanos;
  }
  return totals;
}

const shared = accountTruth('usg_accounts');
const composed = accountTruth('usg_accounts_composed');

describe.each(TEST_DIALECTS)('US government IATI extensions on %s', (dialect) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createSeededTestDb(dialect);
  });
  afterAll(async () => {
    await db.destroy();
  });

  // The eight files share no activity identifier, so each file's money is the difference its import makes.
  it.each([...composed.keys()])(
    '%s: money by Treasury account and transaction type = the independent counts',
    async (file) => {
      const before = await sumsByAccountAndType(db);
      const { report } = await importIatiFile({
        ctx: testContext(db),
        path: path.join(IATI_FIXTURES, file),
        options: { fileName: path.basename(file), dryRun: false, validate: false },
      });
      expect(report.status).toBe('imported');
      expect(report.reconciliation.status).toBe('reconciled');
      const stored = difference(await sumsByAccountAndType(db), before);
      const ours = composed.get(file);
      expect(stored).toEqual(exactSums(ours?.sum_by_account_and_type ?? {}));
      const theirs = exactSums(shared.get(file)?.sum_by_account_and_type ?? {});
      if (Object.keys(theirs).every((key) => key.startsWith('NONE|'))) {
        // USAID's files use the namespace https://explorer.usaid.gov, which the shared tool does not read:
        // its sums are ours with the accounts left out.
        expect(byType(stored)).toEqual(byType(theirs));
      } else {
        expect(stored).toEqual(theirs);
      }
      const withYear = await db.kysely
        .selectFrom('funding_transaction as t')
        .innerJoin('activity_source as s', 's.activity_id', 't.activity_id')
        .innerJoin('iati_source_file as f', 'f.id', 's.source_file_id')
        .where('f.file_name', '=', path.basename(file))
        .where('t.fiscal_funding_year', 'is not', null)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(withYear.n)).toBe(ours?.with_fiscal_funding_year);
    },
  );

  it('keeps the extension elements of activities and transactions as published', async () => {
    const activity = await db.kysely
      .selectFrom('activity')
      .select(['id', 'iati_extensions'])
      .where('iati_identifier', '=', 'US-GOV-1-525-DFD-I-03-03-00139-00')
      .executeTakeFirstOrThrow();
    const extensions = JSON.parse(activity.iati_extensions ?? 'null') as {
      namespaces: Record<string, string>;
      elements: string[];
    };
    expect(extensions.namespaces).toEqual({ usg: 'https://explorer.usaid.gov' });
    expect(extensions.elements.some((xml) => xml.startsWith('<usg:duns-number>'))).toBe(true);
    const transaction = await db.kysely
      .selectFrom('funding_transaction')
      .select(['account_code', 'fiscal_funding_year', 'iati_extensions'])
      .where('activity_id', '=', activity.id)
      .where('account_code', '=', '72x1037')
      .executeTakeFirstOrThrow();
    expect(transaction.fiscal_funding_year).toMatch(/^\d{4}(-\d{4})?$/);
    expect(JSON.parse(transaction.iati_extensions ?? 'null')).toMatchObject({
      elements: [
        expect.stringContaining('<usg:main-account code="1037.0">Economic Support Fund</usg:main-account>'),
      ],
    });
    // What the activity page shows: the file it came from, and the values as published.
    const output = await getActivity({ ctx: testContext(db), input: { id: activity.id } });
    expect(output.source).toMatchObject({ fileName: 'usaid-pa.xml', sourceUrl: null, sourceName: null });
    expect(output.extensions?.elements.some((xml) => xml.startsWith('<usg:duns-number>'))).toBe(true);
    const funding = await listActivityFunding({ ctx: testContext(db), input: { activityId: activity.id } });
    expect(funding.transactions.find((row) => row.accountCode === '72x1037')).toMatchObject({
      fiscalFundingYear: transaction.fiscal_funding_year,
      extensions: { namespaces: { usg: 'https://explorer.usaid.gov' } },
    });
  });

  it('adds an account it does not know with the published name, and reports it; an unreadable code is kept aside', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'carsi-usg-'));
    const file = path.join(dir, 'unknown-account.xml');
    fs.writeFileSync(
      file,
      `<iati-activities version="2.03" xmlns:u="https://foreignassistance.gov">
  <iati-activity default-currency="USD" u:office="WHA/CEN">
    <iati-identifier>US-GOV-11-TEST-UNKNOWN-ACCOUNT</iati-identifier>
    <reporting-org ref="US-GOV-11" type="10"><narrative>Department of State</narrative></reporting-org>
    <title><narrative>Test</narrative></title>
    <activity-status code="2"/>
    <activity-date iso-date="2024-01-01" type="1"/>
    <recipient-country code="HN"/>
    <transaction><transaction-type code="2"/><transaction-date iso-date="2024-02-01"/><value>1000</value>
      <u:treasury-account code="19x9999">Fund Not Yet Listed<u:fiscal-funding-year begin="2024" end="2024"/></u:treasury-account>
    </transaction>
    <transaction><transaction-type code="3"/><transaction-date iso-date="2024-03-01"/><value>250.5</value>
      <u:treasury-account code="no such code!">Illegible</u:treasury-account>
    </transaction>
    <transaction xmlns:t="https://foreignassistance.gov"><transaction-type code="3"/><transaction-date iso-date="2024-04-01"/><value>75</value>
      <t:treasury-account code="11x1022">International Narcotics Control and Law Enforcement</t:treasury-account>
    </transaction>
  </iati-activity>
</iati-activities>`,
    );
    const { report, findings } = await importIatiFile({
      ctx: testContext(db),
      path: file,
      options: { fileName: 'unknown-account.xml', dryRun: false, validate: false },
    });
    fs.rmSync(dir, { recursive: true });
    expect(findings.map((finding) => [finding.code, finding.line])).toEqual(
      expect.arrayContaining([
        ['usg_account_unknown', 10],
        ['usg_account_unreadable', 13],
      ]),
    );
    expect(report.transactions.stored).toBe(3);
    expect(report.reconciliation.status).toBe('reconciled');
    const account = await db.kysely
      .selectFrom('appropriation_account')
      .selectAll()
      .where('code', '=', '19x9999')
      .executeTakeFirstOrThrow();
    expect([account.acronym, account.name_en, account.name_es]).toEqual([
      '19x9999',
      'Fund Not Yet Listed',
      'Fund Not Yet Listed',
    ]);
    const rows = await db.kysely
      .selectFrom('funding_transaction as t')
      .innerJoin('activity as a', 'a.id', 't.activity_id')
      .select(['t.account_code', 't.fiscal_funding_year', 'a.iati_extensions'])
      .where('a.iati_identifier', '=', 'US-GOV-11-TEST-UNKNOWN-ACCOUNT')
      .orderBy('t.transaction_date')
      .execute();
    expect(rows.map((row) => [row.account_code, row.fiscal_funding_year])).toEqual([
      ['19x9999', '2024'],
      [null, null],
      ['11x1022', null], // its namespace declared on the transaction itself
    ]);
    expect(JSON.parse(rows[0]?.iati_extensions ?? 'null')).toEqual({
      namespaces: { u: 'https://foreignassistance.gov' },
      attributes: { 'u:office': 'WHA/CEN' },
      elements: [],
    });
  });

  it('exports the imported US activities as schema-valid 2.03 XML that keeps every usg: element', async () => {
    // An account changed by hand replaces the published one in the export.
    const edited = await db.kysely
      .selectFrom('funding_transaction as t')
      .innerJoin('activity as a', 'a.id', 't.activity_id')
      .select(['t.id', 't.activity_id', 't.version'])
      .where('a.iati_identifier', '=', 'US-GOV-11-SBH20023IN0086')
      .where('t.account_code', '=', '11x1022')
      .orderBy('t.id')
      .executeTakeFirstOrThrow();
    await updateTransaction({
      ctx: testContext(db),
      input: {
        activityId: edited.activity_id,
        id: edited.id,
        expectedVersion: edited.version,
        patch: { accountCode: '11x1075' },
      },
    });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'carsi-usg-export-'));
    const file = path.join(dir, 'export.xml');
    const out = fs.createWriteStream(file);
    const { activities } = await exportIatiActivities({
      db: db.kysely,
      filter: { includeDemo: false },
      out,
      now: new Date('2026-12-01T00:00:00Z'),
    });
    await new Promise<void>((resolve) => out.end(resolve));
    const xml = fs.readFileSync(file, 'utf8');
    const schema = await validateIatiSchema({ fileName: 'export.xml', path: file });
    fs.rmSync(dir, { recursive: true });
    expect(schema.errors.slice(0, 3)).toEqual([]);
    expect(schema.valid).toBe(true);
    // 2,238 activities of the eight files and the test activity above, each transaction with its account.
    expect(activities).toBe(2239);
    expect(xml.match(/<[a-z]+:treasury-account[\s>/]/g)?.length).toBe(6764);
    expect(xml).toContain('<usg:treasury-account code="11x1075"/>');
    expect(xml).toContain('xmlns:t="https://foreignassistance.gov"');
    expect(xml).toContain('<t:treasury-account code="11x1022">');
    expect(xml).toContain(
      '<usg:treasury-account code="11x1022">International Narcotics Control and Law Enforcement',
    );
    expect(xml).toContain('<usg:main-account code="1037.0">Economic Support Fund</usg:main-account>');
    expect(xml).toContain('xmlns:usg="https://explorer.usaid.gov"');
    expect(xml).toContain('u:office="WHA/CEN"');
  });
});
