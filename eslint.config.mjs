import js from '@eslint/js';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), 'src');

/**
 * The add-on bundles no third-party code and nothing from scripts/ or test/:
 * a module in src/ may import only other modules in src/ (relative paths that
 * stay inside it). Type-only imports are erased and allowed.
 */
const stayInSrc = {
  meta: { type: 'problem', schema: [], messages: { outside: 'src/ imports only from src/ (found "{{source}}").' } },
  create(context) {
    const check = (node) => {
      if (node.importKind === 'type' || node.source === null || node.source === undefined) return;
      const source = String(node.source.value);
      const target = resolve(dirname(context.filename), source);
      const inside = source.startsWith('.') && !relative(SRC, target).startsWith('..');
      if (!inside) context.report({ node, messageId: 'outside', data: { source } });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

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
    plugins: { local: { rules: { 'stay-in-src': stayInSrc } } },
    rules: { 'local/stay-in-src': 'error' },
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
