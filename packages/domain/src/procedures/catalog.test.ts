import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { managementFieldsData } from '../dieu2/management-fields.data';
import { DomainError } from '../errors';
import {
  catalogDateIssues,
  effectiveProcessingTime,
  findProcedureOrThrow,
  procedureCatalog,
  procedureCodes,
  PROCEDURE_CODES,
  procedureInForce,
  proceduresByKhoan,
  procedureVersions,
  procedureVersionSchema,
  type ProcedureVersion,
} from './index';

const inForce = (code: string, date: string): ProcedureVersion => findProcedureOrThrow(code, date);
const label = (v: ProcedureVersion) => `${v.code}@${v.version}`;

describe('catalog entries', () => {
  it.each(procedureCatalog.map((v) => [label(v), v] as const))(
    '%s passes procedureVersionSchema',
    (_l, v) => {
      const r = procedureVersionSchema.safeParse(v);
      expect(r.success ? [] : r.error.issues).toEqual([]);
    },
  );

  it('the schema rejects an entry without a source document, with a wrong field, or with effectiveTo before effectiveFrom', () => {
    const base = inForce('tdc.hop-quy', '2026-01-15');
    expect(
      procedureVersionSchema.safeParse({
        ...base,
        processingTime: { ...base.processingTime, source: { document: '' } },
      }).success,
    ).toBe(false);
    expect(procedureVersionSchema.safeParse({ ...base, fieldSlug: 'postal' }).success).toBe(false);
    expect(procedureVersionSchema.safeParse({ ...base, app: 'licensing' }).success).toBe(false);
    expect(procedureVersionSchema.safeParse({ ...base, effectiveTo: '2020-01-01' }).success).toBe(false);
    expect(procedureVersionSchema.safeParse({ ...base, validity: { years: 3 } }).success).toBe(false);
  });

  it('marks as free exactly the versions whose sources say no fee is collected, and a free one lists no fee', () => {
    const saysFree = procedureCatalog.filter((v) => /^Không thu phí/.test(v.feeNote ?? ''));
    expect(saysFree.length).toBeGreaterThan(0);
    expect(procedureCatalog.filter((v) => v.free).map(label)).toEqual(saysFree.map(label));
    // silence of the sources is not "free": those stay open to a payment request
    expect(inForce('tdc.hop-quy', '2026-01-15').free).toBeUndefined();
    const base = inForce('tdc.hop-quy', '2026-01-15');
    const fee = { label: 'Phí', amount: 1000, kind: 'phí' as const, source: { document: 'Thông tư X' } };
    expect(procedureVersionSchema.safeParse({ ...base, free: true, fees: [fee] }).success).toBe(false);
  });

  it('holds every code other engineers route on, and no other', () => {
    expect([...procedureCodes()].sort()).toEqual([...PROCEDURE_CODES].sort());
  });

  it.each([
    ['buu-chinh.', 14, 'postal', 'licensing'],
    ['buc-xa.', 12, 'radiation-nuclear-safety', 'licensing'],
    ['tdc.', 11, 'standards-metrology-quality', 'conformity'],
  ] as const)('codes %s belong to khoản %i (%s), app %s', (prefix, khoan, fieldSlug, app) => {
    const versions = procedureCatalog.filter((v) => v.code.startsWith(prefix));
    expect(versions.length).toBeGreaterThan(0);
    for (const v of versions)
      expect({ khoan: v.khoan, fieldSlug: v.fieldSlug, app: v.app }).toEqual({ khoan, fieldSlug, app });
  });

  it('files every procedure under the field Điều 2 gives its khoản, so filtering by field finds it', () => {
    for (const v of procedureCatalog) {
      const field = managementFieldsData.find((f) => f.khoan === v.khoan);
      expect([label(v), v.fieldSlug]).toEqual([label(v), field?.slug]);
    }
    const khoan13 = procedureCatalog.filter((v) => v.fieldSlug === 'science-information-statistics');
    expect(khoan13.map((v) => v.nationalCode)).toContain('1.004473');
  });

  it('science procedures are khoản 6 except result registration 1.004473 (khoản 13)', () => {
    for (const v of procedureCatalog.filter((x) => x.code.startsWith('khcn.'))) {
      expect(v.app).toBe('science');
      if (v.code === 'khcn.dang-ky-ket-qua') {
        expect([v.khoan, v.fieldSlug, v.nationalCode]).toEqual([
          13,
          'science-information-statistics',
          '1.004473',
        ]);
      } else {
        expect([v.khoan, v.fieldSlug]).toEqual([6, 'science-technology-innovation']);
      }
    }
  });

  it('every fee, processing time, filing deadline and validity has a source with a document', () => {
    for (const v of procedureCatalog) {
      const sources = [
        v.processingTime.source,
        ...v.fees.map((f) => f.source),
        ...(v.validity ? [v.validity.source] : []),
        ...(v.filingDeadline ? [v.filingDeadline.source] : []),
        ...(v.override ? [v.override.source] : []),
      ];
      for (const s of sources) expect(s?.document, label(v)).toMatch(/\S{3,}/);
    }
  });

  it('names are Vietnamese with diacritics', () => {
    for (const v of procedureCatalog)
      expect(v.name, label(v)).toMatch(
        /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i,
      );
  });

  it('the catalog cannot be changed at run time', () => {
    const v = inForce('tdc.hop-quy', '2026-01-15');
    expect(() => {
      (v.processingTime as { amount: number }).amount = 99;
    }).toThrow(TypeError);
    expect(v.processingTime.amount).toBe(5);
  });
});

describe('version dates', () => {
  it('versions of one code never overlap and leave no gap', () => {
    expect(catalogDateIssues(procedureCatalog)).toEqual([]);
  });

  it('the date check finds overlaps, gaps and open-ended predecessors', () => {
    const [a, b] = procedureVersions('tdc.hop-quy') as [ProcedureVersion, ProcedureVersion];
    expect(catalogDateIssues([a, { ...b, effectiveFrom: '2026-06-30' }])).toHaveLength(1);
    expect(catalogDateIssues([a, { ...b, effectiveFrom: '2026-07-02' }])[0]).toMatch(/khoảng trống/);
    const { effectiveTo: _drop, ...open } = a;
    expect(catalogDateIssues([open, b])[0]).toMatch(/không có ngày hết hiệu lực/);
  });

  it.each([
    ['buc-xa.khai-bao', '2025-12-31', '2026-01-01'],
    ['buc-xa.cap-giay-phep', '2025-12-31', '2026-01-01'],
    ['buc-xa.gia-han-giay-phep', '2025-12-31', '2026-01-01'],
    ['buc-xa.chung-chi-nhan-vien', '2025-12-31', '2026-01-01'],
    ['tdc.hop-quy', '2026-06-30', '2026-07-01'],
    ['tdc.kiem-tra-nhap-khau', '2026-06-30', '2026-07-01'],
  ])('%s: the old version ends on %s and the new one starts on %s', (code, lastOld, firstNew) => {
    const versions = procedureVersions(code);
    expect(versions).toHaveLength(2);
    expect(versions[0]?.effectiveTo).toBe(lastOld);
    expect(versions[1]?.effectiveFrom).toBe(firstNew);
    expect(versions[1]?.effectiveTo).toBeUndefined();
  });

  it.each([
    ['tdc.hop-quy', '2026-06-30', 'TT 28/2012 (nhóm 2)'],
    ['tdc.hop-quy', '2026-07-01', 'NĐ 37/2026 (rủi ro)'],
    ['tdc.kiem-tra-nhap-khau', '2026-06-30', 'NĐ 74/2018, 154/2018 (nhóm 2)'],
    ['tdc.kiem-tra-nhap-khau', '2026-07-01', 'NĐ 37/2026 (rủi ro cao)'],
    ['buc-xa.khai-bao', '2025-12-31', 'NĐ 142/2020 (Luật NLNT 2008)'],
    ['buc-xa.khai-bao', '2026-01-01', 'Luật 94/2025 – NĐ 332/2025'],
    ['buc-xa.cap-giay-phep', '2025-12-31', 'NĐ 142/2020 (Luật NLNT 2008)'],
    ['buc-xa.cap-giay-phep', '2026-01-01', 'Luật 94/2025 – NĐ 332/2025'],
  ])('procedureInForce(%s, %s) is the %s version', (code, date, regime) => {
    const v = procedureInForce(code, date);
    expect(v?.regime).toBe(regime);
  });

  it('a date before any version has no version in force', () => {
    expect(procedureInForce('buc-xa.sua-doi-giay-phep', '2025-06-01')).toBeUndefined();
    expect(procedureInForce('no.such-code', '2026-01-01')).toBeUndefined();
  });

  it('for any date from 2024 to 2030, procedureInForce returns at most one version and it covers that date', () => {
    const start = Date.UTC(2024, 0, 1) / 86_400_000;
    const end = Date.UTC(2030, 11, 31) / 86_400_000;
    const dateArb = fc
      .integer({ min: start, max: end })
      .map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));
    // every version boundary is drawn often: that is where overlaps would hide
    const boundaries = procedureCatalog.flatMap((v) => [
      v.effectiveFrom,
      ...(v.effectiveTo ? [v.effectiveTo] : []),
    ]);
    const anyDate = fc.oneof(dateArb, fc.constantFrom(...boundaries));
    fc.assert(
      fc.property(anyDate, fc.constantFrom(...PROCEDURE_CODES), (date, code) => {
        const covering = procedureVersions(code).filter(
          (v) => v.effectiveFrom <= date && (v.effectiveTo === undefined || date <= v.effectiveTo),
        );
        expect(covering.length).toBeLessThanOrEqual(1);
        const found = procedureInForce(code, date);
        expect(found).toBe(covering[0]);
        if (found) {
          expect(found.effectiveFrom <= date).toBe(true);
          if (found.effectiveTo) expect(date <= found.effectiveTo).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('look-ups', () => {
  it('findProcedureOrThrow throws UNKNOWN_PROCEDURE for an unknown code', () => {
    expect(() => findProcedureOrThrow('tdc.khong-co', '2026-01-01')).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_PROCEDURE' }),
    );
  });

  it('findProcedureOrThrow throws NO_VERSION_IN_FORCE before the first version', () => {
    try {
      findProcedureOrThrow('buc-xa.sua-doi-giay-phep', '2025-12-31');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).code).toBe('NO_VERSION_IN_FORCE');
      expect((e as DomainError).message).toMatch(/không có phiên bản/);
    }
    expect(findProcedureOrThrow('buc-xa.sua-doi-giay-phep', '2026-01-01').version).toBe('2026.1');
  });

  it('rejects a malformed date', () => {
    expect(() => procedureInForce('tdc.hop-quy', '2026-02-30')).toThrow(DomainError);
    expect(() => findProcedureOrThrow('tdc.hop-quy', '01/07/2026')).toThrow(
      expect.objectContaining({ code: 'BAD_INPUT' }),
    );
  });

  it('proceduresByKhoan gives one version per code in force on the date', () => {
    const tdc = proceduresByKhoan(11, '2026-07-01');
    expect(tdc.map((v) => v.code).sort()).toEqual(
      [
        'tdc.dau-dinh-luong',
        'tdc.dieu-chinh-dau-dinh-luong',
        'tdc.hop-chuan',
        'tdc.hop-quy',
        'tdc.kiem-tra-nhap-khau',
      ].sort(),
    );
    expect(tdc.find((v) => v.code === 'tdc.hop-quy')?.version).toBe('2026.1');
    expect(proceduresByKhoan(12, '2025-06-01').map((v) => v.code)).not.toContain('buc-xa.sua-doi-giay-phep');
    expect(proceduresByKhoan(13, '2026-01-01').map((v) => v.code)).toEqual(['khcn.dang-ky-ket-qua']);
    expect(proceduresByKhoan(6, '2026-01-01').map((v) => v.code)).not.toContain('khcn.dang-ky-ket-qua');
  });

  it('proceduresByKhoan without a date lists every version of the khoản', () => {
    expect(proceduresByKhoan(11)).toHaveLength(7);
    expect(proceduresByKhoan(14)).toHaveLength(6);
    expect(proceduresByKhoan(29)).toEqual([]);
  });

  it('effectiveProcessingTime applies the Hồ Chí Minh City override only there', () => {
    const v = inForce('tdc.dau-dinh-luong', '2026-03-01');
    const hcm = effectiveProcessingTime(v, 'ho-chi-minh');
    expect(hcm).toMatchObject({ amount: 5, unit: 'working_days', province: 'ho-chi-minh' });
    expect(hcm.source.document).toMatch(/2842\/QĐ-UBND/);
    const national = effectiveProcessingTime(v, 'ha-noi');
    expect(national.province).toBeUndefined();
    expect(national.source.document).toMatch(/21\/2014/);
    expect(effectiveProcessingTime(v)).toEqual(national);
  });

  it('an override that changes the time replaces amount and unit', () => {
    const v = inForce('tdc.dau-dinh-luong', '2026-03-01');
    const shorter: ProcedureVersion = {
      ...v,
      override: {
        province: 'x-tinh',
        processingTime: { amount: 3, unit: 'working_days' },
        source: { document: 'Quyết định 1/QĐ-UBND' },
      },
    };
    expect(effectiveProcessingTime(shorter, 'x-tinh')).toMatchObject({
      amount: 3,
      unit: 'working_days',
      province: 'x-tinh',
    });
    expect(effectiveProcessingTime(shorter, 'ho-chi-minh').amount).toBe(5);
  });
});

describe('key legal values', () => {
  it.each([
    // code, date, amount, unit
    ['tdc.hop-quy', '2026-06-30', 5, 'working_days'],
    ['tdc.hop-chuan', '2026-03-01', 5, 'working_days'],
    ['tdc.dau-dinh-luong', '2026-03-01', 5, 'working_days'],
    ['tdc.kiem-tra-nhap-khau', '2026-06-30', 1, 'working_days'],
    ['tdc.kiem-tra-nhap-khau', '2026-07-01', 1, 'working_days'],
    ['buu-chinh.cap-giay-phep', '2026-03-01', 20, 'working_days'],
    ['buu-chinh.xac-nhan-thong-bao', '2026-03-01', 10, 'working_days'],
    ['buu-chinh.sua-doi-giay-phep', '2026-03-01', 10, 'working_days'],
    ['buu-chinh.sua-doi-xac-nhan', '2026-03-01', 10, 'working_days'],
    ['buu-chinh.cap-lai-giay-phep', '2026-03-01', 7, 'working_days'],
    ['buu-chinh.cap-lai-xac-nhan', '2026-03-01', 7, 'working_days'],
    ['buc-xa.khai-bao', '2025-12-31', 5, 'working_days'],
    ['buc-xa.cap-giay-phep', '2025-06-01', 25, 'calendar_days'],
    ['buc-xa.gia-han-giay-phep', '2026-03-01', 25, 'calendar_days'],
    ['buc-xa.sua-doi-giay-phep', '2026-03-01', 10, 'working_days'],
    ['buc-xa.cap-lai-giay-phep', '2026-03-01', 10, 'working_days'],
    ['buc-xa.chung-chi-nhan-vien', '2026-03-01', 10, 'working_days'],
    ['khcn.dang-ky-ket-qua', '2026-03-01', 5, 'working_days'],
    ['khcn.giao-quyen-ket-qua', '2026-03-01', 30, 'working_days'],
    ['khcn.danh-gia-khong-ngan-sach', '2026-03-01', 28, 'calendar_days'],
    ['khcn.danh-gia-khong-ngan-sach', '2025-09-30', 45, 'working_days'],
  ] as const)('%s on %s: %i %s', (code, date, amount, unit) => {
    expect(inForce(code, date).processingTime).toMatchObject({ amount, unit });
  });

  it('hợp quy (group 2): 3 working days to notify, 15 to complete, 5 to check, Mẫu 3.TBTNHS', () => {
    const v = inForce('tdc.hop-quy', '2026-06-30');
    expect(v.completenessCheck).toMatchObject({ amount: 3, unit: 'working_days' });
    expect(v.supplementLimit).toMatchObject({ amount: 15, unit: 'working_days' });
    expect(v.outcome).toEqual({
      document: 'Thông báo tiếp nhận hồ sơ công bố hợp quy',
      form: 'Mẫu 3.TBTNHS Phụ lục III TT 28/2012/TT-BKHCN',
    });
    expect(v.validity?.years).toBe(3);
  });

  it('high-risk imports from 01/07/2026: Mẫu 1 dossier, 7 working days to complete, Mẫu 3 result in 1 working day, labels fixed in 5 days', () => {
    const v = inForce('tdc.kiem-tra-nhap-khau', '2026-07-01');
    expect(v.legalBasis.map((s) => `${s.document} ${s.article ?? ''}`)).toContain(
      'Nghị định 37/2026/NĐ-CP Điều 83',
    );
    expect(v.components.find((c) => c.key === 'ban-dang-ky')?.form).toBe(
      'Mẫu 1 Phụ lục VII Nghị định 37/2026/NĐ-CP',
    );
    expect(v.supplementLimit).toMatchObject({ amount: 7, unit: 'working_days' });
    expect(v.outcome.form).toMatch(/^Mẫu 3 /);
    expect(v.steps.find((s) => s.key === 'khac-phuc-nhan')?.duration).toEqual({
      amount: 5,
      unit: 'calendar_days',
    });
  });

  it('postal licence: ≤ 10 years, 15 working days to correct, fees 10.750.000đ / 4.250.000đ', () => {
    const v = inForce('buu-chinh.cap-giay-phep', '2026-03-01');
    expect(v.validity?.years).toBe(10);
    expect(v.supplementLimit).toMatchObject({ amount: 15, unit: 'working_days' });
    expect(v.fees.map((f) => [f.key, f.amount, f.kind])).toEqual([
      ['cap-lan-dau', 10_750_000, 'phí'],
      ['chuyen-nhuong', 4_250_000, 'phí'],
    ]);
  });

  it.each([
    ['nha-khoa', 2_000_000],
    ['chup-vu', 2_000_000],
    ['di-dong', 2_000_000],
    ['tong-hop', 3_000_000],
    ['do-mat-do-xuong', 3_000_000],
    ['tang-sang', 5_000_000],
    ['ct', 8_000_000],
    ['pet-ct', 16_000_000],
  ])('X-ray licence fee per device %s: %i đ, before and after 2026', (key, amount) => {
    for (const date of ['2025-06-01', '2026-03-01']) {
      const fee = inForce('buc-xa.cap-giay-phep', date).fees.find((f) => f.key === key);
      expect(fee).toMatchObject({ amount, kind: 'phí', per: 'thiết bị' });
    }
  });

  it('licence renewal costs 75% of the new-licence fee for every device', () => {
    for (const date of ['2025-06-01', '2026-03-01']) {
      const renewal = inForce('buc-xa.gia-han-giay-phep', date);
      const licence = inForce('buc-xa.cap-giay-phep', date);
      expect(renewal.fees).toHaveLength(licence.fees.length);
      for (const fee of renewal.fees) {
        expect(fee.ratioOf).toMatchObject({ code: 'buc-xa.cap-giay-phep', ratio: 0.75 });
        const base = licence.fees.find((f) => f.key === fee.ratioOf?.feeKey);
        expect(fee.amount).toBe((base?.amount ?? NaN) * 0.75);
      }
      expect(renewal.fees.find((f) => f.key === 'ct')?.amount).toBe(6_000_000);
      expect(renewal.filingDeadline).toMatchObject({ amount: 45, unit: 'calendar_days' });
    }
  });

  it('X-ray licence is valid 3 years; under 332/2025 that term is marked unverified', () => {
    const old = inForce('buc-xa.cap-giay-phep', '2025-12-31');
    const current = inForce('buc-xa.cap-giay-phep', '2026-01-01');
    expect(old.validity).toMatchObject({
      years: 3,
      source: { document: 'Nghị định 142/2020/NĐ-CP', article: 'Điều 37' },
    });
    expect(current.validity?.years).toBe(3);
    expect(current.validity?.source?.confidence).toBe('L');
    expect(current.validity?.note).toMatch(/chưa xác minh/);
  });

  it('declaration deadline: 7 working days under NĐ 142/2020, 10 working days from 2026', () => {
    expect(inForce('buc-xa.khai-bao', '2025-12-31').filingDeadline).toMatchObject({
      amount: 7,
      unit: 'working_days',
    });
    expect(inForce('buc-xa.khai-bao', '2026-01-01').filingDeadline).toMatchObject({
      amount: 10,
      unit: 'working_days',
    });
  });

  it('radiation worker certificate: lệ phí 200.000đ', () => {
    const fee = inForce('buc-xa.chung-chi-nhan-vien', '2025-06-01').fees[0];
    expect(fee).toMatchObject({ amount: 200_000, kind: 'lệ phí' });
  });

  it('procedures without fees say why', () => {
    for (const v of procedureCatalog.filter((x) => x.fees.length === 0))
      expect(v.feeNote, label(v)).toBeTruthy();
    expect(inForce('khcn.dang-ky-ket-qua', '2026-01-01').feeNote).toBe('Không thu phí.');
  });
});
