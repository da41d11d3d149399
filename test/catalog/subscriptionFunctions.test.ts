/**
 * RETENTION_MODEL, RETENTION_FORECAST and SUBSCRIPTION_CLV through the
 * add-on's own wrappers: Fader & Hardie's survivor tables, a small customer
 * list worked by hand, bad input, and the properties every function keeps
 * (row order, blank rows and a heading never change a result).
 */

import fc from 'fast-check';
import { ShiftedBetaGeometric } from '../../src/models/shiftedBetaGeometric';
import { toTenures } from '../../src/models/tenures';
import { asRecord, callFunction } from '../support/callFunction';
import { HIGH_END, REGULAR } from '../support/faderHardie2007';

const columnOf = (...cells: unknown[]) => cells.map((cell) => [cell]);
const table = (name: string, args: unknown[]) => callFunction(name, args) as unknown[][];

describe('RETENTION_MODEL on survivor counts', () => {
  it("fits Fader & Hardie's regular cohort: alpha 0.704, beta 1.182", () => {
    const result = table('RETENTION_MODEL', [columnOf(...REGULAR.slice(0, 8))]);
    expect(result[0]).toEqual(['Parameter', 'Estimate', 'Std. error']);
    const rows = asRecord(result);
    expect((rows.alpha as number).toFixed(3)).toBe('0.704');
    expect((rows.beta as number).toFixed(3)).toBe('1.182');
    expect(result.find((row) => row[0] === 'alpha')?.[2]).toBeGreaterThan(0);
    expect((rows['Log-likelihood'] as number).toFixed(1)).toBe('-1680.3');
    expect(rows.Customers).toBe(1000);
    expect(rows.Churned).toBe(759);
    expect(rows['Still active']).toBe(241);
    expect(rows['Expected lifetime (periods)']).toBe('unbounded (alpha <= 1)');
  });

  it('takes a row of counts or a column with a heading, and numeric text', () => {
    const expected = asRecord(table('RETENTION_MODEL', [columnOf(...HIGH_END.slice(0, 8))]));
    expect(asRecord(table('RETENTION_MODEL', [[HIGH_END.slice(0, 8)]]))).toEqual(expected);
    expect(
      asRecord(table('RETENTION_MODEL', [columnOf('Subscribers', ...HIGH_END.slice(0, 8).map(String), '')])),
    ).toEqual(expected);
  });

  it('states a finite expected lifetime when alpha > 1', () => {
    // The survivors of an sBG cohort with alpha = 3, beta = 7 (S(t) = S(t-1) (beta+t-1)/(alpha+beta+t-1), rounded to
    // whole customers): E[T] = (alpha + beta - 1)/(alpha - 1) = 4.5.
    const rows = asRecord(table('RETENTION_MODEL', [columnOf(1000, 700, 509, 382, 294, 231, 185, 150)]));
    expect(typeof rows['Expected lifetime (periods)']).toBe('number');
    expect(rows['Expected lifetime (periods)']).toBeCloseTo(4.5, 0);
  });

  it('says when the survivors are exactly geometric: every customer the same churn, the edge of the sBG', () => {
    // 1000 x 0.7^t: no heterogeneity at all, where alpha and beta run off together (the plain geometric model).
    expect(() => table('RETENTION_MODEL', [columnOf(1000, 700, 490, 343, 240, 168, 118, 82)])).toThrow(
      /RETENTION_MODEL: the sBG fit did not converge: it runs off to the edge of the model, where alpha and beta grow without bound together .*every customer cancels with the same probability, 0\.3 a period/,
    );
  });

  it('fits the beta-discrete-Weibull with "bdw"', () => {
    const result = table('RETENTION_MODEL', [columnOf(...HIGH_END.slice(0, 8)), '', '', '', 'bdw']);
    expect(result.slice(1, 4).map((row) => row[0])).toEqual(['alpha', 'beta', 'c']);
    expect(asRecord(result)['Log-likelihood']).toBeGreaterThan(-1611.2);
  });

  it.each([
    [[1000], 'RETENTION_MODEL: start_dates holds 1 survivor count;'],
    [[1000, 1200], 'RETENTION_MODEL: row 2 of start_dates holds 1200, more than the 1000 before it'],
    [[0, 0], 'RETENTION_MODEL: the cohort size (row 1 of start_dates) is 0.'],
    [[1000, 1000, 1000], 'RETENTION_MODEL: no customer has left (by as_of)'],
    [[1000, 870.5], 'RETENTION_MODEL: row 2 holds 870.5; counts must be whole numbers, zero or more.'],
    [[1000, 500, 500, 500], 'RETENTION_MODEL: the sBG fit did not converge'],
  ])('refuses %p', (counts, message) => {
    expect(() => callFunction('RETENTION_MODEL', [columnOf(...counts)])).toThrow(message);
  });

  it('refuses as_of with survivor counts, and dates without end_dates', () => {
    expect(() => callFunction('RETENTION_MODEL', [columnOf(1000, 800), '', '', '2024-01-01'])).toThrow(
      'RETENTION_MODEL: as_of applies to a customer list',
    );
    expect(() =>
      callFunction('RETENTION_MODEL', [columnOf(new Date(Date.UTC(2024, 0, 1)), new Date(Date.UTC(2024, 1, 1)))]),
    ).toThrow('give its end_dates too');
    expect(() => callFunction('RETENTION_MODEL', [columnOf(1000, 800), '', 'fortnight'])).toThrow(
      'RETENTION_MODEL: period is "fortnight"; use one of "month", "week", "quarter", "year"',
    );
    expect(() => callFunction('RETENTION_MODEL', [columnOf(1000, 800), '', '', '', 'pnbd'])).toThrow(
      'use one of "sbg", "bdw"',
    );
  });
});

describe('RETENTION_FORECAST', () => {
  it("projects Fader & Hardie's high-end cohort: 0.460 ... 0.378 in years 8-12, the actual shares up to year 7", () => {
    const result = table('RETENTION_FORECAST', [columnOf(...HIGH_END.slice(0, 8)), '', 12]);
    expect(result[0]).toEqual(['Period', 'Survival', 'Retention rate', 'Actual survival']);
    expect(result).toHaveLength(14);
    expect(result[1]).toEqual([0, 1, '', 1]);
    expect(result.slice(9).map((row) => (row[1] as number).toFixed(3))).toEqual([
      '0.460',
      '0.436',
      '0.414',
      '0.395',
      '0.378',
    ]);
    for (let t = 1; t <= 7; t++) expect(result[t + 1][3]).toBeCloseTo(HIGH_END[t] / 1000, 12);
    for (let t = 8; t <= 12; t++) expect(result[t + 1][3]).toBe('');
    // r(t) = S(t)/S(t-1), rising.
    for (let t = 2; t <= 12; t++) {
      expect(result[t + 1][2]).toBeCloseTo((result[t + 1][1] as number) / (result[t][1] as number), 12);
      expect(result[t + 1][2]).toBeGreaterThan(result[t][2] as number);
    }
  });

  it('has 24 periods by default, and refuses a horizon that is not a whole number of periods', () => {
    expect(table('RETENTION_FORECAST', [columnOf(...REGULAR.slice(0, 8))])).toHaveLength(26);
    expect(() => callFunction('RETENTION_FORECAST', [columnOf(...REGULAR.slice(0, 8)), '', 2.5])).toThrow(
      'RETENTION_FORECAST: horizon is 2.5; use a whole number of periods from 1 to 1200',
    );
  });
});

/** A customer list worked by hand, monthly, as of 2024-06-30. */
const LIST = {
  ids: columnOf('Customer', 'a', 'b', 'c', 'd', 'e', 'f', 'g'),
  starts: columnOf(
    'Start',
    '2024-01-15',
    '2024-01-31',
    '2024-02-10',
    '2024-03-01',
    '2024-03-05',
    '2024-01-01',
    '2024-07-02',
  ),
  ends: columnOf('End', '2024-03-15', '', '2024-02-20', '', '2024-06-01', '2024-01-01', ''),
  revenue: columnOf('Fee', 10, 20, 10, 30, 10, 10, 10),
};
// a paid 2 and left; b is active, renewed Feb 29 ... Jun 30: n = 6 (survived 5); c paid 1 and left; d active,
// n = 4 (survived 3); e paid 3 (Mar 5, Apr 5, May 5) and left; f left the day it started (paid 1); g starts later.
const HAND_TENURES = toTenures([2, 1, 3, 1], [5, 3]);

describe('RETENTION_MODEL and SUBSCRIPTION_CLV on a customer list', () => {
  const expected = ShiftedBetaGeometric.fit(HAND_TENURES);

  it('counts tenures in whole months, every cohort censored at as_of', () => {
    const rows = asRecord(table('RETENTION_MODEL', [LIST.starts, LIST.ends, 'month', '2024-06-30']));
    expect(rows.alpha).toBeCloseTo(expected.model.parameters[0], 8);
    expect(rows.beta).toBeCloseTo(expected.model.parameters[1], 8);
    expect(rows['Log-likelihood']).toBeCloseTo(expected.fit.logLikelihood, 8);
    expect([rows.Customers, rows.Churned, rows['Still active']]).toEqual([6, 4, 2]);
  });

  it('defaults as_of to the latest date in the data', () => {
    // The latest date is g's start, 2024-07-02: b has then begun 6 months, d 5 (renewed on Jul 1), g 1.
    const rows = asRecord(table('RETENTION_MODEL', [LIST.starts, LIST.ends]));
    const fitted = ShiftedBetaGeometric.fit(toTenures([2, 1, 3, 1], [5, 4, 0]));
    expect(rows.alpha).toBeCloseTo(fitted.model.parameters[0], 8);
    expect(rows.Customers).toBe(7);
  });

  it('values every active customer at revenue x DERL', () => {
    const result = table('SUBSCRIPTION_CLV', [
      LIST.ids,
      LIST.starts,
      LIST.ends,
      LIST.revenue,
      0.1,
      'month',
      '2024-06-30',
    ]);
    expect(result[0]).toEqual(['Customer', 'Periods paid', 'Probability of renewing next', 'DERL', 'Residual value']);
    const model = expected.model;
    const d = Math.pow(1.1, 1 / 12) - 1;
    const [alpha, beta] = model.parameters;
    const b = result[1];
    expect(b.slice(0, 2)).toEqual(['b', 6]);
    expect(b[2]).toBeCloseTo((beta + 5) / (alpha + beta + 5), 10);
    expect(b[3]).toBeCloseTo(model.derlClosedForm(d, 6), 8);
    expect(b[4]).toBeCloseTo(20 * model.derlClosedForm(d, 6), 7);
    expect(result[2].slice(0, 2)).toEqual(['d', 4]);
    expect(result[2][4]).toBeCloseTo(30 * model.derlClosedForm(d, 4), 7);
    expect(result[3]).toEqual(['', '', '', '', '']);
    // New customer: 1 + sum over t >= 1 of S(t) / (1+d)^t, at the mean fee of the active customers (25).
    const newLifetime = 1 + model.derlClosedForm(d, 1) / (1 + d);
    expect(result[4][0]).toBe('New customer');
    expect(result[4][3]).toBeCloseTo(newLifetime, 8);
    expect(result[4][4]).toBeCloseTo(25 * newLifetime, 7);
    expect(result[5][0]).toBe('Active base');
    expect(result[5][4]).toBeCloseTo((b[4] as number) + (result[2][4] as number), 8);
  });

  it('takes one fee for all', () => {
    const result = table('SUBSCRIPTION_CLV', [LIST.ids, LIST.starts, LIST.ends, 10, '', 'month', '2024-06-30']);
    expect(result[1][4]).toBeCloseTo(10 * (result[1][3] as number), 10);
  });

  it('refuses bad input with the row and what is expected', () => {
    expect(() =>
      callFunction('SUBSCRIPTION_CLV', [LIST.ids, LIST.starts, LIST.ends, columnOf('Fee', 10, -5, 1, 1, 1, 1, 1)]),
    ).toThrow('SUBSCRIPTION_CLV: row 3 of revenue_per_period holds -5; amounts must be numbers, zero or more.');
    expect(() => callFunction('SUBSCRIPTION_CLV', [LIST.ids, LIST.starts, LIST.ends, ''])).toThrow(
      'SUBSCRIPTION_CLV: revenue_per_period is blank',
    );
    expect(() => callFunction('RETENTION_MODEL', [columnOf('2024-03-01'), columnOf('2024-02-01')])).toThrow(
      'RETENTION_MODEL: row 1 ends on 2024-02-01, before it starts on 2024-03-01',
    );
    expect(() => callFunction('RETENTION_MODEL', [LIST.starts, LIST.ends, 'month', '2023-01-01'])).toThrow(
      'RETENTION_MODEL: no customer started on or before as_of (2023-01-01)',
    );
  });
});

describe('properties of RETENTION_MODEL', () => {
  const isoOf = (offset: number) => new Date(Date.UTC(2022, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
  const customers = fc.array(
    fc.record({
      start: fc.integer({ min: 0, max: 700 }),
      stayed: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
    }),
    { minLength: 8, maxLength: 60 },
  );
  const outcome = (args: unknown[]) => {
    try {
      return { value: callFunction('RETENTION_MODEL', args) };
    } catch (error) {
      return { error: (error as Error).message };
    }
  };

  it('does not depend on row order, blank rows or a heading', () => {
    fc.assert(
      fc.property(customers, fc.array(fc.nat(), { maxLength: 5 }), fc.nat(), (rows, blanks, seed) => {
        const starts = rows.map((row) => isoOf(row.start));
        const ends = rows.map((row) => (row.stayed === undefined ? '' : isoOf(row.start + row.stayed)));
        const asOf = isoOf(800);
        const plain = outcome([columnOf(...starts), columnOf(...ends), 'month', asOf]);
        // Shuffled, with blank rows, under a heading.
        const order = rows.map((_, k) => k).sort((a, b) => ((a * 7919 + seed) % 101) - ((b * 7919 + seed) % 101));
        const s2: unknown[] = ['Start date', ...order.map((k) => starts[k])];
        const e2: unknown[] = ['End date', ...order.map((k) => ends[k])];
        for (const at of blanks) {
          const k = 1 + (at % (s2.length - 1));
          s2.splice(k, 0, '');
          e2.splice(k, 0, '');
        }
        const changed = outcome([columnOf(...s2), columnOf(...e2), 'month', asOf]);
        if ('error' in plain) {
          expect(changed).toEqual(plain);
        } else {
          const a = plain.value as unknown[][];
          const b = (changed as { value: unknown[][] }).value;
          expect(b.map((row) => row[0])).toEqual(a.map((row) => row[0]));
          a.forEach((row, i) => {
            if (typeof row[1] === 'number') expect(b[i][1]).toBeCloseTo(row[1], 6);
            else expect(b[i][1]).toEqual(row[1]);
          });
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('BTYD_VALIDATE on bad input', () => {
  const ids = columnOf('Customer', 'a', 'b', 'a');
  const dates = columnOf('Date', '2024-01-01', '2024-01-05', '2024-02-01');
  const amounts = columnOf('Amount', 10, 20, 15);

  it('names the parameter and what is expected', () => {
    expect(() => callFunction('BTYD_VALIDATE', [ids, dates, amounts, ''])).toThrow(
      'BTYD_VALIDATE: calibration_end is blank; give a date',
    );
    expect(() => callFunction('BTYD_VALIDATE', [ids, dates, amounts, '2024-03-01', '2024-02-01'])).toThrow(
      'BTYD_VALIDATE: holdout_end (2024-02-01) is not after calibration_end (2024-03-01)',
    );
    expect(() => callFunction('BTYD_VALIDATE', [ids, dates, amounts, '2024-01-10', '2023-01-01'])).toThrow(
      'BTYD_VALIDATE: no orders on or before holdout_end (2023-01-01)',
    );
    expect(() => callFunction('BTYD_VALIDATE', [ids, dates, amounts, '2023-06-01'])).toThrow(
      'BTYD_VALIDATE: no orders on or before calibration_end (2023-06-01).',
    );
    expect(() => callFunction('BTYD_VALIDATE', [ids, dates, amounts, '2024-01-10'])).toThrow(
      'BTYD_VALIDATE: only 0 of 2 customers bought again on a later day by calibration_end; the model needs at least 10',
    );
  });
});
