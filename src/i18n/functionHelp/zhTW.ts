/**
 * The Traditional Chinese (zh-TW, Taiwan usage) translation of the catalog's help text, shown in the "Function help"
 * dialog when the user's language is Traditional Chinese. Keys are function and parameter names exactly as in the
 * catalog. Function names, parameter names, option values in quotes such as "month" or "bgnbd", formula snippets, cell
 * references, numbers and units like % stay untranslated, and so do the column and row labels the functions write
 * (Period start, Churn rate, Champions...), which are followed by a Chinese gloss where they are introduced.
 */

import type { FunctionHelpTranslation } from './functionHelpText';

const SCORES = '0-10 分的答案，例如 C2:C。像 "N/A" 這類文字會被忽略（但會計數）；第一列的標題會略過。';
const START_DATES = '每位顧客開始的日期（註冊、訂閱），例如 C2:C。';
const END_DATES = '每位顧客離開（取消）的日期，仍是顧客時留空，例如 D2:D。';
const PERIOD_START = '期間的第一天，例如 DATE(2024,1,1)。';
const PERIOD_END = '期間的最後一天（含當天），例如 DATE(2024,1,31)。';
const PERIOD = '"day"、"week"、"month"、"quarter" 或 "year"（日、週、月、季或年）；留空時為 "month"。';
const FRACTION = '介於 0 到 1 之間的比例（請設定為 % 格式）。';
const CUSTOMER_IDS = '每筆訂單的顧客，例如 B2:B。';
const ORDER_DATES = '每筆訂單的日期，例如 C2:C。';
const AMOUNTS = '每筆訂單的金額，例如 D2:D。';
const AS_OF = '分析的日期：之後的訂單不予計算；留空時為最近一筆訂單的日期。';
const GROSS_MARGIN = '營收中保留為毛利的比例，例如 0.6；留空時為 1。';
const MODEL_CUSTOMER_IDS =
  '每筆訂單的顧客，例如 B2:B；或是一張附標題列的摘要表：frequency, recency, T, customers（每種顧客型態一列）' +
  '或 Customer, Frequency, Recency, T, Monetary value（以週為單位的 CUSTOMER_SUMMARY），此時其他訂單範圍留空' +
  '（請參閱說明）。';
const MODEL_ORDER_DATES = '每筆訂單的日期，例如 C2:C；customer_ids 為摘要表時留空。';
const MODEL_AMOUNTS = '每筆訂單的金額，例如 D2:D（大於或等於零）；customer_ids 為摘要表時留空。';
const FROM_A_SUMMARY =
  'customer_ids 也可以不是訂單列，而是一張摘要表（order_dates、amounts 與 as_of 留空），標題列為 frequency, ' +
  'recency, T, customers（每種型態一列：以週為單位、歷史相同的顧客合併為一列並附人數，正如資料倉儲查詢可傳回' +
  '的表）或 CUSTOMER_SUMMARY 的 Customer, Frequency, Recency, T, Monetary value（以週為單位）；標題不分大小寫。' +
  'frequency 必須是整數，recency 與 T 須大於或等於 0，recency 不得超過 T，且恰在 frequency 為 0 時為 0；' +
  'customers 須為大於或等於 1 的整數：不符者皆為錯誤，並指出所在的列。';
const MODEL_AS_OF = '模型學習所用資料的截止日：之後的訂單不予使用（可留待檢驗預測）；留空時為最近一筆訂單的日期。';
const MODEL = '"bgnbd"（BG/NBD）、"mbgnbd"（MBG/NBD）或 "pnbd"（Pareto/NBD）；留空時為 "bgnbd"。';
const ADJUSTED_WALD_95 = '此區間為 95% 的調整 Wald 區間（adjusted-Wald，請參閱 NPS_SUMMARY）。';
const NOT_A_SCORE = '像 "N/A" 這類文字會被忽略；超出量表或非整數的數字會產生錯誤，並指出所在的列。';

export const ZH_TW_FUNCTION_HELP: FunctionHelpTranslation = {
  NPS: {
    summary: '0-10 分答案的淨推薦值（NPS）：推薦者（9-10 分）所占 % 減去批評者（0-6 分）所占 %，範圍為 -100 到 100。',
    returns: '介於 -100 到 100 之間的數字。',
    details:
      'NPS = 100 x (推薦者 - 批評者) / 有效回覆數（Reichheld 2003）。推薦者回答 9 或 10 分，中立者 7 或 8 分，' +
      '批評者 0 到 6 分。結果不四捨五入。空白儲存格會略過；像 "N/A" 這類文字會被忽略；超出 0-10 或非整數的數字' +
      '會產生錯誤，並指出所在的列。',
    parameters: { scores: SCORES },
  },
  NPS_SUMMARY: {
    summary: 'NPS 及各類人數、比例與信賴區間，以兩欄表格呈現。',
    returns: '12 列的標籤與數值表格；比例為小數（請設定為 % 格式）。',
    details:
      '各列：Responses（回覆數）、Promoters、Passives、Detractors（推薦者、中立者、批評者人數）、Promoters %、' +
      'Passives %、Detractors %（各類所占比例）、NPS、Margin of error（誤差範圍）、CI low、CI high（信賴區間下限與' +
      '上限）、Ignored（被忽略的答案數）。此區間為 NPS 的調整 Wald 區間（adjusted-Wald，Rocks 2016）：將 n 加 3，' +
      '推薦者與批評者人數各加 3/4，再以三項分布的變異數計算 NPS +- z x SE，並限制在 [-100, 100] 之內。即使樣本很小' +
      '或全部都是推薦者，此區間依然可靠。Ignored 計算的是文字答案的數量。',
    parameters: {
      scores: SCORES,
      confidence: '區間的信賴水準，留空時為 0.95。',
    },
  },
  NPS_COMPARE: {
    summary: '比較兩組 0-10 分答案的 NPS：差異、z 值、p 值，以及差異是否顯著。',
    returns: '6 列表格：NPS A、NPS B、Difference (B - A)（差異）、z、p-value、Significant（是否顯著）。',
    details:
      '對 NPS B - NPS A 進行雙樣本 z 檢定，各組使用一般的三項分布變異數 var = (p + d) - (p - d)^2（p、d 為推薦者與' +
      '批評者所占比例），SE = sqrt(var_a/n_a + var_b/n_b)；p 值為雙尾。當 p < 1 - confidence 時，Significant 為 ' +
      'TRUE。兩組必須彼此獨立（不同的受訪者）。若兩組都沒有變異（所有答案都屬同一類別）且分數不同，就沒有標準誤，' +
      '函式會如實告知。',
    parameters: {
      scores_a: '第一組的 0-10 分答案（基準組）。',
      scores_b: '第二組的 0-10 分答案。',
      confidence: '檢定的信賴水準，留空時為 0.95。',
    },
  },
  NPS_TREND: {
    summary: '按日、週、月、季或年計算的 NPS，並附上每個期間的 95% 信賴區間。',
    returns: '表格：Period start（期間開始日）、Responses（回覆數）、NPS、CI low、CI high（信賴區間下限與上限）。',
    details:
      '從第一筆到最後一筆回覆，每個期間一列，依試算表的時區計算；每週從星期一開始。沒有回覆的期間顯示 0 筆回覆，' +
      'NPS 與區間則留空。' +
      ADJUSTED_WALD_95 +
      '每個分數的同一列都必須有日期。',
    parameters: {
      dates: '回覆日期，例如 A2:A（日期儲存格，或 2024-03-15 這類文字）。',
      scores: SCORES,
      period: PERIOD,
    },
  },
  NPS_BY: {
    summary: '按區隔（方案、地區、通路⋯⋯）計算的 NPS，最大的區隔排在最前面，並附 95% 信賴區間。',
    returns: '表格：Segment（區隔）、Responses（回覆數）、NPS、CI low、CI high（信賴區間下限與上限）。',
    details:
      '每個不同的區隔標籤一列，依回覆數排序（多者在前，數量相同時依標籤排序）。標籤會先去除前後空白再以文字比較，' +
      '並區分大小寫。區隔為空白的回覆會歸入 "(blank)"。' +
      ADJUSTED_WALD_95,
    parameters: {
      segments: '每筆回覆所屬的區隔，例如 D2:D。',
      scores: SCORES,
    },
  },
  CSAT: {
    summary:
      '顧客滿意度分數（Customer Satisfaction Score）：達到或高於門檻的答案所占比例（預設為 1-5 分量表的前兩格，' +
      '即 top-two-box）。',
    returns: '介於 0 到 1 之間的比例。',
    details:
      'CSAT = 答案 >= threshold 的數量 / 有效答案數，以比例表示（請設定為 % 格式）。量表範圍為 1 到 scale_max' +
      '（留空時為 5）；threshold 預設為 scale_max - 1，也就是前兩格。' +
      NOT_A_SCORE,
    parameters: {
      scores: '答案，例如 E2:E，為 1 到 scale_max 的整數。',
      scale_max: '量表的最高分，留空時為 5。',
      threshold: '視為滿意的最低答案，留空時為 scale_max - 1。',
    },
  },
  CES: {
    summary: '顧客費力度分數（Customer Effort Score）：1-7（或 1-scale_max）費力度量表上的平均答案。',
    returns: '介於 1 到 scale_max 之間的數字。',
    details:
      'CES = 1 到 scale_max 量表上有效答案的平均值（留空時為 7；CES 2.0 詢問受訪者有多同意「公司讓我能輕鬆處理我的' +
      '問題」）。' +
      NOT_A_SCORE,
    parameters: {
      scores: '答案，例如 F2:F，為 1 到 scale_max 的整數。',
      scale_max: '量表的最高分，留空時為 7。',
    },
  },
  CHURN_RATE: {
    summary: '某期間的顧客流失率：期初的活躍顧客中，在該期間內離開的比例。',
    returns: FRACTION,
    details:
      '流失率 = 期間內離開的顧客數 / 期初的活躍顧客數（在 period_start 之前開始，且結束日期空白或在 period_start ' +
      '當天或之後）。期間內才開始的顧客既不計入分子也不計入分母（ChartMogul 對 B2B 訂閱採用的慣例），因此新業務' +
      '永遠不會掩蓋流失；此比率不會低於 0 或高於 100%，而 (期初顧客數 - 期末顧客數) / 期初顧客數 則有可能。顧客' +
      '在第 d 天為活躍的條件是開始日期 <= d，且結束日期空白或在 d 之後。日期以試算表時區的整日計算。',
    parameters: {
      start_dates: START_DATES,
      end_dates: END_DATES,
      period_start: PERIOD_START,
      period_end: PERIOD_END,
    },
  },
  RETENTION_RATE: {
    summary: '某期間的顧客留存率：(期末顧客數 - 新顧客數) / 期初顧客數。',
    returns: FRACTION,
    details:
      '留存率 = (E - N) / S：S 為期初的活躍顧客數，E 為期末的活躍顧客數（在 period_end 當天或之前開始，且結束日期' +
      '空白或在其之後），N 為 E 之中在期間內才開始的顧客數。就單一期間而言，此值等於 1 - CHURN_RATE。範例：期初' +
      '有 150 位顧客，18 位離開，30 位加入並留下：E = 162，留存率 = (162 - 30) / 150 = 88%。',
    parameters: {
      start_dates: START_DATES,
      end_dates: END_DATES,
      period_start: PERIOD_START,
      period_end: PERIOD_END,
    },
  },
  CHURN_TREND: {
    summary: '每週、每月、每季或每年的顧客數、新增、流失、流失率與留存率。',
    returns:
      '表格：Period start（期間開始日）、Customers at start（期初顧客數）、New（新增）、Lost（流失）、' +
      'Customers at end（期末顧客數）、Churn rate（流失率）、Retention rate（留存率）。',
    details:
      '從最早的開始日期到資料中的最後日期，每個日曆期間一列：Period start、Customers at start、New、Lost、' +
      'Customers at end、Churn rate、Retention rate。Customers at end = Customers at start + New - Lost。Lost 計入' +
      '在該期間離開的所有顧客；流失率只計算期初仍活躍的顧客（與 CHURN_RATE 相同），因此在同一期間加入又離開的顧客' +
      '會計入 Lost，但不計入比率。期初沒有顧客的期間，比率留空。每週從星期一開始。',
    parameters: {
      start_dates: START_DATES,
      end_dates: END_DATES,
      period: PERIOD,
    },
  },
  REFERRAL_RATE: {
    summary: '透過轉介紹（或您指定的任何來源）取得的顧客所占比例。',
    returns: FRACTION,
    details:
      '轉介率 = 取得來源符合任一標籤的顧客數 / 有來源資料的顧客數。來源與標籤會先去除前後空白再比較，且不區分' +
      '大小寫；空白的來源不予計算。標籤預設為 "referral"；可提供單一標籤，或以一個標籤範圍同時計算多個來源' +
      '（"Referral"、"Friend"）。',
    parameters: {
      sources: '每位顧客的取得來源，例如 E2:E。',
      referral_labels: '視為轉介紹的來源（或來源範圍）；留空時為 "referral"。',
    },
  },
  REPEAT_PURCHASE_RATE: {
    summary: '購買超過一次的顧客所占比例（若提供日期，則指在兩天或以上購買）。',
    returns: FRACTION,
    details:
      '回購率 = 有兩筆以上訂單的顧客數 / 顧客數，以顧客而非列為單位計算。若提供訂單日期，同一天的訂單視為一次購買：' +
      '回購顧客是指在兩個以上不同日期購買的顧客。',
    parameters: {
      customer_ids: CUSTOMER_IDS,
      order_dates: ORDER_DATES,
    },
  },
  PURCHASE_FREQUENCY: {
    summary: '每位顧客的訂單數：訂單列數 / 不重複顧客數。',
    returns: '大於或等於 1 的數字。',
    details: '購買頻率 = 訂單列數 / 整個範圍內不重複的顧客 ID 數（每筆訂單一列）。',
    parameters: { customer_ids: CUSTOMER_IDS },
  },
  AVG_ORDER_VALUE: {
    summary: '平均訂單金額：營收 / 訂單數；若提供訂單 ID，同一訂單的多個明細列算作一筆訂單。',
    returns: '金額，幣別與輸入的金額相同。',
    details:
      'AOV = 金額總和 / 訂單數。未提供訂單 ID 時，每個金額即為一筆訂單；提供時，訂單 ID 相同的明細列（去除前後空白後' +
      '以文字比較）算作一筆訂單。金額必須大於或等於零：退款不是訂單。',
    parameters: {
      amounts: AMOUNTS,
      order_ids: '每個金額所屬的訂單（當一筆訂單有多個明細列時使用），例如 A2:A。',
    },
  },
  UPSELL_RATE: {
    summary: '購買超過一種不同產品的顧客所占比例。',
    returns: FRACTION,
    details: '追加銷售率 = 購買兩種以上不同產品的顧客數 / 顧客數。產品會去除前後空白後以文字比較。',
    parameters: {
      customer_ids: CUSTOMER_IDS,
      products: '每筆訂單的產品，例如 E2:E。',
    },
  },
  CLV: {
    summary: '歷史顧客終身價值：平均訂單金額 x 每位顧客每年購買次數 x 顧客存續年數 x 毛利率。',
    returns: '每位顧客的金額，幣別與輸入的金額相同。',
    details:
      '簡易公式：CLV = AOV x 每位顧客每年購買次數 x lifespan_years x gross_margin，其中每位顧客每年購買次數 = ' +
      '訂單數 / 顧客數 / 從第一筆到最後一筆訂單的年數（每年以 365.25 天計）。結果等於每位顧客每年的淨營收 x 存續' +
      '年數 x 毛利率，因此退款（負數金額）會與銷售額相抵。此公式假設每位顧客都會留存 lifespan_years 年並以平均' +
      '速度購買；CLV_PREDICT 則改用機率模型估計每位顧客的未來。',
    parameters: {
      customer_ids: CUSTOMER_IDS,
      order_dates: ORDER_DATES,
      amounts: '每筆訂單的金額，例如 D2:D；退款以負數表示。',
      lifespan_years: '顧客留存的年數，例如 3。',
      gross_margin: GROSS_MARGIN,
    },
  },
  CUSTOMER_SUMMARY: {
    summary:
      '按顧客列出頻率（frequency）、近期性（recency）、年齡（T）與平均回購消費，定義與 BTYD 模型及 lifetimes 套件' +
      '相同。',
    returns: '表格：Customer（顧客）、Frequency（頻率）、Recency（近期性）、T（年齡）、Monetary value（消費金額）。',
    details:
      '每位顧客一列，依首次出現的順序排列：Customer、Frequency、Recency、T、Monetary value，採用顧客基礎' +
      '（customer-base）文獻與 lifetimes 套件的定義：同一天的訂單視為一次購買（金額加總）；Frequency = 不同購買' +
      '日數 - 1；Recency = 從第一個到最後一個購買日的時間；T = 從第一個購買日到 as_of 的時間；Monetary value = ' +
      '每個回購日的平均消費（不含第一天；只購買一次的顧客為 0；未提供金額時留空）。時間以 time_unit 為單位，' +
      '不四捨五入。',
    parameters: {
      customer_ids: CUSTOMER_IDS,
      order_dates: ORDER_DATES,
      amounts: AMOUNTS,
      as_of: AS_OF,
      time_unit: '"day"（日）、"week"（週）或 "month"（30 天）；留空時為 "week"。',
    },
  },
  COHORT_RETENTION: {
    summary: '同期群表：依首次訂單月份分組的顧客，以及 1、2、3⋯⋯ 個期間之後仍在下單的比例。',
    returns:
      '表格：Cohort（同期群）、Customers（顧客數）、Period 0、Period 1、⋯（第 0、1⋯ 期）；比例為小數' +
      '（請設定為 % 格式）。',
    details:
      '顧客的同期群是其首次訂單所在的期間。欄位：Cohort（期間開始日）、Customers、Period 0、Period 1、⋯；第 k 格' +
      '是同期群中在首次訂單之後第 k 期下單（mode 為 "bounded"，預設值）或在第 k 期及之後任一期下單（"unbounded"）' +
      '的顧客比例（values 為 "percent"，預設值）或人數（"count"）。Period 0 為 100%。到 as_of 為止尚未結束的期間，' +
      '其儲存格留空，絕不為 0。期間依試算表時區的日曆計算；每週從星期一開始。',
    parameters: {
      customer_ids: CUSTOMER_IDS,
      order_dates: ORDER_DATES,
      period: '"week"、"month" 或 "quarter"（週、月或季）；留空時為 "month"。',
      mode: '"bounded"（在該期間下單）或 "unbounded"（在該期間或之後下單）；留空時為 "bounded"。',
      values: '"percent"（比例）或 "count"（顧客數）；留空時為 "percent"。',
      as_of: AS_OF,
    },
  },
  RFM: {
    summary: '按顧客列出近期性、頻率、消費金額、三者各自的 1-5 分，以及 RFM 區隔。',
    returns:
      '表格：Customer（顧客）、Recency（近期性）、Frequency（頻率）、Monetary（消費金額）、R、F、M（分數）、' +
      'Segment（區隔）。',
    details:
      '每位顧客一列：Customer、Recency（從最後一筆訂單到 as_of 的天數）、Frequency（訂單數）、Monetary（金額總和）、' +
      'R、F、M（1-5 分）、Segment。分數採用五分位數，數值相同者得分相同，且不受列的順序影響：F 與 M = ' +
      '1 + floor(5 x 數值嚴格較小的顧客數 / 顧客數)；R 的算法相同，但改用天數嚴格較多者，因此最近購買的顧客得 5 分。' +
      '區隔由 R 與 F 決定（採用廣為使用的對照表）：R 1-2 且 F 1-2 為 Hibernating（冬眠），F 3-4 為 At Risk' +
      "（有流失風險），F 5 為 Can't Lose（不能失去）；R 3 且 F 1-2 為 About to Sleep（即將沉睡），F 3 為 " +
      'Need Attention（需要關注）；R 3-4 且 F 4-5 為 Loyal Customers（忠誠顧客）；R 4 且 F 1 為 Promising' +
      '（有潛力）；R 5 且 F 1 為 New Customers（新顧客）；R 4-5 且 F 2-3 為 Potential Loyalists（潛在忠誠顧客）；' +
      'R 5 且 F 4-5 為 Champions（冠軍顧客）。Frequency 計算的是列數，因此請每筆訂單一列。',
    parameters: {
      customer_ids: CUSTOMER_IDS,
      order_dates: ORDER_DATES,
      amounts: AMOUNTS,
      as_of: AS_OF,
    },
  },
  RFM_SUMMARY: {
    summary: '各 RFM 區隔的顧客數與營收，最佳區隔排在最前面。',
    returns:
      '表格：Segment（區隔）、Customers（顧客數）、Share of customers（顧客占比）、Revenue（營收）、' +
      'Share of revenue（營收占比）。',
    details:
      '每個出現的區隔一列（區隔與 RFM 相同，從 Champions 排到 Hibernating）：Segment、Customers、' +
      'Share of customers、Revenue、Share of revenue。比例為小數。',
    parameters: {
      customer_ids: CUSTOMER_IDS,
      order_dates: ORDER_DATES,
      amounts: AMOUNTS,
      as_of: AS_OF,
    },
  },
  BTYD_FIT: {
    summary: '以訂單配適「買到流失」（buy-till-you-die）購買模型與 Gamma-Gamma 消費模型：輸出參數與標準誤。',
    returns: '表格：Parameter（參數）、Estimate（估計值）、Std. error（標準誤）。',
    details:
      '以最大概似法，依每位顧客以週為單位的歷史資料配適模型（CUSTOMER_SUMMARY：回購日數 x、近期性 t_x、年齡 T、平均回購' +
      '消費）。各列依序為：購買模型的參數，符號與原始論文相同（BG/NBD 與 MBG/NBD 為 r、alpha、a、b；Pareto/NBD' +
      ' 為 r、alpha、s、beta），接著是 Gamma-Gamma 的 p、q、gamma，每個參數都附標準誤（由最佳解處對數概似函數的 ' +
      'Hessian 矩陣求得），然後是購買模型的對數概似值、顧客數與回購顧客數，以及資料涵蓋的週數。至少需要 10 位' +
      '回購顧客。若配適未收斂，函式會如實告知；若參數跑向模型的邊界，也會說明原因（例如 r 與 alpha 無限增大：' +
      '每位顧客都以相同頻率購買，如同訂閱）。' +
      FROM_A_SUMMARY +
      '型態表或沒有 Monetary value 的摘要只會配適購買模型：Gamma-Gamma 的各列此時改為一列 Gamma-Gamma，' +
      '說明為何未配適。',
    parameters: {
      customer_ids: MODEL_CUSTOMER_IDS,
      order_dates: MODEL_ORDER_DATES,
      amounts: MODEL_AMOUNTS,
      as_of: MODEL_AS_OF,
      model: MODEL,
    },
  },
  CLV_PREDICT: {
    summary: '按顧客列出仍活躍的機率、預期購買次數與消費，以及預測期間內的預測終身價值。',
    returns:
      '表格：Customer（顧客）、Frequency（頻率）、Recency（近期性）、T（年齡）、P(alive)（仍活躍機率）、' +
      'Expected purchases（預期購買次數）、Expected spend per purchase（每次購買的預期消費）、' +
      'Predicted CLV（預測 CLV）；型態表則為：Frequency、Recency、T、Customers（顧客數）、P(alive)、' +
      'Expected purchases。',
    details:
      '以訂單配適購買模型（預設為 BG/NBD）與 Gamma-Gamma 消費模型（同 BTYD_FIT），接著依首次出現的順序，為每位' +
      '顧客列出：以週為單位的 Frequency、Recency 與 T；P(alive)，即顧客仍在購買的機率；Expected purchases，即未來' +
      ' horizon_months 個月的預期購買次數（一個月為 52/12 週）；Expected spend per purchase，即每次購買的預期消費；' +
      '以及 Predicted CLV = 對各月份 k 加總 gross_margin x 預期消費 x 第 k 月的預期購買次數，並以 ' +
      '(1 + 月折現率)^k 折現，月折現率為 (1 + annual_discount_rate)^(1/12) - 1。適用於非契約型購買（顧客可能' +
      '不告而別）；不適用於可直接觀察到流失的訂閱制（請改用 CHURN_RATE）。' +
      FROM_A_SUMMARY +
      '若為 CUSTOMER_SUMMARY 表，結果即上述表格，依表中顧客的順序逐一列出；若為型態表，則表中每一列對應結果的' +
      '一列：Frequency、Recency、T、Customers、P(alive) 與 Expected purchases（該型態每位顧客的值），不含需要' +
      '金額的消費與 CLV 欄（沒有 Monetary value 的摘要亦同）。',
    parameters: {
      customer_ids: MODEL_CUSTOMER_IDS,
      order_dates: MODEL_ORDER_DATES,
      amounts: MODEL_AMOUNTS,
      horizon_months: '要預測未來幾個月；留空時為 12。',
      annual_discount_rate: '未來價值的年折現率，例如 0.1 代表 10%；留空時為 0.10。',
      as_of: MODEL_AS_OF,
      model: MODEL,
      gross_margin: GROSS_MARGIN,
    },
  },
};
