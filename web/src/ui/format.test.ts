import { describe, expect, it } from 'vitest';
import { formatDateTime, formatMoney, formatRelative, isNewcomer, todayIn } from './format.ts';

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

describe('formatRelative', () => {
  const now = new Date('2025-04-01T12:00:00Z');
  const zh = { timeZone: 'Asia/Shanghai', locale: 'zh-CN', justNow: '刚刚', now };
  const en = { timeZone: 'Asia/Shanghai', locale: 'en', justNow: 'just now', now };

  it('says how long ago within the last week, in the UI language', () => {
    expect(formatRelative('2025-04-01T11:59:30Z', zh)).toBe('刚刚');
    expect(formatRelative('2025-04-01T12:00:30Z', en)).toBe('just now'); // a little clock skew
    expect(formatRelative('2025-04-01T11:55:00Z', zh)).toBe('5分钟前');
    expect(formatRelative('2025-04-01T11:55:00Z', en)).toBe('5 minutes ago');
    expect(formatRelative('2025-04-01T09:10:00Z', en)).toBe('2 hours ago');
    expect(formatRelative('2025-03-31T11:00:00Z', zh)).toBe('1天前');
    expect(formatRelative('2025-03-26T12:00:00Z', en)).toBe('6 days ago');
  });

  it('shows older or future instants on the workspace clock', () => {
    expect(formatRelative('2025-03-25T12:00:00Z', en)).toBe('2025-03-25 20:00');
    expect(formatRelative('2025-04-01T12:05:00Z', zh)).toBe('2025-04-01 20:05');
    expect(formatRelative(null, zh)).toBe('');
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
