/**
 * The trigamma function ψ'(x) = d²/dx² ln Γ(x), for x > 0, and differences
 * of it: the Hessians of the BG/NBD and MBG/NBD log-likelihoods (the standard
 * errors of their fits) are sums of them.
 *
 * The recurrence ψ'(x) = ψ'(x + 1) + 1/x² lifts x to at least 12, where the
 * asymptotic series ψ'(x) ~ 1/x + 1/(2x²) + sum B_2k / x^(2k+1) (Abramowitz &
 * Stegun 6.4.12) is accurate to about 1e-16 relative. ψ' of x <= 0 is NaN here.
 */
export function trigamma(x: number): number {
  if (!(x > 0)) return Number.NaN;
  let shift = 0;
  let y = x;
  while (y < 12) {
    shift += 1 / (y * y);
    y += 1;
  }
  const inverse = 1 / (y * y);
  // B2 = 1/6, B4 = -1/30, B6 = 1/42, B8 = -1/30, B10 = 5/66, B12 = -691/2730.
  const series =
    inverse *
    (1 / 6 -
      inverse * (1 / 30 - inverse * (1 / 42 - inverse * (1 / 30 - inverse * (5 / 66 - (inverse * 691) / 2730)))));
  return shift + 1 / y + inverse / 2 + series / y;
}

/**
 * ψ'(r+x) - ψ'(r) for r > 0 and x >= 0, the derivative in r of digammaDifference (digamma.ts). From r = 100
 * on, where the two trigammas are each about 1/r and their difference, about -x/r², loses digits, it is the
 * derivative of digammaDifference's Stirling form:
 *   -x / (r(r+x)) - x(2r+x) / (2r²(r+x)²) + S''(r+x) - S''(r),   S''(z) = 1/(6z³) - 1/(30z⁵) + 1/(42z⁷) - 1/(30z⁹).
 */
export function trigammaDifference(r: number, x: number): number {
  if (x === 0) return 0;
  if (r < 100) return trigamma(r + x) - trigamma(r);
  const curvature = (z: number) => {
    const w = 1 / (z * z);
    return (w * (1 / 6 - w * (1 / 30 - w * (1 / 42 - w / 30)))) / z;
  };
  const sum = r + x;
  return -x / (r * sum) - (x * (2 * r + x)) / (2 * r * r * sum * sum) + (curvature(sum) - curvature(r));
}
