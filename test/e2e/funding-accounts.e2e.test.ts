import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '@/web/i18n/en.json';
import es from '@/web/i18n/es.json';
import fundingEn from '@/web/i18n/funding.en.json';
import fundingEs from '@/web/i18n/funding.es.json';
import { collectPageErrors, findSeriousAccessibilityViolations, launchChromium } from './browser';
import { assertWebBuilt, startServer, type TestServer } from './server';

/**
 * The State Department's file for Nicaragua: 40 activities, 142 transactions, every one in Nicaragua and
 * charged to a Treasury account. Its obligations (type 2) by account, as counted independently in
 * test/fixtures/iati/ground-truth/usg_accounts.jsonl: INCLE 1,529,540; Democracy Fund 1,234,568; D&CP 285,792; ESF 109,998.
 */
const NICARAGUA = fileURLToPath(
  new URL('../fixtures/iati/real/us-state-2024/state-nicaragua.xml', import.meta.url),
);
const SCREENSHOT_DIR = 'test-results';
const USER = { email: 'cuentas@example.org', password: 'ceiba quetzal marimba treinta' };

let server: TestServer;
let browser: Browser;

/** The table's text, row by row, cells separated by tabs. */
async function rowsOf(table: Locator, selector: string): Promise<string[]> {
  return table.locator(selector).allInnerTexts();
}

async function signIn(locale: string, base: typeof es, texts: typeof fundingEs, query = '') {
  const context = await browser.newContext({
    locale,
    viewport: { width: 1280, height: 900 },
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(`${server.url}/funding${query}`);
  await page.getByLabel(new RegExp(`^${base.signIn.email}`)).fill(USER.email);
  await page.getByLabel(new RegExp(`^${base.signIn.password}`)).fill(USER.password);
  await page.getByRole('button', { name: base.signIn.submit, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: texts.funding.dashboard.title }).waitFor();
  return { context, page, errors };
}

async function capture(page: Page, section: Locator, name: string): Promise<void> {
  await section.scrollIntoViewIfNeeded();
  await section.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png` });
  expect(await findSeriousAccessibilityViolations(page), name).toEqual([]);
}

beforeAll(async () => {
  assertWebBuilt();
  server = await startServer();
  browser = await launchChromium();
  const args = ['users', 'create', '--email', USER.email, '--name', 'Cuentas', '--role', 'donor_officer'];
  await server.cli([...args, '--password-stdin'], USER.password);
  await server.cli(['import', 'iati', NICARAGUA]);
  await mkdir(SCREENSHOT_DIR, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('funding by appropriation account, country and fiscal year', () => {
  it('shows the obligations of an imported State Department file by account, in Spanish', async () => {
    const { context, page, errors } = await signIn('es-ES', es, fundingEs);
    const section = page.getByTestId('funding-by-account');
    const table = section.getByTestId('funding-account-table');
    await table.waitFor();

    expect(await rowsOf(table, 'thead tr')).toEqual([
      [
        'Cuenta y país',
        ...[2012, 2013, 2014, 2015, 2016, 2017, 2021, 2022].map((year) => `AF ${year}`),
        'Total',
      ].join('\t'),
    ]);
    expect(
      await section
        .getByTestId('account-block')
        .evaluateAll((blocks) => blocks.map((block) => block.getAttribute('data-account'))),
    ).toEqual(['11x1022', '19x1121', '19x0113', '72x1037']);
    const incle = section.locator('[data-account="11x1022"]');
    expect(await incle.getByTestId('account-row').locator('th').innerText()).toMatch(
      /^INCLE\s+Control Internacional de Narcóticos y Aplicación de la Ley\s+Cuenta del Tesoro 11x1022$/,
    );
    expect(await rowsOf(incle, '[data-testid="account-country-row"]')).toEqual([
      'Nicaragua\t550.000\t—\t—\t—\t—\t—\t248.041\t731.499\t1.529.540',
    ]);
    expect(
      await rowsOf(section.locator('[data-account="72x1037"]'), '[data-testid="account-row"] td'),
    ).toEqual(['—', '203.260', '—', '-1014', '—', '—', '-23.750', '-68.498', '109.998']);
    expect(await rowsOf(table, '[data-testid="account-total-row"]')).toEqual([
      'Total\t579.170\t265.010\t65.000\t-1014\t68.832\t61.040\t1.458.859\t663.001\t3.159.898',
    ]);
    expect(await section.getByTestId('account-summary').innerText()).toBe(
      'Total exacto: 3.159.898,00\u00a0US$. Transacciones sumadas: 27.',
    );
    await capture(page, section, 'funding-accounts-es');

    // Another country of the dashboard's filters: nothing is charged to an account there.
    await page
      .getByTestId('funding-filters')
      .getByLabel(fundingEs.funding.filters.country)
      .selectOption('CR');
    await section.getByTestId('account-empty').waitFor();
    await capture(page, section, 'funding-accounts-empty-es');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the disbursements of one account in English, with the dashboard’s account filter', async () => {
    const { context, page, errors } = await signIn('en-US', en, fundingEn, '?account=11x1022');
    const section = page.getByTestId('funding-by-account');
    await section.getByTestId('funding-account-table').waitFor();
    await section.getByLabel(fundingEn.funding.byAccount.stage).selectOption('disbursed');
    await expect
      .poll(() => rowsOf(section, '[data-testid="account-country-row"]'))
      .toEqual(['Nicaragua\t550,000\t1,202,222\t1,078,892\t365,229\t3,196,343']);
    expect(await section.getByTestId('account-row').locator('th').innerText()).toMatch(
      /^INCLE\s+International Narcotics Control and Law Enforcement\s+Treasury account 11x1022$/,
    );
    await capture(page, section, 'funding-accounts-en');
    expect(errors).toEqual([]);
    await context.close();
  });
});
