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

const SUBSCRIPTION_STARTS =
  '每位顧客開始訂閱的日期，例如 C2:C；或在省略 end_dates 時，填入單一世代的存續人數（每期開始時仍在訂閱的顧客數，第一個值為世代人數）。';
const SUBSCRIPTION_ENDS =
  '每位顧客離開的日期（不再是顧客的第一天），仍在訂閱時留空，例如 D2:D；start_dates 為存續人數時請省略。';
const LIST_ENDS = '每位顧客離開的日期（不再是顧客的第一天），仍在訂閱時留空，例如 D2:D。';
const BILLING_PERIOD = '計費週期："month"、"week"、"quarter" 或 "year"（月、週、季、年）；留空則為 "month"。';
const SUBSCRIPTION_AS_OF = '分析日期：其後的開始與結束日期尚不可知；留空則為資料中最晚的日期。';
const RETENTION_MODEL_CHOICE = '"sbg"（移位貝他幾何模型）或 "bdw"（貝他離散韋伯模型）；留空則為 "sbg"。';
const SEGMENT_ROWS =
  '每個區隔一列，計數最多者在前（數量相同時依標籤排序），最後一列是 (all)，即全部資料，也就是原本函式的結果。' +
  '欄位：Segment（區隔）、計數、指標、CI low 與 CI high（其 95% 區間）、Rest（區隔以外所有人的指標）、該區隔' +
  '對其餘者之檢定的 p-value、Differs from rest（p < 0.05 時為 TRUE，表示與其餘者不同）與 Note（備註）。標籤' +
  '會先去除前後空白再以文字比較，並區分大小寫；空白的區隔為 "(blank)"。少於 30 的區隔只顯示數字並附註，不做' +
  '檢定：數量太少，無從判斷。區隔很多時請記得：在 95% 之下，即使沒有任何真正的差異，約每二十個區隔就有一個' +
  '會純屬偶然地與其餘者不同；有 10 個區隔時，預期會出現一個標記（p-value 低於 0.05 除以受檢區隔數時，標記' +
  '才較可信）。';
const SEGMENT_WILSON =
  'CI 為 Wilson 分數區間（Wilson 1927），會維持在 0-100% 之內，對小區隔也可靠；檢定比較該區隔的期初顧客與' +
  '其餘所有人的期初顧客：合併比例的雙比例 z 檢定。';
const SEGMENT_LOOKUP =
  'segments 可以是與訂單平行的一欄（每筆訂單列的區隔；同一位顧客的每一列都必須是同一個區隔），或依寬度辨識' +
  '的兩欄：顧客編號與各自的區隔，依編號對應，用於保存在顧客工作表中的區隔（Sheets 將並排的兩欄寫成 ' +
  '{Customers!A2:A, Customers!E2:E}）；同一位顧客列出兩次且區隔不同會產生錯誤並指出所在的列，有訂單但未' +
  '列出的顧客歸入 "(not listed)"。';
const SEGMENT_PER_CUSTOMER = '每位顧客所屬的區隔，與 start_dates 平行，例如 F2:F（方案、來源）。';
const SEGMENT_OF_ORDERS =
  '每筆訂單列的區隔，與 customer_ids 平行（例如 F2:F）；或兩欄：顧客編號與其區隔，例如 ' +
  '{Customers!A2:A, Customers!E2:E}。';
const SEGMENT_TABLE = (count: string, metric: string) =>
  `表格：Segment（區隔）、${count}、${metric}、CI low、CI high、Rest（其餘者）、p-value、Differs from rest` +
  '（是否與其餘者不同）、Note（備註）。';
const IMPACT_CHOICE =
  '每位受訪者（顧客編號，去除前後空白後以文字比較）只計一次，依其完整觀察期（作答日之後的 window_days 天）' +
  '在 as_of 之前已經結束的最近一次作答計算：取最近一次，是因為那是其目前的看法，也最接近其後的行為；取完整' +
  '的，是因為上個月作答的顧客只有一個月可以行動，而一年前作答的顧客有一年，計入尚未結束的觀察期會讓近期的' +
  '受訪者看起來不忠誠，而且只要某一組較晚作答，比較就會有偏差。沒有這種作答的受訪者不列入並計數，沒有顧客' +
  '編號的作答也是如此。同一位顧客在該日有兩個不同類別的作答會產生錯誤並指出所在的列。推薦者回答 9-10，被動' +
  '者 7-8，批評者 0-6。';
const IMPACT_SMALL =
  '少於 30 位受訪者的類別只顯示數字並附註，不給 p-value：數量太少，無從判斷。此比較顯示的是關聯而非因果：' +
  '喜歡你的顧客可能因為某些也讓他們喜歡你的原因而買得更多或留得更久。';
const IMPACT_SURVEY = {
  survey_customer_ids: '給出每個答案的顧客，例如 Responses!B2:B（與另一個工作表相同的編號）。',
  survey_dates: '每個答案的日期，例如 Responses!A2:A。',
  scores: '0-10 分的答案，例如 Responses!D2:D。像 "N/A" 這類文字會被忽略；標題會略過。',
};
const IMPACT_WINDOW = '每個答案之後觀察多少天；留空時為 365。';

const AS_OF_ANSWER_DATES = '每筆回覆的日期，例如 A2:A；只在提供 as_of 時需要。';
const AS_OF_ANSWERS_AS_OF = '分析日期：日期在此之後的回覆不計入；留空時計入所有回覆。';
const AS_OF_ORDER_DATES_FOR_AS_OF = '每筆訂單的日期，例如 C2:C；只在提供 as_of 時需要。';
const AS_OF_ORDERS_AS_OF = '分析日期：日期在此之後的訂單不計入；留空時計入所有訂單。';
const AS_OF_LIST_AS_OF = '分析日期：名單依當天的狀態（之後的開始與結束尚未得知）；留空時使用所有列。';
const AS_OF_REFERRAL_START_DATES = '每位顧客開始的日期，例如 C2:C；只在提供 as_of 時需要。';

const COHORT_CURVES_PERIOD = '"week"、"month" 或 "quarter"（週、月或季）；留空時為 "month"。';
const COHORT_CURVES_MODE = '"bounded"（在該期間下單）或 "unbounded"（在該期間或之後下單）；留空時為 "bounded"。';

export const ZH_TW_FUNCTION_HELP: FunctionHelpTranslation = {
  NPS: {
    summary: '0-10 分答案的淨推薦值（NPS）：推薦者（9-10 分）所占 % 減去批評者（0-6 分）所占 %，範圍為 -100 到 100。',
    returns: '介於 -100 到 100 之間的數字。',
    details:
      'NPS = 100 x (推薦者 - 批評者) / 有效回覆數（Reichheld 2003）。推薦者回答 9 或 10 分，中立者 7 或 8 分，' +
      '批評者 0 到 6 分。結果不四捨五入。空白儲存格會略過；像 "N/A" 這類文字會被忽略；超出 0-10 或非整數的數字' +
      '會產生錯誤，並指出所在的列。',
    parameters: { scores: SCORES, dates: AS_OF_ANSWER_DATES, as_of: AS_OF_ANSWERS_AS_OF },
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
      dates: AS_OF_ANSWER_DATES,
      as_of: AS_OF_ANSWERS_AS_OF,
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
    returns:
      '表格：Period start（期間開始日）、Responses（回覆數）、NPS、CI low、CI high（信賴區間下限與上限）。' +
      '、Note（備註）',
    details:
      '從第一筆到最後一筆回覆，每個期間一列，依試算表的時區計算；每週從星期一開始。沒有回覆的期間顯示 0 筆回覆，' +
      'NPS 與區間則留空。' +
      ADJUSTED_WALD_95 +
      '每個分數的同一列都必須有日期。' +
      'Note 欄會標示回覆少於 30 筆的期間，因數量太少而不宜解讀：即使有 30 筆回覆，信賴區間仍寬約 +-35 分。日期在 as_of 之後的回覆不計入。',
    parameters: {
      dates: '回覆日期，例如 A2:A（日期儲存格，或 2024-03-15 這類文字）。',
      scores: SCORES,
      period: PERIOD,
      as_of: AS_OF_ANSWERS_AS_OF,
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
      dates: AS_OF_ANSWER_DATES,
      as_of: AS_OF_ANSWERS_AS_OF,
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
      dates: AS_OF_ANSWER_DATES,
      as_of: AS_OF_ANSWERS_AS_OF,
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
      dates: AS_OF_ANSWER_DATES,
      as_of: AS_OF_ANSWERS_AS_OF,
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
      '會計入 Lost，但不計入比率。期初沒有顧客的期間，比率留空。每週從星期一開始。' +
      '提供 as_of 時，名單依當天的狀態：之後的開始不計入，之後的結束尚未得知（顧客仍在）。',
    parameters: {
      start_dates: START_DATES,
      end_dates: END_DATES,
      period: PERIOD,
      as_of: AS_OF_LIST_AS_OF,
    },
  },
  REFERRAL_RATE: {
    summary: '透過轉介紹（或您指定的任何來源）取得的顧客所占比例。',
    returns: FRACTION,
    details:
      '轉介率 = 取得來源符合任一標籤的顧客數 / 有來源資料的顧客數。來源與標籤會先去除前後空白再比較，且不區分' +
      '大小寫；空白的來源不予計算。標籤預設為 "referral"；可提供單一標籤，或以一個標籤範圍同時計算多個來源' +
      '（"Referral"、"Friend"）。' +
      '提供 start_dates 與 as_of 時，只計入在 as_of 當天或之前開始的顧客。',
    parameters: {
      sources: '每位顧客的取得來源，例如 E2:E。',
      referral_labels: '視為轉介紹的來源（或來源範圍）；留空時為 "referral"。',
      start_dates: AS_OF_REFERRAL_START_DATES,
      as_of: AS_OF_LIST_AS_OF,
    },
  },
  REPEAT_PURCHASE_RATE: {
    summary: '購買超過一次的顧客所占比例（若提供日期，則指在兩天或以上購買）。',
    returns: FRACTION,
    details:
      '回購率 = 有兩筆以上訂單的顧客數 / 顧客數，以顧客而非列為單位計算。若提供訂單日期，同一天的訂單視為一次購買：' +
      '回購顧客是指在兩個以上不同日期購買的顧客。' +
      '指定 window_days 時（需要 order_dates）：在期間已於 as_of 前結束的顧客中（首次購買日 + window_days <= as_of），' +
      '於首次購買後 window_days 天內的較晚日期再次購買者所占比例；仍在期間內的顧客不列入分子與分母，因此新顧客絕不會被算成只買一次的顧客。' +
      '365 即 RJMetrics 的比例：在首次購買後一年內再次購買的顧客（見 BENCHMARK("repeat_purchase_12m")）。as_of 之後的訂單不予計算。',
    parameters: {
      customer_ids: CUSTOMER_IDS,
      order_dates: ORDER_DATES,
      window_days: '只計算首次購買後這麼多天內的第二次購買，例如 365；留空時為 as_of 之前的任何時間。',
      as_of: AS_OF,
    },
  },
  PURCHASE_FREQUENCY: {
    summary: '每位顧客的訂單數：訂單列數 / 不重複顧客數。',
    returns: '大於或等於 1 的數字。',
    details:
      '購買頻率 = 訂單列數 / 整個範圍內不重複的顧客 ID 數（每筆訂單一列）。' +
      '提供 order_dates 與 as_of 時，以 as_of 之前的訂單計算。',
    parameters: { customer_ids: CUSTOMER_IDS, order_dates: AS_OF_ORDER_DATES_FOR_AS_OF, as_of: AS_OF_ORDERS_AS_OF },
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
      order_dates: AS_OF_ORDER_DATES_FOR_AS_OF,
      as_of: AS_OF_ORDERS_AS_OF,
    },
  },
  UPSELL_RATE: {
    summary: '購買超過一種不同產品的顧客所占比例。',
    returns: FRACTION,
    details: '追加銷售率 = 購買兩種以上不同產品的顧客數 / 顧客數。產品會去除前後空白後以文字比較。',
    parameters: {
      customer_ids: CUSTOMER_IDS,
      products: '每筆訂單的產品，例如 E2:E。',
      order_dates: AS_OF_ORDER_DATES_FOR_AS_OF,
      as_of: AS_OF_ORDERS_AS_OF,
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
      as_of: AS_OF_ORDERS_AS_OF,
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
      max_rows: '只傳回這麼多位顧客：依首次出現順序的前幾位；留空時傳回所有顧客。',
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
  COHORT_CURVES: {
    summary: '留存曲線：首次下單後第 k 期仍在下單的顧客比例，涵蓋全部同期群與最近的同期群。',
    returns:
      '表格：Periods after the first order（首次下單後的期數）、All cohorts (weighted average)（全部同期群的加權平均），再依序為每個顯示的同期群 Cohort of ...；比例以分數表示。',
    details:
      '取自 COHORT_RETENTION 的同期群表（相同的 period、mode 與 as_of）：首次下單後每一期 k = 0、1、2... 一列，All cohorts (weighted average) = 各同期群在第 k 期仍有下單的顧客數 / 第 k 期已完整的同期群顧客數（每個同期群依其人數計權，最新的同期群只計入已經歷的期間，因此不會把曲線拉低）；接著為最近幾個同期群（留空時為 3 個）各占一欄，只取在第 0 期之後至少有一期已完整者，由舊到新，尚未完整的期間留空。若某期已完整的同期群顧客合計少於 min_customers 人（留空時為 30），平均自該期起留空：後段期間只有最早的幾個同期群經歷過，往往只有寥寥數位顧客，比例忽高忽低，無法說明留存情況。幾條曲線一眼就能讀懂，每個同期群一條線則會糾成一團：請以折線圖呈現。',
    parameters: {
      customer_ids: CUSTOMER_IDS,
      order_dates: ORDER_DATES,
      period: COHORT_CURVES_PERIOD,
      mode: COHORT_CURVES_MODE,
      cohorts: '除平均外要顯示的最近同期群數，0 到 12；留空時為 3。',
      min_customers: '平均的每一點背後的同期群至少須有的顧客數；不足時平均即停止。留空時為 30。',
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
      max_rows:
        '只傳回這麼多位顧客：消費金額（Monetary）最高者，由高到低（分數仍與所有顧客比較）；留空時傳回所有顧客。',
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
      max_rows:
        '只傳回這麼多列：Predicted CLV 最高的列（沒有金額時為預期購買次數最多的列），由高到低；留空時依輸入順序傳回所有列。',
    },
  },
  BENCHMARK: {
    summary: '某項指標已發布的基準值，附定義、資料年份、樣本、發布者與網址。',
    returns:
      '表格：Segment、Value、Unit、Data year、Publisher、Source、Address、Definition、Comparable with、Geography、Sample、Notes。',
    details:
      '指標："nps"（XM Institute 2023 年美國消費者研究的各產業平均、SurveyMonkey 的平均與前四分之一門檻，以及 B2B 研究）、' +
      '"monthly_churn"（Recurly 2019 年的中位數、Antenna 的付費串流流失率）、"annual_churn"（KBCM 的 SaaS 顧客數流失率中位數，' +
      'FY2016）、"repeat_purchase_12m"（RJMetrics：首次購買後 12 個月內再次購買的顧客）及 "acsi"（ACSI 分數，為模型推估的 ' +
      '0-100 指數：切勿與 CSAT 比較）。僅收錄出自發布者本身文字的數字。欄位：Segment（區隔）、Value（數值）、Unit（單位）、' +
      'Data year（資料年份）、Publisher（發布者）、Source（來源）、Address（網址）、Definition（定義）、Comparable with' +
      '（可算出可比較數字的函數與選項）、Geography（地區）、Sample（樣本）、Notes（解讀方式）。未指定區隔時，列出該指標的所有區隔，' +
      '樣本最大者在前。流失率可在固定比率的假設下換算為其他期間：年 = 1 - (1 - 月)^12。比率為小數，NPS 與 ACSI 為點數。',
    parameters: {
      metric: '"nps"、"monthly_churn"、"annual_churn"、"repeat_purchase_12m" 或 "acsi"。',
      segment: '區隔，例如 "Retail"、"B2B" 或 "E-commerce"；留空時列出該指標的所有區隔。',
      period:
        '僅限流失率：將比率換算為每 "week"、"month"、"quarter" 或 "year"（週、月、季或年）；留空時依發布時的期間。',
    },
  },
  RETENTION_MODEL: {
    summary: '以移位貝他幾何（或貝他離散韋伯）留存模型配適訂閱資料：輸出參數與標準誤。',
    returns: '表格：Parameter（參數）、Estimate（估計值）、Std. error（標準誤）。',
    details:
      '每位顧客在每期期末以自己的機率取消訂閱，此機率不隨時間改變，而在顧客之間呈貝他分配（Fader 與 Hardie 2007 的 sBG 模型，' +
      '〈How to project customer retention〉）；模型 "bdw" 允許此機率隨訂閱時間改變（Fader、Hardie、Liu、Davin 與 Steenburgh 2018）。' +
      '由顧客名單計算時，訂閱期間以試算表時區的完整週期計：已離開的顧客為結束日之前開始的每一期付費（至少 1 期），貢獻 P(T = t)；' +
      '在 as_of 仍在訂閱的顧客已開始 n = 到 as_of 的完整週期數 + 1 期，貢獻 S(n - 1)（右設限），不論屬於哪個世代。' +
      '省略 end_dates 時，start_dates 為單一世代的存續人數，例如 {1000;869;743;653;593;551;517;491}。' +
      '採最大概似法；各列為 alpha、beta（"bdw" 另有 c）及由 Hessian 矩陣求得的標準誤，接著是 Log-likelihood（對數概似值）、' +
      'Customers（顧客數）、Churned（已流失）、Still active（仍在訂閱）與 Expected lifetime (periods)（預期存續期數，即新顧客平均付費的期數），' +
      '當 alpha <= 1（"bdw" 為 c x alpha <= 1）時為無上限（unbounded）。',
    parameters: {
      start_dates: SUBSCRIPTION_STARTS,
      end_dates: SUBSCRIPTION_ENDS,
      period: BILLING_PERIOD,
      as_of: SUBSCRIPTION_AS_OF,
      model: RETENTION_MODEL_CHOICE,
    },
  },
  RETENTION_FORECAST: {
    summary: '依配適的留存模型，逐期預估仍在訂閱的顧客比例與留存率。',
    returns: '表格：Period（期別）、Survival（存續率）、Retention rate（留存率）、Actual survival（實際存續率）。',
    details:
      '以 RETENTION_MODEL 的方式配適模型，再對 t = 0 ... horizon 的每一期輸出一列：Period、Survival S(t)（世代在 t 期後仍在訂閱的比例，' +
      '第 0 期為 1）、Retention rate r(t) = S(t) / S(t - 1)（已付費 t 期者續訂的比例；在 sBG 中會隨 t 上升，因為最可能取消的顧客最先離開），' +
      '以及資料可觀察範圍內的 Actual survival：存續人數時為仍在訂閱的比例，顧客名單時為合併所有世代的 Kaplan-Meier 估計；超出資料範圍則留空。',
    parameters: {
      start_dates: SUBSCRIPTION_STARTS,
      end_dates: SUBSCRIPTION_ENDS,
      horizon: '要預估到的最後一期，須為整數；留空則為 24。',
      period: BILLING_PERIOD,
      as_of: SUBSCRIPTION_AS_OF,
      model: RETENTION_MODEL_CHOICE,
    },
  },
  SUBSCRIPTION_CLV: {
    summary: '按仍在訂閱的顧客列出：已付費期數、續訂機率、折現預期剩餘存續期與剩餘價值。',
    returns:
      '表格：Customer（顧客）、Periods paid（已付費期數）、Probability of renewing next（下次續訂機率）、DERL（折現預期剩餘存續期）、' +
      'Residual value（剩餘價值）。',
    details:
      '以 RETENTION_MODEL 的方式在顧客名單上配適模型，再依名單順序為每位在 as_of 仍在訂閱的顧客輸出一列：Customer、Periods paid (n)、' +
      'Probability of renewing next = S(n) / S(n - 1)、DERL = 對 t >= n 加總 [S(t) / S(n - 1)] / (1 + d)^(t - n)' +
      '（Fader 與 Hardie 2010 的折現預期剩餘存續期：自下次續訂起的各期付款，折現到該次續訂），以及 Residual value = revenue_per_period x DERL。' +
      'd 為每期利率，按月為 (1 + annual_discount_rate)^(1/12) - 1（按週為 ^(1/52)、按季為 ^(1/4)）。' +
      '其下空一列後：New customer（新顧客），即自 t = 0 起含第一次付款的同一加總（Periods paid 為 0；其價值以仍在訂閱顧客的平均收入計），' +
      '以及 Active base（現有顧客群），即所有仍在訂閱顧客的 DERL 與剩餘價值總和。',
    parameters: {
      customer_ids: '每一列的顧客，例如 A2:A。',
      start_dates: '每位顧客開始（註冊、訂閱）的日期，例如 C2:C。',
      end_dates: LIST_ENDS,
      revenue_per_period: '顧客每期支付的金額：所有人同一金額，或與顧客平行的範圍，例如 E2:E。',
      annual_discount_rate: '折現未來付款所用的年利率，例如 0.1 代表 10%；留空則為 0.10。',
      period: BILLING_PERIOD,
      as_of: SUBSCRIPTION_AS_OF,
      model: RETENTION_MODEL_CHOICE,
    },
  },
  BTYD_VALIDATE: {
    summary: '以校準日之前的訂單配適購買模型，並比較其預測的保留期購買次數與實際次數。',
    returns:
      '上下兩個表格：Repeat purchases in calibration（校準期回購次數）、Customers（顧客數）、Actual（實際）、Predicted（預測）；' +
      '接著是 Week ending（週末日期）、Actual cumulative（實際累計）、Predicted cumulative（預測累計）。',
    details:
      '購買模型（同 BTYD_FIT）以 calibration_end 之前的訂單配適；在此之前已出現的每位顧客得到 E[Y(t) | x, t_x, T]，' +
      '即模型預期在 calibration_end 到 holdout_end 的 t 週內的回購次數，並與實際回購次數比較（以不同日期計，同 CUSTOMER_SUMMARY）。' +
      '首次購買在 calibration_end 之後的顧客不在校準期內，因此不列入兩個表格，而計入 "Left out: first purchase after calibration_end" 這一列；' +
      'holdout_end 之後的訂單不予計算。各列：標題列（Repeat purchases in calibration、Customers、Actual、Predicted），' +
      '校準期回購次數 0 到 6 及 "7+" 各一列，列出每位顧客保留期回購次數的實際平均與預測平均；Total（顧客數及實際與預測的總和）；' +
      'Mean absolute error per customer（每位顧客的平均絕對誤差）；Holdout weeks（保留期週數）；Left out（未列入者）。' +
      '其後空一列，是有自己標題列的追蹤表（Week ending、Actual cumulative、Predicted cumulative）：這些顧客在校準期與保留期逐週累計的回購次數，' +
      '模型則預期每位顧客在首次購買 t 週後為 E[X(t)]。可將這三欄繪成折線圖。',
    parameters: {
      customer_ids: CUSTOMER_IDS,
      order_dates: ORDER_DATES,
      amounts: '每筆訂單的金額，例如 D2:D（零或以上），讀取與檢查方式同 BTYD_FIT。',
      calibration_end: '模型學習所用校準期的最後一天，例如 DATE(1997,9,30)。',
      holdout_end: '用來檢查預測的保留期最後一天；留空則為最晚的訂單日期。',
      model: MODEL,
    },
  },
  CHURN_BY: {
    summary: '各區隔某期間的流失率，最大的區隔排在最前面，附 95% 區間以及與其餘顧客的檢定。',
    returns: SEGMENT_TABLE('Customers at start（期初顧客數）', 'Churn rate（流失率）'),
    details:
      '每個區隔之顧客在該期間的流失率，計算方式與 CHURN_RATE 對所有人的計算相同。它是一個比例：期初的活躍' +
      '顧客中，在期間內離開者的比例（期間內才開始的顧客既不計入分子也不計入分母）。' +
      SEGMENT_WILSON +
      SEGMENT_ROWS,
    parameters: {
      segments: SEGMENT_PER_CUSTOMER,
      start_dates: START_DATES,
      end_dates: END_DATES,
      period_start: PERIOD_START,
      period_end: PERIOD_END,
    },
  },
  RETENTION_BY: {
    summary: '各區隔某期間的留存率，最大的區隔排在最前面，附 95% 區間以及與其餘顧客的檢定。',
    returns: SEGMENT_TABLE('Customers at start（期初顧客數）', 'Retention rate（留存率）'),
    details:
      '每個區隔之顧客在該期間的留存率，計算方式與 RETENTION_RATE 對所有人的計算相同。留存率 (E - N) / S 把' +
      '新顧客算進 E 再以 N 扣除，因此它不是 E 的比例；但 E - N 正好是 S 中到期末仍在的顧客，所以留存率就是期初' +
      '顧客中留下者的比例，即 1 - 流失率。區間與檢定都是針對這個比例（p-value 與 CHURN_BY 給出的相同）；新顧客' +
      '不參與其中。' +
      SEGMENT_WILSON +
      SEGMENT_ROWS,
    parameters: {
      segments: SEGMENT_PER_CUSTOMER,
      start_dates: START_DATES,
      end_dates: END_DATES,
      period_start: PERIOD_START,
      period_end: PERIOD_END,
    },
  },
  REPEAT_PURCHASE_RATE_BY: {
    summary: '各區隔的回購率，最大的區隔排在最前面，附 95% 區間以及與其餘顧客的檢定。',
    returns: SEGMENT_TABLE('Customers（顧客數）', 'Repeat purchase rate（回購率）'),
    details:
      '每個區隔的顧客中購買超過一次者的比例（有提供日期時，指在兩天或以上購買），與 REPEAT_PURCHASE_RATE 相同。' +
      'CI 為 Wilson 分數區間；檢定比較該區隔中回購顧客的比例與其餘所有顧客中的比例（雙比例 z 檢定）。區隔的' +
      '計數為其顧客數。' +
      SEGMENT_LOOKUP +
      SEGMENT_ROWS,
    parameters: {
      segments: SEGMENT_OF_ORDERS,
      customer_ids: CUSTOMER_IDS,
      order_dates: ORDER_DATES,
    },
  },
  AVG_ORDER_VALUE_BY: {
    summary: '各區隔的平均訂單金額，最大的區隔排在最前面，附 95% t 區間以及與其餘訂單的檢定。',
    returns: SEGMENT_TABLE('Orders（訂單數）', 'Average order value（平均訂單金額）'),
    details:
      '每個區隔之訂單的 AOV，與 AVG_ORDER_VALUE 相同：營收 / 訂單數，共用同一訂單編號的明細列視為一筆訂單。' +
      '區間為該區隔訂單總額平均值的 t 區間（平均值 +- t x s / sqrt(n)，自由度 n - 1）；檢定以不假設變異數' +
      '相等的 Welch t 檢定，將其與其餘所有訂單的總額比較。單位是訂單：少於 30 筆訂單的區隔不做檢定，而同一位' +
      '顧客的多筆訂單被視為彼此獨立，因此當少數顧客下了大部分訂單時，區間會過窄。訂單金額通常偏斜：小區隔的' +
      '區間請當作粗略參考。segments 可以是與 amounts 平行的一欄（每筆訂單列的區隔；同一筆訂單的明細列必須是' +
      '同一個區隔），或依寬度辨識的兩欄：顧客編號與各自的區隔，透過 customer_ids 對應，此時必須提供 ' +
      'customer_ids（{Customers!A2:A, Customers!E2:E}）；未列出之顧客的訂單歸入 "(not listed)"。' +
      SEGMENT_ROWS,
    parameters: {
      segments:
        '每筆訂單列的區隔，與 amounts 平行（例如 F2:F）；或兩欄：顧客編號與其區隔，例如 ' +
        '{Customers!A2:A, Customers!E2:E}，並搭配 customer_ids。',
      amounts: AMOUNTS,
      order_ids: '每個金額所屬的訂單（當一筆訂單有多個明細列時使用），例如 A2:A。',
      customer_ids: '每筆訂單的顧客，例如 B2:B：segments 為兩欄時必須提供。',
    },
  },
  CLV_BY: {
    summary: '各區隔的歷史 CLV，最大的區隔排在最前面，附 95% t 區間以及與其餘顧客的檢定。',
    returns: SEGMENT_TABLE('Customers（顧客數）', 'CLV'),
    details:
      '每個區隔之顧客的 CLV，依 CLV 的簡易公式計算（平均訂單金額 x 每位顧客每年購買次數 x lifespan_years x ' +
      'gross_margin），年數以全部訂單涵蓋的期間計算，因此每個區隔都用同一把尺衡量，區隔的 CLV 就是其顧客每人' +
      '每年的淨營收 x 存續年數 x 毛利率（比其他區隔晚開始的區隔會顯得較小：請在它們共有的期間內比較）。離散' +
      '程度來自顧客：每位顧客自己的價值，即其每年淨營收 x lifespan_years x gross_margin，其平均值就是 CLV。' +
      '區間為該平均值的 t 區間；檢定以 Welch t 檢定比較該區隔的顧客與其他所有顧客。顧客價值偏斜（少數大客戶）：' +
      '小區隔的區間請當作粗略參考。' +
      SEGMENT_LOOKUP +
      SEGMENT_ROWS,
    parameters: {
      segments: SEGMENT_OF_ORDERS,
      customer_ids: CUSTOMER_IDS,
      order_dates: ORDER_DATES,
      amounts: '每筆訂單的金額，例如 D2:D；退款以負數表示。',
      lifespan_years: '顧客留存的年數，例如 3。',
      gross_margin: GROSS_MARGIN,
    },
  },
  NPS_IMPACT: {
    summary: '忠誠度值得嗎？推薦者在作答後是否比批評者更常再次購買，以及多出多少。',
    returns:
      '表格：Group（組別）、Respondents（受訪者數）、Bought again（再次購買比例）、CI low、CI high、' +
      'Orders per respondent（每位受訪者訂單數）、Revenue per respondent（每位受訪者營收）、Revenue CI low、' +
      'Revenue CI high（營收區間下限與上限）、p-value、Note（備註）。',
    details:
      '以顧客編號將問卷與訂單對應，並在每位受訪者作答後觀察 window_days 天：作答日之後、最多 window_days 天內' +
      '的訂單（作答當天的訂單不計：它可能正是問卷所跟隨的那次購買）。' +
      IMPACT_CHOICE +
      'Promoters（推薦者）、Passives（被動者）與 Detractors（批評者）各一列：Respondents；Bought again，即觀察期內' +
      '至少有一筆訂單者的比例，附 95% Wilson 區間（CI low、CI high）；Orders per respondent（訂單列數）；' +
      'Revenue per respondent，附 95% t 區間。接著是 Promoters - detractors：Bought again 的差異，附 95% Newcombe' +
      ' 混合分數區間（Newcombe 1998）與雙比例 z 檢定的 p-value，以及每位受訪者訂單數與營收的差異（95% Welch ' +
      '區間）；Promoters / detractors：每位受訪者營收的比值；最後是未列入的受訪者。as_of 預設為最近一筆訂單的' +
      '日期；完全沒有訂單的受訪者視為沒有再次購買。' +
      IMPACT_SMALL,
    parameters: {
      ...IMPACT_SURVEY,
      order_customer_ids: '每筆訂單的顧客，例如 Orders!B2:B。',
      order_dates: '每筆訂單的日期，例如 Orders!C2:C。',
      amounts: '每筆訂單的金額，例如 Orders!D2:D。',
      window_days: IMPACT_WINDOW,
      as_of: '分析的日期：之後的訂單與答案不予計算；留空時為最近一筆訂單的日期。',
    },
  },
  NPS_CHURN_IMPACT: {
    summary: '忠誠度值得嗎？批評者在作答後的一段期間內是否比推薦者更常離開。',
    returns:
      '表格：Group（組別）、Respondents（受訪者數）、Churned（流失比例）、CI low、CI high、p-value、Note（備註）。',
    details:
      '以顧客編號將問卷與顧客名單對應，並在每位受訪者作答後觀察 window_days 天：結束日期在作答日之後、最多 ' +
      'window_days 天內的受訪者即為流失。受訪者在作答日必須是顧客（當時已開始且尚未結束）：其他人以及名單中' +
      '找不到的受訪者不列入並計數。customer_ids 必須唯一：每位顧客一列。' +
      IMPACT_CHOICE +
      'Promoters、Passives 與 Detractors 各一列：Respondents 與 Churned，即在觀察期內離開者的比例，附 95% ' +
      'Wilson 區間；接著是 Promoters - detractors：Churned 的差異（推薦者流失較少時為負值），附 95% Newcombe ' +
      '混合分數區間與雙比例 z 檢定的 p-value；最後是未列入的受訪者。as_of 預設為名單中最近的開始或結束日期；' +
      '若知道名單下載的日期，請改填該日期，因為今天取得的名單知道直到今天為止的每一筆取消。' +
      IMPACT_SMALL,
    parameters: {
      ...IMPACT_SURVEY,
      customer_ids: '名單中每位顧客的編號，例如 Customers!A2:A。',
      start_dates: '每位顧客開始的日期，例如 Customers!C2:C。',
      end_dates: '每位顧客離開的日期，仍是顧客時留空，例如 Customers!D2:D。',
      window_days: IMPACT_WINDOW,
      as_of: '分析的日期：之後的答案不予計算；留空時為名單中最近的開始或結束日期。',
    },
  },
};
