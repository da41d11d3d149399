/**
 * The sidebar's rendering helper (sidebar/render.ts) in a real Chromium: a
 * patch keeps the nodes that match by key, so a field keeps its focus, what
 * is being typed into it and its selection; text from the sheet stays text.
 * The keyboard is Chromium's own (page.keyboard), as a person types.
 */

import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/playground/chromium';
import { ROOT } from '../../scripts/lib/paths';

jest.setTimeout(120_000);

let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  const bundle = await build({
    stdin: {
      contents: "import { h, patch } from './sidebar/render'; Object.assign(window, { h, patch });",
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2019',
    logLevel: 'warning',
  });
  browser = await launchChromium();
  page = await browser.newPage();
  page.on('pageerror', (error) => problems.push(String(error)));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.setContent('<!doctype html><html><body><main id="root"></main></body></html>');
  await page.addScriptTag({ content: bundle.outputFiles[0].text });
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  await page.evaluate(() => {
    (document.getElementById('root') as HTMLElement).replaceChildren();
  });
});

afterEach(() => {
  expect(problems).toEqual([]);
});

/** The page's window with the helper on it. */
type Helper = typeof import('../../sidebar/render');
type Window = typeof globalThis & Helper & Record<string, unknown>;

describe('patch', () => {
  it('puts text from the sheet in as text, never as markup', async () => {
    const html = await page.evaluate(() => {
      const w = window as unknown as Window;
      const root = document.getElementById('root') as HTMLElement;
      w.patch(root, [w.h('p', { title: '"><img src=x onerror=alert(1)>' }, '<img src=x onerror=alert(2)>')]);
      const p = root.querySelector('p') as HTMLElement;
      return {
        images: root.querySelectorAll('img').length,
        children: p.children.length,
        text: p.textContent,
        title: p.getAttribute('title'),
      };
    });
    expect(html).toEqual({
      images: 0,
      children: 0,
      text: '<img src=x onerror=alert(2)>',
      title: '"><img src=x onerror=alert(1)>',
    });
  });

  it('keeps the focused field, what is typed into it and its selection, while the rest updates', async () => {
    await page.evaluate(() => {
      const w = window as unknown as Window;
      const root = document.getElementById('root') as HTMLElement;
      w.render = (label: string, value: string) =>
        w.patch(root, [
          w.h('label', { for: 'date' }, label),
          w.h('input', { id: 'date', type: 'text', value }),
          w.h('input', { id: 'other', type: 'text', value }),
        ]);
      (w.render as (l: string, v: string) => void)('As of', '');
      w.first = document.getElementById('date');
    });
    await page.focus('#date');
    await page.keyboard.type('01/02/20');
    // Something else changes the state while the person types: the page is described again with another value.
    const during = await page.evaluate(() => {
      const w = window as unknown as Window;
      (w.render as (l: string, v: string) => void)('As of (changed)', '2024-12-31');
      const date = document.getElementById('date') as HTMLInputElement;
      return {
        same: date === w.first,
        focused: document.activeElement === date,
        value: date.value,
        other: (document.getElementById('other') as HTMLInputElement).value,
        label: document.querySelector('label')?.textContent,
      };
    });
    expect(during).toEqual({
      same: true,
      focused: true,
      value: '01/02/20',
      other: '2024-12-31',
      label: 'As of (changed)',
    });
    await page.keyboard.type('30');
    await page.keyboard.press('Shift+Home');
    const selection = await page.evaluate(() => {
      const w = window as unknown as Window;
      (w.render as (l: string, v: string) => void)('As of', 'x');
      const date = document.getElementById('date') as HTMLInputElement;
      return [date.value, date.selectionStart, date.selectionEnd, document.activeElement === date];
    });
    expect(selection).toEqual(['01/02/2030', 0, 10, true]);
    // Once the person has left the field, the description's value is shown.
    await page.focus('#other');
    const after = await page.evaluate(() => {
      const w = window as unknown as Window;
      (w.render as (l: string, v: string) => void)('As of', '2030-01-02');
      return (document.getElementById('date') as HTMLInputElement).value;
    });
    expect(after).toBe('2030-01-02');
  });

  it('lets Tab move on from a field whose change re-renders the page', async () => {
    await page.evaluate(() => {
      const w = window as unknown as Window;
      const root = document.getElementById('root') as HTMLElement;
      const state = { margin: '60', note: '' };
      const render = () =>
        w.patch(root, [
          w.h('input', {
            id: 'margin',
            type: 'number',
            value: state.margin,
            on: {
              change: (event: Event) => {
                state.margin = (event.target as HTMLInputElement).value;
                state.note = `margin ${state.margin}`;
                render();
              },
            },
          }),
          state.note === '' ? null : w.h('p', { class: 'hint' }, state.note),
          w.h('input', { id: 'horizon', type: 'number', value: '3' }),
        ]);
      render();
    });
    await page.focus('#margin');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('45');
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => [document.activeElement?.id, document.querySelector('.hint')?.textContent]),
    ).toEqual(['horizon', 'margin 45']);
  });

  it('moves keyed nodes instead of recreating them, and keeps the focus of one that stays in place', async () => {
    const result = await page.evaluate(() => {
      const w = window as unknown as Window;
      const root = document.getElementById('root') as HTMLElement;
      const list = (keys: string[]) =>
        w.patch(root, [
          w.h(
            'ul',
            {},
            keys.map((key) => w.h('li', { key }, w.h('button', { type: 'button', id: `b-${key}` }, key))),
          ),
        ]);
      list(['a', 'b', 'c']);
      const before = [...root.querySelectorAll('li')];
      (document.getElementById('b-a') as HTMLElement).focus();
      list(['c', 'a', 'b']);
      const after = [...root.querySelectorAll('li')];
      const focusedAfterMove = document.activeElement?.id;
      // Removing the nodes before the focused one leaves it focused.
      list(['a']);
      return {
        reused: after.map((li) => before.indexOf(li)),
        text: after.map((li) => li.textContent),
        focusedAfterMove,
        focusedAfterRemoval: document.activeElement?.id,
        left: root.querySelectorAll('li').length,
      };
    });
    expect(result).toEqual({
      reused: [2, 0, 1],
      text: ['c', 'a', 'b'],
      focusedAfterMove: 'b-a',
      focusedAfterRemoval: 'b-a',
      left: 1,
    });
  });

  it('removes attributes the description no longer has, sets boolean ones, and calls the latest handler once', async () => {
    const result = await page.evaluate(() => {
      const w = window as unknown as Window;
      const root = document.getElementById('root') as HTMLElement;
      const calls: string[] = [];
      const draw = (version: string, disabled: boolean, extra?: string) =>
        w.patch(root, [
          w.h(
            'button',
            { id: 'go', disabled, 'data-extra': extra, on: { click: () => calls.push(version) } },
            `Go ${version}`,
          ),
          w.h('input', { id: 'box', type: 'checkbox', checked: version === 'two' }),
        ]);
      draw('one', false, 'x');
      (document.getElementById('go') as HTMLButtonElement).click();
      draw('two', true);
      const attributes = [...(document.getElementById('go') as HTMLElement).attributes].map(
        (a) => `${a.name}=${a.value}`,
      );
      draw('three', false);
      (document.getElementById('go') as HTMLButtonElement).click();
      return {
        calls,
        attributes,
        checked: (document.getElementById('box') as HTMLInputElement).checked,
        text: document.getElementById('go')?.textContent,
      };
    });
    expect(result).toEqual({
      calls: ['one', 'three'],
      attributes: ['id=go', 'disabled='],
      checked: false,
      text: 'Go three',
    });
  });

  it('is what keeps the focus: rebuilding the same page from scratch loses it (the check can fail)', async () => {
    await page.evaluate(() => {
      const root = document.getElementById('root') as HTMLElement;
      const rebuild = () => {
        const margin = document.createElement('input');
        margin.id = 'margin';
        margin.addEventListener('change', rebuild);
        const horizon = document.createElement('input');
        horizon.id = 'horizon';
        root.replaceChildren(margin, horizon);
      };
      rebuild();
    });
    await page.focus('#margin');
    await page.keyboard.type('45');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).not.toBe('horizon');
  });
});
