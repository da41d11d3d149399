/**
 * The survivor counts of Fader & Hardie (2007), "How to project customer
 * retention", Journal of Interactive Marketing 21(1), Table 1: two cohorts of
 * 1,000 customers, the number still subscribed at the start of years 0 to 12
 * (the paper fits years 0-7 and checks the projections on 8-12). As also
 * transcribed in public reimplementations (Stan replications of the paper,
 * the runtastic/sBGmodel README, JD Maturen's shifted_beta_geometric_py).
 */
export const HIGH_END = [1000, 869, 743, 653, 593, 551, 517, 491, 468, 445, 427, 409, 394];
export const REGULAR = [1000, 631, 468, 382, 326, 289, 262, 241, 223, 207, 194, 183, 173];
