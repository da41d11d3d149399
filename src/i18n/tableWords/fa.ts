/**
 * The table functions' words in Persian (fa): see tableWords.ts. Persian letters (ی, ک), numbers in Latin digits
 * as in formulas, half-spaces (U+200C) where Persian orthography joins a word's parts (پاسخ‌ها, پیش‌بینی‌شده).
 *
 * Terminology follows the add-on's own Persian: the wizard (src/i18n/messages/fa.ts: مروجان, منتقدان, نرخ ریزش,
 * نرخ حفظ مشتری, کوهورت, بازهٔ اطمینان, شناسهٔ مشتری, نرخ خرید مجدد) and the glosses the function help gives each
 * heading where it introduces it (src/i18n/functionHelp/fa.ts: منفعلان, تازگی, تناوب, ارزش پولی, پنجره,
 * کالیبراسیون, آزمون z دو نسبت, آزمون t ولش, the RFM segment names قهرمانان ... در خواب زمستانی), so that a
 * dashboard's tables and the help read alike. Acronyms and symbols Persian analysts write in Latin letters stay
 * so: NPS, CLV, CI, DERL, p-value, z, t, T, R, F, M.
 */

import type { TableWords } from './tableWords';

export const FA_TABLE_WORDS: TableWords = {
  // NPS
  Responses: 'تعداد پاسخ‌ها',
  Promoters: 'مروجان',
  Passives: 'منفعلان',
  Detractors: 'منتقدان',
  'Promoters %': 'درصد مروجان',
  'Passives %': 'درصد منفعلان',
  'Detractors %': 'درصد منتقدان',
  NPS: 'NPS',
  'Margin of error': 'حاشیهٔ خطا',
  'CI low': 'کران پایین CI',
  'CI high': 'کران بالای CI',
  Ignored: 'پاسخ‌های نادیده‌گرفته',
  'NPS A': 'NPS A',
  'NPS B': 'NPS B',
  'Difference (B - A)': 'تفاوت (B - A)',
  z: 'z',
  'p-value': 'p-value',
  Significant: 'معنادار',
  'Period start': 'آغاز دوره',
  Segment: 'بخش',
  '(blank)': '(خالی)',

  // Customers, churn and retention
  'Customers at start': 'مشتریان آغاز دوره',
  New: 'مشتریان جدید',
  Lost: 'مشتریان از دست‌رفته',
  'Customers at end': 'مشتریان پایان دوره',
  'Churn rate': 'نرخ ریزش',
  'Retention rate': 'نرخ حفظ مشتری',
  Parameter: 'پارامتر',
  Estimate: 'برآورد',
  'Std. error': 'خطای استاندارد',
  'Log-likelihood': 'لگاریتم درست‌نمایی',
  Customers: 'تعداد مشتریان',
  Churned: 'ترک‌کرده‌ها',
  'Still active': 'هنوز مشترک',
  'Expected lifetime (periods)': 'طول عمر مورد انتظار (دوره)',
  'unbounded (alpha <= 1)': 'نامحدود (alpha <= 1)',
  'unbounded (c x alpha <= 1)': 'نامحدود (c x alpha <= 1)',
  Period: 'دوره',
  Survival: 'بقا',
  'Actual survival': 'بقای واقعی',
  Customer: 'مشتری',
  'Periods paid': 'دوره‌های پرداخت‌شده',
  'Probability of renewing next': 'احتمال تمدید بعدی',
  DERL: 'DERL',
  'Residual value': 'ارزش باقی‌مانده',
  'New customer': 'مشتری تازه',
  'Active base': 'پایگاه مشتریان فعال',

  // Orders, cohorts and RFM
  Frequency: 'تناوب',
  Recency: 'تازگی',
  T: 'T',
  'Monetary value': 'ارزش پولی',
  Cohort: 'کوهورت',
  'Period {n}': 'دورهٔ {n}',
  'Periods after the first order': 'دوره‌های پس از نخستین سفارش',
  'All cohorts (weighted average)': 'همهٔ کوهورت‌ها (میانگین وزنی)',
  'Cohort of {text}': 'کوهورت {text}',
  Monetary: 'ارزش پولی',
  R: 'R',
  F: 'F',
  M: 'M',
  Champions: 'قهرمانان',
  'Loyal Customers': 'مشتریان وفادار',
  'Potential Loyalists': 'وفاداران بالقوه',
  'New Customers': 'مشتریان جدید',
  Promising: 'امیدوارکننده',
  'Need Attention': 'نیازمند توجه',
  'About to Sleep': 'رو به خواب',
  'At Risk': 'در معرض خطر',
  "Can't Lose": 'نباید از دست برود',
  Hibernating: 'در خواب زمستانی',
  'Share of customers': 'سهم از مشتریان',
  Revenue: 'درآمد',
  'Share of revenue': 'سهم از درآمد',

  // By segment
  Rest: 'بقیه',
  'p-value (two-proportion z)': 'p-value (آزمون z دو نسبت)',
  'p-value (Welch t)': 'p-value (آزمون t ولش)',
  'Differs from rest': 'متفاوت با بقیه',
  Note: 'یادداشت',
  'fewer than {n} customers at the start: no significance claim': 'کمتر از {n} مشتری در آغاز دوره: بدون ادعای معناداری',
  'fewer than {n} customers at the start in the rest: no significance claim':
    'بقیه در آغاز دوره کمتر از {n} مشتری دارند: بدون ادعای معناداری',
  'no customers at the start in the rest: nothing to compare with':
    'بقیه در آغاز دوره مشتری ندارند: چیزی برای مقایسه نیست',
  'fewer than {n} customers: no significance claim': 'کمتر از {n} مشتری: بدون ادعای معناداری',
  'fewer than {n} customers in the rest: no significance claim': 'بقیه کمتر از {n} مشتری دارند: بدون ادعای معناداری',
  'no customers in the rest: nothing to compare with': 'بقیه مشتری ندارند: چیزی برای مقایسه نیست',
  'fewer than {n} orders: no significance claim': 'کمتر از {n} سفارش: بدون ادعای معناداری',
  'fewer than {n} orders in the rest: no significance claim': 'بقیه کمتر از {n} سفارش دارند: بدون ادعای معناداری',
  'no orders in the rest: nothing to compare with': 'بقیه سفارشی ندارند: چیزی برای مقایسه نیست',
  'no customers at the start of the period': 'در آغاز دوره مشتری‌ای نیست',
  'no spread in the segment or the rest: no test': 'بخش یا بقیه هیچ پراکندگی ندارد: بدون آزمون',
  '{n} segments tested: at 95% about 1 in 20 differs from the rest by chance alone':
    '{n} بخش آزموده شد: در سطح 95% از هر 20 بخش حدود 1 بخش تنها بر اثر تصادف با بقیه فرق دارد',
  '(all)': '(همه)',
  '(not listed)': '(در فهرست نیست)',
  'Repeat purchase rate': 'نرخ خرید مجدد',
  Orders: 'تعداد سفارش‌ها',
  'Average order value': 'میانگین ارزش سفارش',
  CLV: 'CLV',

  // NPS_IMPACT, NPS_CHURN_IMPACT
  Group: 'گروه',
  Respondents: 'تعداد پاسخ‌دهندگان',
  'Bought again': 'سهم خرید دوباره',
  'Orders per respondent': 'سفارش به ازای هر پاسخ‌دهنده',
  'Revenue per respondent': 'درآمد به ازای هر پاسخ‌دهنده',
  'Revenue CI low': 'کران پایین CI درآمد',
  'Revenue CI high': 'کران بالای CI درآمد',
  'Promoters - detractors': 'مروجان - منتقدان',
  'Promoters / detractors': 'مروجان / منتقدان',
  'no respondents': 'بدون پاسخ‌دهنده',
  'fewer than {n} respondents: no significance claim': 'کمتر از {n} پاسخ‌دهنده: بدون ادعای معناداری',
  'fewer than {n} promoters or detractors: no significance claim': 'کمتر از {n} مروج یا منتقد: بدون ادعای معناداری',
  'no promoters or no detractors: no comparison': 'مروجی نیست یا منتقدی نیست: بدون مقایسه',
  // The two notes filled in with the column they test (exact keys win over the templates below).
  'p-value: two-proportion z test on Bought again; differs at 95%':
    'p-value: آزمون z دو نسبت روی «سهم خرید دوباره»؛ در سطح 95% متفاوت است',
  'p-value: two-proportion z test on Bought again; no difference at 95%':
    'p-value: آزمون z دو نسبت روی «سهم خرید دوباره»؛ در سطح 95% تفاوتی دیده نشد',
  'p-value: two-proportion z test on Churned; differs at 95%':
    'p-value: آزمون z دو نسبت روی «ترک‌کرده‌ها»؛ در سطح 95% متفاوت است',
  'p-value: two-proportion z test on Churned; no difference at 95%':
    'p-value: آزمون z دو نسبت روی «ترک‌کرده‌ها»؛ در سطح 95% تفاوتی دیده نشد',
  'p-value: two-proportion z test on {text}; differs at 95%':
    'p-value: آزمون z دو نسبت روی «{text}»؛ در سطح 95% متفاوت است',
  'p-value: two-proportion z test on {text}; no difference at 95%':
    'p-value: آزمون z دو نسبت روی «{text}»؛ در سطح 95% تفاوتی دیده نشد',
  'revenue per respondent, promoters / detractors': 'درآمد به ازای هر پاسخ‌دهنده، مروجان / منتقدان',
  'Left out: window not over by as_of': 'کنارگذاشته: پنجره تا as_of تمام نشده است',
  'Left out: no customer id': 'کنارگذاشته: بدون شناسهٔ مشتری',
  'Left out: not in the customer list': 'کنارگذاشته: در فهرست مشتریان نیست',
  'Left out: not a customer on the answer day': 'کنارگذاشته: در روز پاسخ مشتری نبود',

  // BENCHMARK
  Value: 'مقدار',
  Unit: 'واحد',
  'Data year': 'سال داده',
  Publisher: 'ناشر',
  Source: 'منبع',
  Address: 'نشانی',
  Definition: 'تعریف',
  'Comparable with': 'قابل مقایسه با',
  Geography: 'جغرافیا',
  Sample: 'نمونه',
  Notes: 'یادداشت‌ها',

  // BTYD_VALIDATE, BTYD_FIT, CLV_PREDICT
  'Repeat purchases in calibration': 'خریدهای تکراری در دورهٔ کالیبراسیون',
  Actual: 'واقعی',
  Predicted: 'پیش‌بینی‌شده',
  'Week ending': 'پایان هفته',
  'Actual cumulative': 'تجمعی واقعی',
  'Predicted cumulative': 'تجمعی پیش‌بینی‌شده',
  '7+': '7+',
  Total: 'مجموع',
  'Mean absolute error per customer': 'میانگین خطای مطلق هر مشتری',
  'Holdout weeks': 'هفته‌های دورهٔ آزمون',
  'Left out: first purchase after calibration_end': 'کنارگذاشته: نخستین خرید پس از calibration_end',
  'Repeat customers': 'مشتریان تکراری',
  'Weeks of data': 'تعداد هفته‌های داده',
  Patterns: 'تعداد الگوها',
  'P(alive)': 'احتمال فعال ماندن',
  'Expected purchases': 'خریدهای مورد انتظار',
  'Expected spend per purchase': 'هزینهٔ مورد انتظار هر خرید',
  'Predicted CLV': 'CLV پیش‌بینی‌شده',
  'Spend model': 'مدل هزینه',
  'Gamma-Gamma': 'Gamma-Gamma',
  'not fitted: a table of patterns has no spend': 'برازش نشده: جدول الگوها دادهٔ هزینه ندارد',
  'not fitted: the summary has no Monetary value': 'برازش نشده: جدول خلاصه ستون Monetary value ندارد',

  // Survey scores
  'fewer than {n} answers: too few to read': 'کمتر از {n} پاسخ: برای تفسیر بسیار کم است',
};
