import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeActivityWorkflow, createActivity, getActivityVersion } from '@/modules/activities';
import { createBudget, createTransaction } from '@/modules/funding';
import { createOrganisation } from '@/modules/partners';
import { createSeededTestDb, FIXED_NOW, TEST_DIALECTS, testContext, type TestDb } from '../../../../test/db';
import { activityInput } from '../../../../test/portfolio';
import { validateIatiSchema } from '../validate-iati-schema';
import { EXPORT_PAGE_SIZE, exportIatiActivities, type IatiExportFilter } from './export-iati-activities';

interface XmlNode {
  readonly name: string;
  readonly attributes: Record<string, string>;
  text: string;
  readonly children: XmlNode[];
}

/** The exported document as a tree, read back by a real XML parser (so escaping is checked too). */
function parseXml(text: string): XmlNode {
  const parser = new SaxesParser();
  const root: XmlNode = { name: '#document', attributes: {}, text: '', children: [] };
  const stack = [root];
  parser.on('opentag', (tag) => {
    const node: XmlNode = {
      name: tag.name,
      attributes: tag.attributes,
      text: '',
      children: [],
    };
    stack.at(-1)?.children.push(node);
    stack.push(node);
  });
  parser.on('text', (text) => {
    const node = stack.at(-1);
    if (node !== undefined) {
      node.text += text;
    }
  });
  parser.on('closetag', () => stack.pop());
  parser.write(text).close();
  const [document] = root.children;
  if (document === undefined) {
    throw new Error('no root element');
  }
  return document;
}

const all = (node: XmlNode | undefined, name: string) =>
  node?.children.filter((child) => child.name === name) ?? [];
const one = (node: XmlNode | undefined, name: string) => all(node, name)[0];
const narratives = (node: XmlNode | undefined) =>
  Object.fromEntries(
    all(node, 'narrative').map((narrative) => [narrative.attributes['xml:lang'] ?? '', narrative.text]),
  );

/** A slow consumer with a small buffer, so the export has to wait for it (backpressure). */
function slowSink() {
  const chunks: Buffer[] = [];
  let mostBuffered = 0;
  const out = new Writable({
    highWaterMark: 4096,
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      mostBuffered = Math.max(mostBuffered, out.writableLength);
      setImmediate(callback);
    },
  });
  return { out, text: () => Buffer.concat(chunks).toString('utf8'), mostBuffered: () => mostBuffered };
}

describe.each(TEST_DIALECTS)('IATI export on %s', (dialect) => {
  let db: TestDb;
  let tmp: string;
  beforeAll(async () => {
    db = await createSeededTestDb(dialect);
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'iati-export-'));
  });
  afterAll(async () => {
    await db.destroy();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  let counter = 0;
  async function exportToText(filter: IatiExportFilter, frameworkVocabularyUri?: string) {
    const sink = slowSink();
    const result = await exportIatiActivities({
      db: db.kysely,
      filter,
      out: sink.out,
      now: FIXED_NOW,
      frameworkVocabularyUri,
    });
    sink.out.end(); // the caller owns the stream
    await finished(sink.out);
    return { ...result, text: sink.text(), mostBuffered: sink.mostBuffered() };
  }
  async function expectSchemaValid(text: string) {
    counter += 1;
    const file = path.join(tmp, `export-${counter}.xml`);
    fs.writeFileSync(file, text);
    expect(await validateIatiSchema({ fileName: 'export.xml', path: file })).toEqual({
      valid: true,
      errors: [],
    });
  }
  async function publish(id: string) {
    const ctx = testContext(db);
    for (const action of ['submit', 'approve', 'publish'] as const) {
      const expectedVersion = await getActivityVersion({ ctx, input: { id } });
      await changeActivityWorkflow({ ctx, input: { id, expectedVersion, body: { action } } });
    }
  }

  it('writes the published portfolio as a valid IATI 2.03 file: both languages, exact amounts, escaped text', async () => {
    const ctx = testContext(db);
    const donor = await createOrganisation({
      ctx,
      input: {
        name: { es: 'Departamento de Estado & "INL" <EE. UU.>', en: "State Department & 'INL'" },
        iatiIdentifier: `US-GOV-${dialect}`,
        type: '10',
        countryCode: 'US',
      },
    });
    const implementer = await createOrganisation({
      ctx,
      input: {
        name: { es: 'Fundación Juventud Segura', en: 'Safe Youth Foundation' },
        type: '22',
        countryCode: 'HN',
      },
    });
    const programme = await createActivity({
      ctx,
      input: activityInput(donor.id, { level: 'programme', iatiIdentifier: `US-GOV-${dialect}-PRG` }),
    });
    const main = await createActivity({
      ctx,
      input: activityInput(donor.id, {
        parentId: programme.id,
        iatiIdentifier: null,
        title: { es: 'Prevención & <violencia> "juvenil"', en: "Youth 'violence' prevention & more" },
        description: { es: 'Descripción con ñ, acentos y 5 > 3 & 2 < 4 \u0007', en: '' },
        objectives: { es: '', en: 'Objectives: fewer homicides' },
        participants: [
          { organisationId: donor.id, role: '1' },
          { organisationId: implementer.id, role: '4' },
        ],
        sectors: [
          { vocabulary: '1', code: '15210', percentage: 60 },
          { vocabulary: '1', code: '15130', percentage: 40 },
        ],
        recipientCountries: [
          { code: 'HN', percentage: 66.67 },
          { code: 'GT', percentage: 33.33 },
        ],
        documents: [
          {
            url: 'https://example.org/report?a=1&b=2',
            title: { es: 'Evaluación', en: 'Evaluation' },
            category: 'A07',
          },
          {
            url: 'https://example.org/uncategorised',
            title: { es: 'Sin categoría', en: '' },
            category: null,
          },
        ],
      }),
    });
    const sub = await createActivity({
      ctx,
      input: activityInput(implementer.id, {
        iatiIdentifier: `XM-SUB-${dialect}`,
        title: { es: 'Subvención', en: '' },
      }),
    });
    const draft = await createActivity({
      ctx,
      input: activityInput(donor.id, { title: { es: 'Borrador', en: 'Draft' } }),
    });
    const money = (activityId: string, body: Parameters<typeof createTransaction>[0]['input']['body']) =>
      createTransaction({ ctx, input: { activityId, body } });
    await money(main.id, { type: 'AL', value: '9999', valueDate: '2019-01-15', accountCode: '11x1022' });
    await money(main.id, {
      type: '2',
      value: '1234567.89',
      valueDate: '2019-02-01',
      providerOrgId: donor.id,
    });
    await money(main.id, { type: '3', value: '770503.50', currency: 'GTQ', valueDate: '2019-06-14' });
    await money(main.id, {
      type: '3',
      value: '2500.125',
      currency: 'EUR',
      valueDate: '2021-03-10',
      description: 'Transferencia a la "Fundación" & socios <HN>',
      receiverOrgId: implementer.id,
      receiverActivityId: sub.id,
    });
    await money(sub.id, {
      type: '1',
      value: '2500.125',
      currency: 'EUR',
      valueDate: '2021-03-12',
      providerOrgId: donor.id,
      providerActivityId: main.id,
    });
    await createBudget({
      ctx,
      input: {
        activityId: main.id,
        body: { periodStart: '2020-01-01', periodEnd: '2020-12-31', value: '500000.50' },
      },
    });
    await createBudget({
      ctx,
      input: {
        activityId: main.id,
        body: {
          type: '2',
          periodStart: '2021-01-01',
          periodEnd: '2021-12-31',
          value: '12.345',
          currency: 'GTQ',
          valueDate: '2021-01-04',
        },
      },
    });
    for (const id of [programme.id, main.id, sub.id]) {
      await publish(id);
    }

    const exported = await exportToText({ reportingOrgIds: [donor.id, implementer.id] });
    await expectSchemaValid(exported.text);
    const document = parseXml(exported.text);
    expect(document.attributes).toEqual({ version: '2.03', 'generated-datetime': FIXED_NOW.toISOString() });
    const byIdentifier = new Map(
      all(document, 'iati-activity').map((node) => [one(node, 'iati-identifier')?.text, node]),
    );
    const mainIdentifier = `US-GOV-${dialect}-${main.id}`;
    expect([...byIdentifier.keys()].sort()).toEqual(
      [mainIdentifier, `US-GOV-${dialect}-PRG`, `XM-SUB-${dialect}`].sort(),
    );
    expect(exported.activities).toBe(3);
    expect(exported.text).not.toContain('Borrador');
    expect(exported.text).not.toContain(draft.id);

    const activity = byIdentifier.get(mainIdentifier);
    expect(activity?.attributes).toMatchObject({
      'xml:lang': 'es',
      'default-currency': 'USD',
      hierarchy: '3',
    });
    expect(activity?.attributes['last-updated-datetime']).toBe(FIXED_NOW.toISOString());
    expect(one(activity, 'reporting-org')?.attributes).toEqual({ ref: `US-GOV-${dialect}`, type: '10' });
    expect(narratives(one(activity, 'reporting-org'))).toEqual({
      es: 'Departamento de Estado & "INL" <EE. UU.>',
      en: "State Department & 'INL'",
    });
    expect(narratives(one(activity, 'title'))).toEqual({
      es: 'Prevención & <violencia> "juvenil"',
      en: "Youth 'violence' prevention & more",
    });
    expect(all(activity, 'description').map((node) => [node.attributes.type, narratives(node)])).toEqual([
      // XML 1.0 cannot carry control characters: the stray bell becomes U+FFFD and the file stays readable.
      ['1', { es: 'Descripción con ñ, acentos y 5 > 3 & 2 < 4 \uFFFD' }],
      ['2', { en: 'Objectives: fewer homicides' }],
    ]);
    expect(all(activity, 'participating-org').map((node) => [node.attributes, narratives(node)])).toEqual([
      [
        { ref: `US-GOV-${dialect}`, type: '10', role: '1' },
        { es: donor.name.es, en: donor.name.en },
      ],
      [
        { type: '22', role: '4' },
        { es: 'Fundación Juventud Segura', en: 'Safe Youth Foundation' },
      ],
    ]);
    expect(one(activity, 'activity-status')?.attributes).toEqual({ code: '2' });
    expect(all(activity, 'activity-date').map((node) => node.attributes)).toEqual([
      { type: '1', 'iso-date': '2020-01-01' },
      { type: '3', 'iso-date': '2023-12-31' },
    ]);
    expect(all(activity, 'recipient-country').map((node) => node.attributes)).toEqual([
      { code: 'HN', percentage: '66.67' },
      { code: 'GT', percentage: '33.33' },
    ]);
    const location = one(activity, 'location');
    expect(location?.attributes).toEqual({ ref: 'HN-CR' });
    expect(narratives(one(location, 'name'))).toEqual({ '': 'San Pedro Sula' });
    expect(one(location, 'administrative')?.attributes).toEqual({ vocabulary: 'A4', level: '0', code: 'HN' });
    expect(one(one(location, 'point'), 'pos')?.text).toBe('15.5 -88.03');
    expect(all(activity, 'sector').map((node) => node.attributes)).toEqual([
      { vocabulary: '1', code: '15210', percentage: '60' },
      { vocabulary: '1', code: '15130', percentage: '40' },
    ]);
    expect(all(activity, 'tag').map((node) => [node.attributes.code, Object.keys(narratives(node))])).toEqual(
      [
        ['carsi-1', ['es', 'en']],
        ['carsi-4', ['es', 'en']],
      ],
    );
    expect(
      all(activity, 'budget').map((node) => [
        node.attributes.type,
        one(node, 'period-start')?.attributes['iso-date'],
        one(node, 'value')?.attributes,
        one(node, 'value')?.text,
      ]),
    ).toEqual([
      ['1', '2020-01-01', { currency: 'USD', 'value-date': '2020-01-01' }, '500000.5'],
      ['2', '2021-01-01', { currency: 'GTQ', 'value-date': '2021-01-04' }, '12.345'],
    ]);
    const transactions = all(activity, 'transaction');
    expect(
      transactions.map((node) => [
        one(node, 'transaction-type')?.attributes.code,
        one(node, 'value')?.attributes.currency,
        one(node, 'value')?.text,
      ]),
    ).toEqual([
      ['2', 'USD', '1234567.89'],
      ['3', 'GTQ', '770503.5'],
      ['3', 'EUR', '2500.125'],
    ]);
    expect(narratives(one(transactions[2], 'description'))).toEqual({
      '': 'Transferencia a la "Fundación" & socios <HN>',
    });
    expect(one(transactions[2], 'receiver-org')?.attributes).toEqual({
      'receiver-activity-id': `XM-SUB-${dialect}`,
      type: '22',
    });
    expect(one(transactions[0], 'provider-org')?.attributes).toEqual({
      ref: `US-GOV-${dialect}`,
      type: '10',
    });
    const incoming = one(byIdentifier.get(`XM-SUB-${dialect}`), 'transaction');
    expect(one(incoming, 'provider-org')?.attributes).toEqual({
      ref: `US-GOV-${dialect}`,
      'provider-activity-id': mainIdentifier,
      type: '10',
    });
    expect(
      all(activity, 'document-link').map((node) => [
        node.attributes,
        narratives(one(node, 'title')),
        one(node, 'category')?.attributes,
      ]),
    ).toEqual([
      [
        { url: 'https://example.org/report?a=1&b=2', format: 'text/html' },
        { es: 'Evaluación', en: 'Evaluation' },
        { code: 'A07' },
      ],
    ]);
    expect(one(activity, 'related-activity')?.attributes).toEqual({
      ref: `US-GOV-${dialect}-PRG`,
      type: '1',
    });
  });

  it('selects by workflow state, country and reporting organisation, and leaves out activities without dates', async () => {
    const ctx = testContext(db);
    const organisation = await createOrganisation({
      ctx,
      input: { name: { es: 'Ministerio', en: 'Ministry' }, type: '10' },
    });
    const honduran = await createActivity({ ctx, input: activityInput(organisation.id) });
    const guatemalan = await createActivity({
      ctx,
      input: activityInput(organisation.id, {
        recipientCountries: [{ code: 'GT', percentage: 100 }],
        locations: [],
      }),
    });
    const undated = await createActivity({
      ctx,
      input: activityInput(organisation.id, {
        plannedStart: null,
        plannedEnd: null,
        description: { es: '', en: '' },
      }),
    });
    const drafts = { workflowStates: ['draft'] as const, reportingOrgIds: [organisation.id] };

    const everything = await exportToText(drafts);
    expect([everything.activities, everything.skippedWithoutDates]).toEqual([2, [undated.id]]);
    await expectSchemaValid(everything.text);
    const inGuatemala = await exportToText({ ...drafts, countries: ['gt'] }, 'https://carsi.test/frameworks');
    expect(
      all(parseXml(inGuatemala.text), 'iati-activity').map((node) => one(node, 'iati-identifier')?.text),
    ).toEqual([guatemalan.iatiIdentifier]);
    expect(inGuatemala.text).toContain(
      '<tag vocabulary="99" vocabulary-uri="https://carsi.test/frameworks" code="carsi-1">',
    );
    await expectSchemaValid(inGuatemala.text);
    expect((await exportToText({ ...drafts, workflowStates: ['published'] })).activities).toBe(0);
    // Only the demo loader marks records as demo; the flag is set directly here.
    await db.kysely.updateTable('activity').set({ is_demo: 1 }).where('id', '=', honduran.id).execute();
    expect((await exportToText({ ...drafts, includeDemo: false })).activities).toBe(1);
    expect((await exportToText(drafts)).activities).toBe(2);
  });

  it('writes a large selection page by page, complete and in order, waiting for a slow reader', async () => {
    const ctx = testContext(db);
    const organisation = await createOrganisation({
      ctx,
      input: { name: { es: 'Donante', en: 'Donor' }, type: '10' },
    });
    const created: string[] = [];
    for (let index = 0; index < 2 * EXPORT_PAGE_SIZE + 37; index += 1) {
      const activity = await createActivity({
        ctx,
        input: activityInput(organisation.id, {
          iatiIdentifier: `XM-BULK-${index}`,
          description: { es: 'x'.repeat(2000), en: '' },
        }),
      });
      created.push(activity.id);
    }
    const exported = await exportToText({ workflowStates: ['draft'], reportingOrgIds: [organisation.id] });
    const identifiers = all(parseXml(exported.text), 'iati-activity').map(
      (node) => one(node, 'iati-identifier')?.text,
    );
    const expected = created
      .map((id, index) => ({ id, identifier: `XM-BULK-${index}` }))
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((entry) => entry.identifier);
    expect(exported.activities).toBe(created.length);
    expect(identifiers).toEqual(expected);
    // The export waited for the reader instead of piling the file up in the stream's buffer.
    expect(exported.text.length).toBeGreaterThan(1_000_000);
    expect(exported.mostBuffered).toBeLessThan(100_000);
    await expectSchemaValid(exported.text);
  });
});
