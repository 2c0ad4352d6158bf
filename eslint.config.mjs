// Lint rules, including the dependency directions of docs/ARCHITECTURE.md.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const layer = (names) =>
  names.map((name) => ({
    group: [`@/${name}`, `@/${name}/**`],
    message: `this layer may not import ${name}/ (docs/ARCHITECTURE.md)`,
  }));
const moduleInternals = {
  group: ['@/modules/*/*'],
  message: 'import another module only through its index.ts (@/modules/<name>)',
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'data/',
      'reference/',
      'coverage/',
      'test-results/',
      'src/web/api/schema.gen.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.mjs', 'bin/*.mjs', 'scripts/*.mjs', '.ci/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      curly: ['error', 'all'],
      eqeqeq: ['error', 'always'],
      'no-console': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='Math'][property.name='random']",
          message: 'use node:crypto (SECURITY.md K3)',
        },
      ],
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/platform/config.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'only src/platform/config.ts reads the environment' },
      ],
    },
  },
  {
    files: ['src/platform/**'],
    ignores: ['src/platform/db/database.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: layer(['modules', 'http', 'cli', 'web']) }] },
  },
  {
    files: ['src/platform/db/database.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...layer(['http', 'cli', 'web']),
            { group: ['@/modules/**'], allowTypeImports: true, message: 'type-only imports of tables' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/modules/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...layer(['http', 'cli', 'web']), moduleInternals] }],
    },
  },
  {
    files: ['src/http/**', 'src/cli/**', 'src/jobs/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...layer(['web']), moduleInternals] }] },
  },
  {
    files: ['src/http/routes/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...layer(['web']),
            moduleInternals,
            { group: ['@/platform/db', '@/platform/db/**'], message: 'routes are thin: no database access' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...layer(['platform', 'modules', 'http', 'cli', 'web']),
            { group: ['node:*'], message: 'shared code is isomorphic' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/web/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...layer(['platform', 'modules', 'http', 'cli']),
            { group: ['node:*'], message: 'the web app runs in the browser' },
          ],
        },
      ],
    },
  },
  {
    files: ['migrations/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/*', '../*', 'node:*'], message: 'migrations are frozen: import only kysely' },
          ],
        },
      ],
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  { files: ['**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['test/**', '**/*.test.ts', '**/*.test.tsx', 'bench/**', 'scripts/**', 'bin/**', '.ci/**'],
    rules: {
      'no-console': 'off',
      'no-restricted-properties': 'off',
      // Vitest's asymmetric matchers (expect.any, expect.arrayContaining…) are typed `any`.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
);
