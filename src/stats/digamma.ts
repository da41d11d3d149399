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
