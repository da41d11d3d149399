/**
 * Numerical integration for the tests: adaptive Simpson's rule (Lyness 1969),
 * to check the models' closed forms against the integrals they come from.
 * It throws instead of running on when the integrand is too noisy for the
 * tolerance asked for.
 */

const MAX_EVALUATIONS = 2_000_000;

export function integrate(f: (x: number) => number, a: number, b: number, tolerance = 1e-12): number {
  let evaluations = 0;
  const at = (x: number) => {
    if (++evaluations > MAX_EVALUATIONS) {
      throw new Error(`integrate: no convergence to ${tolerance} on [${a}, ${b}] in ${MAX_EVALUATIONS} evaluations`);
    }
    return f(x);
  };
  const refine = (
    from: number,
    to: number,
    atFrom: number,
    atMiddle: number,
    atTo: number,
    whole: number,
    tolerance: number,
  ): number => {
    const middle = (from + to) / 2;
    const atLeftMiddle = at((from + middle) / 2);
    const atRightMiddle = at((middle + to) / 2);
    const left = simpson(from, middle, atFrom, atLeftMiddle, atMiddle);
    const right = simpson(middle, to, atMiddle, atRightMiddle, atTo);
    // Halving the tolerance with each split would soon ask for more than double
    // precision can give; never ask for less than a few ulps of the estimate.
    const attainable = Math.max(tolerance, 4 * Number.EPSILON * Math.abs(left + right));
    if (Math.abs(left + right - whole) <= 15 * attainable) return left + right + (left + right - whole) / 15;
    return (
      refine(from, middle, atFrom, atLeftMiddle, atMiddle, left, tolerance / 2) +
      refine(middle, to, atMiddle, atRightMiddle, atTo, right, tolerance / 2)
    );
  };
  const atA = at(a);
  const atB = at(b);
  const atMiddle = at((a + b) / 2);
  return refine(a, b, atA, atMiddle, atB, simpson(a, b, atA, atMiddle, atB), tolerance);
}

function simpson(from: number, to: number, atFrom: number, atMiddle: number, atTo: number): number {
  return ((to - from) / 6) * (atFrom + 4 * atMiddle + atTo);
}
