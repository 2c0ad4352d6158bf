import fs from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';
import { renderOpenApi } from '@/cli/commands/openapi.command';

// Generated artefacts are committed; these tests fail when the routes changed and `npm run openapi` was not run.
describe('committed OpenAPI artefacts', () => {
  it('openapi/openapi.json equals the document generated from the route schemas', async () => {
    expect(await renderOpenApi()).toBe(fs.readFileSync('openapi/openapi.json', 'utf8'));
  });

  it('src/web/api/schema.gen.ts equals the types generated from openapi/openapi.json', async () => {
    const document = JSON.parse(fs.readFileSync('openapi/openapi.json', 'utf8')) as Parameters<
      typeof openapiTS
    >[0];
    const generated = astToString(await openapiTS(document));
    const committed = fs.readFileSync('src/web/api/schema.gen.ts', 'utf8');
    expect(committed.replace(/^\/\*\*[\s\S]*?\*\/\n\n/, '')).toBe(generated);
  });
});
