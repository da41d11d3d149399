/**
 * Runs the built dist/*.js the way Apps Script does: every file evaluated in
 * order into one shared global scope, with Apps Script's services as globals
 * and none of Node's (no require, module, process, setTimeout).
 *
 * In Apps Script every execution starts from scratch: each custom-function
 * cell, each menu item, each google.script.run call loads the whole script
 * into fresh globals ("each time a custom function is used in a spreadsheet,
 * Google Sheets makes a separate call to the Apps Script server",
 * https://developers.google.com/apps-script/guides/sheets/functions), so
 * nothing kept in a global survives from one to the next. The offline
 * spreadsheet does the same (offlineSpreadsheet.ts, formulaEngine.ts): a new
 * context per execution, from scripts compiled once.
 *
 * The files are the exact ones `clasp push` uploads; nothing is rebuilt or
 * rewritten here.
 */

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import vm from 'node:vm';
import { DIST, PUSHED_FILES } from '../lib/paths';

export interface BundleRuntime {
  /** The script's global scope. */
  readonly context: vm.Context;
  /** Calls a top-level function by name, as Sheets or google.script.run would. */
  call(name: string, ...args: unknown[]): unknown;
  /** True when the script declares a top-level function of that name. */
  hasFunction(name: string): boolean;
  /** Makes a Date in the script's realm (what Sheets hands a custom function). */
  newDate(ms: number): Date;
}

/** The .js files clasp pushes, in the order Apps Script loads them (clasp's alphabetical order). */
export function scriptFiles(): string[] {
  return PUSHED_FILES.filter((file) => file.endsWith('.js')).sort();
}

/** The compiled scripts, by path, with the text they were compiled from (dist/ may be rebuilt while a process runs). */
const compiled = new Map<string, { readonly text: string; readonly script: vm.Script }>();

function compiledScript(path: string): vm.Script {
  const text = readFileSync(path, 'utf8');
  const cached = compiled.get(path);
  if (cached !== undefined && cached.text === text) return cached.script;
  const script = new vm.Script(text, { filename: path });
  compiled.set(path, { text, script });
  return script;
}

export interface LoadOptions {
  /** Runs the script without the Intl object (as a runtime without time-zone data would). */
  readonly withoutIntl?: boolean;
  /** Further script files of the project (a test's own helpers), evaluated after dist/. */
  readonly extraScripts?: readonly string[];
}

/**
 * Loads dist/ into a fresh global scope. `services` become globals
 * (SpreadsheetApp, HtmlService, Session, ...); a console that goes nowhere
 * stands in for Apps Script's logging unless one is given.
 */
export function loadBundle(services: Record<string, unknown> = {}, options: LoadOptions = {}): BundleRuntime {
  const silentConsole = { log() {}, info() {}, warn() {}, error() {} };
  // An ordinary global object, as in Apps Script. (A contextified sandbox
  // object would route every global lookup through an interceptor and make
  // hot loops ten times slower than they run anywhere else.)
  const context = vm.createContext(vm.constants.DONT_CONTEXTIFY);
  Object.assign(context, { console: silentConsole, ...services });
  if (options.withoutIntl === true) vm.runInContext('delete globalThis.Intl;', context);
  for (const file of scriptFiles()) compiledScript(resolve(DIST, file)).runInContext(context);
  for (const code of options.extraScripts ?? []) vm.runInContext(code, context);
  const globals = context as Record<string, unknown>;
  const DateInScript = vm.runInContext('Date', context) as DateConstructor;
  return {
    context,
    call(name, ...args) {
      const fn = globals[name];
      if (typeof fn !== 'function') throw new Error(`dist/ declares no top-level function ${name}`);
      return (fn as (...a: unknown[]) => unknown)(...args);
    },
    hasFunction: (name) => typeof globals[name] === 'function',
    newDate: (ms) => new DateInScript(ms),
  };
}
