import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '@/web/i18n/en.json';
import es from '@/web/i18n/es.json';
import { findSeriousAccessibilityViolations, launchChromium, openPage } from './browser';
import { assertWebBuilt, startServer, type TestServer } from './server';

const AREAS = [
  'home',
  'frameworks',
  'partners',
  'activities',
  'funding',
  'results',
  'coordination',
  'vetting',
  'transparency',
  'interoperability',
  'reports',
] as const;
const BUILT = new Set<string>([
  'home',
  'frameworks',
  'partners',
  'interoperability',
  'activities',
  'funding',
]);
/** Areas that need a signed-in user: an anonymous visitor is sent to the sign-in page. */
const SIGNED_IN = new Set<string>(['activities', 'funding']);

/** The page heading each area shows: built areas have their own title, planned ones repeat the menu's. */
function pageTitle(texts: typeof es, area: (typeof AREAS)[number]): string {
  switch (area) {
    case 'home':
      return texts.home.title;
    case 'frameworks':
    case 'partners':
    case 'interoperability':
      return texts[area].title;
    case 'activities':
    case 'funding':
      return texts.signIn.title;
    default:
      return texts.nav[area];
  }
}

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  assertWebBuilt();
  server = await startServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('navigation', () => {
  it.each([
    ['es', 'es-ES', es],
    ['en', 'en-US', en],
  ] as const)('reaches every area from the menu in %s', async (_language, locale, texts) => {
    const { page, errors } = await openPage(browser, `${server.url}/`, locale);
    const navigation = page.getByRole('navigation', { name: texts.nav.label });
    for (const area of AREAS) {
      await navigation.getByRole('link', { name: texts.nav[area] }).click();
      // Navigations are React transitions: the previous page stays until the next one has loaded.
      await page.getByRole('heading', { level: 1, name: pageTitle(texts, area), exact: true }).waitFor();
      expect(await page.locator('h1').count(), area).toBe(1);
      if (!SIGNED_IN.has(area)) {
        expect(await navigation.locator('[aria-current="page"]').innerText(), area).toContain(
          texts.nav[area],
        );
      }
      if (!BUILT.has(area)) {
        expect(await page.getByTestId('not-built').innerText(), area).toContain(texts.notBuilt.title);
      }
      expect(await findSeriousAccessibilityViolations(page), area).toEqual([]);
      if (SIGNED_IN.has(area)) {
        // The sign-in page already shows: start the next area from the home page, so its heading is new.
        await page.goto(`${server.url}/`);
        await page.getByRole('heading', { level: 1, name: texts.home.title, exact: true }).waitFor();
      }
    }
    // Administration is for signed-in users with the permissions: visitors neither see it nor reach it.
    expect(await navigation.innerText()).not.toContain(texts.nav.admin);
    await page.goto(`${server.url}/admin`);
    await page.getByRole('heading', { level: 1, name: texts.signIn.title, exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows a country’s subdivisions in a table and on a map', async () => {
    const { page, errors } = await openPage(browser, `${server.url}/partners`, 'es-ES');
    await page.getByTestId('countries-table').getByRole('link', { name: 'Honduras' }).click();
    await page.getByRole('heading', { level: 1, name: 'Honduras' }).waitFor();
    await page.getByTestId('subdivision-map').locator('canvas').first().waitFor();
    const rows = page.getByTestId('subdivisions-table').locator('tbody tr');
    expect(await rows.count()).toBe(18);
    expect(await rows.first().innerText()).toContain('HN-AT');
    expect(await findSeriousAccessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows the API’s problem, in the UI language, for an unknown country', async () => {
    const { page } = await openPage(browser, `${server.url}/partners/XX`, 'en-US');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('The country does not exist or is not part of CARSI.');
    await page.context().close();
  });

  it('browses the IATI code lists', async () => {
    const { page, errors } = await openPage(browser, `${server.url}/interoperability?list=Sector`, 'en-US');
    const rows = page.getByTestId('codelist-table').locator('tbody tr');
    await rows.first().waitFor();
    await page.getByLabel(en.interoperability.prefix).fill('151');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="codelist-table"] tbody tr td:first-child')].every((cell) =>
        cell.textContent?.startsWith('151'),
      ),
    );
    const codes = await page.getByTestId('codelist-table').locator('tbody tr td:first-child').allInnerTexts();
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.every((code) => code.startsWith('151'))).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
