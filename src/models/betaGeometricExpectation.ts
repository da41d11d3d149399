/**
 * The expected-purchases factor shared by the BG/NBD and MBG/NBD models:
 *
 *   E = (c / (a - 1)) [1 - (1-z)^(r+x) 2F1(r+x, b'; c; z)],  z = t / (α+T+t),
 *
 * where for the BG/NBD b' = b + x, c = a + b + x - 1 and for the MBG/NBD
 * b' = b + x + 1, c = a + b + x. Written this way it divides by a - 1, and the
 * hypergeometric series grows huge for large x. Euler's transformation turns
 * (1-z)^(r+x) 2F1(r+x, b'; c; z) into (1-z)^(a-1) 2F1(u, a-1; c; z) with
 * u = c - r - x (small), and since (a-1)_n = (a-1) (a)_(n-1), the factor a - 1
 * cancels exactly:
 *
 *   E = c [ (1 - (1-z)^(a-1)) / (a-1)  -  (1-z)^(a-1) S ],
 *   S = sum_{n>=1} (u)_n (a)_(n-1) / ((c)_n n!) z^n.
 *
 * This is finite and accurate for every a > 0, including a <= 1 (CDNOW's BG/NBD
 * has a = 0.793): over a finite horizon a customer's expected purchases are
 * always finite. (Only the expected purchases over an unlimited horizon need
 * a > 1; no function here asks for them.)
 */
export function betaGeometricExpectation(a: number, u: number, c: number, z: number): number {
  if (z <= 0) return 0;
  const logSurvival = Math.log1p(-z); // log(1 - z)
  const k = a - 1;
  // (1 - (1-z)^k) / k, tending to -log(1-z) as k -> 0.
  const first =
    Math.abs(k * logSurvival) < 1e-8 ? -logSurvival * (1 + (k * logSurvival) / 2) : -Math.expm1(k * logSurvival) / k;
  let term = (u / c) * z; // n = 1: (u)_1 (a)_0 / ((c)_1 1!) z
  let sum = term;
  for (let n = 1; n < 1_000_000; n++) {
    term *= ((u + n) * (a + n - 1) * z) / ((c + n) * (n + 1));
    sum += term;
    if (Math.abs(term) <= 1e-16 * Math.abs(sum) || term === 0) break;
  }
  return c * (first - Math.exp(k * logSurvival) * sum);
}
