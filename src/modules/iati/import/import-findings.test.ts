import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listActivityHistory } from '@/modules/activities';
import { createExchangeRate } from '@/modules/funding';
import { createSeededTestDb, TEST_DIALECTS, testContext, type TestDb } from '../../../../test/db';
import { groundTruth, IATI_FIXTURES } from '../../../../test/iati-fixtures';
import { makeActivity } from '../../../../test/portfolio';
import { importIatiFile } from './import-iati-file';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'carsi-iati-'));
function writeFile(name: string, xml: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, xml);
  return file;
}

const activity = (body: string, attributes = 'default-currency="USD"') =>
  `<iati-activity ${attributes}>${body}</iati-activity>`;
const reporting =
  '<reporting-org ref="XM-TEST-1" type="10"><narrative>Test donor</narrative></reporting-org>';
const file = (...activities: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03">\n${activities.join('\n')}\n</iati-activities>\n`;

/** Every table an import writes, counted: equal counts before and after mean nothing was kept. */
async function tableCounts(db: TestDb): Promise<Record<string, number>> {
  const tables = [
    'activity',
    'activity_share',
    'funding_transaction',
    'budget',
    'organisation',
    'audit_event',
    'iati_source_file',
    'activity_source',
  ] as const;
  return Object.fromEntries(
    await Promise.all(
      tables.map(async (table): Promise<[string, number]> => [
        table,
        Number(
          (
            await db.kysely
              .selectFrom(table)
              .select((eb) => eb.fn.countAll().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        ),
      ]),
    ),
  );
}

describe.each(TEST_DIALECTS)('IATI import findings on %s', (dialect) => {
  let db: TestDb;
  const run = (filePath: string, options: { dryRun?: boolean; validate?: boolean } = {}) =>
    importIatiFile({
      ctx: testContext(db),
      path: filePath,
      options: {
        fileName: path.basename(filePath),
        dryRun: options.dryRun ?? false,
        validate: options.validate ?? false,
      },
    });

  beforeAll(async () => {
    db = await createSeededTestDb(dialect);
  });
  afterAll(async () => {
    await db.destroy();
  });

  it('refuses each of the 8 files that are not well-formed whole, naming line and column, keeping nothing', async () => {
    const malformed = groundTruth('invalid_stats').filter((truth) => !truth.wellformed);
    expect(malformed).toHaveLength(8);
    const before = await tableCounts(db);
    for (const truth of malformed) {
      const { report, findings } = await run(path.join(IATI_FIXTURES, truth.file));
      expect(report.status, truth.file).toBe('refused');
      expect(report.refusal?.code).toBe('xml_not_well_formed');
      expect(report.refusal?.line).toBeGreaterThan(0);
      expect(report.refusal?.column).toBeGreaterThan(0);
      expect(report.refusal?.message.en).toMatch(/line \d+, column \d+/);
      expect(report.refusal?.message.es).toMatch(/línea \d+, columna \d+/);
      expect(findings).toHaveLength(1);
    }
    expect(await tableCounts(db)).toEqual(before);
  });

  it('imports every well-formed validator test file without failing, each finding placed at a real line and column', async () => {
    const wellFormed = groundTruth('invalid_stats').filter((truth) => truth.wellformed);
    expect(wellFormed.length).toBe(71);
    for (const truth of wellFormed) {
      const { report, findings } = await run(path.join(IATI_FIXTURES, truth.file), { dryRun: true });
      expect(report.activities.created + report.activities.rejected, truth.file).toBe(
        report.status === 'imported' ? truth.activities : 0,
      );
      for (const finding of findings) {
        expect(finding.line === null || finding.line >= 1, truth.file).toBe(true);
        expect(finding.column === null || finding.column >= 1, truth.file).toBe(true);
      }
    }
  }, 60_000);

  it('refuses a file that breaks at its end without keeping the activities before the break', async () => {
    const before = await tableCounts(db);
    const good = activity(
      `<iati-identifier>XM-TEST-1-TRUNC</iati-identifier>${reporting}<title><narrative>Kept?</narrative></title>`,
    );
    const { report } = await run(
      writeFile('truncated.xml', file(good).replace('</iati-activities>', '</iati-activity>')),
    );
    expect(report.status).toBe('refused');
    expect(report.refusal?.line).toBe(4);
    expect(await tableCounts(db)).toEqual(before);
  });

  it('refuses any DOCTYPE (no entity is expanded)', async () => {
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>\n<iati-activities version="2.03">${activity(`<iati-identifier>&lol2;</iati-identifier>${reporting}`)}</iati-activities>`;
    const { report } = await run(writeFile('doctype.xml', xml));
    expect(report.status).toBe('refused');
    expect(report.refusal).toMatchObject({ code: 'xml_doctype_refused', line: 2 });
  });

  it('reports every problem with its code, line and identifier, and stores what can be stored', async () => {
    const xml = file(
      activity(`<iati-identifier> </iati-identifier>${reporting}`),
      activity(
        `<iati-identifier>XM-TEST-1-A</iati-identifier>${reporting}<title><narrative xml:lang="es">Título</narrative><narrative xml:lang="en">Title</narrative></title>` +
          '<activity-status code="2"/><activity-date type="1" iso-date="2024-01-01"/>' +
          '<recipient-country code="HN" percentage="60"/><recipient-country code="GT" percentage="20"/>' +
          '<sector vocabulary="1" code="99999" percentage="100"/>' +
          '<transaction><transaction-type code="3"/><transaction-date iso-date="2024-02-01"/><value value-date="2024-02-01">12,5</value></transaction>' +
          '<transaction><transaction-type code="3"/><value>100</value></transaction>' +
          '<transaction><transaction-type code="D"/><transaction-date iso-date="2024-03-01"/><value>250.75</value></transaction>',
      ),
      activity(
        `<iati-identifier>XM-TEST-1-A</iati-identifier>${reporting}<title><narrative>Again</narrative></title>`,
      ),
      activity(
        `<iati-identifier>XM-TEST-1-NODATE</iati-identifier>${reporting}<title><narrative>No dates</narrative></title><activity-status code="2"/>`,
      ),
    );
    const { report, findings } = await run(writeFile('problems.xml', xml));
    expect(report.status).toBe('imported');
    expect(report.activities).toMatchObject({ inFile: 4, created: 2, rejected: 2 });
    const codes = findings.map(
      (finding) =>
        `${finding.severity} ${finding.code} ${finding.activityIdentifier ?? '-'} @${finding.line}`,
    );
    expect(codes).toEqual(
      expect.arrayContaining([
        'error activity_identifier_blank - @3',
        'warning percentages_not_100 XM-TEST-1-A @4',
        'warning code_unknown XM-TEST-1-A @4',
        'error value_not_number XM-TEST-1-A @4',
        'error date_missing XM-TEST-1-A @4',
        'error activity_identifier_duplicate XM-TEST-1-A @5',
        'warning start_date_missing XM-TEST-1-NODATE @6',
      ]),
    );
    const duplicate = findings.find((finding) => finding.code === 'activity_identifier_duplicate');
    expect(duplicate?.message.en).toContain('line 4');
    expect(duplicate?.message.es).toContain('línea 4');
    // The one good transaction (a 1.0x letter code, mapped to 3) is stored, the two bad ones are not.
    expect(report.transactions).toEqual({ inFile: 3, stored: 1, rejected: 2 });
    expect(report.storedByCurrency).toEqual({ USD: '250.75' });
  });

  it('refuses an activity whose identifier was recorded by hand, and says so', async () => {
    const { activity: manual, organisation } = await makeActivity(db);
    await db.kysely
      .updateTable('organisation')
      .set({ iati_identifier: 'XM-TEST-HAND' })
      .where('id', '=', organisation.id)
      .execute();
    await db.kysely
      .updateTable('activity')
      .set({ iati_identifier: 'XM-TEST-HAND-1' })
      .where('id', '=', manual.id)
      .execute();
    const xml = file(
      activity(
        '<iati-identifier>XM-TEST-HAND-1</iati-identifier><reporting-org ref="XM-TEST-HAND" type="10"/><title><narrative>Clash</narrative></title>',
      ),
    );
    const { report, findings } = await run(writeFile('clash.xml', xml));
    expect(report.activities).toMatchObject({ created: 0, rejected: 1 });
    expect(findings.map((finding) => finding.code)).toContain('activity_identifier_exists');
  });

  it('dry run: reports what would change and changes nothing', async () => {
    const before = await tableCounts(db);
    const { report } = await run(path.join(IATI_FIXTURES, 'real/usaid-2025/usaid-pa.xml'), { dryRun: true });
    expect(report).toMatchObject({ dryRun: true, activities: { created: 29 }, sourceFileId: null });
    expect(await tableCounts(db)).toEqual(before);
  });

  it('a changed file updates only what changed, and the history says which file replaced which', async () => {
    const body = (title: string) =>
      file(
        activity(
          `<iati-identifier>XM-TEST-1-V</iati-identifier>${reporting}<title><narrative>${title}</narrative></title><activity-date type="1" iso-date="2024-01-01"/><activity-status code="2"/>`,
        ),
        activity(
          `<iati-identifier>XM-TEST-1-W</iati-identifier>${reporting}<title><narrative>Same</narrative></title><activity-date type="1" iso-date="2024-01-01"/><activity-status code="2"/>`,
        ),
      );
    await run(writeFile('v1.xml', body('First')));
    const { report, findings } = await run(writeFile('v2.xml', body('Second')));
    expect(report.activities).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    expect(
      findings.find((finding) => finding.code === 'activity_replaces_other_source')?.message.en,
    ).toContain('v1.xml');
    const id = findings.find((finding) => finding.activityIdentifier === 'XM-TEST-1-V')?.activityId ?? '';
    const history = await listActivityHistory({ ctx: testContext(db), input: { id } });
    expect(history.items.map((entry) => entry.action)).toEqual(['activity.import', 'activity.import']);
    expect(JSON.stringify(history.items[0])).toContain('v1.xml');
  });

  it('money refused for want of a rate is stored when the same file is imported again after the rate is entered', async () => {
    const xml = writeFile(
      'rate-later.xml',
      file(
        activity(
          `<iati-identifier>XM-TEST-RATE-LATER</iati-identifier>${reporting}<title><narrative>Rate later</narrative></title><activity-date type="1" iso-date="2099-01-01"/><activity-status code="2"/><transaction><transaction-type code="3"/><transaction-date iso-date="2099-03-01"/><value currency="GTQ" value-date="2099-03-01">7750</value></transaction>`,
        ),
      ),
    );
    const first = await run(xml);
    expect(first.findings.map((finding) => finding.code)).toContain('exchange_rate_missing');
    expect(first.report.transactions).toMatchObject({ stored: 0, rejected: 1 });
    expect(first.report.reconciliation.status).toBe('explained');
    await createExchangeRate({
      ctx: testContext(db),
      input: { currency: 'GTQ', period: '2099-03', unitsPerUsd: '7.75', source: 'Banguat (test)' },
    });
    const second = await run(xml);
    expect(second.report.activities).toMatchObject({ updated: 1, unchanged: 0 });
    expect(second.report.transactions).toMatchObject({ stored: 1, rejected: 0 });
    expect(second.report.reconciliation.status).toBe('reconciled');
    const third = await run(xml);
    expect(third.report.activities).toMatchObject({ updated: 0, unchanged: 1 });
  });

  it('--validate refuses a well-formed file that breaks the 2.03 schema, and imports a valid one', async () => {
    const invalid = await run(writeFile('schema.xml', file(activity('<title>no identifier first</title>'))), {
      validate: true,
    });
    expect(invalid.report.status).toBe('refused');
    expect(invalid.report.refusal?.code).toBe('iati_schema_invalid');
    const valid = await run(path.join(IATI_FIXTURES, 'real/pwyf-merger-dfid-2.03/dfid-ba.xml'), {
      validate: true,
    });
    expect(valid.report.status).toBe('imported');
  });
});
