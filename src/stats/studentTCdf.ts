/**
 * Student's t distribution with ν degrees of freedom (ν > 0, not necessarily
 * whole: Welch's test has fractional ν), through the regularized incomplete
 * beta function (Abramowitz & Stegun, "Handbook of Mathematical Functions",
 * 26.7.1 and 26.5.27; DLMF 8.17.1):
 *   P(T > t) = I_x(ν/2, 1/2) / 2,   x = ν / (ν + t²),   for t >= 0,
 * with I_x(a, b) = B_x(a, b) / B(a, b). The incomplete beta is that of
 * incompleteBeta.ts (its second exponent, 1/2, is below 1 as it requires),
 * given 1 - x = t² / (ν + t²) directly so that small t lose nothing, and
 * ln B(ν/2, 1/2) = ln Γ(1/2) - [ln Γ(ν/2 + 1/2) - ln Γ(ν/2)] by the log-gamma
 * ratio, accurate for large ν. The tail is computed directly, not as
 * 1 - something, so small p-values keep their relative accuracy.
 */

import { logIncompleteBeta } from './incompleteBeta';
import { logGamma, logGammaRatio } from './logGamma';
import { normalCdf } from './normalCdf';

const LOG_GAMMA_HALF = logGamma(0.5);
/** Beyond this many degrees of freedom t and the standard normal agree to double precision. */
const NORMAL_LIMIT = 1e15;

/** P(T > t) for t >= 0 (and 1 - P(T > -t) for t < 0). NaN for ν <= 0 or NaN arguments. */
export function studentTUpperTail(t: number, degreesOfFreedom: number): number {
  const nu = degreesOfFreedom;
  if (Number.isNaN(t) || !(nu > 0)) return Number.NaN;
  if (t < 0) return 1 - studentTUpperTail(-t, nu);
  if (t === 0) return 0.5;
  if (t === Infinity) return 0;
  if (nu > NORMAL_LIMIT) return normalCdf(-t);
  const t2 = t * t;
  // x = ν / (ν + t²) and y = 1 - x, each without cancellation (and without overflow for huge t).
  const ratio = nu / t2;
  const x = ratio / (1 + ratio);
  const y = 1 / (1 + ratio);
  if (x === 0) return 0;
  const a = nu / 2;
  const logBeta = LOG_GAMMA_HALF - logGammaRatio(a, 0.5);
  return Math.exp(logIncompleteBeta(a, 0.5, x, y) - logBeta) / 2;
}

/** P(T <= t). */
export function studentTCdf(t: number, degreesOfFreedom: number): number {
  return studentTUpperTail(-t, degreesOfFreedom);
}

/** The density of T at t. */
export function studentTDensity(t: number, degreesOfFreedom: number): number {
  const nu = degreesOfFreedom;
  if (Number.isNaN(t) || !(nu > 0)) return Number.NaN;
  const logNormaliser = logGammaRatio(nu / 2, 0.5) - 0.5 * Math.log(nu * Math.PI);
  return Math.exp(logNormaliser - ((nu + 1) / 2) * Math.log1p((t * t) / nu));
}

/** Two-sided p-value of a t statistic: P(|T| >= |t|). */
export function studentTTwoSidedPValue(t: number, degreesOfFreedom: number): number {
  return Math.min(1, 2 * studentTUpperTail(Math.abs(t), degreesOfFreedom));
}
