import { mkdir, readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import activitiesEs from '@/web/i18n/activities.es.json';
import es from '@/web/i18n/es.json';
import { collectPageErrors, findSeriousAccessibilityViolations, launchChromium } from './browser';
import { assertWebBuilt, startServer, type TestServer } from './server';

const SCREENSHOT_DIR = 'test-results';
const texts = activitiesEs.activities;
const OFFICER = {
  name: 'Olga Oficial',
  email: 'olga.oficial@example.org',
  password: 'cedro laguna volcán nublado siete',
};
const TITLE = 'Escuelas seguras en San Pedro Sula (prueba e2e)';

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A form field by its exact label (Mantine adds a " *" to required ones, hidden from screen readers). */
function field(target: Page | Locator, label: string): Locator {
  return target.getByLabel(new RegExp(`^${escapeRegExp(label)}( \\*)?$`));
}

function heading(name: string): Locator {
  return page.getByRole('heading', { level: 1, name, exact: true });
}

async function screenshot(name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SCREENSHOT_DIR}/activities-${name}.png`, fullPage: true });
}

async function expectAccessible(): Promise<void> {
  expect(await findSeriousAccessibilityViolations(page)).toEqual([]);
}

/** Adds a row to a list of the form and fills its code and percentage. */
async function addShare(list: string, legend: string, code: string, percentage: string): Promise<void> {
  const rows = page.getByTestId(`${list}-rows`);
  await rows.getByRole('button', { name: texts.form.addRow.replace('{{legend}}', legend) }).click();
  await rows.locator('select').last().selectOption(code);
  await rows.locator('input').last().fill(percentage);
}

beforeAll(async () => {
  assertWebBuilt();
  server = await startServer();
  await server.cli(
    [
      'users',
      'create',
      '--email',
      OFFICER.email,
      '--name',
      OFFICER.name,
      '--role',
      'donor_officer',
      '--password-stdin',
    ],
    OFFICER.password,
  );
  browser = await launchChromium();
  context = await browser.newContext({
    locale: 'es-ES',
    viewport: { width: 1280, height: 900 },
    reducedMotion: 'reduce',
    acceptDownloads: true,
  });
  page = await context.newPage();
  errors = collectPageErrors(page);
  await mkdir(SCREENSHOT_DIR, { recursive: true });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

describe('activities', () => {
  it('signs a donor officer in and opens the activity list from the navigation', async () => {
    await page.goto(`${server.url}/sign-in`);
    await field(page, es.signIn.email).fill(OFFICER.email);
    await field(page, es.signIn.password).fill(OFFICER.password);
    await page.getByRole('button', { name: es.signIn.submit }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await page
      .getByRole('navigation', { name: es.nav.label })
      .getByRole('link', { name: es.nav.activities, exact: true })
      .click();
    await heading(texts.title).waitFor();
    await page.getByRole('link', { name: texts.new }).click();
    await heading(texts.newTitle).waitFor();
    await expectAccessible();
  });

  it('creates an activity in Spanish, with an attribution split and a location, after fixing the split', async () => {
    const form = page.getByTestId('activity-form');
    await field(form, texts.form.title.es).fill(TITLE);
    await field(form, texts.form.description.es).fill(
      'Rutas seguras y mediación escolar en colegios públicos.',
    );
    await field(form, texts.form.defaultCurrency).selectOption('HNL');
    await addShare('goals', texts.form.goals, '1', '60');
    await addShare('components', texts.form.components, 'B', '100');
    await addShare('recipientCountries', texts.form.countries, 'HN', '100');
    const locations = page.getByTestId('locations-rows');
    await locations
      .getByRole('button', { name: texts.form.addRow.replace('{{legend}}', texts.form.locations) })
      .click();
    await field(locations, texts.form.locationCountry.replace('{{number}}', '1')).selectOption('HN');
    await field(locations, texts.form.subdivision.replace('{{number}}', '1')).selectOption('HN-CR');
    await field(locations, texts.form.latitude.replace('{{number}}', '1')).fill('15,5');
    await field(locations, texts.form.longitude.replace('{{number}}', '1')).fill('-88.03');
    await field(locations, texts.form.percentageOf.replace('{{number}}', '1')).fill('100');

    // The goals add up to 60 %: the server's message appears next to the attribution, in Spanish.
    await form.getByRole('button', { name: texts.form.create }).click();
    const splitError = page.getByTestId('attributions-error');
    await splitError.waitFor();
    expect(await splitError.innerText()).toMatch(/60 %.*100 %/);
    // The browser logs the refused save (400) as a failed resource: that one was expected.
    expect(errors).toEqual([expect.stringContaining('400')]);
    errors.splice(0);
    await screenshot('form-errors-es');

    await addShare('goals', texts.form.goals, '4', '40');
    expect(await page.getByTestId('goals-rows').getByTestId('sum-hint').innerText()).toContain('100');
    await form.getByRole('button', { name: texts.form.create }).click();
    await heading(TITLE).waitFor();
    expect(await page.getByTestId('flash-notice').innerText()).toContain(TITLE);
    // The badge shows its text in capitals (CSS), which innerText reflects.
    expect((await page.getByTestId('workflow-state').innerText()).toLowerCase()).toBe(
      texts.workflowStates.draft.toLowerCase(),
    );
    await screenshot('overview-es');
    await expectAccessible();
  });

  it('adds a transaction and shows its value in US dollars with the rate', async () => {
    await page.getByRole('tab', { name: texts.tabs.funding }).click();
    const form = page.getByTestId('transaction-form');
    await field(form, texts.transaction.value).fill('1250000.50');
    await field(form, texts.transaction.valueDate).fill('2024-03-01');
    await field(form, texts.transaction.account).selectOption('11x1022');
    await form.getByRole('button', { name: texts.transaction.submit }).click();
    const table = page.getByTestId('transactions-table');
    await table.waitFor();
    expect(await table.innerText()).toContain('1.250.000,50 HNL');
    const usd = await table.getByTestId('value-usd').innerText();
    // 1,250,000.50 HNL at the shipped March 2024 average of 24.6648 HNL per dollar.
    expect(usd).toBe('50.679,53 USD');
    expect(await table.innerText()).toContain('HNL/USD · 2024-03');
    await screenshot('funding-es');
    await expectAccessible();

    await page.getByRole('tab', { name: texts.tabs.locations }).click();
    await page.getByTestId('locations-map').waitFor();
    expect(await page.getByTestId('locations-table').innerText()).toContain('HN-CR');
    await expectAccessible();
  });

  it('records a budget after fixing its period and changes the transaction value in a dialog', async () => {
    await page.getByRole('tab', { name: texts.tabs.funding }).click();
    const form = page.getByTestId('budget-form');
    await field(form, texts.budget.periodStart).fill('2024-01-01');
    await field(form, texts.budget.periodEnd).fill('2023-12-31');
    await field(form, texts.transaction.value).fill('600000');
    await form.getByRole('button', { name: texts.budget.submit }).click();

    // The period ends before it starts: the server's message appears next to its end, in Spanish.
    const periodEnd = field(form, texts.budget.periodEnd);
    await expect.poll(() => periodEnd.getAttribute('aria-invalid')).toBe('true');
    const errorId = (await periodEnd.getAttribute('aria-describedby'))
      ?.split(' ')
      .find((id) => id.endsWith('error'));
    expect(await page.locator(`[id="${errorId}"]`).innerText()).toContain('termina antes de empezar');
    expect(errors.splice(0)).toEqual([expect.stringContaining('400')]);
    await periodEnd.fill('2024-12-31');
    await form.getByRole('button', { name: texts.budget.submit }).click();
    const budgets = page.getByTestId('budgets-table');
    await budgets.waitFor();
    expect(await budgets.innerText()).toContain('600.000,00 HNL');
    // Valued at the start of the period: the shipped January 2024 average of 24.6485 HNL per dollar.
    expect(await budgets.getByTestId('value-usd').innerText()).toBe('24.342,25 USD');
    await screenshot('budget-es');
    await expectAccessible();

    // The transaction's form opens pre-filled; only the changed value is sent, at the version shown.
    const table = page.getByTestId('transactions-table');
    await table.getByRole('button', { name: texts.funding.edit }).click();
    const dialog = page.getByRole('dialog', { name: texts.transaction.editTitle });
    // Wait until the dialog has faded in: axe would measure the contrast of half-transparent text.
    await expect.poll(() => dialog.evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
    const edit = dialog.getByTestId('transaction-edit-form');
    const value = field(edit, texts.transaction.value);
    // The API writes the exact decimal without trailing zeros.
    expect(await value.inputValue()).toBe('1250000.5');
    await expectAccessible();
    await value.fill('2500001.00');
    const [request] = await Promise.all([
      page.waitForRequest((sent) => sent.method() === 'PATCH'),
      edit.getByRole('button', { name: es.form.saveChanges }).click(),
    ]);
    expect(request.postDataJSON()).toEqual({ value: '2500001.00' });
    expect(request.headers()['if-match']).toBe('"1"');
    await page.getByTestId('transaction-changed').waitFor();
    await dialog.waitFor({ state: 'detached' });
    // 2,500,001.00 HNL at the same March 2024 rate.
    await expect.poll(() => table.getByTestId('value-usd').innerText()).toBe('101.359,06 USD');
    expect(await table.innerText()).toContain('2.500.001,00 HNL');
    await screenshot('transaction-edited-es');
    await expectAccessible();
    expect(errors).toEqual([]);
  });

  it('finds the activity by search in the list and exports the selection as CSV', async () => {
    await page
      .getByRole('navigation', { name: es.nav.label })
      .getByRole('link', { name: es.nav.activities, exact: true })
      .click();
    await heading(texts.title).waitFor();
    await page.getByTestId('activity-search').fill('escuelas seguras e2e');
    await page.getByTestId('apply-filters').click();
    await page.waitForURL(/q=escuelas/);
    const table = page.getByTestId('activities-table');
    await table.getByRole('link', { name: TITLE }).waitFor();
    expect(await page.getByTestId('activity-range').innerText()).toBe('1–1 de 1');
    await screenshot('list-es');
    await expectAccessible();

    const exportLink = page.getByTestId('export-csv');
    expect(await exportLink.getAttribute('href')).toContain('q=escuelas');
    const [download] = await Promise.all([page.waitForEvent('download'), exportLink.click()]);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv).toContain(TITLE);
    expect(csv.split('\n').filter((line) => line.trim() !== '')).toHaveLength(2);
    expect(errors).toEqual([]);
  });
});
