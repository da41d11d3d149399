import { toCustomFunction } from '../../src/addon/customFunctions';
import type { FunctionSpec } from '../../src/catalog/functionSpec';
import { InputError } from '../../src/input/inputError';
import { EN_US_NUMBERS } from '../../src/input/sheetsLocales';
import { timeZoneNamed } from '../../src/time/timeZone';

const spec = (compute: FunctionSpec['compute']): FunctionSpec => ({
  name: 'DEMO',
  summary: 'A demonstration function for the tests.',
  details: 'Computes nothing in particular; used to test the error boundary.',
  parameters: [],
  returns: 'A number.',
  example: '=DEMO()',
  compute,
});

describe('toCustomFunction', () => {
  it('passes the arguments and a context with the function name and the zone, looked up once', () => {
    let lookups = 0;
    const fn = toCustomFunction(
      spec(
        (args, context) =>
          `${context.functionName} ${args.length} ${context.timeZone().name} ${context.timeZone().name}`,
      ),
      {
        timeZone: () => {
          lookups++;
          return timeZoneNamed('Asia/Bangkok');
        },
        numberFormat: () => EN_US_NUMBERS,
      },
    );
    expect(fn(1, 2)).toBe('DEMO 2 Asia/Bangkok Asia/Bangkok');
    expect(lookups).toBe(1);
  });

  it('does not look up the zone when the function needs no date', () => {
    const fn = toCustomFunction(
      spec(() => 1),
      {
        timeZone: () => {
          throw new Error('no spreadsheet');
        },
        numberFormat: () => {
          throw new Error('no spreadsheet');
        },
      },
    );
    expect(fn()).toBe(1);
  });

  it('lets input errors through and reports anything else without a stack trace', () => {
    const zone = { timeZone: () => timeZoneNamed('UTC'), numberFormat: () => EN_US_NUMBERS };
    expect(() =>
      toCustomFunction(
        spec(() => {
          throw new InputError('DEMO: row 1 holds 11.');
        }),
        zone,
      )(),
    ).toThrow(new InputError('DEMO: row 1 holds 11.'));
    expect(() =>
      toCustomFunction(
        spec(() => {
          throw new TypeError("Cannot read properties of undefined (reading 'x')");
        }),
        zone,
      )(),
    ).toThrow(
      "DEMO: unexpected problem inside the add-on (Cannot read properties of undefined (reading 'x')); please report it with the data that caused it.",
    );
  });
});
