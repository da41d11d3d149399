import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Apps Script services: reached only through src/addon/appsScriptApi.ts, so the emulation's types cover every call. */
const APPS_SCRIPT_GLOBALS = [
  'SpreadsheetApp',
  'HtmlService',
  'PropertiesService',
  'Session',
  'LockService',
  'CacheService',
  'Charts',
  'Utilities',
  'ScriptApp',
  'Logger',
  'UrlFetchApp',
  'DriveApp',
].map((name) => ({
  name,
  message: 'Use the typed accessors in src/addon/appsScriptApi.ts (kernels use no service at all).',
}));

export default tseslint.config(
  // Only the top-level build outputs (test/dist holds tests of the build).
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      'no-console': 'error',
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/addon/appsScriptApi.ts'],
    rules: { 'no-restricted-globals': ['error', ...APPS_SCRIPT_GLOBALS] },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: {
      globals: { module: 'readonly', require: 'readonly', process: 'readonly', __dirname: 'readonly' },
    },
  },
);
