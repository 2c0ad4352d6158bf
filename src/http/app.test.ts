import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '@/http/app';
import { migrations } from '../../migrations';
import { loadConfig } from '@/platform/config';
import { createTestApp, type TestApp } from '../../test/app';
import { createSeededTestDb, silentLogger, TEST_DIALECTS, TEST_SECURITY } from '../../test/db';

function expectProblem(
  response: { statusCode: number; headers: Record<string, unknown>; json: () => unknown },
  status: number,
  code: string,
) {
  expect(response.statusCode).toBe(status);
  expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
  const body = response.json() as Record<string, unknown>;
  expect(body).toMatchObject({ status, code, type: `urn:carsi:problem:${code}` });
  expect(body.requestId).toBe(response.headers['x-request-id']);
  return body;
}

describe.each(TEST_DIALECTS)('HTTP API on %s', (dialect) => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp(dialect);
  });
  afterAll(async () => {
    await test.close();
  });

  it('GET /api/health reports ok, the dialect and the loaded reference data', async () => {
    const response = await test.app.inject('/api/health');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'ok',
      database: dialect,
      migrations: Object.keys(migrations).length,
    });
    expect(response.json<{ referenceData: unknown[] }>().referenceData).toHaveLength(5);
  });

  it('GET /api/v1/frameworks/carsi has the five goals named in es and en', async () => {
    const response = await test.app.inject('/api/v1/frameworks/carsi');
    expect(response.statusCode).toBe(200);
    const carsi = response.json<{ code: string; goals: { name: { es: string; en: string } }[] }>();
    expect(carsi.code).toBe('carsi');
    expect(carsi.goals).toHaveLength(5);
    expect(carsi.goals.every((goal) => goal.name.es.length > 10 && goal.name.en.length > 10)).toBe(true);
    const list = await test.app.inject('/api/v1/frameworks');
    expect(list.json<{ items: { code: string }[] }>().items.map((item) => item.code)).toEqual([
      'carsi',
      'esca',
    ]);
  });

  it('GET /api/v1/countries/HN/subdivisions has 18 items with ISO 3166-2 codes', async () => {
    const response = await test.app.inject('/api/v1/countries/HN/subdivisions');
    expect(response.statusCode).toBe(200);
    const { items } = response.json<{ items: { code: string }[] }>();
    expect(items).toHaveLength(18);
    expect(items.every((item) => /^HN-[A-Z]{2}$/.test(item.code))).toBe(true);
  });

  it('serves codelists, homicide rates, population and boundaries', async () => {
    const status = await test.app.inject('/api/v1/codelists/ActivityStatus');
    expect(status.json<{ items: { code: string; name: { es: string } }[] }>().items[1]?.name.es).not.toBe(
      'Implementation',
    );
    const rates = await test.app.inject('/api/v1/context/homicide-rates?country=GT&from=2020&to=2023');
    expect(rates.json<{ items: { year: number }[] }>().items.map((item) => item.year)).toEqual([
      2020, 2021, 2022, 2023,
    ]);
    const population = await test.app.inject('/api/v1/context/population?country=BZ&from=2024');
    expect(population.json<{ items: unknown[] }>().items).toHaveLength(1);
    const boundaries = await test.app.inject('/api/v1/boundaries?level=subdivision&country=SV');
    expect(boundaries.json<{ features: unknown[] }>().features).toHaveLength(14);
  });

  it('publishes OpenAPI 3 at /api/openapi.json and a browsable page at /api/docs', async () => {
    const spec = (await test.app.inject('/api/openapi.json')).json<{
      openapi: string;
      paths: Record<string, unknown>;
    }>();
    expect(spec.openapi).toMatch(/^3\./);
    expect(Object.keys(spec.paths)).toContain('/api/v1/countries/{code}/subdivisions');
    const docs = await test.app.inject('/api/docs/');
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toMatch(/text\/html/);
  });

  it('O3: sends the CSP (frame-ancestors and base-uri none), nosniff and no-referrer; no CORS for foreign origins', async () => {
    const response = await test.app.inject('/api/v1/countries');
    const csp = String(response.headers['content-security-policy']);
    for (const directive of [
      "default-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "script-src 'self'",
    ]) {
      expect(csp).toContain(directive);
    }
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers['strict-transport-security']).toBeUndefined();
    const crossOrigin = await test.app.inject({
      url: '/api/v1/countries',
      headers: { origin: 'https://evil.example' },
    });
    expect(crossOrigin.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers an unknown country with 404 problem+json in the caller’s language', async () => {
    const spanish = expectProblem(
      await test.app.inject('/api/v1/countries/XX/subdivisions'),
      404,
      'country_not_found',
    );
    expect(spanish.title).toBe('El país no existe o no forma parte de CARSI.');
    const english = expectProblem(
      await test.app.inject({
        url: '/api/v1/countries/XX',
        headers: { 'accept-language': 'en-GB,en;q=0.9' },
      }),
      404,
      'country_not_found',
    );
    expect(english.title).toBe('The country does not exist or is not part of CARSI.');
  });

  it('answers a malformed query with 400 naming each parameter', async () => {
    const body = expectProblem(
      await test.app.inject({
        url: '/api/v1/context/homicide-rates?from=abc&level=city',
        headers: { 'accept-language': 'es' },
      }),
      400,
      'validation_failed',
    );
    const errors = body.errors as { path: string; message: string }[];
    expect(errors.map((error) => error.path).sort()).toEqual(['query.from', 'query.level']);
    expect(errors.find((error) => error.path === 'query.level')?.message).toMatch(/^Opción inválida/);
    expectProblem(
      await test.app.inject('/api/v1/context/homicide-rates?country=ZZ'),
      400,
      'validation_failed',
    );
    const unknown = expectProblem(
      await test.app.inject('/api/v1/countries?unexpected=1'),
      400,
      'validation_failed',
    );
    expect(unknown.errors).toEqual([expect.objectContaining({ path: 'query', code: 'unrecognized_keys' })]);
  });

  it('answers unknown API paths and methods with route_not_found', async () => {
    expectProblem(await test.app.inject('/api/v1/nothing-here'), 404, 'route_not_found');
    expectProblem(
      await test.app.inject({ method: 'DELETE', url: '/api/v1/countries' }),
      404,
      'route_not_found',
    );
  });

  it('never answers 500 to arbitrary query strings', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(
          fc.constantFrom('country', 'subdivision', 'level', 'from', 'to', 'dataset', 'x'),
          fc.string({ maxLength: 12 }),
        ),
        async (query) => {
          const response = await test.app.inject({ url: '/api/v1/context/homicide-rates', query });
          expect(response.statusCode).toBeLessThan(500);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('HTTP platform behaviour', () => {
  it('R1: limits the request rate per client with 429 problem+json and x-ratelimit headers', async () => {
    const test = await createTestApp('sqlite', { CARSI_RATE_LIMIT_PER_MINUTE: '3' });
    try {
      const statuses = [];
      for (let i = 0; i < 4; i += 1) {
        statuses.push((await test.app.inject('/api/v1/countries')).statusCode);
      }
      expect(statuses).toEqual([200, 200, 200, 429]);
      const limited = await test.app.inject('/api/v1/countries');
      expectProblem(limited, 429, 'rate_limited');
      expect(limited.headers['x-ratelimit-limit']).toBe('3');
      expect(limited.headers['retry-after']).toBeDefined();
    } finally {
      await test.close();
    }
  });

  it('E1: hides internal failures: a lost database gives 500/503 without stack or SQL', async () => {
    const test = await createTestApp('sqlite');
    await test.db.close();
    try {
      const countries = expectProblem(await test.app.inject('/api/v1/countries'), 500, 'internal_error');
      expect(JSON.stringify(countries)).not.toMatch(/select|sqlite|at .*\.ts|Error:/i);
      expectProblem(await test.app.inject('/api/health'), 503, 'service_unavailable');
    } finally {
      await test.app.close();
    }
  });

  it('O4: sends HSTS for a year with subdomains when behind a TLS proxy', async () => {
    const test = await createTestApp('sqlite', { CARSI_TRUST_PROXY: 'true' });
    try {
      const response = await test.app.inject('/api/health');
      expect(response.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    } finally {
      await test.close();
    }
  });

  it('serves the web app at / and its index for client-side routes, with the CSP', async () => {
    const webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'carsi-web-'));
    fs.writeFileSync(
      path.join(webDir, 'index.html'),
      '<!doctype html><title>CARSI</title><div id="root"></div>',
    );
    const db = await createSeededTestDb('sqlite');
    const app = await buildApp({
      config: loadConfig({ NODE_ENV: 'test' }),
      db,
      logger: silentLogger,
      security: TEST_SECURITY,
      webDir,
    });
    try {
      for (const url of ['/', '/partners/HN']) {
        const response = await app.inject(url);
        expect(response.statusCode).toBe(200);
        expect(response.body).toContain('<div id="root">');
        expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      }
      const missingAsset = await app.inject('/assets/index-gone.js');
      expect(missingAsset.statusCode).toBe(404);
      expect(missingAsset.body).not.toContain('<div id="root">');
    } finally {
      await app.close();
      await db.destroy();
    }
  });
});
