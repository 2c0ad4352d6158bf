import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { TEST_DIALECTS } from '../../../test/db';
import { IATI_FIXTURES } from '../../../test/iati-fixtures';
import { makeOrganisation, makeUser, tokenFor } from '../../../test/identity';

interface Job {
  id: string;
  status: string;
  report: {
    activities: { created: number; unchanged: number };
    findings: { info: number };
    refusal: { line: number } | null;
  } | null;
}

describe.each(TEST_DIALECTS)('IATI import and export over HTTP on %s', (dialect) => {
  let test: TestApp;
  let officer: { authorization: string };
  let viewer: { authorization: string };
  const upload = (file: string, query = '', headers = officer) =>
    test.app.inject({
      method: 'POST',
      url: `/api/v1/imports?fileName=${path.basename(file)}${query}`,
      headers: { ...headers, 'content-type': 'application/xml' },
      payload: fs.readFileSync(file),
    });
  async function finished(id: string): Promise<Job> {
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const job = (await test.app.inject({ url: `/api/v1/jobs/${id}`, headers: officer })).json<Job>();
      if (!['queued', 'running'].includes(job.status)) {
        return job;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`job ${id} did not finish`);
  }

  beforeAll(async () => {
    test = await createTestApp(dialect);
    const home = await makeOrganisation(test.db, { countryCode: 'US' });
    const scope = { organisationId: null, countryCode: null };
    const donor = await makeUser(test.db, { organisationId: home.id, role: 'donor_officer', scope });
    const reader = await makeUser(test.db, { organisationId: home.id, role: 'viewer', scope });
    officer = { authorization: `Bearer ${await tokenFor(test.db, donor.id)}` };
    viewer = { authorization: `Bearer ${await tokenFor(test.db, reader.id)}` };
  });
  afterAll(async () => {
    await test.close();
  });

  it('accepts an upload with 202 and a job that ends with the report and its findings', async () => {
    const response = await upload(path.join(IATI_FIXTURES, 'real/usaid-2025/usaid-pa.xml'));
    expect(response.statusCode).toBe(202);
    const { id } = response.json<Job>();
    expect(response.headers.location).toBe(`/api/v1/jobs/${id}`);
    const job = await finished(id);
    expect(job).toMatchObject({ status: 'succeeded', report: { activities: { created: 29 } } });
    const findings = await test.app.inject({
      url: `/api/v1/jobs/${id}/findings?severity=info&limit=5`,
      headers: officer,
    });
    expect(findings.json()).toMatchObject({
      total: job.report?.findings.info,
      items: expect.arrayContaining([expect.objectContaining({ severity: 'info' })]),
    });
    const again = await finished(
      (await upload(path.join(IATI_FIXTURES, 'real/usaid-2025/usaid-pa.xml'))).json<Job>().id,
    );
    expect(again.report?.activities).toMatchObject({ created: 0, unchanged: 29 });
    const list = await test.app.inject({ url: '/api/v1/imports', headers: officer });
    expect(list.json<{ items: Job[] }>().items.map((item) => item.id)).toContain(id);
  });

  it('records a malformed upload as refused, with the line, in the caller’s language', async () => {
    const file = path.join(
      IATI_FIXTURES,
      'invalid/js-validator-api/integration-tests/test-files/broken-xml.xml',
    );
    const job = await finished((await upload(file)).json<Job>().id);
    expect(job.status).toBe('refused');
    expect(job.report?.refusal?.line).toBe(4);
    const findings = await test.app.inject({ url: `/api/v1/jobs/${job.id}/findings`, headers: officer });
    expect(findings.json()).toMatchObject({
      total: 1,
      items: [{ severity: 'error', code: 'xml_not_well_formed', line: 4 }],
    });
  });

  it('refuses uploads from users who may not import, and bad queries with a field error', async () => {
    const file = path.join(IATI_FIXTURES, 'real/usaid-2025/usaid-pa.xml');
    expect((await upload(file, '', viewer)).statusCode).toBe(403);
    const bad = await upload(file, '&dryRun=maybe');
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('dryRun');
    const missing = await test.app.inject({ url: '/api/v1/jobs/nope', headers: officer });
    expect(missing.json()).toMatchObject({ status: 404, code: 'import_job_not_found' });
  });

  it('streams the published activities as IATI 2.03 XML to any reader', async () => {
    const response = await test.app.inject({ url: '/api/v1/exports/iati?country=PA', headers: viewer });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('application/xml');
    expect(response.headers['content-disposition']).toMatch(/attachment; filename="carsi-iati-.*\.xml"/);
    expect(response.body).toContain('<iati-activities');
    expect(response.body.match(/<iati-activity /g)).toHaveLength(29);
    const bad = await test.app.inject({ url: '/api/v1/exports/iati?country=Panama', headers: viewer });
    expect(bad.statusCode).toBe(400);
  });
});
