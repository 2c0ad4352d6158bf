import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

describe('secrets and randomness', () => {
  it('K3: the linter refuses Math.random anywhere in src/', async () => {
    const eslint = new ESLint();
    const [result] = await eslint.lintText('export const id = Math.random().toString(36);\n', {
      filePath: 'src/platform/paths.ts',
    });
    expect(result?.messages.map((message) => message.ruleId)).toContain('no-restricted-syntax');
    expect(result?.messages.find((message) => message.ruleId === 'no-restricted-syntax')?.message).toMatch(
      /node:crypto/,
    );
  });
});
