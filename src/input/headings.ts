/**
 * What column headings say, in English, Thai, Persian and Chinese: the words
 * that name each kind of column people keep about customers, orders and
 * survey answers. Used to tell a heading from data in a column of free text
 * (a heading "Customer ID" above customer ids), and by the wizard to propose a
 * role for each column.
 */

export type ColumnRole =
  | 'customer'
  | 'orderDate'
  | 'amount'
  | 'product'
  | 'order'
  | 'score'
  | 'satisfaction'
  | 'responseDate'
  | 'segment'
  | 'startDate'
  | 'endDate'
  | 'source';

/** Words that name a role, in the four languages; matched as parts of a normalised heading. */
export const ROLE_WORDS: Readonly<Record<ColumnRole, readonly string[]>> = {
  customer: [
    'customer',
    'client',
    'member',
    'subscriber',
    'user',
    'buyer',
    'account',
    'email',
    'ลูกค้า',
    'สมาชิก',
    'مشتری',
    'خریدار',
    'کاربر',
    '顧客',
    '客户',
    '客戶',
    '会员',
    '會員',
    '用户',
    '用戶',
  ],
  orderDate: [
    'order date',
    'purchase date',
    'date',
    'day',
    'วันที่สั่งซื้อ',
    'วันที่',
    'تاریخ سفارش',
    'تاریخ',
    '订单日期',
    '訂單日期',
    '下单日期',
    '日期',
  ],
  amount: [
    'amount',
    'total',
    'revenue',
    'value',
    'price',
    'spend',
    'sales',
    'paid',
    'ยอด',
    'จำนวนเงิน',
    'ราคา',
    'مبلغ',
    'قیمت',
    'جمع',
    '金额',
    '金額',
    '总额',
    '總額',
    '价格',
    '價格',
  ],
  product: ['product', 'item', 'sku', 'plan', 'สินค้า', 'แพ็กเกจ', 'محصول', 'کالا', 'طرح', '产品', '產品', '商品', '方案'],
  order: [
    'order',
    'invoice',
    'transaction',
    'receipt',
    'คำสั่งซื้อ',
    'ใบสั่งซื้อ',
    'ใบเสร็จ',
    'سفارش',
    'فاکتور',
    'تراکنش',
    '订单',
    '訂單',
    '发票',
    '發票',
    '交易',
  ],
  score: [
    'score',
    'nps',
    'rating',
    'recommend',
    'likelihood',
    'คะแนน',
    'امتیاز',
    'نمره',
    '评分',
    '評分',
    '分数',
    '分數',
    '推荐',
    '推薦',
  ],
  satisfaction: [
    'satisfaction',
    'satisfied',
    'csat',
    'ความพึงพอใจ',
    'พึงพอใจ',
    'رضایت',
    '滿意度',
    '满意度',
    '滿意',
    '满意',
  ],
  responseDate: [
    'response date',
    'survey date',
    'submitted',
    'date',
    'วันที่ตอบ',
    'วันที่',
    'تاریخ پاسخ',
    'تاریخ',
    '回复日期',
    '回覆日期',
    '日期',
  ],
  segment: [
    'segment',
    'plan',
    'tier',
    'region',
    'group',
    'country',
    'กลุ่ม',
    'ภูมิภาค',
    'بخش',
    'گروه',
    'منطقه',
    '分群',
    '区域',
    '區域',
    '地区',
    '地區',
    '分组',
    '分組',
  ],
  startDate: [
    'start',
    'signup',
    'sign up',
    'joined',
    'subscribed',
    'since',
    'created',
    'เริ่ม',
    'สมัคร',
    'شروع',
    'عضویت',
    '开始',
    '開始',
    '注册',
    '註冊',
    '订阅日期',
    '訂閱日期',
  ],
  endDate: [
    'end',
    'cancel',
    'churn',
    'stopped',
    'left',
    'until',
    'expired',
    'สิ้นสุด',
    'ยกเลิก',
    'پایان',
    'لغو',
    '结束',
    '結束',
    '取消',
    '退订',
    '退訂',
  ],
  source: [
    'source',
    'channel',
    'acquisition',
    'referrer',
    'medium',
    'campaign',
    'utm',
    'how did you hear',
    'แหล่งที่มา',
    'ช่องทาง',
    'منبع',
    'کانال',
    'معرف',
    '来源',
    '來源',
    '渠道',
    '通路',
  ],
};

/** Words that go with any role in a heading: "Customer ID", "order no.", "รหัสลูกค้า", "客户编号". */
const GENERIC_WORDS = [
  's',
  'es',
  'id',
  'ids',
  'name',
  'number',
  'no',
  'num',
  'code',
  'key',
  'of',
  'the',
  'รหัส',
  'ชื่อ',
  'เลขที่',
  'หมายเลข',
  'شناسه',
  'نام',
  'شماره',
  'کد',
  '编号',
  '編號',
  '名称',
  '名稱',
  '代码',
  '代碼',
  '号',
  '號',
];

/** Lower case, word separators as single spaces. */
export function normaliseHeading(text: string): string {
  return text
    .toLowerCase()
    .replace(/[_\-./:()#]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * True when a text reads as a heading for the role: it names the role and is
 * made only of heading words. "Customer ID" and "รหัสลูกค้า" are headings of a
 * customer column; "Customer 17" (a digit) and "Referral" (not a source
 * heading) are data.
 */
export function isHeadingFor(text: string, role: ColumnRole): boolean {
  let rest = normaliseHeading(text);
  if (rest === '' || /\d/.test(rest)) return false;
  const words = [...ROLE_WORDS[role]].sort((a, b) => b.length - a.length);
  let named = false;
  for (const word of words) {
    if (rest.includes(word)) {
      named = true;
      rest = rest.split(word).join(' ');
    }
  }
  if (!named) return false;
  for (const word of GENERIC_WORDS) rest = rest.replace(new RegExp(`(^|\\s)${word}(?=\\s|$)`, 'g'), ' ');
  // Thai and Chinese write words without spaces, so their generic words are removed anywhere.
  for (const word of GENERIC_WORDS.filter((w) => /[\u0e00-\u0e7f\u4e00-\u9fff]/.test(w)))
    rest = rest.split(word).join(' ');
  return rest.trim() === '';
}
