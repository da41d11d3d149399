/**
 * The example workbook: "Bean There", a small subscription coffee shop, two
 * years of its own exports. Deterministic (seeded), so every run and every
 * machine sees the same numbers.
 *
 *   Customers  one row per subscription: id, name, start, cancel date (blank while active), source, plan
 *   Orders     one row per order line: order id, customer, date, amount, product
 *   Responses  one row per survey answer: date, customer, segment (plan), NPS 0-10, CSAT 1-5, CES 1-7
 *   Summary           the add-on's survey formulas over those sheets, and whether loyalty pays (NPS_IMPACT)
 *   Customer metrics  its customer and order formulas, some by segment
 *
 * Like real exports they have a heading row, a few blank rows, and a few
 * text cells ("N/A" answers, an amount typed as "$24.00").
 */

import { seededRandom } from '../scripts/lib/seededRandom';

export type Cell = string | number | boolean | null;
export type SheetRows = Cell[][];

export interface Workbook {
  readonly sheets: Record<string, SheetRows>;
  /** Formulas per sheet (A1 address -> formula, or a value a formula reads), added after the data. */
  readonly formulas: Record<string, Record<string, string | number>>;
  /** Number formats per sheet, A1 range -> Sheets number format, as a person would set them. */
  readonly formats: Record<string, Record<string, string>>;
}

const FIRST_DAY = Date.UTC(2023, 0, 1);
const DAYS = 731; // 2023-01-01 .. 2024-12-31
const MS_PER_DAY = 86_400_000;

const PLANS = [
  { name: 'Espresso', price: 24, loyalty: 0.3 },
  { name: 'Single origin', price: 32, loyalty: 0.6 },
  { name: 'Decaf', price: 22, loyalty: 0 },
  { name: 'Office', price: 45, loyalty: 0.8 },
] as const;
const SOURCES = ['Instagram', 'Google', 'Referral', 'Farmers market', 'Newsletter'] as const;
const EXTRAS = [
  { product: 'Ceramic mug', price: 14 },
  { product: 'Hand grinder', price: 39 },
  { product: 'Gift box', price: 28 },
  { product: 'Filter papers', price: 6 },
] as const;
const FIRST_NAMES = [
  'Ana',
  'Ben',
  'Chai',
  'Dara',
  'Eli',
  'Farah',
  'Gus',
  'Hana',
  'Ivo',
  'Jun',
  'Kemal',
  'Lena',
  'Mai',
  'Nico',
  'Omid',
  'Pim',
  'Quinn',
  'Rosa',
  'Sami',
  'Tao',
];
const LAST_NAMES = [
  'Silva',
  'Berg',
  'Wong',
  'Rahimi',
  'Novak',
  'Okafor',
  'Suzuki',
  'Moreau',
  'Kaur',
  'Jensen',
  'Tanaka',
  'Ruiz',
];

const isoDay = (day: number): string => new Date(FIRST_DAY + day * MS_PER_DAY).toISOString().slice(0, 10);

export function coffeeShopWorkbook(seed = 2024): Workbook {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];

  const customers: SheetRows = [['Customer ID', 'Name', 'Start date', 'Cancel date', 'Source', 'Plan']];
  const orders: SheetRows = [['Order ID', 'Customer ID', 'Order date', 'Amount', 'Product']];
  const responses: SheetRows = [
    ['Response date', 'Customer ID', 'Segment', 'Likelihood to recommend (0-10)', 'Satisfaction (1-5)', 'Ease (1-7)'],
  ];
  let orderNumber = 10_000;

  for (let i = 0; i < 420; i++) {
    const id = 1001 + i;
    // Sign-ups grow through the two years.
    const start = Math.floor(DAYS * Math.sqrt(random()));
    const plan = pick(PLANS);
    const source = pick(SOURCES);
    // Monthly churn of 2% to 7% on average, lower for loyal plans and for referrals; each customer has their own
    // (the plan's average times an exponential draw, so some stay for years and some leave in the first months),
    // as the shifted-beta-geometric model of retention expects subscribers to differ.
    const averageChurn = 0.07 - 0.04 * plan.loyalty - (source === 'Referral' ? 0.01 : 0);
    const monthlyChurn = Math.min(0.6, averageChurn * -Math.log(1 - random()));
    let end: number | null = null;
    for (let month = 1; start + month * 30 < DAYS; month++) {
      if (random() < monthlyChurn) {
        end = start + month * 30 - Math.floor(random() * 10);
        break;
      }
    }
    const lastActive = end ?? DAYS - 1;
    customers.push([
      id,
      `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`,
      isoDay(start),
      end === null ? null : isoDay(end),
      source,
      plan.name,
    ]);

    // A delivery every 30 days while subscribed, sometimes with an extra item in the same order.
    for (let day = start; day <= lastActive; day += 30) {
      const orderId = `B-${orderNumber++}`;
      orders.push([orderId, id, isoDay(day), plan.price, plan.name]);
      if (random() < 0.12) {
        const extra = pick(EXTRAS);
        orders.push([orderId, id, isoDay(day), extra.price, extra.product]);
      }
    }
    // Occasional one-off purchases in the shop.
    const visits = Math.floor(random() * 3);
    for (let v = 0; v < visits; v++) {
      const day = start + Math.floor(random() * (lastActive - start + 1));
      const extra = pick(EXTRAS);
      orders.push([`B-${orderNumber++}`, id, isoDay(day), extra.price, extra.product]);
    }

    // Survey: more than half of the customers answer, many twice (about 40 answers a quarter, enough to read an NPS
    // by quarter); unhappy ones are likelier to leave.
    const answers = random() < 0.6 ? 1 + (random() < 0.5 ? 1 : 0) : 0;
    for (let a = 0; a < answers; a++) {
      const day = start + Math.floor(random() * (lastActive - start + 1));
      const mood = plan.loyalty + (end === null ? 0.4 : -0.3) + (random() - 0.5) * 1.6;
      const nps = Math.max(0, Math.min(10, Math.round(7 + 3.2 * mood)));
      const csat = Math.max(1, Math.min(5, Math.round(3.6 + 1.6 * mood)));
      const ces = Math.max(1, Math.min(7, Math.round(5 + 1.8 * mood)));
      responses.push([isoDay(day), id, plan.name, random() < 0.04 ? 'N/A' : nps, csat, ces]);
    }
  }

  // Exports come sorted by date, with the mess of real files.
  const byDateThenId = (column: number) => (x: Cell[], y: Cell[]) =>
    String(x[column]).localeCompare(String(y[column])) || String(x[0]).localeCompare(String(y[0]));
  const sortedOrders = [orders[0], ...orders.slice(1).sort(byDateThenId(2))];
  const sortedResponses = [responses[0], ...responses.slice(1).sort(byDateThenId(0))];
  sortedOrders[40][3] = `$${Number(sortedOrders[40][3]).toFixed(2)}`;
  sortedOrders.splice(120, 0, [null, null, null, null, null]);
  sortedResponses[12][3] = 'Prefer not to say';
  sortedResponses.splice(30, 0, [null, null, null, null, null, null]);
  customers.splice(200, 0, [null, null, null, null, null, null]);
  // The last row of 2023 answers (rows are 1-based and row 1 is the heading), for comparing the two years.
  const lastRowOf2023 = sortedResponses.findIndex(
    (row, i) => i > 0 && row[0] !== null && String(row[0]) >= '2024-01-01',
  );

  return {
    sheets: {
      Customers: customers,
      Orders: sortedOrders,
      Responses: sortedResponses,
      Summary: [],
      'Customer metrics': [],
    },
    formulas: {
      'Customer metrics': {
        A1: 'Customers and orders (Q4 2024)',
        A2: 'Churn rate',
        B2: '=CHURN_RATE(Customers!C2:C, Customers!D2:D, "2024-10-01", "2024-12-31")',
        A3: 'Retention rate',
        B3: '=RETENTION_RATE(Customers!C2:C, Customers!D2:D, "2024-10-01", "2024-12-31")',
        A4: 'Referral rate',
        B4: '=REFERRAL_RATE(Customers!E2:E, "Referral")',
        A5: 'Repeat purchase rate',
        B5: '=REPEAT_PURCHASE_RATE(Orders!B2:B, Orders!C2:C)',
        A6: 'Upsell rate',
        B6: '=UPSELL_RATE(Orders!B2:B, Orders!E2:E)',
        A7: 'Orders per customer',
        B7: '=PURCHASE_FREQUENCY(Orders!B2:B)',
        A8: 'Average order value',
        B8: '=AVG_ORDER_VALUE(Orders!D2:D, Orders!A2:A)',
        A9: 'Gross margin',
        B9: 0.6,
        A10: 'CLV (3 years)',
        B10: '=CLV(Orders!B2:B, Orders!C2:C, Orders!D2:D, 3, B9)',
        D1: 'Churn by quarter',
        D2: '=CHURN_TREND(Customers!C2:C, Customers!D2:D, "quarter")',
        L1: 'Cohorts by quarter',
        L2: '=COHORT_RETENTION(Orders!B2:B, Orders!C2:C, "quarter")',
        A22: 'RFM segments',
        A23: '=RFM_SUMMARY(Orders!B2:B, Orders!C2:C, Orders!D2:D)',
        A36: 'Churn by plan (Q4 2024)',
        A37: '=CHURN_BY(Customers!F2:F, Customers!C2:C, Customers!D2:D, "2024-10-01", "2024-12-31")',
        A45: 'CLV by acquisition source (3 years)',
        A46: '=CLV_BY({Customers!A2:A, Customers!E2:E}, Orders!B2:B, Orders!C2:C, Orders!D2:D, 3, B9)',
      },
      Summary: {
        A1: 'Survey',
        A2: 'NPS',
        B2: '=NPS(Responses!D:D)',
        A3: 'CSAT (top two boxes)',
        B3: '=CSAT(Responses!E:E)',
        A4: 'CES (1-7)',
        B4: '=CES(Responses!F:F)',
        A6: '=NPS_SUMMARY(Responses!D:D)',
        D1: 'NPS by quarter',
        D2: '=NPS_TREND(Responses!A:A, Responses!D:D, "quarter")',
        D12: 'NPS by plan',
        D13: '=NPS_BY(Responses!C:C, Responses!D:D)',
        A20: 'NPS 2023 (A) vs 2024 (B)',
        A21: `=NPS_COMPARE(Responses!D2:D${lastRowOf2023}, Responses!D${lastRowOf2023 + 1}:D${sortedResponses.length})`,
        A28: 'Does loyalty pay? Orders in the 90 days after each answer',
        A29: '=NPS_IMPACT(Responses!B2:B, Responses!A2:A, Responses!D2:D, Orders!B2:B, Orders!C2:C, Orders!D2:D, 90)',
        A38: 'Did detractors leave sooner? Cancellations in the 90 days after each answer',
        A39: '=NPS_CHURN_IMPACT(Responses!B2:B, Responses!A2:A, Responses!D2:D, Customers!A2:A, Customers!C2:C, Customers!D2:D, 90, "2024-12-31")',
      },
    },
    formats: {
      'Customer metrics': {
        'B2:B6': '0.0%',
        B7: '0.00',
        B8: '$#,##0.00',
        B9: '0.0%',
        B10: '$#,##0.00',
        'I3:J30': '0.0%',
        'N3:Z12': '0%',
        'C24:C34': '0.0%',
        'D24:D34': '$#,##0',
        'E24:E34': '0.0%',
        'C38:F42': '0.0%',
        'G38:G42': '0.000',
        'C47:F52': '$#,##0',
        'G47:G52': '0.000',
      },
      Summary: {
        B2: '0.0',
        B3: '0.0%',
        B4: '0.00',
        'B10:B12': '0.0%',
        'B13:B16': '0.0',
        'F3:H9': '0.0',
        'F14:H17': '0.0',
        'B21:B24': '0.00',
        B25: '0.0000',
        'C30:E33': '0.0%',
        'F30:F33': '0.00',
        'G30:I33': '$#,##0.00',
        G34: '0.00',
        J33: '0.000',
        'C40:E43': '0.0%',
        F43: '0.000',
      },
    },
  };
}
