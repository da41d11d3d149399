import { CURRENCIES, CURRENCY_CODES, DEFAULT_CURRENCY, isCurrencyCode, moneyFormat } from '../../src/wizard/currencies';
import { LANGUAGES } from '../../src/i18n/language';

describe('moneyFormat', () => {
  it('writes the symbol in brackets and the currency’s decimals', () => {
    expect(moneyFormat('USD')).toBe('[$$]#,##0.00');
    expect(moneyFormat('EUR')).toBe('[$€]#,##0.00');
    expect(moneyFormat('THB')).toBe('[$฿]#,##0.00');
    expect(moneyFormat('JPY')).toBe('[$¥]#,##0');
    expect(moneyFormat('TWD')).toBe('[$NT$]#,##0');
    expect(moneyFormat('IRR')).toBe('[$IRR ]#,##0');
  });

  it('gives every currency a format with as many decimals as it has', () => {
    for (const code of CURRENCY_CODES) {
      const decimals = moneyFormat(code).split('.')[1] ?? '';
      expect(decimals).toBe('0'.repeat(CURRENCIES[code].decimals));
    }
  });
});

describe('currency codes', () => {
  it('knows the listed codes only', () => {
    expect(isCurrencyCode('USD')).toBe(true);
    expect(isCurrencyCode('usd')).toBe(false);
    expect(isCurrencyCode('XYZ')).toBe(false);
    expect(isCurrencyCode(undefined)).toBe(false);
    expect(isCurrencyCode(42)).toBe(false);
  });

  // Properties every object inherits are not currencies: the sidebar's JSON could otherwise pass { currency: 'toString' }.
  it.each(['toString', 'constructor', '__proto__', 'hasOwnProperty'])('does not take %s for a code', (name) => {
    expect(isCurrencyCode(name)).toBe(false);
  });

  it('has a known default for every language', () => {
    for (const language of LANGUAGES) expect(isCurrencyCode(DEFAULT_CURRENCY[language])).toBe(true);
  });
});
