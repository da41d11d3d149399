/**
 * The digamma function ψ(x) = d/dx ln Γ(x), for x > 0: the gradients of the
 * BTYD log-likelihoods are sums of its values.
 *
 * The recurrence ψ(x) = ψ(x + 1) - 1/x lifts x to at least 10, where the
 * asymptotic series ψ(x) ~ ln x - 1/(2x) - sum B_2k / (2k x^2k) (Abramowitz &
 * Stegun 6.3.18) is accurate to about 1e-15. ψ of x <= 0 is NaN here.
 */
export function digamma(x: number): number {
  if (!(x > 0)) return Number.NaN;
  let shift = 0;
  let y = x;
  while (y < 10) {
    shift -= 1 / y;
    y += 1;
  }
  const inverse = 1 / (y * y);
  // B2/2 = 1/12, B4/4 = -1/120, B6/6 = 1/252, B8/8 = -1/240, B10/10 = 1/132, B12/12 = -691/32760.
  const series =
    inverse *
    (1 / 12 -
      inverse * (1 / 120 - inverse * (1 / 252 - inverse * (1 / 240 - inverse * (1 / 132 - (inverse * 691) / 32760)))));
  return shift + Math.log(y) - 0.5 / y - series;
}

/**
 * ψ(r+x) - ψ(r) for r > 0 and x >= 0, the derivative in r of logGammaRatio (logGamma.ts). For large r the
 * two digammas are each about ln r and their difference, about x/r, loses ln r · 1e-16 to rounding; from
 * r = 100 on it is instead the derivative of logGammaRatio's Stirling form,
 *   ln(1 + x/r) + x / (2r(r+x)) + S'(r+x) - S'(r),   S'(z) = -1/(12z²) + 1/(120z⁴) - 1/(252z⁶) + 1/(240z⁸),
 * with a truncation error below 1e-19 there.
 */
export function digammaDifference(r: number, x: number): number {
  if (x === 0) return 0;
  if (r < 100) return digamma(r + x) - digamma(r);
  const slope = (z: number) => {
    const w = 1 / (z * z);
    return -w * (1 / 12 - w * (1 / 120 - w * (1 / 252 - w / 240)));
  };
  return Math.log1p(x / r) + x / (2 * r * (r + x)) + (slope(r + x) - slope(r));
}
