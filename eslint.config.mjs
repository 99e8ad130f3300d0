import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** The server, its scripts and tests: type-aware rules. The web app (web/) has its own tsconfig and the rules without types. */
const server = ['**/*.ts'];
const web = ['web/**/*.ts', 'web/**/*.tsx'];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'data/', 'web/dist/', 'web/src/graphql/graphql-env.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked.map((c) => ({ ...c, files: server, ignores: web })),
  ...tseslint.configs.recommended.map((c) => ({ ...c, files: web })),
  {
    files: server,
    ignores: web,
    // src (but its unit tests) is checked with noUncheckedIndexedAccess: tsconfig.src.json first.
    languageOptions: { parserOptions: { project: ['./tsconfig.src.json', './tsconfig.json'], tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      // Apollo plugin hooks, Nest lifecycle hooks and transaction callbacks are async by
      // their interface, whether or not a given one awaits.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // Migrations list their classes as Function, the type TypeORM accepts.
      '@typescript-eslint/no-unsafe-function-type': 'off',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
