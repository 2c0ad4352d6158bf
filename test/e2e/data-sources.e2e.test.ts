import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as OTPAuth from 'otpauth';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '@/web/i18n/en.json';
import es from '@/web/i18n/es.json';
import sourcesEn from '@/web/i18n/sources.en.json';
import sourcesEs from '@/web/i18n/sources.es.json';
import { collectPageErrors, findSeriousAccessibilityViolations, launchChromium } from './browser';
import { assertWebBuilt, startServer, type TestServer } from './server';

const SCREENSHOT_DIR = 'test-results';
const ADMIN = {
  email: 'fuentes@example.org',
  name: 'Ada Fuentes',
  password: 'ceiba quetzal marimba treinta',
};
const OFFICER = { email: 'lectora@example.org', password: 'volcán laguna cedro catorce' };
/** The shipped public data: the State Department's five files and USAID's three. */
const SHIPPED = ['us-state-central-america', 'usaid-central-america'];
const SHIPPED_FILES = 8;

let server: TestServer;
let browser: Browser;
/** A loopback server that answers every request with HTTP 500: a publisher whose site is down. */
let broken: Server;
let brokenUrl = '';
/** The administrator's browser, kept for the whole journey (signing in again would need a new TOTP step). */
let context: BrowserContext;
let page: Page;
let errors: string[];

/** A form field by its label (Mantine adds a " *" to required ones, hidden from screen readers). */
function field(scope: Page | Locator, label: string): Locator {
  return scope.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`));
}

function heading(name: string): Locator {
  return page.getByRole('heading', { level: 1, name, exact: true });
}

async function capture(name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SCREENSHOT_DIR}/sources-${name}.png`, fullPage: true });
  expect(await findSeriousAccessibilityViolations(page), name).toEqual([]);
}

/** Signs the administrator in from the home page and enrols MFA with the secret shown on screen. */
async function signInAndEnrol(): Promise<void> {
  await page.goto(`${server.url}/sign-in`);
  await field(page, es.signIn.email).fill(ADMIN.email);
  await field(page, es.signIn.password).fill(ADMIN.password);
  await page.getByRole('button', { name: es.signIn.submit, exact: true }).click();
  await heading(es.enrol.title).waitFor();
  const secret = (await page.getByTestId('mfa-secret').innerText()).replace(/\s/g, '');
  const code = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate();
  await field(page, es.signIn.code).fill(code);
  await page.getByRole('button', { name: es.enrol.submit }).click();
  await page.getByTestId('user-menu').waitFor();
}

async function switchLanguage(language: 'es' | 'en'): Promise<void> {
  await page
    .getByTestId('language-switch')
    .getByText(language === 'es' ? 'Español' : 'English', { exact: true })
    .click();
  await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
}

/** Fills and submits the registration form. */
async function register(texts: typeof sourcesEs.sources, name: string, location: string): Promise<void> {
  const form = page.getByTestId('register-source');
  await field(form, texts.fields.name).fill(name);
  await field(form, texts.fields.location).fill(location);
  await field(form, texts.fields.publisher).fill('Ministerio de Prueba');
  await field(form, texts.fields.licence).fill('CC0 1.0');
  await form.getByRole('button', { name: texts.form.register }).click();
}

beforeAll(async () => {
  assertWebBuilt();
  broken = createServer((_request, response) => response.writeHead(500).end('down for maintenance'));
  await new Promise<void>((resolve) => broken.listen(0, '127.0.0.1', resolve));
  brokenUrl = `http://127.0.0.1:${(broken.address() as AddressInfo).port}/usaid-gt.xml`;
  // One quick retry, so that the failing sync ends within the test; no scheduled syncs; the failing
  // server is on loopback, which the platform refuses to fetch from unless told otherwise.
  server = await startServer({
    env: {
      CARSI_SYNC_RETRIES: '1',
      CARSI_SYNC_RETRY_DELAY_MS: '50',
      CARSI_SYNC_SCHEDULE: 'false',
      CARSI_SYNC_ALLOW_PRIVATE_ADDRESSES: 'true',
    },
  });
  browser = await launchChromium();
  const admin = ['users', 'create', '--email', ADMIN.email, '--name', ADMIN.name, '--role', 'admin'];
  await server.cli([...admin, '--password-stdin'], ADMIN.password);
  const officer = [
    'users',
    'create',
    '--email',
    OFFICER.email,
    '--name',
    'Lectora',
    '--role',
    'donor_officer',
  ];
  await server.cli([...officer, '--password-stdin'], OFFICER.password);
  context = await browser.newContext({
    locale: 'es-ES',
    viewport: { width: 1280, height: 900 },
    reducedMotion: 'reduce',
  });
  page = await context.newPage();
  errors = collectPageErrors(page);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
  await new Promise((resolve) => broken?.close(resolve));
});

describe('data sources', () => {
  it('offers the public data on the home page, and explains a bad address in Spanish', async () => {
    const texts = sourcesEs.sources;
    await signInAndEnrol();
    await page.goto(`${server.url}/`);
    const card = page.getByTestId('public-data-card');
    await card.getByRole('heading', { name: texts.publicData.title }).waitFor();
    await capture('home-es');

    const navigation = page.getByRole('navigation', { name: es.nav.label });
    await navigation.getByRole('link', { name: es.nav.dataSources }).click();
    await heading(texts.title).waitFor();
    await page.getByTestId('no-sources').waitFor();
    expect(await page.getByTestId('no-files').innerText()).toBe(texts.files.none);
    expect(await page.getByTestId('our-limitations').innerText()).toContain('72x1037');

    await register(texts, 'fuente-rota', 'no es una dirección');
    const location = field(page.getByTestId('register-source'), texts.fields.location);
    await expect.poll(() => location.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await location.getAttribute('aria-describedby')) ?? '';
    const messages = await Promise.all(
      describedBy
        .split(' ')
        .filter(Boolean)
        .map((id) => page.locator(`[id="${id}"]`).innerText()),
    );
    expect(messages).toContain('Debe ser la dirección http(s) del archivo IATI.');
    await page.getByTestId('problem-alert').waitFor();
    await capture('register-error-es');
    // Chromium logs the refused registration's 400; nothing else went wrong.
    expect(errors).toEqual([expect.stringContaining('400 (Bad Request)')]);
    errors.length = 0;
  });

  it('loads the US public data: sources and files appear, each file with its reconciliation', async () => {
    const texts = sourcesEs.sources;
    const card = page.getByTestId('public-data-card');
    await card.getByRole('button', { name: texts.publicData.load }).click();
    await card
      .locator('[data-testid="public-data-progress"][data-done="true"]')
      .waitFor({ timeout: 180_000 });
    expect(await card.getByRole('status').innerText()).toBe(texts.publicData.done);

    const rows = page.getByTestId('source-row');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.evaluateAll((all) => all.map((row) => row.getAttribute('data-name')).sort())).toEqual(
      SHIPPED,
    );
    for (const name of SHIPPED) {
      const row = page.locator(`[data-testid="source-row"][data-name="${name}"]`);
      expect(await row.getByTestId('sync-status').innerText()).toBe(texts.status.ok);
      expect(await row.getByTestId('reconciliation-status').getAttribute('data-value')).toMatch(
        /^(reconciled|explained)$/,
      );
    }
    const files = page.getByTestId('file-row');
    await expect.poll(() => files.count()).toBe(SHIPPED_FILES);
    const badges = await page
      .getByTestId('files-table')
      .getByTestId('reconciliation-status')
      .evaluateAll((all) => all.map((badge) => badge.getAttribute('data-value')));
    expect(badges).toHaveLength(SHIPPED_FILES);
    expect(badges.every((value) => value === 'reconciled' || value === 'explained')).toBe(true);
    expect(await page.getByTestId('publisher-limitations').innerText()).toContain(
      'La cuenta del Tesoro viene en partes',
    );
    // Loaded: the choice leaves the home page.
    await capture('list-es');
    expect(errors).toEqual([]);
  });

  it('shows a source with the reconciliation table of each file', async () => {
    const texts = sourcesEs.sources;
    await page
      .locator('[data-testid="source-row"][data-name="us-state-central-america"]')
      .getByRole('link', { name: 'us-state-central-america' })
      .click();
    await heading(texts.detail.title.replace('{{name}}', 'us-state-central-america')).waitFor();
    const blocks = page.getByTestId('file-reconciliation');
    await expect.poll(() => blocks.count()).toBe(5);
    const nicaragua = page.locator('[data-testid="file-reconciliation"][data-file="state-nicaragua.xml"]');
    // The State Department's obligations charged to INCLE in Nicaragua (usg_accounts.jsonl): 1,529,540.
    const incle = nicaragua
      .getByTestId('reconciliation-line')
      .filter({ hasText: 'INCLE (11x1022)' })
      .filter({ hasText: 'Compromiso (obligación)' });
    expect(await incle.locator('td').allInnerTexts()).toEqual([
      'Compromiso (obligación)',
      'INCLE (11x1022)',
      '1.529.540,00 (13)',
      '1.529.540,00 (13)',
      '0,00 (0)',
      '0,00',
    ]);
    expect(await nicaragua.getByTestId('reconciliation-counts').innerText()).toContain(
      'Transacciones: 142 publicadas, 142 guardadas, 0 rechazadas.',
    );
    expect(await page.getByTestId('attempt-row').first().getAttribute('data-outcome')).toBe('imported');
    await capture('detail-es');
    expect(errors).toEqual([]);
  });

  it('syncs a source whose site fails: the failure shows, and the last good data is kept', async () => {
    const texts = sourcesEs.sources;
    await page.getByRole('link', { name: texts.back }).click();
    await heading(texts.title).waitFor();
    await register(texts, 'usaid-guatemala', brokenUrl);
    await page.getByTestId('source-registered').waitFor();
    await page
      .getByTestId('sources-table')
      .getByRole('link', { name: 'usaid-guatemala', exact: true })
      .click();
    await heading(texts.detail.title.replace('{{name}}', 'usaid-guatemala')).waitFor();
    expect(await page.getByTestId('sync-status').first().innerText()).toBe(texts.status.never);

    await page.getByRole('button', { name: texts.sync.now }).click();
    const result = page.getByTestId('sync-result');
    await result.waitFor({ timeout: 60_000 });
    expect(await result.getByTestId('attempt-outcome').getAttribute('data-value')).toBe('failed');
    expect(await result.innerText()).toContain(`El servidor respondió HTTP 500 al pedir ${brokenUrl}`);
    const failure = page.getByTestId('sync-failure');
    await failure.waitFor();
    expect(await failure.getByTestId('sync-failure-kept').innerText()).toBe(texts.failure.nothingYet);
    expect(await page.getByTestId('sync-status').first().innerText()).toBe(texts.status.failed);
    expect(await page.getByTestId('attempt-row').first().locator('td').nth(2).innerText()).toBe('500');
    await capture('failed-es');
    expect(errors).toEqual([]);
  });

  it('tells an administrator that someone else changed the source first, and shows their version', async () => {
    const texts = sourcesEs.sources;
    // The same source open in a second tab, changed and saved there first.
    const other = await context.newPage();
    await other.goto(page.url());
    const otherForm = other.getByTestId('edit-source');
    await field(otherForm, texts.fields.interval).fill('24');
    await otherForm.getByRole('button', { name: es.form.saveChanges }).click();
    await other.getByTestId('record-saved').waitFor();
    await other.close();

    const form = page.getByTestId('edit-source');
    await field(form, texts.fields.interval).fill('12');
    await form.getByRole('button', { name: es.form.saveChanges }).click();
    const edit = page.getByTestId('source-edit');
    await edit.getByText(es.form.reloaded).waitFor();
    await edit.getByTestId('problem-alert').waitFor();
    await expect
      .poll(() => field(page.getByTestId('edit-source'), texts.fields.interval).inputValue())
      .toBe('24');
    expect(await page.getByTestId('source-facts').innerText()).toContain('Cada 24 horas');
    await capture('conflict-es');
    // Chromium logs the refused change's 412; nothing else went wrong.
    expect(errors).toEqual([expect.stringContaining('412 (Precondition Failed)')]);
    errors.length = 0;
  });

  it('reads the same in English, the failure loud in the list', async () => {
    const texts = sourcesEn.sources;
    await switchLanguage('en');
    await page.getByRole('link', { name: texts.back }).click();
    await heading(texts.title).waitFor();
    const failed = page.locator('[data-testid="source-row"][data-name="usaid-guatemala"]');
    // The list was cached before the sync; it is asked again on the way back.
    await expect.poll(() => failed.getByTestId('sync-status').innerText()).toBe(texts.status.failed);
    expect(await failed.getByTestId('source-row-error').innerText()).toBe(
      `The server answered HTTP 500 for ${brokenUrl}; the data imported before is kept.`,
    );
    expect(await page.getByTestId('sync-failure').count()).toBe(1);
    await capture('list-en');

    await page
      .getByTestId('sources-table')
      .getByRole('link', { name: 'usaid-central-america', exact: true })
      .click();
    await heading(texts.detail.title.replace('{{name}}', 'usaid-central-america')).waitFor();
    await page.getByTestId('reconciliation-table').first().waitFor();
    await capture('detail-en');

    // Loaded once: the home page no longer offers the public data.
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { level: 1, name: en.home.title }).waitFor();
    expect(await page.getByTestId('public-data-card').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('lets an officer who may import read the sources, without the administrators’ actions', async () => {
    const officer = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    const officerPage = await officer.newPage();
    const officerErrors = collectPageErrors(officerPage);
    await officerPage.goto(`${server.url}/interoperability/sources`);
    await field(officerPage, en.signIn.email).fill(OFFICER.email);
    await field(officerPage, en.signIn.password).fill(OFFICER.password);
    await officerPage.getByRole('button', { name: en.signIn.submit, exact: true }).click();
    await officerPage.getByRole('heading', { level: 1, name: sourcesEn.sources.title }).waitFor();
    await expect.poll(() => officerPage.getByTestId('source-row').count()).toBe(3);
    expect(await officerPage.getByTestId('register-section').count()).toBe(0);
    expect(await officerPage.getByTestId('public-data-card').count()).toBe(0);
    await officerPage
      .getByTestId('sources-table')
      .getByRole('link', { name: 'usaid-guatemala', exact: true })
      .click();
    await officerPage.getByTestId('source-facts').waitFor();
    expect(await officerPage.getByTestId('sync-panel').count()).toBe(0);
    expect(officerErrors).toEqual([]);
    await officer.close();
  });
});
