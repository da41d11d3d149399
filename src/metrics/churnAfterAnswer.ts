/**
 * Did a customer who answered the survey leave within the window after the
 * answer (NPS_CHURN_IMPACT)? The customer must have been a customer on the
 * answer day (start <= day, and no end or an end after it, as in
 * subscriptionCounts.ts): an answer given after leaving says nothing about
 * leaving. They churned when their end date falls after the answer day and at
 * most windowDays later. Whole days.
 */

export type AfterAnswer = 'notActive' | 'churned' | 'stayed';

export function churnAfterAnswer(
  answerDay: number,
  start: number,
  end: number | undefined,
  windowDays: number,
): AfterAnswer {
  const day = Math.floor(answerDay);
  const ended = end === undefined ? Infinity : Math.floor(end);
  if (Math.floor(start) > day || ended <= day) return 'notActive';
  return ended <= day + windowDays ? 'churned' : 'stayed';
}
