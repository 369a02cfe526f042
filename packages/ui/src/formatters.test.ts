import { describe, expect, it } from 'vitest';
import { formatDate, formatDuration, formatNumber, formatVnd } from './formatters';
import { foldVietnamese, matchesSearch } from './text-search';

const plain = (s: string) => s.replace(/\s/g, ' ');

describe('formatDate (dd/MM/yyyy)', () => {
  it.each([
    ['2026-07-01', '01/07/2026'],
    ['2025-12-31', '31/12/2025'],
    // 17:30 UTC on 30 June is already 1 July in Việt Nam (UTC+7)
    ['2026-06-30T17:30:00Z', '01/07/2026'],
    ['2026-03-02T16:10:00+07:00', '02/03/2026'],
  ])('%s → %s', (input, expected) => {
    expect(formatDate(input)).toBe(expected);
  });
  it('returns an empty string for missing or invalid values', () => {
    expect(formatDate(undefined)).toBe('');
    expect(formatDate('không phải ngày')).toBe('');
  });
});

describe('Vietnamese numbers and money', () => {
  it.each([
    [1234.5, '1.234,5'],
    [1000000, '1.000.000'],
    [0.25, '0,25'],
  ])('formatNumber(%s) → %s', (n, expected) => {
    expect(formatNumber(n)).toBe(expected);
  });
  it('formats đồng without decimals', () => {
    expect(plain(formatVnd(1500000))).toBe('1.500.000 ₫');
  });
  it('formats legal time limits', () => {
    expect(formatDuration({ amount: 5, unit: 'working_days' })).toBe('5 ngày làm việc');
    expect(formatDuration({ amount: 30, unit: 'calendar_days' })).toBe('30 ngày');
  });
});

describe('accent-insensitive search', () => {
  it.each([
    ['Bưu chính', 'buu chinh', true],
    ['Tiêu chuẩn, đo lường, chất lượng', 'do luong', true],
    ['Hải Phòng', 'HAI PHONG', true],
    ['Đổi mới sáng tạo', 'doi moi', true],
    ['Viễn thông', 'buu chinh', false],
  ])('%s contains %s: %s', (text, query, expected) => {
    expect(matchesSearch(text, query)).toBe(expected);
  });
  it('folds precomposed and decomposed forms alike', () => {
    expect(foldVietnamese('Ư'.normalize('NFD') + 'ớc')).toBe(foldVietnamese('Ước'));
  });
});

describe('date-times, months and file sizes', () => {
  it('shows Việt Nam time', async () => {
    const { formatDateTime, formatMonth, formatFileSize } = await import('./formatters');
    expect(formatDateTime('2026-06-30T17:30:00Z')).toBe('01/07/2026 00:30');
    expect(formatMonth('2026-11')).toBe('11/2026');
    expect(formatFileSize(1536 * 1024)).toBe('1,5 MB');
    expect(formatFileSize(820 * 1024)).toBe('820 KB');
  });
});
