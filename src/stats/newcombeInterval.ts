/**
 * A confidence interval for the difference of two independent proportions,
 * p1 - p2: Newcombe's hybrid score interval, method 10 of R. G. Newcombe,
 * "Interval estimation for the difference between independent proportions:
 * comparison of eleven methods", Statistics in Medicine 17, 873-890 (1998).
 * From the Wilson intervals (l1, u1) of p1 and (l2, u2) of p2,
 *   low  = p1 - p2 - sqrt((p1 - l1)² + (u2 - p2)²),
 *   high = p1 - p2 + sqrt((u1 - p1)² + (p2 - l2)²).
 * It stays inside [-1, 1] and, unlike p1 - p2 ± z SE, does not collapse when a
 * share is 0 or 1. Null when a sample is empty.
 */

import { type ProportionInterval, wilsonInterval } from './wilsonInterval';

export function newcombeInterval(
  x1: number,
  n1: number,
  x2: number,
  n2: number,
  confidence: number,
): ProportionInterval | null {
  const first = wilsonInterval(x1, n1, confidence);
  const second = wilsonInterval(x2, n2, confidence);
  if (first === null || second === null) return null;
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const difference = p1 - p2;
  return {
    low: difference - Math.hypot(p1 - first.low, second.high - p2),
    high: difference + Math.hypot(first.high - p1, p2 - second.low),
  };
}
