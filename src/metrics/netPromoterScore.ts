import { type NpsTally, responsesIn } from './npsTally';

/**
 * Net Promoter Score: 100 x (promoters - detractors) / responses, from -100
 * to 100, not rounded. The NPS of no responses is null.
 */
export function netPromoterScore(tally: NpsTally): number | null {
  const responses = responsesIn(tally);
  if (responses === 0) return null;
  return (100 * (tally.promoters - tally.detractors)) / responses;
}
