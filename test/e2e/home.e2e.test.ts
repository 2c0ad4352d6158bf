import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { components } from '@/web/api/schema.gen';
import en from '@/web/i18n/en.json';
import { findSeriousAccessibilityViolations, launchChromium, openPage } from './browser';
import { assertWebBuilt, startServer, type TestServer } from './server';

type Language = 'es' | 'en';

const SCREENSHOT_DIR = 'test-results';

let server: TestServer | undefined;
let browser: Browser | undefined;
let carsi: components['schemas']['Framework'];

function firstGoal(language: Language): string {
  const goal = carsi.goals.toSorted((a, b) => a.position - b.position)[0];
  if (goal === undefined) {
    throw new Error('the CARSI framework has no goals');
  }
  return goal.name[language];
}

async function openHome(locale: string): Promise<{ page: Page; errors: string[] }> {
  if (browser === undefined || server === undefined) {
    throw new Error('beforeAll did not start the server and the browser');
  }
  return openPage(browser, `${server.url}/`, locale);
}

async function firstGoalText(page: Page): Promise<string> {
  return page.getByTestId('goals').getByTestId('goal').first().innerText();
}

beforeAll(async () => {
  assertWebBuilt();
  server = await startServer();
  browser = await launchChromium();
  const response = await fetch(`${server.url}/api/v1/frameworks/carsi`);
  carsi = (await response.json()) as components['schemas']['Framework'];
  await mkdir(SCREENSHOT_DIR, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('home page', () => {
  it('is served with a strict Content-Security-Policy', async () => {
    const response = await fetch(`${server?.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it.each([
    ['es', 'es-ES'],
    ['en', 'en-US'],
  ] as const)('shows the goals, the map and the rates table in %s', async (language, locale) => {
    const { page, errors } = await openHome(locale);
    const goals = page.getByTestId('goals').getByTestId('goal');
    await goals.nth(4).waitFor();
    expect(await goals.count()).toBe(5);
    expect(await firstGoalText(page)).toContain(firstGoal(language));
    expect(await page.locator('html').getAttribute('lang')).toBe(language);

    await page.getByTestId('homicide-map').locator('canvas').first().waitFor();
    await page.getByTestId('homicide-trend').locator('canvas').first().waitFor();
    expect(await page.getByTestId('homicide-map').getAttribute('aria-label')).toMatch(/\d/);
    expect(await page.getByTestId('homicide-table').locator('tbody tr').count()).toBe(7);

    await page.screenshot({ path: `${SCREENSHOT_DIR}/home-${language}.png`, fullPage: true });
    expect(await findSeriousAccessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('is operable with the keyboard and remembers the chosen language', async () => {
    const { page, errors } = await openHome('es-ES');
    await page.getByTestId('goals').getByTestId('goal').first().waitFor();
    expect(await firstGoalText(page)).toContain(firstGoal('es'));

    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('skip-link');
    for (let presses = 0; presses < 10; presses += 1) {
      const inSwitch = await page.evaluate(
        () => document.activeElement?.closest('[data-testid="language-switch"]') !== null,
      );
      if (inSwitch) {
        break;
      }
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('es');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await firstGoalText(page)).toContain(firstGoal('en'));

    const yearSelect = page.getByTestId('year-select');
    const defaultYear = await yearSelect.inputValue();
    await yearSelect.focus();
    await page.keyboard.press('ArrowDown');
    const earlierYear = await yearSelect.inputValue();
    expect(Number(earlierYear)).toBeLessThan(Number(defaultYear));
    await page
      .getByRole('heading', { name: en.homicide.tableTitle.replace('{{year}}', earlierYear) })
      .waitFor();

    await page.reload();
    await page.getByTestId('goals').getByTestId('goal').first().waitFor();
    expect(await firstGoalText(page)).toContain(firstGoal('en'));
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
