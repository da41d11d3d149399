/**
 * Sums and differences of numbers held as logarithms, without leaving log
 * space: the BTYD likelihoods add terms like e^-9000 that no double can hold
 * but whose logarithms are ordinary numbers.
 */

// Math's functions (and the constants the loops use) as module constants: under Jest, whose modules run in a
// vm context where every global lookup goes through an interceptor, looking them up in these loops took most of
// a fit's time. It changes nothing in Node or Apps Script.
const { exp, expm1, log, log1p, LN2 } = Math;

/** log(e^a + e^b). */
export function logAddExp(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  return a > b ? a + log1p(exp(b - a)) : b + log1p(exp(a - b));
}

/** log(e^a - e^b) for a >= b; -Infinity when they are equal. */
export function logSubExp(a: number, b: number): number {
  if (b === -Infinity) return a;
  const d = b - a;
  if (d > 0) return Number.NaN;
  if (d === 0) return -Infinity;
  // log(1 - e^d): log(-expm1(d)) near 0, log1p(-e^d) far from it (Mächler, "Accurately computing log(1 - exp(-|a|))").
  return a + (d > -LN2 ? log(-expm1(d)) : log1p(-exp(d)));
}
