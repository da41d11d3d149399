/**
 * The quantile of Student's t distribution with ν > 0 degrees of freedom: the
 * t with P(T <= t) = p. Exact for ν = 1 (t = tan(π(p - 1/2))) and ν = 2
 * (t = (2p - 1) / sqrt(2p(1 - p))); otherwise the Cornish-Fisher expansion
 * about the normal quantile z (Abramowitz & Stegun, "Handbook of Mathematical
 * Functions", 26.7.5),
 *   t ≈ z + g1/ν + g2/ν² + g3/ν³ + g4/ν⁴,
 *   g1 = (z³ + z)/4, g2 = (5z⁵ + 16z³ + 3z)/96, g3 = (3z⁷ + 19z⁵ + 17z³ - 15z)/384,
 *   g4 = (79z⁹ + 776z⁷ + 1482z⁵ - 1920z³ - 945z)/92160,
 * as a start, then Newton's method on the logarithm of the upper tail
 * (studentTCdf.ts), kept inside a bracket that bisection narrows when a step
 * would leave it, to about 1e-14 relative. NaN for p outside [0, 1] or ν <= 0.
 */

import { normalQuantile } from './normalQuantile';
import { studentTDensity, studentTUpperTail } from './studentTCdf';

const MAX_STEPS = 200;

export function studentTQuantile(p: number, degreesOfFreedom: number): number {
  const nu = degreesOfFreedom;
  if (!(p >= 0 && p <= 1) || !(nu > 0)) return Number.NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  // Solve P(T > t) = q for t > 0, with q the smaller tail.
  const q = p < 0.5 ? p : 1 - p;
  const sign = p < 0.5 ? -1 : 1;
  // tan(π(1/2 - q)) = 1 / tan(πq), which keeps the digits of a small q.
  if (nu === 1) return sign / Math.tan(Math.PI * q);
  if (nu === 2) return sign * ((1 - 2 * q) / Math.sqrt(2 * q * (1 - q)));
  return sign * upperQuantile(q, nu);
}

/** The t > 0 with P(T > t) = q, for 0 < q < 1/2. */
function upperQuantile(q: number, nu: number): number {
  const z = -normalQuantile(q);
  const z2 = z * z;
  const g1 = ((z2 + 1) * z) / 4;
  const g2 = (((5 * z2 + 16) * z2 + 3) * z) / 96;
  const g3 = ((((3 * z2 + 19) * z2 + 17) * z2 - 15) * z) / 384;
  const g4 = (((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) * z) / 92160;
  let t = z + (g1 + (g2 + (g3 + g4 / nu) / nu) / nu) / nu;
  if (!(t > 0) || !Number.isFinite(t)) t = z;
  // Bracket: P(T > low) > q > P(T > high); high grows until it brackets.
  let low = 0;
  let high = Infinity;
  const logQ = Math.log(q);
  for (let step = 0; step < MAX_STEPS; step++) {
    const tail = studentTUpperTail(t, nu);
    if (tail === q) return t;
    if (tail > q) low = t;
    else high = t;
    // Newton on g(t) = ln P(T > t) - ln q, g'(t) = -density / tail.
    let next = t + ((Math.log(tail) - logQ) * tail) / studentTDensity(t, nu);
    if (!(next > low && next < high)) next = high === Infinity ? 2 * Math.max(t, low, 1) : (low + high) / 2;
    if (Math.abs(next - t) <= 1e-15 * t) return next;
    t = next;
  }
  return t;
}

/** The two-sided critical value for a confidence level: t with P(|T| <= t) = confidence. */
export function studentTCriticalValue(confidence: number, degreesOfFreedom: number): number {
  return studentTQuantile((1 + confidence) / 2, degreesOfFreedom);
}
