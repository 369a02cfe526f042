import { describe, expect, it } from 'vitest';
import {
  ONE_STOP_FORMS,
  ONE_STOP_RULES,
  canMoveReturnDate,
  canRequestAdditionsAgain,
  latestApologyLetterDate,
  oneStopForm,
  receiptCutoffLabel,
} from './index';

describe('forms of Phụ lục I Thông tư 03/2025/TT-VPCP', () => {
  it.each([
    ['01', 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả'],
    ['02', 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ'],
    ['03', 'Phiếu từ chối tiếp nhận giải quyết hồ sơ'],
    ['04', 'Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết'],
    ['05', 'Thông báo dừng giải quyết hồ sơ'],
    ['06', 'Phiếu kiểm soát quá trình giải quyết hồ sơ'],
    ['07', 'Sổ theo dõi hồ sơ'],
  ] as const)('Mẫu %s là %s', (n, name) => {
    const form = oneStopForm(n);
    expect(form.name).toBe(name);
    expect(form.code).toBe(`Mẫu ${n}`);
    expect(form.source.document).toBe('Thông tư 03/2025/TT-VPCP');
    expect(form.source.article).toBe(`Phụ lục I, Mẫu ${n}`);
  });

  it('lists exactly seven forms in order', () => {
    expect(ONE_STOP_FORMS.map((f) => f.number)).toEqual(['01', '02', '03', '04', '05', '06', '07']);
  });
});

describe('ONE_STOP_RULES', () => {
  it('additions are requested only once (Nghị định 118/2025 Điều 11)', () => {
    expect(ONE_STOP_RULES.additionRequests.source).toMatchObject({
      document: 'Nghị định 118/2025/NĐ-CP',
      article: 'Điều 11',
    });
    expect(canRequestAdditionsAgain(0)).toBe(true);
    expect(canRequestAdditionsAgain(1)).toBe(false);
    expect(canRequestAdditionsAgain(2)).toBe(false);
  });

  it('the return date moves at most once', () => {
    expect(canMoveReturnDate(0)).toBe(true);
    expect(canMoveReturnDate(1)).toBe(false);
  });

  it.each([
    ['2026-03-10', '2026-03-09'],
    ['2026-03-01', '2026-02-28'],
    ['2028-03-01', '2028-02-29'],
  ])('the apology letter for a deadline of %s is sent by %s', (deadline, latest) => {
    expect(latestApologyLetterDate(deadline)).toBe(latest);
  });

  it('receipts after 15:00 count from the next working day', () => {
    expect(receiptCutoffLabel()).toBe('15:00');
    expect(ONE_STOP_RULES.receiptCutoff.source.confidence).toBe('M');
  });

  it('every rule has a source with a confidence', () => {
    for (const rule of Object.values(ONE_STOP_RULES)) {
      expect(rule.source.document.length).toBeGreaterThan(3);
      expect(['H', 'M', 'L']).toContain(rule.source.confidence);
    }
  });
});
