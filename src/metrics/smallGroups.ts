/**
 * When a comparison between two groups (a segment and the rest of the
 * customers, promoters and detractors) is not claimed. Below 30 members a
 * group's share or mean is shown, with its interval, but not tested: the
 * normal approximations behind the z and t tests are rough there, and a
 * "significant" difference found in a handful of customers is mostly noise
 * or one unusual customer. 30 is the usual rule of thumb for the central
 * limit theorem (e.g. D. Moore, G. McCabe and B. Craig, "Introduction to the
 * Practice of Statistics"), not a law; the intervals, which stay honest for
 * small groups, say how little a small group can tell.
 */

export const MINIMUM_GROUP_SIZE = 30;

/** Why a comparison is not made: the group is small, the other group is small, or there is no other group. */
export type Withheld = 'small' | 'smallOther' | 'noOther';

export function withheldComparison(size: number, otherSize: number): Withheld | null {
  if (otherSize === 0) return 'noOther';
  if (size < MINIMUM_GROUP_SIZE) return 'small';
  if (otherSize < MINIMUM_GROUP_SIZE) return 'smallOther';
  return null;
}
