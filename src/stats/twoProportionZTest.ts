/**
 * The two-proportion z test: do two independent samples share one success
 * probability? With the pooled share p = (x1 + x2) / (n1 + n2),
 *   z = (x1/n1 - x2/n2) / sqrt(p (1 - p) (1/n1 + 1/n2)),
 * two-sided p-value P(|Z| >= |z|). It is the score test of equal proportions,
 * and z² is Pearson's chi-squared statistic of the 2x2 table without
 * continuity correction (A. Agresti, "Categorical Data Analysis", 3rd ed.,
 * Wiley 2013; R's prop.test(correct = FALSE)). Null when a sample
 * is empty. When the pooled share is 0 or 1 both samples are all failures or
 * all successes: the shares are equal and the test gives z = 0, p = 1.
 */

import { twoSidedPValue } from './normalCdf';

export interface ZTestResult {
  readonly z: number;
  /** Two-sided. */
  readonly pValue: number;
}

export function twoProportionZTest(x1: number, n1: number, x2: number, n2: number): ZTestResult | null {
  if (!(n1 > 0 && n2 > 0)) return null;
  const pooled = (x1 + x2) / (n1 + n2);
  const variance = pooled * (1 - pooled) * (1 / n1 + 1 / n2);
  if (!(variance > 0)) return { z: 0, pValue: 1 };
  const z = (x1 / n1 - x2 / n2) / Math.sqrt(variance);
  return { z, pValue: twoSidedPValue(z) };
}
