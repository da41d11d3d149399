/**
 * The Persian (fa) translation of the catalog's help text, shown in the "Function help" dialog when the user's
 * language is Persian. Keys are function and parameter names exactly as in the catalog. Function names, parameter
 * names, option values in quotes such as "month" or "bgnbd", formula snippets, cell references, numbers (in Latin
 * digits, as typed in formulas) and units like % stay untranslated, and so do the column and row labels the functions
 * write (Period start, Churn rate, Champions...), which are followed by a Persian gloss where they are introduced.
 */

import type { FunctionHelpTranslation } from './functionHelpText';

const SCORES =
  'پاسخ‌های 0-10، مثلاً C2:C. متنی مانند "N/A" نادیده گرفته (و شمرده) می‌شود؛ عنوان ستون در ردیف اول رد می‌شود.';
const START_DATES = 'تاریخ شروع هر مشتری (ثبت‌نام، اشتراک)، مثلاً C2:C.';
const END_DATES = 'تاریخی که هر مشتری ترک کرد (لغو کرد)؛ تا وقتی هنوز مشتری است خالی می‌ماند، مثلاً D2:D.';
const PERIOD_START = 'نخستین روز دوره، مثلاً DATE(2024,1,1).';
const PERIOD_END = 'آخرین روز دوره (خود این روز هم جزو دوره است)، مثلاً DATE(2024,1,31).';
const PERIOD = '"day"، "week"، "month"، "quarter" یا "year" (روز، هفته، ماه، فصل یا سال)؛ اگر خالی باشد "month".';
const FRACTION = 'کسری از 0 تا 1 (با قالب % نمایش دهید).';
const CUSTOMER_IDS = 'مشتری هر سفارش، مثلاً B2:B.';
const ORDER_DATES = 'تاریخ هر سفارش، مثلاً C2:C.';
const AMOUNTS = 'مبلغ هر سفارش، مثلاً D2:D.';
const AS_OF = 'تاریخ تحلیل: سفارش‌های پس از آن کنار گذاشته می‌شوند؛ اگر خالی باشد، تاریخ آخرین سفارش.';
const GROSS_MARGIN = 'سهمی از درآمد که به‌عنوان سود ناخالص می‌ماند، مثلاً 0.6؛ اگر خالی باشد 1.';
const MODEL_CUSTOMER_IDS =
  'مشتری هر سفارش، مثلاً B2:B؛ یا یک جدول خلاصه با ردیف سرستون‌هایش: frequency, recency, T, customers ' +
  '(یک ردیف برای هر الگوی مشتریان) یا Customer, Frequency, Recency, T, Monetary value ' +
  '(CUSTOMER_SUMMARY بر حسب هفته)، که در این صورت بازه‌های دیگر سفارش خالی می‌مانند (جزئیات را ببینید).';
const MODEL_ORDER_DATES = 'تاریخ هر سفارش، مثلاً C2:C؛ وقتی customer_ids یک جدول خلاصه است، خالی بماند.';
const MODEL_AMOUNTS = 'مبلغ هر سفارش، مثلاً D2:D (صفر یا بیشتر)؛ وقتی customer_ids یک جدول خلاصه است، خالی بماند.';
const FROM_A_SUMMARY =
  'به‌جای ردیف‌های سفارش، customer_ids می‌تواند یک جدول خلاصه باشد (order_dates، amounts و as_of خالی بمانند)، ' +
  'با ردیف سرستون frequency, recency, T, customers (یک ردیف برای هر الگو: مشتریانی با سابقهٔ یکسان بر حسب هفته ' +
  'با تعدادشان در یک ردیف جمع شده‌اند، همان‌طور که یک پرس‌وجو در انبار داده می‌تواند برگرداند) یا Customer, ' +
  'Frequency, Recency, T, Monetary value از CUSTOMER_SUMMARY بر حسب هفته؛ بزرگی و کوچکی حروف سرستون‌ها مهم نیست. ' +
  'frequency باید عدد صحیح باشد، recency و T برابر 0 یا بیشتر، با recency حداکثر برابر T و برابر 0 دقیقاً وقتی ' +
  'frequency برابر 0 است، و customers عدد صحیح 1 یا بیشتر: هر چیز دیگری خطایی است که ردیف را نام می‌برد.';
const MODEL_AS_OF =
  'پایان داده‌هایی که مدل‌ها از آن‌ها یاد می‌گیرند: سفارش‌های بعدی کنار گذاشته می‌شوند (تا پیش‌بینی‌ها روی آن‌ها ' +
  'آزموده شوند)؛ اگر خالی باشد، تاریخ آخرین سفارش.';
const MODEL = '"bgnbd" (BG/NBD)، "mbgnbd" (MBG/NBD) یا "pnbd" (Pareto/NBD)؛ اگر خالی باشد "bgnbd".';
const ADJUSTED_WALD_95 = 'بازه، بازهٔ Wald تعدیل‌شده (adjusted-Wald) در سطح 95% است (نگاه کنید به NPS_SUMMARY).';
const NOT_A_SCORE =
  'متنی مانند "N/A" نادیده گرفته می‌شود؛ عددی خارج از مقیاس یا غیرصحیح خطایی می‌دهد که شمارهٔ ردیف آن را ذکر می‌کند.';

export const FA_FUNCTION_HELP: FunctionHelpTranslation = {
  NPS: {
    summary: 'Net Promoter Score (NPS) برای پاسخ‌های 0-10: % مروجان (9-10) منهای % منتقدان (0-6)، از -100 تا 100.',
    returns: 'عددی از -100 تا 100.',
    details:
      'NPS = 100 x (مروجان - منتقدان) / پاسخ‌های معتبر (Reichheld 2003). مروجان 9 یا 10 پاسخ می‌دهند، ' +
      'منفعل‌ها 7 یا 8 و منتقدان 0 تا 6. نتیجه گرد نمی‌شود. سلول‌های خالی رد می‌شوند؛ متنی مانند "N/A" ' +
      'نادیده گرفته می‌شود؛ عددی خارج از 0-10 یا غیرصحیح خطایی می‌دهد که شمارهٔ ردیف آن را ذکر می‌کند.',
    parameters: { scores: SCORES },
  },
  NPS_SUMMARY: {
    summary: 'NPS همراه با تعدادها، سهم‌ها و بازهٔ اطمینان، به‌صورت جدولی دوستونی.',
    returns: 'جدولی 12 ردیفی از برچسب‌ها و مقادیر؛ سهم‌ها کسر اعشاری‌اند (با قالب % نمایش دهید).',
    details:
      'ردیف‌ها: Responses (تعداد پاسخ‌ها)، Promoters، Passives، Detractors (تعداد مروجان، منفعل‌ها و منتقدان)، ' +
      'Promoters %، Passives %، Detractors % (سهم هر گروه)، NPS، Margin of error (حاشیهٔ خطا)، CI low، CI high ' +
      '(کران پایین و بالای بازهٔ اطمینان)، Ignored (پاسخ‌های نادیده‌گرفته). بازه، بازهٔ Wald تعدیل‌شده (adjusted-Wald) ' +
      'برای NPS است (Rocks 2016): به n عدد 3 و به هر یک از تعداد مروجان و منتقدان 3/4 افزوده می‌شود، سپس ' +
      'NPS +- z x SE با واریانس توزیع سه‌جمله‌ای محاسبه و به بازهٔ [-100, 100] محدود می‌شود. این بازه برای نمونه‌های ' +
      'کوچک و نمونه‌هایی که همه مروج‌اند نیز قابل اتکا می‌ماند. Ignored پاسخ‌های متنی را می‌شمارد.',
    parameters: {
      scores: SCORES,
      confidence: 'سطح اطمینان بازه؛ اگر خالی باشد 0.95.',
    },
  },
  NPS_COMPARE: {
    summary:
      'NPS دو گروه از پاسخ‌های 0-10 را مقایسه می‌کند: تفاوت، z، مقدار p (p-value) و اینکه تفاوت معنادار است یا نه.',
    returns: 'جدولی 6 ردیفی: NPS A، NPS B، Difference (B - A) (تفاوت)، z، p-value، Significant (معنادار بودن).',
    details:
      'آزمون z دونمونه‌ای روی NPS B - NPS A با واریانس سادهٔ توزیع سه‌جمله‌ای هر گروه: var = (p + d) - (p - d)^2 ' +
      '(p و d سهم مروجان و منتقدان‌اند) و SE = sqrt(var_a/n_a + var_b/n_b)؛ p-value دوطرفه است. Significant وقتی ' +
      'TRUE است که p < 1 - confidence. گروه‌ها باید مستقل باشند (پاسخ‌دهندگان متفاوت). اگر هیچ‌یک از دو گروه ' +
      'پراکندگی نداشته باشد (همهٔ پاسخ‌ها در یک دسته) و امتیازها متفاوت باشند، خطای استانداردی وجود ندارد و تابع ' +
      'همین را اعلام می‌کند.',
    parameters: {
      scores_a: 'پاسخ‌های 0-10 گروه اول (گروه پایه).',
      scores_b: 'پاسخ‌های 0-10 گروه دوم.',
      confidence: 'سطح اطمینان آزمون؛ اگر خالی باشد 0.95.',
    },
  },
  NPS_TREND: {
    summary: 'NPS به تفکیک روز، هفته، ماه، فصل یا سال، همراه با بازهٔ اطمینان 95% برای هر دوره.',
    returns:
      'جدولی با ستون‌های Period start (آغاز دوره)، Responses (تعداد پاسخ‌ها)، NPS، CI low و CI high ' +
      '(کران پایین و بالای بازهٔ اطمینان).',
    details:
      'برای هر دوره، از نخستین پاسخ تا آخرین، یک ردیف، بر اساس منطقهٔ زمانی صفحه‌گسترده؛ هفته‌ها از دوشنبه آغاز ' +
      'می‌شوند. دوره‌ای که پاسخی ندارد 0 پاسخ نشان می‌دهد و NPS و بازهٔ آن خالی می‌ماند. ' +
      ADJUSTED_WALD_95 +
      ' هر امتیاز باید در همان ردیف تاریخ داشته باشد.',
    parameters: {
      dates: 'تاریخ‌های پاسخ، مثلاً A2:A (سلول‌های تاریخ، یا متنی مانند 2024-03-15).',
      scores: SCORES,
      period: PERIOD,
    },
  },
  NPS_BY: {
    summary: 'NPS به تفکیک بخش (پلن، منطقه، کانال و ...)، به ترتیب از بزرگ‌ترین بخش، همراه با بازه‌های اطمینان 95%.',
    returns:
      'جدولی با ستون‌های Segment (بخش)، Responses (تعداد پاسخ‌ها)، NPS، CI low و CI high ' +
      '(کران پایین و بالای بازهٔ اطمینان).',
    details:
      'برای هر برچسب بخش متمایز یک ردیف، مرتب‌شده بر اساس تعداد پاسخ‌ها (بیشترین اول؛ در صورت برابری بر اساس ' +
      'برچسب). برچسب‌ها به‌صورت متن، پس از حذف فاصله‌های ابتدا و انتها و با حساسیت به حروف بزرگ و کوچک مقایسه ' +
      'می‌شوند. پاسخی که بخش آن خالی است زیر "(blank)" گروه‌بندی می‌شود. ' +
      ADJUSTED_WALD_95,
    parameters: {
      segments: 'بخش هر پاسخ، مثلاً D2:D.',
      scores: SCORES,
    },
  },
  CSAT: {
    summary:
      'امتیاز رضایت مشتری (Customer Satisfaction Score): سهم پاسخ‌هایی که برابر یا بالاتر از آستانه‌اند ' +
      '(به‌طور پیش‌فرض دو گزینهٔ بالا، یعنی top-two-box، در مقیاس 1-5).',
    returns: 'کسری از 0 تا 1.',
    details:
      'CSAT = تعداد پاسخ‌های >= threshold / پاسخ‌های معتبر، به‌صورت کسر (با قالب % نمایش دهید). مقیاس از 1 تا ' +
      'scale_max است (اگر خالی باشد 5)؛ threshold به‌طور پیش‌فرض scale_max - 1 است، یعنی دو گزینهٔ بالا. ' +
      NOT_A_SCORE,
    parameters: {
      scores: 'پاسخ‌ها، مثلاً E2:E، اعداد صحیح از 1 تا scale_max.',
      scale_max: 'بالاترین مقدار مقیاس؛ اگر خالی باشد 5.',
      threshold: 'پایین‌ترین پاسخی که رضایت به شمار می‌آید؛ اگر خالی باشد scale_max - 1.',
    },
  },
  CES: {
    summary: 'امتیاز تلاش مشتری (Customer Effort Score): میانگین پاسخ‌ها در مقیاس تلاش 1-7 (یا 1-scale_max).',
    returns: 'عددی از 1 تا scale_max.',
    details:
      'CES = میانگین پاسخ‌های معتبر در مقیاسی از 1 تا scale_max (اگر خالی باشد 7؛ CES 2.0 می‌پرسد پاسخ‌دهنده ' +
      'تا چه حد موافق است که «شرکت رسیدگی به مشکلم را برایم آسان کرد»). ' +
      NOT_A_SCORE,
    parameters: {
      scores: 'پاسخ‌ها، مثلاً F2:F، اعداد صحیح از 1 تا scale_max.',
      scale_max: 'بالاترین مقدار مقیاس؛ اگر خالی باشد 7.',
    },
  },
  CHURN_RATE: {
    summary: 'نرخ ریزش مشتری در یک دوره: از مشتریانی که در آغاز دوره فعال بودند، سهمی که در طول همان دوره ترک کردند.',
    returns: FRACTION,
    details:
      'نرخ ریزش = مشتریانی که در طول دوره ترک کردند / مشتریانی که در آغاز دوره فعال بودند (پیش از period_start ' +
      'شروع کرده‌اند و تاریخ پایانشان خالی است یا در period_start یا پس از آن است). مشتریانی که در طول دوره شروع ' +
      'می‌کنند نه در صورت شمرده می‌شوند و نه در مخرج (قراردادی که ChartMogul برای اشتراک‌های B2B به کار می‌برد)، ' +
      'بنابراین مشتریان جدید هرگز ریزش را پنهان نمی‌کنند؛ این نرخ نمی‌تواند کمتر از 0 یا بیشتر از 100% شود، ' +
      'برخلاف (مشتریان آغاز دوره - مشتریان پایان دوره) / مشتریان آغاز دوره. مشتری در روز d فعال است اگر ' +
      'تاریخ شروع <= d باشد و تاریخ پایان خالی یا پس از d باشد. تاریخ‌ها روزهای کامل در منطقهٔ زمانی ' +
      'صفحه‌گسترده‌اند.',
    parameters: {
      start_dates: START_DATES,
      end_dates: END_DATES,
      period_start: PERIOD_START,
      period_end: PERIOD_END,
    },
  },
  RETENTION_RATE: {
    summary: 'نرخ حفظ مشتری در یک دوره: (مشتریان در پایان دوره - مشتریان جدید) / مشتریان در آغاز دوره.',
    returns: FRACTION,
    details:
      'نرخ حفظ مشتری = (E - N) / S: S مشتریان فعال در آغاز دوره، E مشتریان فعال در پایان آن (تا period_end شروع ' +
      'کرده‌اند و تاریخ پایانشان خالی یا پس از آن است) و N آن دسته از E که در طول دوره شروع کرده‌اند. برای یک ' +
      'دوره، این مقدار برابر 1 - CHURN_RATE است. مثال: 150 مشتری در آغاز، 18 نفر ترک می‌کنند و 30 نفر ' +
      'می‌پیوندند و می‌مانند: E = 162 و نرخ حفظ مشتری = (162 - 30) / 150 = 88%.',
    parameters: {
      start_dates: START_DATES,
      end_dates: END_DATES,
      period_start: PERIOD_START,
      period_end: PERIOD_END,
    },
  },
  CHURN_TREND: {
    summary: 'تعداد مشتریان، مشتریان جدید، از دست‌رفته‌ها، نرخ ریزش و نرخ حفظ مشتری برای هر هفته، ماه، فصل یا سال.',
    returns:
      'جدولی با ستون‌های Period start (آغاز دوره)، Customers at start (مشتریان آغاز دوره)، New (جدید)، ' +
      'Lost (از دست‌رفته)، Customers at end (مشتریان پایان دوره)، Churn rate (نرخ ریزش) و ' +
      'Retention rate (نرخ حفظ مشتری).',
    details:
      'برای هر دورهٔ تقویمی، از نخستین تاریخ شروع تا آخرین تاریخ موجود در داده‌ها، یک ردیف: Period start، ' +
      'Customers at start، New، Lost، Customers at end، Churn rate، Retention rate. ' +
      'Customers at end = Customers at start + New - Lost. ستون Lost همهٔ مشتریانی را می‌شمارد که در آن دوره ' +
      'ترک کردند؛ نرخ ریزش فقط کسانی را می‌شمارد که در آغاز دوره فعال بودند (مانند CHURN_RATE)، بنابراین مشتری‌ای ' +
      'که در همان دوره می‌پیوندد و ترک می‌کند در Lost هست اما در نرخ نیست. برای دوره‌ای که در آغازش هیچ مشتری‌ای ' +
      'ندارد، نرخ‌ها خالی‌اند. هفته‌ها از دوشنبه آغاز می‌شوند.',
    parameters: {
      start_dates: START_DATES,
      end_dates: END_DATES,
      period: PERIOD,
    },
  },
  REFERRAL_RATE: {
    summary: 'سهم مشتریانی که از راه معرفی (یا هر منبعی که نام ببرید) جذب شده‌اند.',
    returns: FRACTION,
    details:
      'نرخ معرفی = مشتریانی که منبع جذبشان با یکی از برچسب‌ها مطابقت دارد / مشتریانی که منبع دارند. منابع و ' +
      'برچسب‌ها پس از حذف فاصله‌های ابتدا و انتها و بدون توجه به حروف بزرگ و کوچک مقایسه می‌شوند؛ منابع خالی ' +
      'کنار گذاشته می‌شوند. برچسب پیش‌فرض "referral" است؛ یک برچسب، یا برای شمردن چند منبع محدوده‌ای از ' +
      'برچسب‌ها بدهید ("Referral"، "Friend").',
    parameters: {
      sources: 'منبع جذب هر مشتری، مثلاً E2:E.',
      referral_labels: 'منبعی (یا محدوده‌ای از منابع) که معرفی به شمار می‌آید؛ اگر خالی باشد "referral".',
    },
  },
  REPEAT_PURCHASE_RATE: {
    summary: 'سهم مشتریانی که بیش از یک بار خرید کرده‌اند (اگر تاریخ‌ها داده شوند، در دو روز یا بیشتر).',
    returns: FRACTION,
    details:
      'نرخ خرید مجدد = مشتریانی که دو سفارش یا بیشتر دارند / همهٔ مشتریان، که به ازای هر مشتری شمرده می‌شود نه ' +
      'به ازای هر ردیف. اگر تاریخ سفارش‌ها داده شود، سفارش‌های یک روز یک خرید به شمار می‌آیند: مشتری تکراری ' +
      'کسی است که در دو روز متمایز یا بیشتر خرید کرده باشد.',
    parameters: {
      customer_ids: CUSTOMER_IDS,
      order_dates: ORDER_DATES,
    },
  },
  PURCHASE_FREQUENCY: {
    summary: 'تعداد سفارش به ازای هر مشتری: ردیف‌های سفارش / مشتریان متمایز.',
    returns: 'عددی برابر 1 یا بیشتر.',
    details: 'تناوب خرید = ردیف‌های سفارش / شناسه‌های متمایز مشتری در کل محدوده (برای هر سفارش یک ردیف).',
    parameters: { customer_ids: CUSTOMER_IDS },
  },
  AVG_ORDER_VALUE: {
    summary:
      'میانگین ارزش سفارش: درآمد / تعداد سفارش‌ها؛ اگر شناسهٔ سفارش داده شود، ردیف‌های یک سفارش یک سفارش به شمار ' +
      'می‌آیند.',
    returns: 'مبلغی به همان واحد پول مبالغ.',
    details:
      'AOV = مجموع مبالغ / تعداد سفارش‌ها. بدون شناسهٔ سفارش، هر مبلغ یک سفارش است؛ با آن، ردیف‌هایی که شناسهٔ ' +
      'سفارش یکسانی دارند (به‌صورت متن و پس از حذف فاصله‌های ابتدا و انتها مقایسه می‌شوند) یک سفارش‌اند. مبالغ ' +
      'باید صفر یا بیشتر باشند: بازپرداخت سفارش نیست.',
    parameters: {
      amounts: AMOUNTS,
      order_ids: 'سفارشی که هر مبلغ به آن تعلق دارد، وقتی یک سفارش چند ردیف دارد، مثلاً A2:A.',
    },
  },
  UPSELL_RATE: {
    summary: 'سهم مشتریانی که بیش از یک محصول متمایز خریده‌اند.',
    returns: FRACTION,
    details:
      'نرخ فروش بیشتر (upsell) = مشتریانی که دو محصول متمایز یا بیشتر دارند / همهٔ مشتریان. محصولات به‌صورت متن ' +
      'و پس از حذف فاصله‌های ابتدا و انتها مقایسه می‌شوند.',
    parameters: {
      customer_ids: CUSTOMER_IDS,
      products: 'محصول هر سفارش، مثلاً E2:E.',
    },
  },
  CLV: {
    summary:
      'ارزش طول عمر مشتری بر پایهٔ داده‌های گذشته: میانگین ارزش سفارش x تعداد خرید هر مشتری در سال x طول عمر ' +
      'مشتری x حاشیهٔ سود.',
    returns: 'مبلغی به ازای هر مشتری، به همان واحد پول مبالغ.',
    details:
      'فرمول ساده: CLV = AOV x تعداد خرید هر مشتری در سال x lifespan_years x gross_margin، که در آن تعداد خرید ' +
      'هر مشتری در سال = سفارش‌ها / مشتریان / سال‌های میان نخستین و آخرین سفارش (هر سال 365.25 روز). این همان ' +
      'درآمد خالص هر مشتری در سال x طول عمر x حاشیهٔ سود است، بنابراین بازپرداخت‌ها (مبالغ منفی) از فروش کسر ' +
      'می‌شوند. فرض بر این است که هر مشتری به مدت lifespan_years می‌ماند و با نرخ میانگین خرید می‌کند؛ ' +
      'CLV_PREDICT در عوض آیندهٔ هر مشتری را با مدل‌های احتمالاتی برآورد می‌کند.',
    parameters: {
      customer_ids: CUSTOMER_IDS,
      order_dates: ORDER_DATES,
      amounts: 'مبلغ هر سفارش، مثلاً D2:D؛ بازپرداخت‌ها به‌صورت مبلغ منفی.',
      lifespan_years: 'یک مشتری چند سال باقی می‌ماند، مثلاً 3.',
      gross_margin: GROSS_MARGIN,
    },
  },
  CUSTOMER_SUMMARY: {
    summary:
      'برای هر مشتری: تناوب (frequency)، تازگی (recency)، سن (T) و میانگین هزینهٔ خریدهای تکراری، همان‌گونه که ' +
      'مدل‌های BTYD و بستهٔ lifetimes به کار می‌برند.',
    returns:
      'جدولی با ستون‌های Customer (مشتری)، Frequency (تناوب)، Recency (تازگی)، T (سن) و ' +
      'Monetary value (ارزش پولی).',
    details:
      'برای هر مشتری یک ردیف، به ترتیب نخستین حضور: Customer، Frequency، Recency، T، Monetary value، با ' +
      'تعریف‌های ادبیات پژوهشی پایگاه مشتریان (customer-base) و بستهٔ lifetimes: سفارش‌های یک روز یک نوبت خرید ' +
      'به شمار می‌آیند (مبالغ جمع می‌شوند)؛ Frequency = تعداد روزهای متمایز خرید - 1؛ Recency = فاصلهٔ زمانی ' +
      'نخستین تا آخرین روز خرید؛ T = فاصلهٔ زمانی نخستین روز خرید تا as_of؛ Monetary value = میانگین هزینه در ' +
      'هر روز خرید تکراری (بدون روز نخست؛ برای خریداران یک‌باره 0؛ بدون مبالغ، خالی). زمان‌ها بر حسب ' +
      'time_unit و گرد نشده‌اند.',
    parameters: {
      customer_ids: CUSTOMER_IDS,
      order_dates: ORDER_DATES,
      amounts: AMOUNTS,
      as_of: AS_OF,
      time_unit: '"day" (روز)، "week" (هفته) یا "month" (30 روز)؛ اگر خالی باشد "week".',
    },
  },
  COHORT_RETENTION: {
    summary: 'جدول کوهورت: مشتریان بر اساس ماه نخستین سفارش، و سهمی که 1، 2، 3... دوره بعد هنوز سفارش می‌دهند.',
    returns:
      'جدولی با ستون‌های Cohort (کوهورت)، Customers (مشتریان)، Period 0، Period 1، ... (دورهٔ 0، 1، ...)؛ ' +
      'سهم‌ها کسر اعشاری‌اند (با قالب % نمایش دهید).',
    details:
      'کوهورت هر مشتری دورهٔ نخستین سفارش اوست. ستون‌ها: Cohort (آغاز دوره)، Customers، Period 0، Period 1، ...؛ ' +
      'سلول k سهم (values برابر "percent"، پیش‌فرض) یا تعداد ("count") مشتریانی از کوهورت است که در دورهٔ k پس از ' +
      'دورهٔ نخستشان سفارش داده‌اند (mode برابر "bounded"، پیش‌فرض) یا در دورهٔ k یا هر دورهٔ پس از آن ' +
      '("unbounded"). Period 0 برابر 100% است. سلولی که دوره‌اش تا as_of کامل نشده خالی است، هرگز 0 نیست. ' +
      'دوره‌ها تقویمی و بر اساس منطقهٔ زمانی صفحه‌گسترده‌اند؛ هفته‌ها از دوشنبه آغاز می‌شوند.',
    parameters: {
      customer_ids: CUSTOMER_IDS,
      order_dates: ORDER_DATES,
      period: '"week"، "month" یا "quarter" (هفته، ماه یا فصل)؛ اگر خالی باشد "month".',
      mode: '"bounded" (در همان دوره سفارش داده) یا "unbounded" (در آن دوره یا پس از آن)؛ اگر خالی باشد "bounded".',
      values: '"percent" (سهم‌ها) یا "count" (تعداد مشتریان)؛ اگر خالی باشد "percent".',
      as_of: AS_OF,
    },
  },
  RFM: {
    summary: 'برای هر مشتری: تازگی، تناوب، ارزش پولی، امتیازهای 1-5 آن‌ها و بخش RFM.',
    returns:
      'جدولی با ستون‌های Customer (مشتری)، Recency (تازگی)، Frequency (تناوب)، Monetary (ارزش پولی)، R، F، M ' +
      '(امتیازها) و Segment (بخش).',
    details:
      'برای هر مشتری یک ردیف: Customer، Recency (تعداد روزها از آخرین سفارش تا as_of)، Frequency (تعداد ' +
      'سفارش‌ها)، Monetary (مجموع مبالغ)، R، F، M (1-5)، Segment. امتیازها پنجک‌هایی‌اند که به مقادیر برابر امتیاز ' +
      'یکسان می‌دهند و به ترتیب ردیف‌ها بستگی ندارند: F و M = 1 + floor(5 x مشتریانی با مقدار اکیداً کوچک‌تر / ' +
      'همهٔ مشتریان)؛ R به همین شکل با تعداد روزهای اکیداً بیشتر، بنابراین خریداران اخیر امتیاز 5 می‌گیرند. ' +
      'بخش‌ها از R و F (نقشهٔ رایج): R 1-2 با F 1-2 Hibernating (در خواب زمستانی)، F 3-4 At Risk (در معرض ' +
      "خطر)، F 5 Can't Lose (نباید از دست برود)؛ R 3 با F 1-2 About to Sleep (رو به خواب)، F 3 Need Attention " +
      '(نیازمند توجه)؛ R 3-4 با F 4-5 Loyal Customers (مشتریان وفادار)؛ R 4 با F 1 Promising (امیدوارکننده)؛ ' +
      'R 5 با F 1 New Customers (مشتریان جدید)؛ R 4-5 با F 2-3 Potential Loyalists (وفاداران بالقوه)؛ ' +
      'R 5 با F 4-5 Champions (قهرمانان). Frequency ردیف‌ها را می‌شمارد، پس برای هر سفارش یک ردیف بدهید.',
    parameters: {
      customer_ids: CUSTOMER_IDS,
      order_dates: ORDER_DATES,
      amounts: AMOUNTS,
      as_of: AS_OF,
    },
  },
  RFM_SUMMARY: {
    summary: 'تعداد مشتریان و درآمد هر بخش RFM، به ترتیب از بهترین بخش.',
    returns:
      'جدولی با ستون‌های Segment (بخش)، Customers (مشتریان)، Share of customers (سهم از مشتریان)، ' +
      'Revenue (درآمد) و Share of revenue (سهم از درآمد).',
    details:
      'برای هر بخشی که وجود دارد یک ردیف (بخش‌ها مانند RFM، از Champions تا Hibernating): Segment، Customers، ' +
      'Share of customers، Revenue، Share of revenue. سهم‌ها کسر اعشاری‌اند.',
    parameters: {
      customer_ids: CUSTOMER_IDS,
      order_dates: ORDER_DATES,
      amounts: AMOUNTS,
      as_of: AS_OF,
    },
  },
  BTYD_FIT: {
    summary:
      'یک مدل خرید از نوع buy-till-you-die (خرید تا زمان ترک) و مدل هزینهٔ Gamma-Gamma را بر سفارش‌ها برازش می‌دهد: ' +
      'پارامترها و خطاهای استاندارد.',
    returns: 'جدولی با ستون‌های Parameter (پارامتر)، Estimate (برآورد) و Std. error (خطای استاندارد).',
    details:
      'برآورد درست‌نمایی بیشینه روی سابقهٔ هر مشتری بر حسب هفته (CUSTOMER_SUMMARY: روزهای خرید تکراری x، ' +
      'تازگی t_x، سن T، میانگین هزینهٔ خرید تکراری). ردیف‌ها: پارامترهای مدل خرید با همان نمادگذاری مقاله‌ها ' +
      '(r، alpha، a، b برای BG/NBD و MBG/NBD؛ r، alpha، s، beta برای Pareto/NBD)، سپس p، q، gamma مدل ' +
      'Gamma-Gamma، هر یک با خطای استانداردش (از ماتریس هسین لگاریتم درست‌نمایی در نقطهٔ بهینه)، سپس لگاریتم ' +
      'درست‌نمایی مدل خرید، تعداد مشتریان و تعداد مشتریان تکراری، و تعداد هفته‌های داده. دست‌کم 10 خریدار ' +
      'تکراری لازم است. اگر برازش همگرا نشود، تابع همین را اعلام می‌کند و وقتی پارامترها به لبهٔ مدل ' +
      'می‌گریزند، علتش را هم می‌گوید (برای نمونه r و alpha بی‌کران: همهٔ مشتریان با یک نرخ خرید می‌کنند، مانند ' +
      'اشتراک‌ها). ' +
      FROM_A_SUMMARY +
      ' جدول الگوها، یا خلاصه‌ای بدون Monetary value، فقط مدل خرید را برازش می‌دهد: ردیف‌های Gamma-Gamma آن‌گاه ' +
      'یک ردیف‌اند، Gamma-Gamma، که می‌گوید چرا برازش نشده است.',
    parameters: {
      customer_ids: MODEL_CUSTOMER_IDS,
      order_dates: MODEL_ORDER_DATES,
      amounts: MODEL_AMOUNTS,
      as_of: MODEL_AS_OF,
      model: MODEL,
    },
  },
  CLV_PREDICT: {
    summary:
      'برای هر مشتری: احتمال فعال ماندن، تعداد خرید و هزینهٔ مورد انتظار، و ارزش طول عمر پیش‌بینی‌شده در یک افق ' +
      'زمانی.',
    returns:
      'جدولی با ستون‌های Customer (مشتری)، Frequency (تناوب)، Recency (تازگی)، T (سن)، P(alive) (احتمال فعال ' +
      'ماندن)، Expected purchases (خریدهای مورد انتظار)، Expected spend per purchase (هزینهٔ مورد انتظار هر خرید) ' +
      'و Predicted CLV (CLV پیش‌بینی‌شده)؛ از جدول الگوها: Frequency، Recency، T، Customers (تعداد مشتریان)، ' +
      'P(alive) و Expected purchases.',
    details:
      'مدل خرید (به‌طور پیش‌فرض BG/NBD) و مدل هزینهٔ Gamma-Gamma را بر سفارش‌ها برازش می‌دهد (مانند BTYD_FIT)، ' +
      'سپس برای هر مشتری به ترتیب نخستین حضور: Frequency، Recency و T بر حسب هفته؛ P(alive)، احتمال اینکه مشتری ' +
      'هنوز خرید کند؛ Expected purchases، تعداد خرید مورد انتظار در horizon_months ماه آینده (هر ماه 52/12 ' +
      'هفته)؛ Expected spend per purchase، هزینهٔ مورد انتظار هر خرید؛ و Predicted CLV = مجموع روی ماه‌های k از ' +
      'gross_margin x هزینهٔ مورد انتظار x خریدهای مورد انتظار ماه k، تنزیل‌شده با (1 + نرخ ماهانه)^k، که در آن ' +
      'نرخ ماهانه برابر (1 + annual_discount_rate)^(1/12) - 1 است. برای خرید غیرقراردادی (مشتری می‌تواند ' +
      'بی‌خبر ترک کند)؛ نه برای اشتراک‌ها که ریزششان را مشاهده می‌کنید (از CHURN_RATE استفاده کنید). ' +
      FROM_A_SUMMARY +
      ' از جدول CUSTOMER_SUMMARY نتیجه همان جدول بالاست، برای هر مشتری به ترتیب همان جدول؛ از جدول الگوها یک ' +
      'ردیف برای هر ردیف جدول است: Frequency، Recency، T، Customers، P(alive) و Expected purchases (برای هر ' +
      'مشتریِ آن الگو)، بدون ستون‌های هزینه و CLV که به مبلغ نیاز دارند (مانند خلاصه‌ای بدون Monetary value).',
    parameters: {
      customer_ids: MODEL_CUSTOMER_IDS,
      order_dates: MODEL_ORDER_DATES,
      amounts: MODEL_AMOUNTS,
      horizon_months: 'چند ماه آینده پیش‌بینی شود؛ اگر خالی باشد 12.',
      annual_discount_rate: 'نرخ سالانه‌ای که ارزش آینده با آن تنزیل می‌شود، مثلاً 0.1 برای 10%؛ اگر خالی باشد 0.10.',
      as_of: MODEL_AS_OF,
      model: MODEL,
      gross_margin: GROSS_MARGIN,
    },
  },
};
