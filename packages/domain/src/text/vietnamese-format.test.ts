import { describe, expect, it } from 'vitest';
import { formatDong, formatVietnameseDate } from './index';

describe('Vietnamese dates and amounts', () => {
  it.each([
    ['2026-03-23', '23/03/2026'],
    ['2027-01-01', '01/01/2027'],
  ])('writes %s as %s', (iso, vi) => {
    expect(formatVietnameseDate(iso)).toBe(vi);
  });
  it.each([
    [1_500_000, '1.500.000 đồng'],
    [200_000, '200.000 đồng'],
    [0, '0 đồng'],
  ])('writes %d đồng with dots between thousands', (n, vi) => {
    expect(formatDong(n)).toBe(vi);
  });
});
