import { isHeadingFor, normaliseHeading } from '../../src/input/headings';

describe('headings', () => {
  it('normalises separators and case', () => {
    expect(normaliseHeading('  Customer_ID ')).toBe('customer id');
    expect(normaliseHeading('Order-No.')).toBe('order no');
  });

  it.each([
    ['Customer ID', 'customer'],
    ['customers', 'customer'],
    ['Client email', 'customer'],
    ['รหัสลูกค้า', 'customer'],
    ['شناسه مشتری', 'customer'],
    ['客户编号', 'customer'],
    ['顧客', 'customer'],
    ['Source', 'source'],
    ['Acquisition source', 'source'],
    ['ช่องทาง', 'source'],
    ['منبع', 'source'],
    ['来源', 'source'],
    ['Product', 'product'],
    ['สินค้า', 'product'],
    ['Order ID', 'order'],
    ['訂單編號', 'order'],
  ] as const)('reads %p as a heading of a %s column', (text, role) => {
    expect(isHeadingFor(text, role)).toBe(true);
  });

  it.each([
    ['Customer 17', 'customer'],
    ['C-1001', 'customer'],
    ['ana@example.com', 'customer'],
    ['Referral', 'source'],
    ['Instagram', 'source'],
    ['Espresso', 'product'],
    ['Source of truth about Bob', 'source'],
    ['', 'customer'],
  ] as const)('reads %p as data of a %s column', (text, role) => {
    expect(isHeadingFor(text, role)).toBe(false);
  });
});
