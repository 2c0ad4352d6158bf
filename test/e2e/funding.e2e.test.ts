import { mkdir } from 'node:fs/promises';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '@/web/i18n/en.json';
import es from '@/web/i18n/es.json';
import fundingEn from '@/web/i18n/funding.en.json';
import fundingEs from '@/web/i18n/funding.es.json';
import { collectPageErrors, findSeriousAccessibilityViolations, launchChromium } from './browser';
import { assertWebBuilt, startServer, type TestServer } from './server';

const SCREENSHOT_DIR = 'test-results';
const USER = { email: 'dora.donante@example.org', password: 'cedro laguna volcán catorce' };
/** Whole dollars, so the dashboard's rounding to the dollar shows them unchanged. */
const OBLIGATION = '1250000.00';
const DISBURSEMENT = '480000.00';

let server: TestServer;
let browser: Browser;
let token = '';

async function call(method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await response.json()) as Record<string, unknown>;
  if (!response.ok) {
    throw new Error(`${method} ${path} → ${response.status}: ${JSON.stringify(json)}`);
  }
  return json;
}

/** An activity in Cortés, Honduras, wholly for CARSI goal 1, with an obligation and a disbursement. */
async function createHondurasActivity(): Promise<void> {
  const organisations = (await call('GET', '/api/v1/organisations')) as { items: { id: string }[] };
  const activity = await call('POST', '/api/v1/activities', {
    level: 'activity',
    reportingOrgId: organisations.items[0]?.id,
    title: { es: 'Prevención de la violencia en Cortés', en: 'Violence prevention in Cortés' },
    recipientCountries: [{ code: 'HN', percentage: 100 }],
    locations: [{ subdivisionCode: 'HN-CR', percentage: 100 }],
    attributions: [{ framework: 'carsi', element: '1', percentage: 100 }],
  });
  const transactions = `/api/v1/activities/${String(activity.id)}/transactions`;
  await call('POST', transactions, {
    type: '2',
    value: OBLIGATION,
    currency: 'USD',
    valueDate: '2019-03-01',
  });
  await call('POST', transactions, {
    type: '3',
    value: DISBURSEMENT,
    currency: 'USD',
    valueDate: '2020-02-03',
  });
}

/** The row of a table whose header cell starts with `name`. */
function row(table: Locator, name: string): Locator {
  return table.locator('tbody tr').filter({ has: table.page().getByRole('rowheader', { name }) });
}

/** Opens /funding, signs in on the page it is sent to, and waits to be sent back to the dashboard. */
async function signIn(page: Page, base: typeof es, texts: typeof fundingEs): Promise<void> {
  await page.goto(`${server.url}/funding`);
  await page.getByLabel(new RegExp(`^${base.signIn.email}`)).fill(USER.email);
  await page.getByLabel(new RegExp(`^${base.signIn.password}`)).fill(USER.password);
  await page.getByRole('button', { name: base.signIn.submit, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: texts.funding.dashboard.title }).waitFor();
}

beforeAll(async () => {
  assertWebBuilt();
  server = await startServer();
  browser = await launchChromium();
  await server.cli(
    [
      'users',
      'create',
      '--email',
      USER.email,
      '--name',
      'Dora Donante',
      '--role',
      'donor_officer',
      '--password-stdin',
    ],
    USER.password,
  );
  token = (await server.cli(['tokens', 'create', '--email', USER.email])).split(/\s/)[0] ?? '';
  await createHondurasActivity();
  await mkdir(SCREENSHOT_DIR, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('portfolio dashboard', () => {
  it('shows an activity’s obligation and disbursement under Honduras and goal 1, in Spanish', async () => {
    const context = await browser.newContext({
      locale: 'es-ES',
      viewport: { width: 1280, height: 900 },
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await signIn(page, es, fundingEs);

    await expect.poll(() => page.getByTestId('headline-obligated').innerText()).toContain('1.250.000');
    expect(await page.getByTestId('headline-disbursed').innerText()).toContain('480.000');
    expect(await page.getByTestId('headline-unliquidated').innerText()).toContain('770.000');

    // Allocated, obligated, disbursed, expended, unobligated, unliquidated. The obligation is charged to no
    // appropriation account, so it leaves the unobligated balance of appropriated money at 0.
    const figures = '0\t1.250.000\t480.000\t0\t0\t770.000';
    const honduras = row(page.getByTestId('funding-country-table'), 'Honduras');
    expect(await honduras.innerText()).toBe(`Honduras\t${figures}`);
    const goalOne = fundingEs.funding.goalNumber.replace('{{code}}', '1');
    const goal = row(page.getByTestId('funding-goal-table'), `${goalOne}:`);
    expect(await goal.innerText()).toContain(figures);
    const cortes = row(page.getByTestId('funding-subdivision-table'), 'Cortés');
    expect(await cortes.innerText()).toContain('1.250.000');
    await page.getByTestId('funding-country-chart').locator('canvas').first().waitFor();
    await page.getByTestId('funding-subdivision-map').locator('canvas').first().waitFor();
    expect(await page.getByTestId('funding-demo-note').count()).toBe(0);

    await page.getByRole('switch', { name: fundingEs.funding.raw.toggle }).check();
    const raw = page.getByTestId('funding-raw-table');
    expect(await row(raw, 'USD').first().innerText()).toContain('1.250.000,00');

    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SCREENSHOT_DIR}/funding-es.png`, fullPage: true });
    expect(await findSeriousAccessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the filters in the address and reads in English on a phone', async () => {
    const context = await browser.newContext({
      locale: 'en-US',
      viewport: { width: 390, height: 844 },
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await signIn(page, en, fundingEn);

    await page
      .getByTestId('funding-filters')
      .getByLabel(fundingEn.funding.filters.country)
      .selectOption('GT');
    await page.waitForURL(/country=GT/);
    await page.getByTestId('funding-by-goal').getByText(fundingEn.funding.none).waitFor();
    await page.getByRole('button', { name: fundingEn.funding.filters.clear }).click();
    await expect.poll(() => page.getByTestId('headline-obligated').innerText()).toContain('1,250,000');

    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SCREENSHOT_DIR}/funding-en-phone.png`, fullPage: true });
    expect(await findSeriousAccessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
