import { mkdir } from 'node:fs/promises';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '@/web/i18n/en.json';
import es from '@/web/i18n/es.json';
import settingsEn from '@/web/i18n/funding-settings.en.json';
import settingsEs from '@/web/i18n/funding-settings.es.json';
import { collectPageErrors, findSeriousAccessibilityViolations, launchChromium } from './browser';
import { assertWebBuilt, startServer, type TestServer } from './server';

const SCREENSHOT_DIR = 'test-results';
const USER = { email: 'rafa.tasas@example.org', password: 'ceiba quetzal marimba diecisiete' };
const TITLE = { es: 'Policía comunitaria en Escuintla', en: 'Community policing in Escuintla' };
const texts = settingsEs.fundingSettings;

let server: TestServer;
let browser: Browser;
let token = '';
let organisation = { id: '', name: '' };
let activityId = '';
let transactionsPath = '';

async function call(method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function json(method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
  const response = await call(method, path, body);
  const result = (await response.json()) as Record<string, unknown>;
  if (!response.ok) {
    throw new Error(`${method} ${path} → ${response.status}: ${JSON.stringify(result)}`);
  }
  return result;
}

/** An activity in Guatemala with a disbursement of GTQ 77,000 on 10 May 2021 (fiscal year 2021). */
async function createGuatemalaActivity(): Promise<void> {
  const organisations = (await json('GET', '/api/v1/organisations')) as {
    items: { id: string; name: { es: string } }[];
  };
  const first = organisations.items[0];
  organisation = { id: first?.id ?? '', name: first?.name.es ?? '' };
  const activity = await json('POST', '/api/v1/activities', {
    level: 'activity',
    reportingOrgId: organisation.id,
    title: TITLE,
    recipientCountries: [{ code: 'GT', percentage: 100 }],
  });
  activityId = String(activity.id);
  transactionsPath = `/api/v1/activities/${activityId}/transactions`;
  await json('POST', transactionsPath, {
    type: '3',
    value: '77000.00',
    currency: 'GTQ',
    valueDate: '2021-05-10',
  });
}

/** The form control whose label starts with `label` (required fields add an asterisk). */
function field(scope: Page | Locator, label: string): Locator {
  return scope.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
}

async function signIn(page: Page): Promise<void> {
  await page.goto(`${server.url}/funding/settings`);
  await field(page, es.signIn.email).fill(USER.email);
  await field(page, es.signIn.password).fill(USER.password);
  await page.getByRole('button', { name: es.signIn.submit, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: texts.title }).waitFor();
}

async function checkPage(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage: true });
  expect(await findSeriousAccessibilityViolations(page), name).toEqual([]);
}

beforeAll(async () => {
  assertWebBuilt();
  server = await startServer();
  browser = await launchChromium();
  const args = ['users', 'create', '--email', USER.email, '--name', 'Rafa Tasas'];
  await server.cli([...args, '--role', 'donor_officer', '--password-stdin'], USER.password);
  token = (await server.cli(['tokens', 'create', '--email', USER.email])).split(/\s/)[0] ?? '';
  await createGuatemalaActivity();
  await mkdir(SCREENSHOT_DIR, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('funding settings', () => {
  it('enters a rate, locks and reopens a fiscal year and records a suspension, in Spanish', async () => {
    const context = await browser.newContext({
      locale: 'es-ES',
      viewport: { width: 1280, height: 900 },
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await signIn(page);

    // A rate that is not a number is refused, and the message sits next to its field.
    const rateForm = page.getByTestId('exchange-rate-form');
    await field(rateForm, texts.rates.currency).selectOption('GTQ');
    await field(rateForm, texts.rates.period).fill('2021-05');
    await field(rateForm, texts.rates.unitsPerUsd).fill('abc');
    await field(rateForm, texts.rates.source).fill('Banco de Guatemala, tipo de cambio de referencia');
    await rateForm.getByRole('button', { name: texts.rates.submit }).click();
    await page.getByTestId('problem-alert').waitFor();
    const rate = field(rateForm, texts.rates.unitsPerUsd);
    expect(await rate.getAttribute('aria-invalid')).toBe('true');
    const errorId = (await rate.getAttribute('aria-describedby'))
      ?.split(' ')
      .find((id) => id.endsWith('error'));
    expect(await page.locator(`[id="${errorId}"]`).innerText()).toContain('7.7512');
    expect(await field(rateForm, texts.rates.period).getAttribute('aria-invalid')).not.toBe('true');
    await checkPage(page, 'funding-settings-rate-error-es');
    // Chromium logs the refused request itself as a console error: that one is expected.
    expect(errors.splice(0)).toEqual([expect.stringContaining('400')]);

    // A good rate is listed and says how many records it converted again: the GTQ disbursement of May 2021.
    await field(rateForm, texts.rates.unitsPerUsd).fill('7.7');
    await rateForm.getByRole('button', { name: texts.rates.submit }).click();
    const saved = page.getByTestId('exchange-rate-saved');
    await saved.waitFor();
    expect(await saved.innerText()).toContain('GTQ 2021-05 = 7.7');
    expect(await saved.innerText()).toContain('Se volvió a convertir 1 transacción');
    const listed = page.getByTestId('exchange-rates-table').locator('tbody tr');
    await expect.poll(() => listed.first().innerText()).toContain('Banco de Guatemala');
    expect(await listed.first().innerText()).toMatch(/^GTQ\t2021-05\t7\.7\t/);
    const funding = (await json('GET', `/api/v1/activities/${activityId}/funding`)) as {
      transactions: { valueUsd: string }[];
    };
    expect(funding.transactions[0]?.valueUsd).toBe('10000.00');

    // Lock fiscal year 2021 of the activity's organisation: its money can no longer change.
    await page.getByRole('tab', { name: texts.tabs.locks }).click();
    const lockForm = page.getByTestId('period-lock-form');
    await field(lockForm, texts.locks.organisation).selectOption(organisation.id);
    await field(lockForm, texts.locks.fiscalYear).fill('2021');
    expect(await page.getByTestId('fiscal-year-convention').innerText()).toContain(
      'enero a diciembre de 2021',
    );
    await lockForm.getByRole('button', { name: texts.locks.submit }).click();
    await page.getByTestId('period-lock-saved').waitFor();
    const lockRow = page.getByTestId('period-locks-table').locator('tbody tr');
    await expect.poll(() => lockRow.first().innerText()).toContain(organisation.name);
    expect(await lockRow.first().innerText()).toContain('2021');
    const refused = await call('POST', transactionsPath, {
      type: '4',
      value: '100.00',
      currency: 'USD',
      valueDate: '2021-06-01',
    });
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { code: string }).code).toBe('period_locked');
    await checkPage(page, 'funding-settings-locks-es');

    const reopenName = texts.locks.reopenLabel
      .replace('{{year}}', '2021')
      .replace('{{organisation}}', organisation.name);
    await page.getByRole('button', { name: reopenName }).click();
    await page.getByText(texts.locks.none).waitFor();
    expect(await page.getByTestId('period-lock-saved').innerText()).toContain('reabierto');

    // Record a suspension that hits the activity, found by searching its title.
    await page.getByRole('tab', { name: texts.tabs.events }).click();
    const eventForm = page.getByTestId('funding-event-form');
    await field(eventForm, texts.events.kind).selectOption('suspension');
    await field(eventForm, texts.events.eventDate).fill('2021-07-01');
    await field(eventForm, texts.events.titleEs).fill('Suspensión de la asistencia a Escuintla');
    await field(eventForm, texts.events.search).fill('Escuintla');
    const add = texts.events.addLabel.replace('{{title}}', TITLE.es);
    await eventForm.getByRole('button', { name: add }).click();
    const remove = texts.events.remove.replace('{{title}}', TITLE.es);
    await eventForm.getByRole('button', { name: remove }).waitFor();
    await eventForm.getByRole('button', { name: texts.events.submit }).click();
    await page.getByTestId('funding-event-saved').waitFor();
    const event = page.getByTestId('funding-event').filter({ hasText: 'Escuintla' });
    expect(await event.innerText()).toContain(texts.events.kinds.suspension.toUpperCase());
    await event.getByText('1 actividad afectada').click();
    const link = event.getByRole('link', { name: TITLE.es });
    expect(await link.getAttribute('href')).toBe(`/activities/${activityId}`);
    await checkPage(page, 'funding-settings-events-es');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the accounts read-only to a donor officer and the rates in English on a phone', async () => {
    const context = await browser.newContext({
      locale: 'en-US',
      viewport: { width: 390, height: 844 },
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${server.url}/funding/settings?tab=accounts`);
    await field(page, en.signIn.email).fill(USER.email);
    await field(page, en.signIn.password).fill(USER.password);
    await page.getByRole('button', { name: en.signIn.submit, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: settingsEn.fundingSettings.title }).waitFor();

    await page.getByTestId('accounts-table').waitFor();
    expect(await page.getByTestId('read-only-note').innerText()).toBe(settingsEn.fundingSettings.readOnly);
    expect(await page.getByTestId('account-new-form').count()).toBe(0);
    expect(await page.getByTestId('accounts-table').getByRole('button').count()).toBe(0);
    await checkPage(page, 'funding-settings-accounts-en-phone');

    await page.getByRole('tab', { name: settingsEn.fundingSettings.tabs.rates }).click();
    await page.getByTestId('exchange-rates-table').getByText('Banco de Guatemala').waitFor();
    await checkPage(page, 'funding-settings-rates-en-phone');
    expect(errors).toEqual([]);
    await context.close();
  });
});
