import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import type { DtiComponent, DtiMethod } from './framework.schema';
import { checkDtiValue, formatDtiValue, scoreDtiComponent } from './scoring';

const component = (method: DtiMethod, max = 20): DtiComponent => ({ id: 'x', name: 'Thử', max, method });
const bands: DtiMethod = {
  kind: 'bands',
  bands: [
    { from: 0, points: 0 },
    { from: 50, points: 5 },
    { from: 80, points: 10 },
    { from: 95, points: 20 },
  ],
};

describe('scoreDtiComponent: every method', () => {
  it.each<[string, DtiMethod, unknown, number]>([
    ['yes_no: có → tối đa', { kind: 'yes_no' }, true, 20],
    ['yes_no: không → 0', { kind: 'yes_no' }, false, 0],
    ['yes_no: 1 như có', { kind: 'yes_no' }, 1, 20],
    ['yes_no: 0 như không', { kind: 'yes_no' }, 0, 0],
    ['yes_partial_no: có → tối đa', { kind: 'yes_partial_no' }, 'yes', 20],
    ['yes_partial_no: một phần → một nửa', { kind: 'yes_partial_no' }, 'partial', 10],
    ['yes_partial_no: không → 0', { kind: 'yes_partial_no' }, 'no', 0],
    ['ratio: 45/60 × 20', { kind: 'ratio' }, { numerator: 45, denominator: 60 }, 15],
    ['ratio: vượt 100% được tối đa', { kind: 'ratio' }, { numerator: 70, denominator: 60 }, 20],
    ['ratio: mẫu số 0 được 0', { kind: 'ratio' }, { numerator: 5, denominator: 0 }, 0],
    ['ratio: 0/0 được 0', { kind: 'ratio' }, { numerator: 0, denominator: 0 }, 0],
    ['ratio: tử số 0', { kind: 'ratio' }, { numerator: 0, denominator: 12 }, 0],
    ['target: 150/200 × 20', { kind: 'target', target: 200 }, 150, 15],
    ['target: đạt đúng chỉ tiêu', { kind: 'target', target: 200 }, 200, 20],
    ['target: vượt chỉ tiêu vẫn tối đa', { kind: 'target', target: 200 }, 900, 20],
    ['target: 0', { kind: 'target', target: 200 }, 0, 0],
    ['bands: dưới mức thấp nhất', bands, -3, 0],
    ['bands: đúng ngưỡng 50', bands, 50, 5],
    ['bands: giữa hai mức', bands, 79.9, 5],
    ['bands: đúng ngưỡng 80', bands, 80, 10],
    ['bands: mức cao nhất', bands, 95, 20],
    ['bands: trên mức cao nhất', bands, 100, 20],
  ])('%s', (_label, method, value, expected) => {
    expect(scoreDtiComponent(component(method), value)).toBeCloseTo(expected, 10);
  });

  it('scores a bands method with no band at 0 below its first threshold', () => {
    const method: DtiMethod = { kind: 'bands', bands: [{ from: 10, points: 4 }] };
    expect(scoreDtiComponent(component(method, 4), 9)).toBe(0);
    expect(scoreDtiComponent(component(method, 4), 10)).toBe(4);
  });

  it('gives 0 points to a component worth nothing (Đô thị thông minh: “không tính điểm”)', () => {
    expect(scoreDtiComponent(component({ kind: 'yes_no' }, 0), true)).toBe(0);
  });
});

describe('checkDtiValue: the value shape of each method, explained in Vietnamese', () => {
  it.each<[DtiMethod, unknown, string]>([
    [{ kind: 'yes_no' }, 'yes', 'Chọn Có hoặc Không.'],
    [{ kind: 'yes_no' }, 2, 'Chọn Có hoặc Không.'],
    [{ kind: 'yes_partial_no' }, true, 'Chọn Có, Một phần hoặc Không.'],
    [{ kind: 'ratio' }, 0.5, 'Nhập tử số và mẫu số.'],
    [{ kind: 'ratio' }, { numerator: '3', denominator: 4 }, 'Tử số và mẫu số phải là số.'],
    [{ kind: 'ratio' }, { numerator: -1, denominator: 4 }, 'Tử số và mẫu số không được âm.'],
    [{ kind: 'target', target: 5 }, -1, 'Giá trị không được âm.'],
    [{ kind: 'target', target: 5 }, Number.NaN, 'Giá trị phải là một số.'],
    [bands, 'cao', 'Giá trị phải là một số.'],
  ])('%j refuses %j', (method, value, message) => {
    expect(checkDtiValue(method, value)).toEqual({ ok: false, message });
  });

  it('names the component in the BAD_INPUT error', () => {
    const err = (() => {
      try {
        scoreDtiComponent({ ...component({ kind: 'yes_no' }), id: '2.3' }, 'có');
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(DomainError);
    expect(err).toMatchObject({ code: 'BAD_INPUT', message: 'Chỉ số thành phần “2.3”: Chọn Có hoặc Không.' });
  });
});

describe('formatDtiValue', () => {
  it.each<[DtiMethod, unknown, string]>([
    [{ kind: 'yes_no' }, true, 'Có'],
    [{ kind: 'yes_partial_no' }, 'partial', 'Một phần'],
    [{ kind: 'ratio' }, { numerator: 45, denominator: 60 }, '45/60 (75%)'],
    [{ kind: 'target', target: 5 }, 1234.5, '1.234,5'],
  ])('%j %j → %s', (method, value, text) => {
    expect(formatDtiValue(method, value as never)).toBe(text);
  });
});
