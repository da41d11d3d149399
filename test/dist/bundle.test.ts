/**
 * The built dist/ as Apps Script runs it: all .js files in one global scope
 * with no Node globals, every catalog function called by its global name,
 * the wrappers' JSDoc checked, and onOpen run against a recording Ui.
 */

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import vm from 'node:vm';
import { customFunctionsOf } from '../../src/addon/customFunctions';
import { ENTRY_POINTS } from '../../src/addon/entryPoints';
import { CATALOG } from '../../src/catalog';
import { EN_US_NUMBERS } from '../../src/input/sheetsLocales';
import { timeZoneNamed } from '../../src/time/timeZone';
import { loadBundle, scriptFiles } from '../../scripts/emulator/appsScriptRuntime';
import { DIST, NAMESPACE } from '../../scripts/lib/paths';
import { appsScriptStubs } from '../support/appsScriptStubs';
import { BENCHMARK_BAD_CALLS, BENCHMARK_CALLS } from '../support/benchmarkFixtures';
import { fromScript } from '../support/crossRealm';
import { ORDER_BAD_CALLS, ORDER_CALLS } from '../support/orderFixtures';
import { PREDICTIVE_BAD_CALLS, PREDICTIVE_CALLS } from '../support/predictiveFixtures';
import { SEGMENT_BAD_CALLS, SEGMENT_CALLS } from '../support/segmentFixtures';
import { SUBSCRIPTION_BAD_CALLS, SUBSCRIPTION_CALLS } from '../support/subscriptionFixtures';
import { SURVEY_BAD_CALLS, SURVEY_CALLS } from '../support/surveyFixtures';

const CALLS: Record<string, unknown[][]> = {
  ...SURVEY_CALLS,
  ...ORDER_CALLS,
  ...SEGMENT_CALLS,
  ...PREDICTIVE_CALLS,
  ...BENCHMARK_CALLS,
  ...SUBSCRIPTION_CALLS,
};
const BAD_CALLS: Record<string, { args: unknown[]; message: string }> = {
  ...SURVEY_BAD_CALLS,
  ...ORDER_BAD_CALLS,
  ...SEGMENT_BAD_CALLS,
  ...PREDICTIVE_BAD_CALLS,
  ...BENCHMARK_BAD_CALLS,
  ...SUBSCRIPTION_BAD_CALLS,
};
const SPREADSHEET_ZONE = 'America/New_York';

function outcome(call: () => unknown): unknown {
  try {
    return { value: fromScript(call()) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

describe('dist/ in an Apps Script-shaped global scope', () => {
  const { services, record } = appsScriptStubs(SPREADSHEET_ZONE);
  const runtime = loadBundle(services);
  const kernels = customFunctionsOf(CATALOG, {
    timeZone: () => timeZoneNamed(SPREADSHEET_ZONE),
    numberFormat: () => EN_US_NUMBERS,
  });

  it('defines one namespace and nothing of Node', () => {
    const globals = runtime.context as Record<string, unknown>;
    expect(typeof globals[NAMESPACE]).toBe('object');
    for (const name of ['require', 'module', 'exports', 'process', 'setTimeout', 'Buffer']) {
      expect(vm.runInContext(`typeof ${name}`, runtime.context)).toBe('undefined');
    }
    const bundle = readFileSync(resolve(DIST, `${NAMESPACE}.js`), 'utf8');
    expect(bundle).not.toMatch(/\brequire\(|\bprocess\.|\bimport\s|\bexport\s/);
  });

  it('declares a top-level function for everything in the namespace: the custom functions and the entry points', () => {
    const namespace = (runtime.context as Record<string, Record<string, unknown>>)[NAMESPACE];
    const expected = [...CATALOG.map((spec) => spec.name), ...ENTRY_POINTS.map((entry) => entry.name)].sort();
    expect(Object.keys(namespace).sort()).toEqual(expected);
    // google.script.run reaches only top-level functions: each server function the sidebar calls is one.
    for (const name of expected) expect(runtime.hasFunction(name)).toBe(true);
    const sidebar = readFileSync(resolve(DIST, 'Sidebar.html'), 'utf8');
    const called = [...sidebar.matchAll(/server\(\s*["'](\w+)["']/g)].map((match) => match[1]);
    expect(called.length).toBeGreaterThan(3);
    for (const name of called) expect(expected).toContain(name);
  });

  it('has fixtures for every catalog function', () => {
    expect(Object.keys(CALLS).sort()).toEqual(CATALOG.map((spec) => spec.name).sort());
  });

  describe.each(CATALOG.map((spec) => [spec.name]))('%s', (name) => {
    it('is a top-level function that gives what the kernels give', () => {
      expect(runtime.hasFunction(name)).toBe(true);
      for (const args of CALLS[name]) {
        const inScript = outcome(() => runtime.call(name, ...args));
        expect(inScript).toEqual(outcome(() => kernels[name](...(args as never[]))));
        expect(inScript).toHaveProperty('value');
      }
    });

    it('reports bad input with the same message as the kernels', () => {
      const { args, message } = BAD_CALLS[name];
      const inScript = outcome(() => runtime.call(name, ...args));
      expect(inScript).toEqual(outcome(() => kernels[name](...(args as never[]))));
      expect(inScript).toEqual({ error: expect.stringContaining(message) });
    });
  });

  it('declares every entry point at top level', () => {
    for (const entry of ENTRY_POINTS) expect(runtime.hasFunction(entry.name)).toBe(true);
  });

  it('builds the add-on menu in onOpen, even without authorization', () => {
    runtime.call('onOpen', { authMode: 'NONE' });
    expect(record.menus).toEqual([
      {
        title: 'add-on',
        items: [
          { caption: 'Open wizard', functionName: 'showWizard' },
          { caption: 'Refresh dashboard', functionName: 'refreshDashboard' },
          { caption: 'Function help', functionName: 'showFunctionHelp' },
        ],
      },
    ]);
    runtime.call('onInstall', { authMode: 'FULL' });
    expect(record.menus).toHaveLength(2);
    for (const item of record.menus[0].items) expect(runtime.hasFunction(item.functionName)).toBe(true);
  });

  it('opens the sidebar from Sidebar.html and lists every function in the help dialog', () => {
    runtime.call('showWizard');
    expect(record.sidebars).toEqual([{ html: '<file Sidebar>', title: 'Loyalty Metrics' }]);
    runtime.call('showFunctionHelp');
    const help = record.dialogs[0].html;
    for (const spec of CATALOG) expect(help).toContain(`<code dir="ltr">${spec.name}(`);
    expect(help).toContain('<html lang="en" dir="ltr">');
  });
});

describe('dist/CustomFunctions.js', () => {
  const source = readFileSync(resolve(DIST, 'CustomFunctions.js'), 'utf8');

  /** Each top-level function with the JSDoc block right above it. */
  const documented = new Map<string, { doc: string; parameters: string[] }>();
  for (const match of source.matchAll(/\/\*\*([\s\S]*?)\*\/\nfunction (\w+)\(([^)]*)\)/g)) {
    documented.set(match[2], {
      doc: match[1],
      parameters: match[3]
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean),
    });
  }

  it.each(CATALOG.map((spec) => [spec.name, spec] as const))(
    '%s has a JSDoc wrapper with the catalog parameters',
    (name, spec) => {
      const wrapper = documented.get(name);
      expect(wrapper).toBeDefined();
      expect(wrapper?.doc).toContain('@customfunction');
      expect(wrapper?.doc).toContain(spec.summary);
      const jsdocParameters = [...(wrapper?.doc ?? '').matchAll(/@param \{[^}]*\} (\w+) (.+)/g)].map((m) => m[1]);
      expect(jsdocParameters).toEqual(spec.parameters.map((p) => p.name));
      expect(wrapper?.parameters).toEqual(spec.parameters.map((p) => p.name));
      expect(source).toContain(`return ${NAMESPACE}.${name}(${spec.parameters.map((p) => p.name).join(', ')});`);
    },
  );

  it('is loaded by Apps Script in the order clasp pushes', () => {
    expect(scriptFiles()).toEqual(['CustomFunctions.js', `${NAMESPACE}.js`]);
  });
});
