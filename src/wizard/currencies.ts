/**
 * Currencies the dashboard can show money in, as Sheets number formats. The
 * default follows the wizard's language; any can be chosen.
 */

import type { Language } from '../i18n/language';

export const CURRENCIES = {
  USD: { symbol: '$', decimals: 2 },
  EUR: { symbol: '€', decimals: 2 },
  GBP: { symbol: '£', decimals: 2 },
  THB: { symbol: '฿', decimals: 2 },
  IRR: { symbol: 'IRR ', decimals: 0 },
  TWD: { symbol: 'NT$', decimals: 0 },
  CNY: { symbol: 'CN¥', decimals: 2 },
  JPY: { symbol: '¥', decimals: 0 },
  INR: { symbol: '₹', decimals: 2 },
  AUD: { symbol: 'A$', decimals: 2 },
  CAD: { symbol: 'CA$', decimals: 2 },
  SGD: { symbol: 'S$', decimals: 2 },
} as const;
export type CurrencyCode = keyof typeof CURRENCIES;
export const CURRENCY_CODES = Object.keys(CURRENCIES) as CurrencyCode[];

export const DEFAULT_CURRENCY: Readonly<Record<Language, CurrencyCode>> = {
  en: 'USD',
  th: 'THB',
  fa: 'IRR',
  'zh-TW': 'TWD',
};

export function isCurrencyCode(value: unknown): value is CurrencyCode {
  // Own keys only: "toString" is in every object.
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(CURRENCIES, value);
}

/**
 * The Sheets number format for amounts in a currency: "[$€]#,##0.00";
 * `minDecimals` for a change, which in a currency without cents may be
 * smaller than one unit and must not read as "-NT$0".
 */
export function moneyFormat(code: CurrencyCode, minDecimals = 0): string {
  const { symbol } = CURRENCIES[code];
  const decimals = Math.max(CURRENCIES[code].decimals, minDecimals);
  return `[$${symbol}]#,##0${decimals > 0 ? `.${'0'.repeat(decimals)}` : ''}`;
}
