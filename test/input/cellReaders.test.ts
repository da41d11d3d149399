import { amountReader, labelReader } from '../../src/input/cellReaders';
import { CellProblem } from '../../src/input/inputError';
import { readerContext } from '../support/context';

describe('labelReader', () => {
  const reader = labelReader(readerContext('Asia/Bangkok'), 'customer');

  it('reads ids as trimmed text, so 1001 and "1001 " are one customer', () => {
    expect(reader.read(1001)).toBe('1001');
    expect(reader.read(' 1001 ')).toBe('1001');
    expect(reader.read('A17')).toBe('A17');
    expect(reader.read(true)).toBe('TRUE');
    // A date cell at 2024-03-14 17:00 UTC is the 15th in Bangkok.
    expect(reader.read(new Date(Date.UTC(2024, 2, 14, 17)))).toBe('2024-03-15');
  });
});

describe('amountReader', () => {
  it('reads numbers and numeric text, refusing refunds unless allowed', () => {
    const sales = amountReader(readerContext(), { allowNegative: false, refundAdvice: ' (no refunds here)' });
    expect(sales.read(24.5)).toBe(24.5);
    expect(sales.read('$1,234.50')).toBe(1234.5);
    expect(sales.read(0)).toBe(0);
    expect(sales.read('Amount')).toBeUndefined();
    expect(() => sales.read(-5)).toThrow(CellProblem);
    expect(() => sales.read(-5)).toThrow('amounts must be numbers, zero or more (no refunds here)');
    expect(() => sales.read(true)).toThrow(CellProblem);
    expect(amountReader(readerContext(), { allowNegative: true }).read('(15.00)')).toBe(-15);
  });
});
