/**
 * Runs the built dist/*.js the way Apps Script does: every file evaluated in
 * order into one shared global scope, with Apps Script's services as globals
 * and none of Node's (no require, module, process, setTimeout).
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

/**
 * Loads dist/ into a fresh global scope. `services` become globals
 * (SpreadsheetApp, HtmlService, Session, ...); a console that goes nowhere
 * stands in for Apps Script's logging unless one is given.
 */
export function loadBundle(services: Record<string, unknown> = {}): BundleRuntime {
  const silentConsole = { log() {}, info() {}, warn() {}, error() {} };
  // An ordinary global object, as in Apps Script. (A contextified sandbox
  // object would route every global lookup through an interceptor and make
  // hot loops ten times slower than they run anywhere else.)
  const context = vm.createContext(vm.constants.DONT_CONTEXTIFY);
  Object.assign(context, { console: silentConsole, ...services });
  for (const file of scriptFiles()) {
    const path = resolve(DIST, file);
    vm.runInContext(readFileSync(path, 'utf8'), context, { filename: path });
  }
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
