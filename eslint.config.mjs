// ESLint with typescript-eslint's type-aware rules; `npm test` runs it (`npm run lint`).
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'bench/results/', 'scripts/', '*.config.js', '*.config.mjs', '.dependency-cruiser.cjs'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    // One program from tsconfig.json, which includes every linted file: the project service would build a second,
    // as large, for bench/tsconfig.json.
    languageOptions: { parserOptions: { project: ['./tsconfig.json'], tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // Adapters implement async ports with synchronous drivers (better-sqlite3): `async` turns their throws into rejections.
      '@typescript-eslint/require-await': 'off',
      // A leading underscore names what is left out on purpose (a destructured field kept out of a view).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // The one JavaScript module (a worker thread's entry): CommonJS, type-checked by tsc through its JSDoc, whose
    // casts the linter's type information does not see.
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable' } },
    rules: {
      '@typescript-eslint/no-require-imports': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
    },
  },
  {
    // Tests read HTTP answers (supertest bodies are `any`) and assert their shape; production code may not.
    files: ['**/*.spec.ts', '**/*.e2e-spec.ts', 'test/**', '**/testing/**', '**/contract/**'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
);
