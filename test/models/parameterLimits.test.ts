/**
 * The limits of the models' parameter spaces: the probe that tells a fit
 * that ran off to one from an interior maximum, on likelihoods whose shape is
 * known, and the words it is reported in.
 */

import { describeLimit, formatParameter, type Limit, limitsReached, towards } from '../../src/models/parameterLimits';

const RIDGE: Limit = {
  moves: [
    { parameter: 0, up: true },
    { parameter: 1, up: true },
  ],
  meaning: () => 'the ridge',
};
const ZERO: Limit = { moves: [{ parameter: 1, up: false }], meaning: () => 'nothing left' };
const MODEL = { parameterNames: ['r', 'alpha'], limits: [RIDGE, ZERO] };

describe('limitsReached', () => {
  it('finds none at an interior maximum', () => {
    // Quadratic in the logarithms, maximum at (2, 3): a hundredfold move costs (ln 100)² / 2 = 10.6 per parameter.
    const ll = ([r, alpha]: Float64Array) => -((Math.log(r / 2) ** 2 + Math.log(alpha / 3) ** 2) / 2);
    const at = Float64Array.of(2, 3);
    expect(limitsReached(ll, at, ll(at), 1000, MODEL, [])).toEqual([]);
  });

  it('finds a limit the likelihood keeps rising towards, ever more slowly', () => {
    // Rises as r and alpha grow together (1/r, like the spread of a gamma): at r = 1e6 a hundredfold move gains 1e-6.
    const ll = ([r, alpha]: Float64Array) => -1 / r - Math.log(alpha / r) ** 2;
    const at = Float64Array.of(1e6, 1e6);
    expect(limitsReached(ll, at, ll(at), 1000, MODEL, [])).toEqual([RIDGE]);
  });

  it('allows for the optimizer stopping short: a fall below 1e-5 per customer counts as flat', () => {
    const ll = ([r, alpha]: Float64Array) => -Math.log(r) * 1e-9 - Math.log(alpha / r) ** 2;
    const at = Float64Array.of(50, 50);
    // ln 100 x 1e-9 x ... below the tolerance of 1e-3 for 100 customers: flat.
    expect(limitsReached(ll, at, ll(at), 100, MODEL, [])).toEqual([RIDGE]);
    // A fall of 0.05 on 1,000 customers (tolerance 0.01) is not flat.
    const falling = ([r, alpha]: Float64Array) => (-0.05 * Math.log(r)) / Math.log(100) - Math.log(alpha / r) ** 2;
    expect(limitsReached(falling, at, falling(at), 1000, MODEL, [])).toEqual([]);
  });

  it('reports a parameter the optimizer saw run off without a limit that accounts for it', () => {
    // Rising steadily with alpha (the optimizer's bound stopped it), neither along the ridge nor towards 0.
    const ll = ([r, alpha]: Float64Array) => -(Math.log(r) ** 2) / 2 + Math.log(alpha);
    const at = Float64Array.of(1, 1e13);
    const reached = limitsReached(ll, at, ll(at), 1000, MODEL, [1]);
    expect(reached).toHaveLength(1);
    expect(describeLimit(reached[0], MODEL.parameterNames, at)).toBe(
      'alpha grows without bound (alpha = 1.00e+13 when the fit stopped): the data cannot pin alpha down',
    );
  });

  it('reports a limit once, and not one whose parameters a reported limit already moves', () => {
    // Flat in every direction: the ridge covers r and alpha, so the limit on alpha alone adds nothing.
    const ll = () => -1;
    const at = Float64Array.of(1, 1);
    expect(limitsReached(ll, at, ll(), 1000, MODEL, [0, 1])).toEqual([RIDGE]);
  });

  it('probes each parameter alone that no limit of the model moves, either way', () => {
    // Peaked in r, flat in alpha: alpha alone (up, the first way probed) is reported, in general words.
    const ll = ([r]: Float64Array) => -(Math.log(r) ** 2);
    const at = Float64Array.of(1, 5);
    const reached = limitsReached(ll, at, ll(at), 1000, { parameterNames: ['r', 'alpha'], limits: [] }, []);
    expect(reached.map((limit) => describeLimit(limit, ['r', 'alpha'], at))).toEqual([
      'alpha grows without bound (alpha = 5 when the fit stopped): the data cannot pin alpha down',
    ]);
  });

  it('does not count a probe where the likelihood is not a number', () => {
    const ll = ([r, alpha]: Float64Array) => (r > 10 ? Number.NaN : -(Math.log(r) ** 2) - Math.log(alpha) ** 2);
    const at = Float64Array.of(1, 1);
    expect(limitsReached(ll, at, 0, 1000, { parameterNames: ['r', 'alpha'], limits: [RIDGE] }, [])).toEqual([]);
  });
});

describe('describeLimit', () => {
  it('says which parameters run off, which way, at what values, and what that means', () => {
    const at = Float64Array.of(1.5e12, 6.3e12);
    expect(describeLimit(RIDGE, ['r', 'alpha'], at)).toBe(
      'r and alpha grow without bound together (r = 1.50e+12, alpha = 6.30e+12 when the fit stopped): the ridge',
    );
    expect(describeLimit(ZERO, ['r', 'alpha'], Float64Array.of(1, 2e-9))).toBe(
      'alpha goes to 0 (alpha = 2.00e-9 when the fit stopped): nothing left',
    );
    const mixed: Limit = {
      moves: [
        { parameter: 0, up: true },
        { parameter: 1, up: false },
      ],
      meaning: () => 'one spend',
    };
    expect(describeLimit(mixed, ['p', 'gamma'], Float64Array.of(9.5e6, 4.6e-6))).toBe(
      'p grows without bound as gamma goes to 0 (p = 9.50e+6, gamma = 4.60e-6 when the fit stopped): one spend',
    );
  });

  it('moves the parameters a hundredfold in the probe', () => {
    expect(Array.from(towards(Float64Array.of(2, 3), RIDGE))).toEqual([200, 300]);
    expect(Array.from(towards(Float64Array.of(2, 3), ZERO))).toEqual([2, 0.03]);
  });

  it('formats parameters with three significant digits', () => {
    expect([0.2426, 173.2, 3300, 12345.6, 1.5e12, 7.76e-16, 0].map(formatParameter)).toEqual([
      '0.243',
      '173',
      '3300',
      '12300',
      '1.50e+12',
      '7.76e-16',
      '0',
    ]);
  });
});
