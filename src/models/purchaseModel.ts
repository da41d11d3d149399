/** What every purchase model (BG/NBD, MBG/NBD, Pareto/NBD) offers once fitted. */

export type PurchaseModelName = 'bgnbd' | 'mbgnbd' | 'pnbd';

export interface PurchaseModel {
  readonly name: PurchaseModelName;
  /** As in the papers: r, alpha, a, b (BG/NBD, MBG/NBD) or r, alpha, s, beta (Pareto/NBD). */
  readonly parameterNames: readonly string[];
  readonly parameters: Float64Array;
  /** The probability a customer with this history is still active at T. */
  probabilityAlive(x: number, tx: number, T: number): number;
  /** Expected purchases in the next t time units (after T), given the history. */
  expectedPurchases(t: number, x: number, tx: number, T: number): number;
  /**
   * The same for a customer known to be still active at T: expectedPurchases is this times probabilityAlive (in
   * every model here), which a schedule over many horizons computes once.
   */
  expectedPurchasesIfAlive(t: number, x: number, tx: number, T: number): number;
}
