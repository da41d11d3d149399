/**
 * The standard normal quantile in SQL, which has none: AS 241 (Wichura 1988)
 * from the very coefficient tables src/stats/normalQuantile.ts evaluates, in
 * the same order (Horner's rule, highest degree first), so a query's critical
 * value is the add-on's to the last bit or within an ulp of LN and SQRT.
 */

import {
  CENTRAL,
  CENTRAL_HALF_WIDTH,
  CENTRAL_OFFSET,
  INTERMEDIATE,
  INTERMEDIATE_LIMIT,
  type RationalApproximation,
  TAIL,
} from '../stats/normalQuantile';
import { float } from './inputs';

function horner(coefficients: readonly number[], r: string): string {
  return coefficients.slice(1).reduce((value, c) => `(${value} * ${r} + ${float(c)})`, float(coefficients[0]));
}

function ratio(region: RationalApproximation, r: string): string {
  const shifted = region.shift === 0 ? r : `(${r} - ${float(region.shift)})`;
  return `${horner(region.numerator, shifted)} / ${horner(region.denominator, shifted)}`;
}

/**
 * CTEs ending in `critical` (one row, column z): the two-sided critical
 * value of a confidence level, z = quantile((1 + confidence) / 2), as
 * twoSidedCriticalValue. `confidence` is a one-row SQL expression.
 */
export function criticalValue(confidence: string): string {
  return `critical_p AS (
  SELECT (${float(1)} + ${confidence}) / 2 AS p
),
critical_q AS (
  SELECT p, p - ${float(0.5)} AS q, SQRT(-LN(CASE WHEN p - ${float(0.5)} < 0 THEN p ELSE 1 - p END)) AS r
  FROM critical_p
),
critical AS (
  SELECT
    CASE
      WHEN ABS(q) <= ${float(CENTRAL_HALF_WIDTH)} THEN
        (q * ${horner(CENTRAL.numerator, `(${float(CENTRAL_OFFSET)} - q * q)`)}) / ${horner(CENTRAL.denominator, `(${float(CENTRAL_OFFSET)} - q * q)`)}
      ELSE (CASE WHEN q < 0 THEN -1 ELSE 1 END) * (CASE
        WHEN r <= ${INTERMEDIATE_LIMIT} THEN ${ratio(INTERMEDIATE, 'r')}
        ELSE ${ratio(TAIL, 'r')}
      END)
    END AS z
  FROM critical_q
)`;
}
