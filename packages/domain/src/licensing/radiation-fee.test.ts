import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { findProcedureOrThrow } from '../procedures';
import { RADIATION_DEVICE_TYPES } from './radiation-devices.data';
import { discountBandFor, radiationAppraisalFee } from './radiation-fee';

const devices = (...types: string[]) => types.map((type) => ({ type }));
const ON_2026 = '2026-03-02';

describe('radiationAppraisalFee — rates per device (TT 287/2016/TT-BTC, catalog buc-xa.cap-giay-phep)', () => {
  it.each([
    ['nha-khoa', 2_000_000],
    ['chup-vu', 2_000_000],
    ['di-dong', 2_000_000],
    ['tong-hop', 3_000_000],
    ['do-mat-do-xuong', 3_000_000],
    ['tang-sang', 5_000_000],
    ['ct', 8_000_000],
    ['pet-ct', 16_000_000],
    ['xrf', 4_000_000],
    ['soi-bo-mach', 4_000_000],
    ['soi-chieu-an-ninh', 4_000_000],
  ])('one %s device, new licence: %i đ (100%%)', (type, amount) => {
    const fee = radiationAppraisalFee({ kind: 'new', devices: devices(type), onDate: ON_2026 });
    expect(fee.total).toBe(amount);
    expect(fee.lines).toHaveLength(1);
    expect(fee.lines[0]?.source.document).toBe('Thông tư 287/2016/TT-BTC');
  });

  it('the khoản 12c X-ray emitters have no provincial rate before 2026 (the province licensed medical X-ray only)', () => {
    expect(() =>
      radiationAppraisalFee({ kind: 'new', devices: devices('xrf'), onDate: '2025-06-02' }),
    ).toThrow(expect.objectContaining({ code: 'NO_FEE_RATE' }));
    expect(radiationAppraisalFee({ kind: 'new', devices: devices('ct'), onDate: '2025-06-02' }).total).toBe(
      8_000_000,
    );
  });
});

describe('multi-device discount bands (TT 287/2016/TT-BTC: 1 → 100%, 2–3 → 95%, 4–5 → 90%, ≥ 6 → 85%)', () => {
  it.each([
    [1, 1, 3_000_000],
    [2, 0.95, 5_700_000],
    [3, 0.95, 8_550_000],
    [4, 0.9, 10_800_000],
    [5, 0.9, 13_500_000],
    [6, 0.85, 15_300_000],
    [10, 0.85, 25_500_000],
  ])('%i general X-ray devices: ratio %f, total %i đ', (count, ratio, total) => {
    const fee = radiationAppraisalFee({
      kind: 'new',
      devices: Array.from({ length: count }, () => ({ type: 'tong-hop' })),
      onDate: ON_2026,
    });
    expect(fee.band.ratio).toBe(ratio);
    expect(fee.lines.every((l) => l.ratio === ratio && l.rate === 3_000_000)).toBe(true);
    expect(fee.total).toBe(total);
    expect(fee.discountSource.document).toBe('Thông tư 287/2016/TT-BTC');
  });

  it('a renewal is charged 75% of the new-licence rate, and the band still applies (Gia hạn: 75% phí cấp mới)', () => {
    const fee = radiationAppraisalFee({
      kind: 'renewal',
      devices: devices('tong-hop', 'ct'),
      onDate: ON_2026,
    });
    expect(fee.procedureCode).toBe('buc-xa.gia-han-giay-phep');
    expect(fee.lines.map((l) => l.rate)).toEqual([2_250_000, 6_000_000]);
    expect(fee.total).toBe(Math.round(2_250_000 * 0.95) + Math.round(6_000_000 * 0.95));
  });

  it('a dossier without devices has no band', () => {
    expect(() => discountBandFor(0)).toThrow(DomainError);
  });
});

describe('a device type without a known rate stops the fee step', () => {
  it.each(['spect-ct', 'xrd', 'kinh-hien-vi-dien-tu', 'khong-ton-tai'])('%s → NO_FEE_RATE', (type) => {
    let error: unknown;
    try {
      radiationAppraisalFee({ kind: 'new', devices: devices('ct', type), onDate: ON_2026 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('NO_FEE_RATE');
    expect((error as DomainError).message).toMatch(/^Chưa có mức phí thẩm định cho loại thiết bị: /);
    expect((error as DomainError).details?.deviceTypes).toEqual([type]);
  });

  it('the message names the device in Vietnamese', () => {
    expect(() =>
      radiationAppraisalFee({ kind: 'new', devices: devices('spect-ct'), onDate: ON_2026 }),
    ).toThrow(/SPECT\/CT/);
  });
});

describe('property: the total is the sum of the lines shown to the applicant', () => {
  const priced = findProcedureOrThrow('buc-xa.cap-giay-phep', ON_2026)
    .fees.map((f) => f.key)
    .filter((k): k is string => k !== undefined && RADIATION_DEVICE_TYPES.some((d) => d.type === k));

  it('for any non-empty list of priced devices, either kind, either regime', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...priced), { minLength: 1, maxLength: 20 }),
        fc.constantFrom<'new' | 'renewal'>('new', 'renewal'),
        fc.constantFrom('2025-06-02', ON_2026, '2027-11-30'),
        (types, kind, onDate) => {
          const list =
            onDate < '2026-01-01'
              ? types.filter((t) => !['xrf', 'soi-bo-mach', 'soi-chieu-an-ninh'].includes(t))
              : types;
          fc.pre(list.length > 0);
          const fee = radiationAppraisalFee({ kind, devices: devices(...list), onDate });
          expect(fee.lines).toHaveLength(list.length);
          expect(fee.total).toBe(fee.lines.reduce((s, l) => s + l.amount, 0));
          for (const l of fee.lines) {
            expect(l.amount).toBe(Math.round(l.rate * l.ratio));
            expect(Number.isInteger(l.amount)).toBe(true);
          }
          // more devices never cost less per device than the band allows
          expect(fee.total).toBeLessThanOrEqual(fee.lines.reduce((s, l) => s + l.rate, 0));
        },
      ),
    );
  });
});
