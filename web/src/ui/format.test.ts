import { describe, expect, it } from 'vitest';
import { formatDateTime, formatMoney, isNewcomer, todayIn } from './format.ts';

describe('formatMoney', () => {
  it('formats minor units (分) as yuan with the ¥ sign in both languages', () => {
    expect(formatMoney(123_400, 'CNY', 'zh-CN')).toBe('¥1,234.00');
    expect(formatMoney(123_400, 'CNY', 'en')).toBe('¥1,234.00');
    expect(formatMoney(5, 'CNY', 'zh-CN')).toBe('¥0.05');
  });
});

describe('formatDateTime', () => {
  it("shows the instant on the workspace's clock", () => {
    expect(formatDateTime('2025-03-31T16:30:00Z', 'Asia/Shanghai')).toBe('2025-04-01 00:30');
    expect(formatDateTime('2025-03-31T16:30:00+08:00', 'Asia/Shanghai')).toBe('2025-03-31 16:30');
    expect(formatDateTime(null, 'Asia/Shanghai')).toBe('');
  });
});

describe('isNewcomer', () => {
  it('is true for fewer than 90 days after the hire date', () => {
    expect(isNewcomer('2025-01-01', '2025-03-31')).toBe(true); // day 89
    expect(isNewcomer('2025-01-01', '2025-04-01')).toBe(false); // day 90
    expect(isNewcomer(null, '2025-04-01')).toBe(false);
    expect(isNewcomer('2025-05-01', '2025-04-01')).toBe(false);
  });

  it('counts days in the workspace time zone', () => {
    expect(todayIn('Asia/Shanghai', new Date('2025-03-31T16:30:00Z'))).toBe('2025-04-01');
  });
});
