import { mkdir, readFile } from 'node:fs/promises';
import * as OTPAuth from 'otpauth';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '@/web/i18n/en.json';
import es from '@/web/i18n/es.json';
import { collectPageErrors, findSeriousAccessibilityViolations, launchChromium } from './browser';
import { assertWebBuilt, startServer, type TestServer } from './server';

type Texts = typeof es;

const SCREENSHOT_DIR = 'test-results';
const TOTP_STEP_MS = 30_000;
const CSV_HEADER = 'seq,occurred_at,actor_type,actor_id,action,entity,entity_id,request_id,details,hash';

const ADMIN = {
  name: 'Ana Administradora',
  email: 'ana.admin@example.org',
  password: 'violeta montaña río azul trece',
};
const VIEWER = { name: 'Víctor Consulta', email: 'victor.consulta@example.org' };
const ORGANISATION = { es: 'Ministerio de Gobernación', en: 'Ministry of the Interior', iati: 'GT-MINGOB-1' };

let server: TestServer;
let browser: Browser;
/** The administrator's browser: one context for the whole journey, as one person would use it. */
let context: BrowserContext;
let page: Page;
let errors: string[];
let totpSecret = '';
/** The reset link the outbox shows for the new user. */
let resetHref = '';
/** The TOTP time step of the last code used: the server refuses a code of that step again (A5). */
let lastTotpStep = 0;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A form field by its exact label (Mantine adds a " *" to required ones, hidden from screen readers). */
function field(target: Page, label: string): Locator {
  return target.getByLabel(new RegExp(`^${escapeRegExp(label)}( \\*)?$`));
}

function heading(target: Page, name: string): Locator {
  return target.getByRole('heading', { level: 1, name, exact: true });
}

/** A fresh TOTP code from the secret shown on screen, waiting for the next 30-s step after the last one. */
async function nextTotpCode(): Promise<string> {
  while (Math.floor(Date.now() / TOTP_STEP_MS) <= lastTotpStep) {
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  lastTotpStep = Math.floor(Date.now() / TOTP_STEP_MS);
  return new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(totpSecret) }).generate();
}

async function screenshot(target: Page, name: string): Promise<void> {
  await target.evaluate(() => window.scrollTo(0, 0));
  await target.screenshot({ path: `${SCREENSHOT_DIR}/identity-${name}.png`, fullPage: true });
}

async function switchLanguage(target: Page, language: 'es' | 'en'): Promise<void> {
  await target
    .getByTestId('language-switch')
    .getByText(language === 'es' ? 'Español' : 'English', { exact: true })
    .click();
  await target.waitForFunction((lang) => document.documentElement.lang === lang, language);
}

/** Opens an administration page from the navigation, as a user would, and waits for its heading. */
async function openFromMenu(texts: Texts, link: string, title: string): Promise<void> {
  await page
    .getByRole('navigation', { name: texts.nav.label })
    .getByRole('link', { name: link, exact: true })
    .click();
  await heading(page, title).waitFor();
}

beforeAll(async () => {
  assertWebBuilt();
  server = await startServer();
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

describe('identity and administration', () => {
  it('completes the first setup and enrols MFA with the secret shown on screen', async () => {
    // Build the link on our own address: only the printed token matters.
    const token = new URL(await server.setupUrl()).hash;
    await page.goto(`${server.url}/setup${token}`);
    await heading(page, es.setup.title).waitFor();
    // The token leaves the address bar (and history) once read.
    await page.waitForURL(`${server.url}/setup`);
    expect(await page.getByTestId('demo-banner').innerText()).toBe(es.session.demoBanner);

    await field(page, es.organisation.nameEs).fill('Secretaría General del SICA');
    await field(page, es.organisation.nameEn).fill('General Secretariat of SICA');
    await field(page, es.organisation.type).selectOption('40');
    await field(page, es.organisation.country).selectOption('SV');
    await field(page, es.userFields.name).fill(ADMIN.name);
    await field(page, es.userFields.email).fill(ADMIN.email);
    await field(page, es.signIn.password).fill(ADMIN.password);
    await field(page, es.password.repeatAdmin).fill(`${ADMIN.password} `);
    await page.getByRole('button', { name: es.setup.submit }).click();
    // The two passwords differ: the form says so before asking the server.
    await page.getByText(es.password.mismatch).waitFor();
    await field(page, es.password.repeatAdmin).fill(ADMIN.password);
    await page.getByRole('button', { name: es.setup.submit }).click();

    await heading(page, es.enrol.title).waitFor();
    const secret = page.getByTestId('mfa-secret');
    await secret.waitFor();
    expect(await page.getByTestId('mfa-qr').getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
    totpSecret = (await secret.innerText()).replace(/\s/g, '');
    expect(totpSecret).toMatch(/^[A-Z2-7]{16,}$/);
    await screenshot(page, 'mfa-enrolment-es');

    await field(page, es.signIn.code).fill(await nextTotpCode());
    await page.getByRole('button', { name: es.enrol.submit }).click();
    await heading(page, es.admin.title).waitFor();
    expect(await page.getByTestId('user-menu').innerText()).toBe(ADMIN.name);
    expect(errors).toEqual([]);
  });

  it('registers an organisation and creates a user with a viewer grant', async () => {
    await openFromMenu(es, es.admin.organisations, es.organisations.title);
    await page.getByRole('link', { name: es.organisations.new }).click();
    await heading(page, es.organisations.newTitle).waitFor();
    await field(page, es.organisation.nameEs).fill(ORGANISATION.es);
    await field(page, es.organisation.nameEn).fill(ORGANISATION.en);
    await field(page, es.organisation.type).selectOption('10');
    await field(page, es.organisation.country).selectOption('GT');
    await field(page, es.organisation.iatiIdentifier).fill(ORGANISATION.iati);
    await page.getByRole('button', { name: es.organisations.submitNew, exact: true }).click();
    await page.getByTestId('flash-notice').waitFor();
    const row = page
      .getByTestId('organisations-table')
      .getByRole('row', { name: new RegExp(ORGANISATION.es) });
    expect(await row.innerText()).toContain(ORGANISATION.iati);
    await screenshot(page, 'organisations-es');

    await openFromMenu(es, es.admin.users, es.users.title);
    await page.getByRole('link', { name: es.users.new }).click();
    await heading(page, es.users.newTitle).waitFor();
    await field(page, es.userFields.organisation).selectOption({ label: ORGANISATION.es });
    await field(page, es.userFields.name).fill(VIEWER.name);
    await field(page, es.userFields.email).fill(VIEWER.email);
    // The form starts with one grant, "viewer" everywhere; this one is limited to Guatemala.
    const grant = page.getByTestId('grant-row').first();
    expect(await field(page, es.grants.role).inputValue()).toBe('viewer');
    await grant.getByLabel(es.grants.country).selectOption('GT');
    await page.getByRole('button', { name: es.users.submitNew }).click();

    await heading(page, VIEWER.name).waitFor();
    expect(await page.getByTestId('flash-notice').innerText()).toContain(VIEWER.name);
    expect(await page.getByTestId('user-details').innerText()).toContain(es.users.passwordNotSet);
    expect(await page.getByTestId('grant-row').count()).toBe(1);
    await screenshot(page, 'user-es');

    await openFromMenu(es, es.admin.users, es.users.title);
    const users = page.getByTestId('users-table');
    await users.getByRole('link', { name: VIEWER.name }).waitFor();
    expect(await users.getByRole('row', { name: new RegExp(VIEWER.name) }).innerText()).toContain(
      es.roles.viewer,
    );
    expect(errors).toEqual([]);
  });

  it('lists the actions in the audit log, filters them and exports them as CSV', async () => {
    await openFromMenu(es, es.admin.audit, es.audit.title);
    const actions = page.getByTestId('audit-table').locator('tbody td:nth-child(4)');
    await actions.first().waitFor();
    const listed = await actions.allInnerTexts();
    for (const action of ['setup.complete', 'user.mfa_enable', 'organisation.create', 'user.create']) {
      expect(listed, action).toContain(action);
    }

    await field(page, es.audit.action).fill('organisation.create');
    await page.getByRole('button', { name: es.audit.apply }).click();
    await page.waitForURL(/action=organisation\.create/);
    // The table is replaced while the filtered list loads: wait for the two matching events.
    await page.waitForFunction(() => {
      const cells = [...document.querySelectorAll('[data-testid="audit-table"] tbody td:nth-child(4)')];
      return cells.length === 2 && cells.every((cell) => cell.textContent === 'organisation.create');
    });
    await page.getByRole('button', { name: es.audit.show }).first().click();
    expect(await page.locator('.json-details').first().innerText()).toContain(ORGANISATION.iati);
    await screenshot(page, 'audit-es');

    const exportLink = page.getByTestId('audit-export');
    expect(await exportLink.getAttribute('href')).toBe('/api/v1/audit-events.csv?action=organisation.create');
    const [download] = await Promise.all([page.waitForEvent('download'), exportLink.click()]);
    const csv = await readFile(await download.path(), 'utf8');
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toBe(CSV_HEADER);
    expect(lines).toHaveLength(3);
    expect(csv).toContain(ORGANISATION.iati);
    expect(errors).toEqual([]);
  });

  it('has no serious accessibility problems on the account and administration pages, in es and en', async () => {
    for (const [language, texts] of [
      ['es', es],
      ['en', en],
    ] as const) {
      if (language === 'en') {
        await switchLanguage(page, 'en');
      }
      await page.getByTestId('user-menu').click();
      await page.getByRole('menuitem', { name: texts.session.myAccount }).click();
      await heading(page, texts.account.title).waitFor();
      // The account menu closes with a transition; axe must not catch it half-closed (an empty menu).
      await page.locator('[role="menu"]').waitFor({ state: 'detached' });
      await page.getByTestId('api-tokens').getByText(texts.tokens.none).waitFor();
      expect(await page.locator('h1').count()).toBe(1);
      expect(await findSeriousAccessibilityViolations(page), `account ${language}`).toEqual([]);
      await screenshot(page, `account-${language}`);

      const pages = [
        [texts.admin.organisations, texts.organisations.title, 'organisations-table'],
        [texts.admin.users, texts.users.title, 'users-table'],
        [texts.admin.audit, texts.audit.title, 'audit-table'],
        [texts.admin.mail, texts.mail.title, undefined],
      ] as const;
      for (const [link, title, table] of pages) {
        await openFromMenu(texts, link, title);
        if (table !== undefined) {
          await page.getByTestId(table).waitFor();
        }
        expect(await page.locator('h1').count(), title).toBe(1);
        expect(await findSeriousAccessibilityViolations(page), `${title} ${language}`).toEqual([]);
      }
    }
    await openFromMenu(en, en.admin.users, en.users.title);
    await page.getByTestId('users-table').getByRole('link', { name: VIEWER.name }).click();
    await heading(page, VIEWER.name).waitFor();
    expect(await findSeriousAccessibilityViolations(page), 'user en').toEqual([]);
    await screenshot(page, 'user-en');
    await openFromMenu(en, en.admin.audit, en.audit.title);
    await page.getByTestId('audit-table').waitFor();
    await screenshot(page, 'audit-en');
    expect(errors).toEqual([]);
  });

  it('signs out, and Administration then asks for a sign-in', async () => {
    await switchLanguage(page, 'en');
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: en.session.signOut }).click();
    await page.getByTestId('sign-in-link').waitFor();
    const cookies = await context.cookies(server.url);
    expect(cookies.map((cookie) => cookie.name)).not.toContain('__Host-carsi_session');
    // Nothing about the session stays in the page's storage (SECURITY.md P2).
    const stored = await page.evaluate(() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)]);
    expect(stored.filter((key) => key !== 'carsi.language')).toEqual([]);
    expect(await page.getByRole('navigation', { name: en.nav.label }).innerText()).not.toContain(
      en.nav.admin,
    );

    await page.goto(`${server.url}/admin/users`);
    // Sign-out's Clear-Site-Data also drops the remembered language: the page may be in either.
    await page
      .getByRole('heading', { level: 1, name: new RegExp(`^(${es.signIn.title}|${en.signIn.title})$`) })
      .waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await switchLanguage(page, 'en');
    await heading(page, en.signIn.title).waitFor();
    expect(await findSeriousAccessibilityViolations(page), 'sign-in en').toEqual([]);
    await screenshot(page, 'sign-in-en');
    await switchLanguage(page, 'es');
    await heading(page, es.signIn.title).waitFor();
    expect(await findSeriousAccessibilityViolations(page), 'sign-in es').toEqual([]);
    await screenshot(page, 'sign-in-es');
    expect(errors).toEqual([]);
  });

  it('sends a reset link for the new user to the outbox, whatever the address', async () => {
    await page.goto(`${server.url}/sign-in`);
    await switchLanguage(page, 'es');
    await page.getByRole('link', { name: es.signIn.forgot }).click();
    await heading(page, es.forgot.title).waitFor();
    await field(page, es.signIn.email).fill(VIEWER.email);
    await page.getByRole('button', { name: es.forgot.submit }).click();
    expect(await page.getByTestId('reset-sent').innerText()).toContain(es.forgot.sent);
    expect(errors).toEqual([]);
  });

  it('signs in again with the password and a new TOTP code, back on the page asked for', async () => {
    await page.goto(`${server.url}/admin/users`);
    await heading(page, es.signIn.title).waitFor();
    await field(page, es.signIn.email).fill(ADMIN.email);
    await field(page, es.signIn.password).fill('not the password at all, sorry');
    await page.getByRole('button', { name: es.signIn.submit }).click();
    expect(await page.getByTestId('problem-alert').innerText()).toContain('Correo o contraseña incorrectos.');
    // Chromium logs the refused request itself as a console error: that one is expected.
    expect(errors.splice(0)).toEqual([expect.stringContaining('401')]);

    await field(page, es.signIn.password).fill(ADMIN.password);
    await page.getByRole('button', { name: es.signIn.submit }).click();
    await heading(page, es.signIn.codeTitle).waitFor();
    expect(await findSeriousAccessibilityViolations(page), 'code step es').toEqual([]);
    await screenshot(page, 'mfa-code-es');
    await field(page, es.signIn.code).fill(await nextTotpCode());
    await page.getByRole('button', { name: es.signIn.verify }).click();

    await heading(page, es.users.title).waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin/users');
    expect(await page.getByTestId('user-menu').innerText()).toBe(ADMIN.name);

    await openFromMenu(es, es.admin.mail, es.mail.title);
    const message = page.getByTestId('mail-list').getByRole('article', { name: new RegExp(VIEWER.email) });
    const resetLink = message.getByRole('link', { name: /\/reset-password#token=[\w-]+$/ });
    await resetLink.waitFor();
    resetHref = (await resetLink.getAttribute('href')) ?? '';
    await screenshot(page, 'mail-es');
    expect(errors).toEqual([]);
  });

  it('lets the new viewer choose a password from that link, and shows them only what they may open', async () => {
    const viewerContext = await browser.newContext({
      locale: 'en-US',
      viewport: { width: 1280, height: 900 },
    });
    const viewer = await viewerContext.newPage();
    const viewerErrors = collectPageErrors(viewer);
    const password = 'girasol tambor nube ventana';
    await viewer.goto(`${server.url}${new URL(resetHref).pathname}${new URL(resetHref).hash}`);
    await heading(viewer, en.reset.title).waitFor();
    await viewer.waitForURL(`${server.url}/reset-password`);
    await field(viewer, en.password.new).fill(password);
    await field(viewer, en.password.repeat).fill(password);
    await viewer.getByRole('button', { name: en.reset.submit }).click();
    await viewer.getByTestId('reset-done').waitFor();
    expect(await findSeriousAccessibilityViolations(viewer), 'reset done').toEqual([]);

    await viewer.locator('main').getByRole('link', { name: en.signIn.submit, exact: true }).click();
    await heading(viewer, en.signIn.title).waitFor();
    await field(viewer, en.signIn.email).fill(VIEWER.email);
    await field(viewer, en.signIn.password).fill(password);
    await viewer.getByRole('button', { name: en.signIn.submit }).click();
    // Demo mode: a viewer needs no second factor, and lands signed in.
    await viewer.getByTestId('user-menu').waitFor();
    expect(await viewer.getByTestId('user-menu').innerText()).toBe(VIEWER.name);

    const navigation = viewer.getByRole('navigation', { name: en.nav.label });
    const entries = await navigation.getByRole('link').allInnerTexts();
    expect(entries).toContain(en.admin.users);
    expect(entries).not.toContain(en.admin.audit);
    expect(entries).not.toContain(en.admin.organisations);
    await navigation.getByRole('link', { name: en.admin.users, exact: true }).click();
    await heading(viewer, en.users.title).waitFor();
    await viewer.getByTestId('users-table').getByRole('link', { name: VIEWER.name }).waitFor();
    expect(await viewer.getByRole('link', { name: en.users.new }).count()).toBe(0);
    await screenshot(viewer, 'viewer-users-en');

    await viewer.goto(`${server.url}/admin/audit`);
    await heading(viewer, en.admin.forbiddenTitle).waitFor();
    expect(viewerErrors).toEqual([]);
    await viewerContext.close();
  });
});
