/**
 * Hostile input for every catalog function: random Sheets-shaped arguments
 * (ranges of mixed cells, blanks, error values, dates of any year, numbers
 * written as text in two locales, option values that make no sense), called
 * through the add-on's own wrapper as Sheets would call it. Whatever the
 * input, a function either returns cells a sheet can show or fails with its
 * own message: never NaN, undefined or an internal error, and never slower
 * than 5 s.
 *
 * Half of the calls get a plausible book of orders, customers or answers
 * (with noise), so that the functions also compute, fit and tabulate rather
 * than only refuse.
 */

import fc from 'fast-check';
import { CATALOG } from '../../src/catalog';
import type { FunctionSpec, ParameterSpec } from '../../src/catalog/functionSpec';
import { callFunction } from '../support/callFunction';

const DAY = 86_400_000;
const ZONES = ['UTC', 'America/New_York', 'Asia/Kathmandu', 'Australia/Lord_Howe'];
const LOCALES = ['en_US', 'de_DE', 'fr_FR'];

const errorValue = fc.constantFrom('#N/A', '#DIV/0!', '#REF!', '#VALUE!', '#ERROR!', '#NUM!', '#NAME?', '#NULL!');
const hostileText = fc.constantFrom(
  '',
  ' ',
  'N/A',
  '__proto__',
  'valueOf',
  'toString',
  'constructor',
  '=SUM(1,2)',
  '1,5',
  '1.234,50',
  '1,234.50',
  '03/04/2024',
  '2024-02-30',
  '0050-06-15',
  '9999-12-31',
  '1e308',
  '-0',
  'x'.repeat(300),
  'Customer ID',
  'Score',
  'Order date',
);
/** A Date of any year a date cell can hold, most of them plausible. */
const anyDate = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 1500 }).map((d) => new Date(Date.UTC(2022, 0, 1) + d * DAY)) },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: -719_000, max: 2_900_000 }) // years 0001 to about 9900
      .map((d) => new Date(d * DAY)),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(-62_135_596_800_000, 253_402_214_400_000).map((ms) => new Date(ms)),
  },
);
const anyNumber = fc.oneof(
  fc.integer({ min: -20, max: 20 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.constantFrom(0, -0, 1e308, -1e308, 5e-324, 45_000, 2_958_465, 3e6),
);
const anyCell = fc.oneof(
  { weight: 3, arbitrary: anyNumber },
  { weight: 2, arbitrary: hostileText },
  { weight: 2, arbitrary: anyDate },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: errorValue },
  { weight: 2, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

type Role = 'label' | 'date' | 'score' | 'amount' | 'dateOption' | 'numberOption' | 'choice' | 'other';

/** What a parameter holds, from its name (the catalog's names are consistent across functions). */
function roleOf(parameter: ParameterSpec): Role {
  const name = parameter.name;
  if (/(^|_)(as_of|period_start|period_end|calibration_end|holdout_end)$/.test(name)) return 'dateOption';
  if (/dates$/.test(name)) return 'date';
  if (/^scores(_[ab])?$/.test(name)) return 'score';
  if (/^(amounts|revenue_per_period)$/.test(name)) return 'amount';
  if (/(ids|segments|products|sources|labels)$/.test(name)) return 'label';
  if (/^(period|mode|values|model|time_unit|metric|segment)$/.test(name)) return 'choice';
  if (parameter.kind === 'value') return 'numberOption';
  return 'other';
}

const plausible: Record<Role, fc.Arbitrary<unknown>> = {
  label: fc.oneof(fc.integer({ min: 1000, max: 1030 }), fc.constantFrom('A7', 'B9', 'Pro', 'Basic', 'Referral')),
  date: fc.integer({ min: 0, max: 900 }).map((d) => new Date(Date.UTC(2023, 0, 1) + d * DAY)),
  score: fc.integer({ min: 0, max: 10 }),
  amount: fc.integer({ min: 0, max: 9000 }).map((cents) => cents / 100),
  dateOption: fc.oneof(
    fc.constant(''),
    fc.integer({ min: 0, max: 1000 }).map((d) => new Date(Date.UTC(2023, 0, 1) + d * DAY)),
  ),
  numberOption: fc.oneof(fc.constant(''), fc.constantFrom(0.5, 0.9, 3, 12, 0.1, 5, 100)),
  choice: fc.oneof(
    fc.constant(''),
    fc.constantFrom('day', 'week', 'month', 'quarter', 'year', 'bounded', 'unbounded', 'count', 'percent'),
    fc.constantFrom('bgnbd', 'mbgnbd', 'pnbd', 'sbg', 'nps', 'retail'),
  ),
  other: anyCell,
};

/** A range of `rows` cells of the role: mostly plausible, with some hostile cells. */
function rangeOf(role: Role, rows: number, noise: number): fc.Arbitrary<unknown[][]> {
  const cell = fc.oneof({ weight: 100 - noise, arbitrary: plausible[role] }, { weight: noise, arbitrary: anyCell });
  return fc.array(
    cell.map((value) => [value]),
    { minLength: rows, maxLength: rows },
  );
}

/** A value option: plausible, hostile, or a whole range where one value is expected. */
function optionOf(role: Role): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 6, arbitrary: plausible[role] },
    { weight: 3, arbitrary: anyCell },
    {
      weight: 1,
      arbitrary: fc.array(fc.array(anyCell, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 3 }),
    },
  );
}

/** Arguments for a function: ranges of one length (sometimes not), options, some left out. */
function argumentsFor(spec: FunctionSpec): fc.Arbitrary<unknown[]> {
  return fc
    .record({
      rows: fc.integer({ min: 0, max: 120 }),
      noise: fc.constantFrom(0, 2, 10, 50),
      mismatch: fc.integer({ min: 0, max: 9 }),
      given: fc.integer({ min: 0, max: spec.parameters.length }),
    })
    .chain(({ rows, noise, mismatch, given }) => {
      const count = Math.max(given, spec.parameters.filter((p) => !p.optional).length);
      return fc.tuple(
        ...spec.parameters.slice(0, count).map((parameter, i) => {
          const role = roleOf(parameter);
          if (parameter.kind === 'value') return optionOf(role);
          const length = mismatch === 0 && i > 0 ? rows + 1 : rows;
          return fc.oneof({ weight: 9, arbitrary: rangeOf(role, length, noise) }, { weight: 1, arbitrary: anyCell });
        }),
      );
    });
}

const fine = (cell: unknown): boolean => {
  if (typeof cell === 'number') return Number.isFinite(cell);
  if (typeof cell === 'string') return !/\bNaN\b|\bundefined\b|\[object /.test(cell);
  if (typeof cell === 'boolean') return true;
  return cell instanceof Date && Number.isFinite(cell.getTime());
};

/** What went wrong with one call, or null when its outcome is one a person may see. */
function problemWith(spec: FunctionSpec, call: () => unknown): string | null {
  const start = Date.now();
  let result: unknown;
  try {
    result = call();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!message.startsWith(`${spec.name}: `)) return `message without the function's name: ${message}`;
    if (
      /unexpected problem inside the add-on|\bNaN\b|\bundefined\b|Invalid typed array|is not a function/.test(message)
    )
      return `internal message: ${message}`;
    return Date.now() - start > 5000 ? `took ${Date.now() - start} ms` : null;
  }
  if (Date.now() - start > 5000) return `took ${Date.now() - start} ms`;
  if (!Array.isArray(result)) return fine(result) ? null : `returned ${String(result)}`;
  if (result.length === 0) return 'returned an empty table';
  for (const row of result as unknown[][]) {
    if (!Array.isArray(row)) return 'returned a row that is not a row';
    const bad = row.find((cell) => !fine(cell));
    if (bad !== undefined || row.length === 0)
      return `returned a table with ${String(bad)} in row ${JSON.stringify(row)}`;
  }
  return null;
}

describe.each(CATALOG.map((spec) => [spec.name, spec] as const))('%s on hostile input', (_name, spec) => {
  it('returns cells a sheet can show or its own clear error, within 5 s', () => {
    fc.assert(
      fc.property(argumentsFor(spec), fc.constantFrom(...ZONES), fc.constantFrom(...LOCALES), (args, zone, locale) => {
        const problem = problemWith(spec, () => callFunction(spec.name, args, zone, locale));
        expect(problem).toBeNull();
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 120), seed: Number(process.env.FUZZ_SEED ?? 20261201) },
    );
  });
});
