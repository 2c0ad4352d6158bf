import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import activitiesEn from '@/web/i18n/activities.en.json';
import en from '@/web/i18n/en.json';
import es from '@/web/i18n/es.json';
import iatiEn from '@/web/i18n/iati.en.json';
import iatiEs from '@/web/i18n/iati.es.json';
import { collectPageErrors, findSeriousAccessibilityViolations, launchChromium } from './browser';
import { assertWebBuilt, startServer, type TestServer } from './server';

const FIXTURES = fileURLToPath(new URL('../fixtures/iati/', import.meta.url));
const USAID_PANAMA = path.join(FIXTURES, 'real/usaid-2025/usaid-pa.xml');
const BROKEN = path.join(FIXTURES, 'invalid/js-validator-api/integration-tests/test-files/broken-xml.xml');
/** Two activities with the same identifier: the second is rejected with an error, and its EUR 1,000 with it. */
const DUPLICATE = path.join(
  FIXTURES,
  'invalid/js-validator-api/integration-tests/test-files/iati-dup-activity-ids.xml',
);
const OFFICER = {
  name: 'Irene Importadora',
  email: 'irene.importadora@example.org',
  password: 'manglar ceiba tucán diecinueve',
};

type Texts = typeof iatiEn.iati;

let server: TestServer;
let browser: Browser;

/** A form field by its label (Mantine adds a " *" to required ones, hidden from screen readers). */
function field(scope: Page | Locator, label: string): Locator {
  return scope.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`));
}

async function openSignedIn(locale: string, pathname: string, base: typeof en) {
  const context = await browser.newContext({
    locale,
    viewport: { width: 1280, height: 900 },
    reducedMotion: 'reduce',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(`${server.url}${pathname}`);
  await field(page, base.signIn.email).fill(OFFICER.email);
  await field(page, base.signIn.password).fill(OFFICER.password);
  await page.getByRole('button', { name: base.signIn.submit, exact: true }).click();
  return { context, page, errors };
}

/**
 * Uploads `file` from the import page and waits until the import has ended; resolves with the job's id.
 * The section of the current import then shows that job's report.
 */
async function upload(page: Page, texts: Texts, file: string): Promise<string> {
  await page.locator('input[type="file"]').setInputFiles(file);
  const [response] = await Promise.all([
    page.waitForResponse(
      (answer) => answer.request().method() === 'POST' && answer.url().includes('/api/v1/imports'),
    ),
    page.getByRole('button', { name: texts.form.submit, exact: true }).click(),
  ]);
  expect(response.status()).toBe(202);
  // The body of a 202 to a streamed upload is not kept by Chromium's inspector; its Location names the job.
  const id = (await response.headerValue('location'))?.split('/').pop() ?? '';
  const current = page.getByTestId('current-import');
  await current.locator(`a[href="/interoperability/imports/${id}"]`).waitFor();
  await current
    .locator('[data-testid="job-view"]:is([data-status="succeeded"], [data-status="refused"])')
    .waitFor();
  return id;
}

async function figure(page: Page, name: string): Promise<string> {
  return page.getByTestId('current-import').getByTestId(`figure-${name}`).locator('dd').innerText();
}

async function checkPage(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `/tmp/iati-${name}.png`, fullPage: true });
  expect(await findSeriousAccessibilityViolations(page), name).toEqual([]);
}

beforeAll(async () => {
  assertWebBuilt();
  server = await startServer();
  browser = await launchChromium();
  const args = ['users', 'create', '--email', OFFICER.email, '--name', OFFICER.name];
  await server.cli([...args, '--role', 'donor_officer', '--password-stdin'], OFFICER.password);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('IATI import and export', () => {
  it('imports a USAID file, imports it again without changes, refuses broken XML and exports, in English', async () => {
    const texts = iatiEn.iati;
    const { context, page, errors } = await openSignedIn('en-US', '/interoperability/imports', en);
    await page.getByRole('heading', { level: 1, name: texts.imports.title }).waitFor();

    // 29 activities of USAID in Panama: all new, their dollars stored exactly as published.
    const first = await upload(page, texts, USAID_PANAMA);
    expect(await figure(page, 'activities-created')).toBe('29');
    expect(await figure(page, 'activities-rejected')).toBe('0');
    const sums = page.getByTestId('currency-sums');
    expect(await sums.locator('tbody tr').allInnerTexts()).toEqual(['USD\t5,174,983.00\t5,174,983.00']);
    expect(await page.getByTestId('sums-note').count()).toBe(0);
    await checkPage(page, 'import-en');

    // The same file again changes nothing.
    await upload(page, texts, USAID_PANAMA);
    expect(await figure(page, 'activities-unchanged')).toBe('29');
    expect(await figure(page, 'activities-created')).toBe('0');

    // Broken XML is refused whole, and the reader is told where.
    await upload(page, texts, BROKEN);
    const refusal = page.getByTestId('refusal');
    expect(await refusal.getByTestId('refusal-place').innerText()).toBe('Line 4, column 12');
    expect(await refusal.innerText()).toContain('not well-formed XML (line 4, column 12)');
    expect(await page.getByTestId('current-import').getByTestId('report-figures').count()).toBe(0);
    const recent = page.getByTestId('recent-import');
    await expect.poll(() => recent.count()).toBe(3);
    expect(await recent.first().getByTestId('job-status').innerText()).toBe(texts.status.refused);
    expect(await recent.nth(1).innerText()).toContain(
      'Created: 0 · updated: 0 · unchanged: 29 · rejected: 0',
    );
    await checkPage(page, 'import-refused-en');

    // The first import's page: its findings, filtered by severity; a stored activity links to its page.
    await recent.nth(2).getByRole('link', { name: 'usaid-pa.xml' }).click();
    await page.getByRole('heading', { level: 1, name: 'Import of usaid-pa.xml' }).waitFor();
    expect(page.url()).toContain(`/interoperability/imports/${first}`);
    const range = page.getByTestId('findings-range');
    expect(await range.innerText()).toBe('1–30 of 30 findings');
    const filter = page.getByTestId('severity-filter');
    await filter.getByText(texts.findings.severity.error, { exact: true }).click();
    await page.getByTestId('no-findings').waitFor();
    expect(page.url()).toContain('severity=error');
    await filter.getByText(texts.findings.severity.info, { exact: true }).click();
    await range.waitFor();
    expect(await range.innerText()).toBe('1–30 of 30 findings');
    const severities = await page.getByTestId('finding-severity').allInnerTexts();
    expect(new Set(severities)).toEqual(new Set([texts.findings.severity.info]));
    const activity = page.getByTestId('finding').first().getByRole('link');
    expect(await activity.innerText()).toBe('US-GOV-1-525-DFD-I-03-03-00139-00');
    expect(await activity.getAttribute('href')).toMatch(/^\/activities\/[\w-]+$/);
    await checkPage(page, 'detail-en');

    // The export of published activities in Panama downloads IATI XML holding the imported activities.
    await page.goto(`${server.url}/interoperability`);
    const exportPanel = page.getByTestId('iati-export');
    expect(await exportPanel.getByLabel(activitiesEn.activities.workflowStates.published).isChecked()).toBe(
      true,
    );
    await exportPanel.getByLabel('Panama').check();
    const link = page.getByTestId('iati-export-link');
    expect(await link.getAttribute('href')).toBe(
      '/api/v1/exports/iati?workflowState=published&country=PA&includeDemo=false',
    );
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const xml = await readFile(await download.path(), 'utf8');
    expect(xml).toContain('<iati-activities version="2.03"');
    expect(xml.match(/<iati-activity /g)?.length).toBe(29);
    expect(await page.getByTestId('iati-import-panel').getByRole('link').getAttribute('href')).toBe(
      '/interoperability/imports',
    );
    await checkPage(page, 'interoperability-en');
    // Chromium logs nothing for a refused file: the refusal is a report, not an error answer.
    expect(errors).toEqual([]);
    await context.close();
  });

  it('tells, in Spanish, where a file is broken and which currency lost money to an error', async () => {
    const texts = iatiEs.iati;
    const { context, page, errors } = await openSignedIn('es-ES', '/interoperability/imports', es);
    await page.getByRole('heading', { level: 1, name: texts.imports.title }).waitFor();

    await upload(page, texts, BROKEN);
    const refusal = page.getByTestId('refusal');
    expect(await refusal.getByTestId('refusal-place').innerText()).toBe('Línea 4, columna 12');
    expect(await refusal.innerText()).toContain('no es XML bien formado (línea 4, columna 12)');

    // The second activity repeats the first one's identifier: rejected, and its EUR 1,000 with it.
    const duplicate = await upload(page, texts, DUPLICATE);
    expect(await figure(page, 'activities-created')).toBe('1');
    expect(await figure(page, 'activities-rejected')).toBe('1');
    const euro = page.getByTestId('currency-sums').locator('tbody tr');
    expect(await euro.count()).toBe(1);
    expect(await euro.locator('th').innerText()).toMatch(new RegExp(`^EUR\\s+${texts.report.differs}$`));
    expect(await euro.locator('td').allInnerTexts()).toEqual(['1.000,00', '0,00']);
    expect(await euro.getAttribute('data-differs')).toBe('true');
    expect(await page.getByTestId('sums-note').innerText()).toBe(texts.report.sumsNote);
    await checkPage(page, 'import-es');

    await page.getByTestId('current-import').getByRole('link', { name: texts.job.open }).click();
    await page.getByRole('heading', { level: 1, name: 'Importación de iati-dup-activity-ids.xml' }).waitFor();
    await page.getByTestId('findings-range').waitFor();
    await page
      .getByTestId('severity-filter')
      .getByText(texts.findings.severity.error, { exact: true })
      .click();
    await expect.poll(() => page.getByTestId('finding').count()).toBe(1);
    const error = page.getByTestId('finding');
    expect(await error.getByTestId('finding-severity').innerText()).toBe(texts.findings.severity.error);
    expect(await error.innerText()).toContain('El identificador ya apareció en este archivo (línea 9)');
    expect(page.url()).toContain(`/interoperability/imports/${duplicate}?severity=error`);
    await page.getByTestId('severity-filter').getByText(texts.findings.all, { exact: true }).click();
    await expect.poll(() => page.getByTestId('finding').count()).toBe(5);
    await checkPage(page, 'detail-es');
    expect(errors).toEqual([]);
    await context.close();
  });
});
