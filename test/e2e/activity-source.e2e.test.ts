import { mkdir } from 'node:fs/promises';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import activitiesEn from '@/web/i18n/activities.en.json';
import activitiesEs from '@/web/i18n/activities.es.json';
import en from '@/web/i18n/en.json';
import es from '@/web/i18n/es.json';
import { collectPageErrors, findSeriousAccessibilityViolations, launchChromium } from './browser';
import { assertWebBuilt, startServer, type TestServer } from './server';

const SCREENSHOT_DIR = 'test-results';
const USER = { email: 'origen@example.org', password: 'tucán ceiba manglar quince' };
/**
 * A State Department activity in Nicaragua (reference/iati/public/us-state-2024/state-nicaragua.xml): its first
 * transaction is a disbursement of USD 88,359 on 30 Dec 2020 charged to INCLE, 11x1022.
 */
const IDENTIFIER = 'US-GOV-11-SINLEC16GR1004';
const SOURCE = 'us-state-central-america';

let server: TestServer;
let browser: Browser;
let token = '';

async function call(path: string, init: RequestInit = {}): Promise<Record<string, unknown>> {
  const response = await fetch(`${server.url}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
  });
  const body = (await response.json()) as Record<string, unknown>;
  if (!response.ok) {
    throw new Error(`${path} → ${response.status}: ${JSON.stringify(body)}`);
  }
  return body;
}

async function activityId(identifier: string): Promise<string> {
  const list = (await call(`/api/v1/activities?q=${encodeURIComponent(identifier)}`)) as {
    items: { id: string; iatiIdentifier: string | null }[];
  };
  const found = list.items.find((item) => item.iatiIdentifier === identifier);
  if (found === undefined) {
    throw new Error(`no activity ${identifier}`);
  }
  return found.id;
}

async function open(locale: string, base: typeof es, path: string) {
  const context = await browser.newContext({
    locale,
    viewport: { width: 1280, height: 900 },
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(`${server.url}${path}`);
  await page.getByLabel(new RegExp(`^${base.signIn.email}`)).fill(USER.email);
  await page.getByLabel(new RegExp(`^${base.signIn.password}`)).fill(USER.password);
  await page.getByRole('button', { name: base.signIn.submit, exact: true }).click();
  return { context, page, errors };
}

/** The detail-list value labelled `label` inside `scope`. */
function detail(scope: Locator, label: string): Locator {
  return scope.locator('.detail-list-row').filter({ has: scope.page().getByText(label, { exact: true }) });
}

async function capture(page: Page, name: string): Promise<void> {
  // The pointer leaves the button it clicked: axe judges the page at rest, not a hovered button.
  await page.mouse.move(0, 0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage: true });
  expect(await findSeriousAccessibilityViolations(page), name).toEqual([]);
}

beforeAll(async () => {
  assertWebBuilt();
  server = await startServer();
  browser = await launchChromium();
  const args = ['users', 'create', '--email', USER.email, '--name', 'Origen', '--role', 'donor_officer'];
  await server.cli([...args, '--password-stdin'], USER.password);
  token = (await server.cli(['tokens', 'create', '--email', USER.email])).split(/\s/)[0] ?? '';
  await server.cli(['demo', '--public-data']);
  await mkdir(SCREENSHOT_DIR, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('activity source and published values', () => {
  it('shows where an imported activity comes from, in Spanish', async () => {
    const texts = activitiesEs.activities;
    const id = await activityId(IDENTIFIER);
    const { context, page, errors } = await open('es-ES', es, `/activities/${id}`);
    const source = page.getByTestId('activity-source');
    await source.getByRole('heading', { name: texts.source.title }).waitFor();
    expect(await detail(source, texts.source.file).locator('dd').innerText()).toBe('state-nicaragua.xml');
    expect(await detail(source, texts.source.publisher).locator('dd').innerText()).toContain(
      'U.S. Department of State',
    );
    expect(await detail(source, texts.source.licence).locator('dd').innerText()).toContain('CC0 1.0');
    const url = detail(source, texts.source.url).getByRole('link');
    expect(await url.getAttribute('href')).toMatch(/^https:\/\/.*state-nicaragua\.xml$/);
    const link = detail(source, texts.source.dataSource).getByRole('link', { name: SOURCE });
    expect(await link.getAttribute('href')).toMatch(/^\/interoperability\/sources\/[\w-]+$/);
    // The activity's own US extension elements, as published.
    expect(await page.getByTestId('activity-published').innerText()).toContain(
      'xmlns:usg="https://foreignassistance.gov"',
    );
    await capture(page, 'activity-source-es');

    await page.getByRole('tab', { name: texts.tabs.funding }).click();
    const row = page.getByTestId('transaction-row').filter({ hasText: '88.359,00 USD' });
    // The account's acronym appears once the accounts have loaded.
    await expect.poll(() => row.getByTestId('transaction-account').innerText()).toMatch(/^INCLE\s+11x1022$/);
    expect(await row.getByTestId('transaction-funding-year').innerText()).toBe('—');
    const show = row.getByRole('button', { name: texts.published.show });
    expect(await show.getAttribute('aria-expanded')).toBe('false');
    await show.click();
    const published = page.getByTestId('transaction-published');
    expect(await published.innerText()).toContain(
      '<usg:treasury-account code="11x1022">International Narcotics Control and Law Enforcement',
    );
    expect(await published.innerText()).toContain('<usg:fiscal-funding-year begin="" end=""/>');
    // Shown as text: the published markup never becomes elements of the page.
    expect(await page.locator('usg\\:treasury-account').count()).toBe(0);
    expect(await row.getByRole('button', { name: texts.published.hide }).getAttribute('aria-expanded')).toBe(
      'true',
    );
    await capture(page, 'activity-transactions-es');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says an activity entered by hand has no source file, in English', async () => {
    const texts = activitiesEn.activities;
    const organisations = (await call('/api/v1/organisations')) as { items: { id: string }[] };
    const created = await call('/api/v1/activities', {
      method: 'POST',
      body: JSON.stringify({
        level: 'activity',
        reportingOrgId: organisations.items[0]?.id,
        title: { es: 'Policía comunitaria en Chinandega', en: 'Community policing in Chinandega' },
        recipientCountries: [{ code: 'NI', percentage: 100 }],
      }),
    });
    await call(`/api/v1/activities/${String(created.id)}/transactions`, {
      method: 'POST',
      body: JSON.stringify({
        type: '2',
        value: '1000.00',
        currency: 'USD',
        valueDate: '2024-03-01',
        accountCode: '11x1022',
      }),
    });
    const { context, page, errors } = await open('en-US', en, `/activities/${String(created.id)}`);
    await page.getByTestId('source-by-hand').waitFor();
    expect(await page.getByTestId('source-by-hand').innerText()).toBe(texts.source.byHand);
    await page.getByRole('tab', { name: texts.tabs.funding }).click();
    const row = page.getByTestId('transaction-row');
    await row.waitFor();
    // The account's acronym appears once the accounts have loaded.
    await expect.poll(() => row.getByTestId('transaction-account').innerText()).toMatch(/^INCLE\s+11x1022$/);
    expect(await row.getByRole('button', { name: texts.published.show }).count()).toBe(0);
    await capture(page, 'activity-by-hand-en');
    expect(errors).toEqual([]);
    await context.close();
  });
});
