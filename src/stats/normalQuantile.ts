/* eslint-disable no-loss-of-precision -- coefficients are kept digit for digit as published in AS 241, so they can be checked against the paper. */
/**
 * The standard normal quantile (inverse CDF): the z with P(Z <= z) = p.
 *
 * Algorithm AS 241, M. J. Wichura, "The Percentage Points of the Normal
 * Distribution", Applied Statistics 37(3), 477-484 (1988), PPND16: relative
 * accuracy about 1e-16. The quantile of p outside (0, 1) is NaN; of 0 and 1,
 * -Infinity and Infinity.
 *
 * The coefficients are tables (highest degree first), so the SQL queries
 * (src/sql) evaluate the very same rational functions in the same order.
 */

/** A ratio of two degree-7 polynomials in a shifted variable, as AS 241 writes each of its three regions. */
export interface RationalApproximation {
  /** The variable is r - shift. */
  readonly shift: number;
  readonly numerator: readonly number[];
  readonly denominator: readonly number[];
}

/** |p - 0.5| <= 0.425: q x (numerator / denominator) in r = 0.180625 - q^2. */
export const CENTRAL: RationalApproximation = {
  shift: 0,
  numerator: [
    2509.0809287301226727, 33430.575583588128105, 67265.770927008700853, 45921.953931549871457, 13731.693765509461125,
    1971.5909503065514427, 133.14166789178437745, 3.387132872796366608,
  ],
  denominator: [
    5226.495278852854561, 28729.085735721942674, 39307.89580009271061, 21213.794301586595867, 5394.1960214247511077,
    687.1870074920579083, 42.313330701600911252, 1,
  ],
};

/** r = sqrt(-log(min(p, 1 - p))) <= 5: in r - 1.6. */
export const INTERMEDIATE: RationalApproximation = {
  shift: 1.6,
  numerator: [
    7.7454501427834140764e-4, 0.0227238449892691845833, 0.24178072517745061177, 1.27045825245236838258,
    3.64784832476320460504, 5.7694972214606914055, 4.6303378461565452959, 1.42343711074968357734,
  ],
  denominator: [
    1.05075007164441684324e-9, 5.475938084995344946e-4, 0.0151986665636164571966, 0.14810397642748007459,
    0.68976733498510000455, 1.6763848301838038494, 2.05319162663775882187, 1,
  ],
};

/** r > 5: in r - 5. */
export const TAIL: RationalApproximation = {
  shift: 5,
  numerator: [
    2.01033439929228813265e-7, 2.71155556874348757815e-5, 0.0012426609473880784386, 0.026532189526576123093,
    0.29656057182850489123, 1.7848265399172913358, 5.4637849111641143699, 6.6579046435011037772,
  ],
  denominator: [
    2.04426310338993978564e-15, 1.4215117583164458887e-7, 1.8463183175100546818e-5, 7.868691311456132591e-4,
    0.0148753612908506148525, 0.13692988092273580531, 0.59983220655588793769, 1,
  ],
};

/** The central region: |p - 0.5| up to this. */
export const CENTRAL_HALF_WIDTH = 0.425;
/** r = 0.180625 - q^2 in the central region (0.180625 = 0.425^2). */
export const CENTRAL_OFFSET = 0.180625;
/** The intermediate region: r up to this. */
export const INTERMEDIATE_LIMIT = 5;

/** A polynomial by Horner's rule, highest degree first: ((c0 r + c1) r + c2) r + ... */
function horner(coefficients: readonly number[], r: number): number {
  let value = coefficients[0];
  for (let i = 1; i < coefficients.length; i++) value = value * r + coefficients[i];
  return value;
}

export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) return Number.NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  const q = p - 0.5;
  if (Math.abs(q) <= CENTRAL_HALF_WIDTH) {
    const r = CENTRAL_OFFSET - q * q;
    return (q * horner(CENTRAL.numerator, r)) / horner(CENTRAL.denominator, r);
  }
  const r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  const region = r <= INTERMEDIATE_LIMIT ? INTERMEDIATE : TAIL;
  const shifted = r - region.shift;
  const value = horner(region.numerator, shifted) / horner(region.denominator, shifted);
  return q < 0 ? -value : value;
}

/** The two-sided critical value for a confidence level: z with P(|Z| <= z) = confidence. */
export function twoSidedCriticalValue(confidence: number): number {
  return normalQuantile((1 + confidence) / 2);
}
