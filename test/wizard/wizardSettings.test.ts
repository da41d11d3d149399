import { WizardError } from '../../src/wizard/wizardError';
import {
  defaultOptions,
  OPTION_LIMITS,
  parseWizardSettings,
  type WizardSettings,
} from '../../src/wizard/wizardSettings';

const SETTINGS: WizardSettings = {
  language: 'th',
  mode: 'snapshot',
  sources: [
    {
      sheet: 'Orders',
      headerRow: 1,
      roles: {
        customer: { column: 2, heading: 'Customer ID' },
        orderDate: { column: 3, heading: 'Order date' },
        amount: { column: 4, heading: 'Amount' },
      },
    },
    { sheet: 'Responses', headerRow: 0, roles: { score: { column: 4, heading: '' } } },
  ],
  metrics: ['nps', 'repeatPurchase', 'clv'],
  options: {
    period: 'quarter',
    asOf: '2024-12-31',
    confidence: 0.9,
    discountRate: 0.08,
    grossMargin: 0.6,
    currency: 'EUR',
    horizonYears: 5,
    model: 'bgnbd',
    subscriptionRevenue: null,
    compareWith: '',
  },
};

/** The settings with some of their parts replaced, as the sidebar might send them. */
const withChanges = (changes: Record<string, unknown>): Record<string, unknown> => ({ ...SETTINGS, ...changes });
const withOptions = (options: Record<string, unknown>) => withChanges({ options: { ...SETTINGS.options, ...options } });

/** The WizardError that parsing throws. */
function errorOf(input: unknown): WizardError {
  try {
    parseWizardSettings(input);
  } catch (error) {
    if (error instanceof WizardError) return error;
    throw error;
  }
  throw new Error('no error');
}

describe('parseWizardSettings', () => {
  it('returns valid settings as they are, also after a trip through JSON', () => {
    expect(parseWizardSettings(SETTINGS)).toEqual(SETTINGS);
    expect(parseWizardSettings(JSON.parse(JSON.stringify(SETTINGS)))).toEqual(SETTINGS);
  });

  it('fills every option from the language’s defaults', () => {
    const parsed = parseWizardSettings(withChanges({ options: undefined }));
    expect(parsed.options).toEqual(defaultOptions('th'));
    expect(parsed.options).toEqual({
      period: 'month',
      asOf: '',
      confidence: 0.95,
      discountRate: 0.1,
      grossMargin: 0.6,
      currency: 'THB',
      horizonYears: 3,
      model: 'bgnbd',
      subscriptionRevenue: null,
      compareWith: '',
    });
    // null is "not given" too.
    expect(parseWizardSettings(withOptions({ confidence: null })).options.confidence).toBe(0.95);
  });

  it('replaces an unknown period, currency, mode or language by the default', () => {
    const parsed = parseWizardSettings(
      withChanges({ language: 'de', mode: 'print', options: { period: 'year', currency: 'XYZ' } }),
    );
    expect(parsed.language).toBe('en');
    expect(parsed.mode).toBe('live');
    expect(parsed.options.period).toBe('month');
    // The currency follows the language chosen in the end: English, so dollars.
    expect(parsed.options.currency).toBe('USD');
  });

  // An inherited property name is not a currency code.
  it('replaces a currency named like an object property by the default', () => {
    expect(parseWizardSettings(withOptions({ currency: 'toString' })).options.currency).toBe('THB');
  });

  it.each([
    ['confidence', 2],
    ['confidence', 0.4],
    ['confidence', Number.NaN],
    ['confidence', '0.9'],
    ['discountRate', -0.01],
    ['discountRate', Infinity],
    ['grossMargin', 0],
    ['grossMargin', 1.5],
    ['horizonYears', 21],
    ['horizonYears', 0],
  ] as const)('rejects %s = %p naming the field and its range', (name, value) => {
    const error = errorOf(withOptions({ [name]: value }));
    expect(error.key).toBe('options.invalidNumber');
    expect(error.parameters).toEqual({ field: { message: `options.${name}` }, ...OPTION_LIMITS[name] });
  });

  it('accepts each number option at both ends of its range', () => {
    for (const [name, { min, max }] of Object.entries(OPTION_LIMITS)) {
      expect(parseWizardSettings(withOptions({ [name]: min })).options).toMatchObject({ [name]: min });
      expect(parseWizardSettings(withOptions({ [name]: max })).options).toMatchObject({ [name]: max });
    }
  });

  it('takes an ISO as-of date, trimmed and cut to the day, and rejects other text', () => {
    expect(parseWizardSettings(withOptions({ asOf: ' 2024-06-30 ' })).options.asOf).toBe('2024-06-30');
    expect(parseWizardSettings(withOptions({ asOf: '2024-06-30T18:00' })).options.asOf).toBe('2024-06-30');
    expect(parseWizardSettings(withOptions({ asOf: '' })).options.asOf).toBe('');
    for (const asOf of ['03/04/2024', '2024-02-30', 'yesterday']) {
      const error = errorOf(withOptions({ asOf }));
      expect(error.key).toBe('options.invalidDate');
      expect(error.parameters).toEqual({ field: { message: 'options.asOf' } });
    }
  });

  it('asks for a sheet when there is none, or no column has a role', () => {
    for (const input of [
      null,
      [],
      'settings',
      withChanges({ sources: undefined }),
      withChanges({ sources: [] }),
      withChanges({ sources: [{ sheet: 'Orders', headerRow: 1, roles: {} }] }),
      withChanges({ sources: [{ sheet: 'Orders', roles: { customer: { column: 0, heading: 'x' } } }] }),
      withChanges({ sources: [{ sheet: 'Orders', roles: { customer: { column: 1.5 } } }] }),
      withChanges({ sources: [{ roles: { customer: { column: 1 } } }] }),
    ])
      expect(errorOf(input).key).toBe('data.chooseSheet');
  });

  it('asks for a metric when none is known', () => {
    for (const metrics of [undefined, [], ['revenue'], 'nps'])
      expect(errorOf(withChanges({ metrics })).key).toBe('metrics.noneChosen');
  });

  it('drops unknown metrics and lists the rest in the wizard’s order', () => {
    expect(parseWizardSettings(withChanges({ metrics: ['clv', 'revenue', 'nps', 'nps'] })).metrics).toEqual([
      'nps',
      'clv',
    ]);
  });

  it('cleans each sheet mapping', () => {
    const parsed = parseWizardSettings(
      withChanges({
        sources: [
          {
            sheet: 'Orders',
            headerRow: -3,
            roles: { customer: { column: 2, heading: 7 }, amount: null, colour: { column: 9, heading: 'x' } },
          },
          { sheet: 'Other', headerRow: 2.5, roles: { score: { column: 1, heading: 'Score' } } },
        ],
      }),
    );
    expect(parsed.sources).toEqual([
      { sheet: 'Orders', headerRow: 0, roles: { customer: { column: 2, heading: '' } } },
      { sheet: 'Other', headerRow: 0, roles: { score: { column: 1, heading: 'Score' } } },
    ]);
  });
});

describe('defaultOptions', () => {
  it('picks the currency of each language', () => {
    expect(defaultOptions('en').currency).toBe('USD');
    expect(defaultOptions('th').currency).toBe('THB');
    expect(defaultOptions('fa').currency).toBe('IRR');
    expect(defaultOptions('zh-TW').currency).toBe('TWD');
  });
});
