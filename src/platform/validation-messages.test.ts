import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseInput } from './validation';
import { SPANISH_MESSAGES } from './validation-messages';

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory()
      ? sourceFiles(full)
      : full.endsWith('.ts') && !full.endsWith('.test.ts')
        ? [full]
        : [];
  });
}

describe('validation messages', () => {
  it('every message written in an API schema has a Spanish translation', () => {
    const written = sourceFiles('src/modules').flatMap((file) =>
      [...fs.readFileSync(file, 'utf8').matchAll(/'((?:must|"from"|a title) [^']+)'/g)].map(
        ([, message]) => message ?? '',
      ),
    );
    expect(written.length).toBeGreaterThan(10);
    expect(written.filter((message) => SPANISH_MESSAGES[message] === undefined)).toEqual([]);
  });

  it('gives written messages, zod’s own and "required" in both languages', () => {
    const schema = z.strictObject({
      country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code'),
      name: z.string().min(1),
      year: z.number().int(),
    });
    const error = (() => {
      try {
        parseInput(schema, { country: 'Honduras', name: '', year: 'x' }, 'body');
      } catch (caught) {
        return caught as { details: { errors: { path: string; message: { es: string; en: string } }[] } };
      }
    })();
    const messages = Object.fromEntries(
      error?.details.errors.map((problem) => [problem.path, problem.message]) ?? [],
    );
    expect(messages['body.country']).toEqual({
      es: 'debe ser un código ISO 3166-1 alfa-2',
      en: 'must be an ISO 3166-1 alpha-2 code',
    });
    expect(messages['body.name']).toEqual({
      es: 'Este campo es obligatorio.',
      en: 'This field is required.',
    });
    expect(messages['body.year']?.es).toMatch(/^Entrada inválida/);
  });
});
