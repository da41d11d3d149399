/** Fits the purchase model of the given name to patterns (BG/NBD, MBG/NBD or Pareto/NBD). */

import { BgNbd } from './bgNbd';
import type { MaximumLikelihoodFit } from './maximumLikelihood';
import { MbgNbd } from './mbgNbd';
import { ParetoNbd } from './paretoNbd';
import type { Patterns } from './patterns';
import type { PurchaseModel, PurchaseModelName } from './purchaseModel';

export function fitPurchaseModel(
  name: PurchaseModelName,
  patterns: Patterns,
): { readonly model: PurchaseModel; readonly fit: MaximumLikelihoodFit } {
  if (name === 'pnbd') return ParetoNbd.fit(patterns);
  if (name === 'mbgnbd') return MbgNbd.fit(patterns);
  return BgNbd.fit(patterns);
}
