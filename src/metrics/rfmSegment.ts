/**
 * The customer segment of an RFM recency and frequency score (1-5 each), by
 * the widely used map of the R x F grid (as in the Putler / Klaviyo
 * "RFM segments" tables):
 *
 *   R 1-2: F 1-2 Hibernating, F 3-4 At Risk, F 5 Can't Lose
 *   R 3:   F 1-2 About to Sleep, F 3 Need Attention, F 4-5 Loyal Customers
 *   R 4:   F 1 Promising, F 2-3 Potential Loyalists, F 4-5 Loyal Customers
 *   R 5:   F 1 New Customers, F 2-3 Potential Loyalists, F 4-5 Champions
 */

/** The segments from best to worst, the order summaries list them in. */
export const RFM_SEGMENTS = [
  'Champions',
  'Loyal Customers',
  'Potential Loyalists',
  'New Customers',
  'Promising',
  'Need Attention',
  'About to Sleep',
  'At Risk',
  "Can't Lose",
  'Hibernating',
] as const;

export type RfmSegment = (typeof RFM_SEGMENTS)[number];

export function rfmSegment(recencyScore: number, frequencyScore: number): RfmSegment {
  const r = recencyScore;
  const f = frequencyScore;
  if (r <= 2) return f <= 2 ? 'Hibernating' : f <= 4 ? 'At Risk' : "Can't Lose";
  if (r === 3) return f <= 2 ? 'About to Sleep' : f === 3 ? 'Need Attention' : 'Loyal Customers';
  if (f >= 4) return r === 4 ? 'Loyal Customers' : 'Champions';
  if (f >= 2) return 'Potential Loyalists';
  return r === 4 ? 'Promising' : 'New Customers';
}
