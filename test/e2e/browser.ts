import AxeBuilder from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';

const ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's Chromium (or CHROMIUM_PATH), driven by playwright-core. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
}

/**
 * A page in a fresh context (so nothing is remembered between journeys) opened at `url`. It asks for reduced
 * motion, which the charts honour, so that screenshots never catch an animation half-way.
 */
export async function openPage(
  browser: Browser,
  url: string,
  locale: string,
  viewport = { width: 1280, height: 900 },
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ locale, viewport, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(url);
  return { page, errors };
}

/** Collects console errors and uncaught exceptions, CSP violations included, from the moment it is called. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') {
      errors.push(message.text());
    }
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Runs axe on the page and returns its serious and critical violations, printed for the reader. */
export async function findSeriousAccessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  for (const violation of serious) {
    const targets = violation.nodes
      .map((node) => `${node.target.join(' ')} ${node.html.slice(0, 300)}`)
      .join('\n    ');
    console.error(`axe ${violation.impact}: ${violation.id} — ${violation.help}\n    ${targets}`);
  }
  return serious.map((violation) => violation.id);
}
