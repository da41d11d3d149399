/**
 * Sums and differences of numbers held as logarithms, without leaving log
 * space: the BTYD likelihoods add terms like e^-9000 that no double can hold
 * but whose logarithms are ordinary numbers.
 */

/** log(e^a + e^b). */
export function logAddExp(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
}

/** log(e^a - e^b) for a >= b; -Infinity when they are equal. */
export function logSubExp(a: number, b: number): number {
  if (b === -Infinity) return a;
  const d = b - a;
  if (d > 0) return Number.NaN;
  if (d === 0) return -Infinity;
  // log(1 - e^d): log(-expm1(d)) near 0, log1p(-e^d) far from it (Mächler, "Accurately computing log(1 - exp(-|a|))").
  return a + (d > -Math.LN2 ? Math.log(-Math.expm1(d)) : Math.log1p(-Math.exp(d)));
}
