import { toTransferable } from '../../../scripts/emulator/scriptValue';
import vm from 'node:vm';

describe("Apps Script's rules for google.script.run values", () => {
  it('passes primitives, null, and objects and arrays of them, as copies', () => {
    const value = { a: 1, b: ['x', true, null, { c: 2.5 }], d: '' };
    const result = toTransferable(value);
    expect(result).toEqual({ ok: true, value });
    if (result.ok) expect(result.value).not.toBe(value);
  });

  it('turns undefined array entries into null and drops undefined properties', () => {
    expect(toTransferable([1, undefined, 3])).toEqual({ ok: true, value: [1, null, 3] });
    expect(toTransferable({ a: 1, b: undefined })).toEqual({ ok: true, value: { a: 1 } });
    expect(toTransferable(undefined)).toEqual({ ok: true, value: undefined });
  });

  it('fails on a Date, a function, a class instance or a cycle anywhere inside, naming where', () => {
    expect(toTransferable([new Date()])).toEqual({ ok: false, message: 'Failed due to illegal value in property: 0' });
    expect(toTransferable([['a', new Date()]])).toEqual({
      ok: false,
      message: 'Failed due to illegal value in property: 0.1',
    });
    expect(toTransferable({ rows: [{ when: new Date() }] })).toEqual({
      ok: false,
      message: 'Failed due to illegal value in property: rows.0.when',
    });
    expect(toTransferable([() => 1])).toMatchObject({ ok: false });
    expect(toTransferable([new Map()])).toMatchObject({ ok: false });
    expect(toTransferable([Symbol('s')])).toMatchObject({ ok: false });
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(toTransferable(cycle)).toMatchObject({ ok: false });
  });

  it('accepts the same object twice when it is not a cycle', () => {
    const shared = { a: 1 };
    expect(toTransferable([shared, shared])).toEqual({ ok: true, value: [{ a: 1 }, { a: 1 }] });
  });

  it('judges objects made in another realm (the script) the same way', () => {
    const fromScript = vm.runInNewContext('({ rows: [[1, "a"]], when: new Date(0) })') as unknown;
    expect(toTransferable(vm.runInNewContext('({ rows: [[1, "a"]] })'))).toEqual({
      ok: true,
      value: { rows: [[1, 'a']] },
    });
    expect(toTransferable(fromScript)).toEqual({ ok: false, message: 'Failed due to illegal value in property: when' });
  });
});
