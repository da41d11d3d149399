/**
 * The standard normal cumulative distribution function P(Z <= z).
 *
 * Hart's double-precision algorithm 5666 (J. F. Hart et al., "Computer
 * Approximations", 1968) as given by G. West, "Better approximations to
 * cumulative normal functions", Wilmott Magazine (2005): absolute error below
 * 1e-14 everywhere. The tail is computed directly (not as 1 - something), so
 * small p-values keep a relative error below 1e-8 down to z = -37, beyond
 * which the probability (under 1e-300) is 0.
 */
export function normalCdf(z: number): number {
  if (Number.isNaN(z)) return Number.NaN;
  const x = Math.abs(z);
  let tail: number; // P(Z > x)
  if (x > 37) {
    tail = 0;
  } else {
    const density = Math.exp((-x * x) / 2);
    if (x < 7.07106781186547) {
      let numerator = 3.52624965998911e-2 * x + 0.700383064443688;
      numerator = numerator * x + 6.37396220353165;
      numerator = numerator * x + 33.912866078383;
      numerator = numerator * x + 112.079291497871;
      numerator = numerator * x + 221.213596169931;
      numerator = numerator * x + 220.206867912376;
      let denominator = 8.83883476483184e-2 * x + 1.75566716318264;
      denominator = denominator * x + 16.064177579207;
      denominator = denominator * x + 86.7807322029461;
      denominator = denominator * x + 296.564248779674;
      denominator = denominator * x + 637.333633378831;
      denominator = denominator * x + 793.826512519948;
      denominator = denominator * x + 440.413735824752;
      tail = (density * numerator) / denominator;
    } else {
      let fraction = x + 0.65;
      fraction = x + 4 / fraction;
      fraction = x + 3 / fraction;
      fraction = x + 2 / fraction;
      fraction = x + 1 / fraction;
      tail = density / fraction / 2.506628274631;
    }
  }
  return z > 0 ? 1 - tail : tail;
}

/** Two-sided p-value of a z statistic: P(|Z| >= |z|). */
export function twoSidedPValue(z: number): number {
  return 2 * normalCdf(-Math.abs(z));
}
