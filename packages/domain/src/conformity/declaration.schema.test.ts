import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import {
  checkConformityDeclaration,
  declarationKindLabels,
  parseConformityDeclaration,
  PHONE_MESSAGE,
  type ConformityDeclarationInput,
} from './index';

const organisation = {
  name: 'Công ty Cổ phần Điện Quang',
  taxCode: '0100109106',
  address: 'Số 1 Lạch Tray, Ngô Quyền, Hải Phòng',
  phone: '0225 3123 456',
  email: 'lienhe@example.vn',
};
const product = { name: 'Ấm đun nước điện', model: 'DQ-1500', origin: 'Việt Nam' };
const designated = {
  basis: 'designated_certifier',
  certifier: 'Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng 1',
  certificateNumber: 'HQ-2026-0123',
  issuedOn: '2026-01-10',
  expiresOn: '2029-01-09',
} as const;
const selfAssessed = { basis: 'self_assessment', reportDate: '2026-05-04' } as const;

const regulation = (over: Record<string, unknown> = {}) =>
  ({
    kind: 'regulation',
    receivedOn: '2026-06-30',
    organisation,
    products: [product],
    regulations: ['QCVN 4:2009/BKHCN'],
    basis: designated,
    ...over,
  }) as unknown as ConformityDeclarationInput;

function messages(input: unknown): string[] {
  const r = checkConformityDeclaration(input);
  return r.success ? [] : r.issues.map((i) => i.message);
}
function paths(input: unknown): string[] {
  const r = checkConformityDeclaration(input);
  return r.success ? [] : r.issues.map((i) => i.path);
}

describe('conformity declaration schema', () => {
  it('accepts and normalises a hợp quy declaration', () => {
    const d = parseConformityDeclaration(
      regulation({
        organisation: { ...organisation, taxCode: '0100109106001', phone: '+84 912.345.678', email: '' },
        products: [{ ...product, hsCode: '85161010', brand: '  ' }],
        regulations: ['qcvn 4 : 2009 / bkhcn'],
      }),
    );
    expect(d.kind).toBe('regulation');
    expect(d.organisation.taxCode).toBe('0100109106-001');
    expect(d.organisation.phone).toBe('0912345678');
    expect(d.organisation.email).toBeUndefined();
    expect(d.products[0]?.hsCode).toBe('8516.10.10');
    expect(d.products[0]?.brand).toBeUndefined();
    if (d.kind === 'regulation') expect(d.regulations[0]?.code).toBe('QCVN 4:2009/BKHCN');
  });

  it('accepts a hợp chuẩn declaration on self-assessment against TCVN', () => {
    const r = checkConformityDeclaration({
      kind: 'standard',
      receivedOn: '2026-05-05',
      organisation,
      products: [product],
      standards: ['TCVN 5699-2-15:2013', 'TCVN ISO 9001:2015'],
      basis: selfAssessed,
    });
    expect(r.success).toBe(true);
  });

  it('accepts a quantity-mark declaration with the nominal quantity', () => {
    const r = checkConformityDeclaration({
      kind: 'quantity_mark',
      receivedOn: '2026-05-05',
      organisation,
      products: [{ name: 'Nước mắm', origin: 'Việt Nam', nominalQuantity: { value: 500, unit: 'ml' } }],
    });
    expect(r.success).toBe(true);
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    [
      'organisation name',
      { organisation: { ...organisation, name: '  ' } },
      'organisation.name',
      'Tên tổ chức, cá nhân công bố là bắt buộc.',
    ],
    [
      'missing address',
      { organisation: { ...organisation, address: undefined } },
      'organisation.address',
      'Địa chỉ là bắt buộc.',
    ],
    [
      'bad tax code',
      { organisation: { ...organisation, taxCode: '0100109107' } },
      'organisation.taxCode',
      'Mã số doanh nghiệp/mã số thuế không hợp lệ: chữ số kiểm tra (chữ số thứ 10) không đúng.',
    ],
    ['bad phone', { organisation: { ...organisation, phone: '12345' } }, 'organisation.phone', PHONE_MESSAGE],
    [
      'bad email',
      { organisation: { ...organisation, email: 'lienhe@' } },
      'organisation.email',
      'Địa chỉ email không hợp lệ.',
    ],
    ['no products', { products: [] }, 'products', 'Phải kê khai ít nhất một sản phẩm, hàng hóa.'],
    ['product without origin', { products: [{ name: 'Ấm' }] }, 'products.0.origin', 'Xuất xứ là bắt buộc.'],
    [
      'bad HS code',
      { products: [{ ...product, hsCode: '85161' }] },
      'products.0.hsCode',
      'Mã HS phải gồm 4, 6 hoặc 8 chữ số, có thể viết có dấu chấm (ví dụ 8516, 8516.10 hoặc 8516.10.10).',
    ],
    [
      'no regulation',
      { regulations: [] },
      'regulations',
      'Phải nêu ít nhất một quy chuẩn kỹ thuật (QCVN) được công bố phù hợp.',
    ],
    [
      'bad QCVN',
      { regulations: ['QCVN 4'] },
      'regulations.0',
      'Số hiệu quy chuẩn kỹ thuật phải có dạng QCVN <số hiệu>:<năm>/<cơ quan ban hành>, ví dụ QCVN 4:2009/BKHCN.',
    ],
    [
      'unknown basis',
      { basis: { basis: 'hearsay' } },
      'basis.basis',
      'Căn cứ công bố phải là một trong: kết quả tự đánh giá của tổ chức, cá nhân; kết quả chứng nhận của tổ chức chứng nhận đã đăng ký; kết quả chứng nhận của tổ chức chứng nhận được chỉ định.',
    ],
    [
      'certificate expiring before issue',
      { basis: { ...designated, expiresOn: '2026-01-01' } },
      'basis.expiresOn',
      'Ngày hết hạn giấy chứng nhận phải sau ngày cấp.',
    ],
    [
      'certificate date',
      { basis: { ...designated, issuedOn: '2026-02-30' } },
      'basis.issuedOn',
      'Ngày cấp giấy chứng nhận không phải là ngày có thật.',
    ],
    [
      'receipt date format',
      { receivedOn: '30/06/2026' },
      'receivedOn',
      'Ngày tiếp nhận hồ sơ phải có dạng YYYY-MM-DD.',
    ],
    [
      'risk class value',
      { receivedOn: '2026-07-01', riskClass: 'extreme' },
      'riskClass',
      'Mức rủi ro phải là thấp, trung bình hoặc cao.',
    ],
    [
      'unknown kind',
      { kind: 'licence' },
      'kind',
      'Loại hồ sơ phải là công bố hợp chuẩn, công bố hợp quy, công bố sử dụng dấu định lượng hoặc đăng ký kiểm tra nhà nước hàng hóa nhập khẩu.',
    ],
  ])('%s: Vietnamese message at %s', (_, over, path, message) => {
    const r = checkConformityDeclaration(regulation(over));
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues).toContainEqual({ path, message });
  });

  it('every message of a thoroughly wrong input is Vietnamese (has Vietnamese letters), none left in English', () => {
    const wrong = [
      42,
      null,
      {},
      { kind: 'regulation' },
      {
        kind: 'regulation',
        organisation: 'x',
        products: 'y',
        regulations: [1],
        basis: 3,
        receivedOn: 20260701,
      },
      { kind: 'import_inspection', organisation: {}, products: [{}], regulations: [], lot: 'z' },
      {
        kind: 'quantity_mark',
        organisation: null,
        products: [{ name: 'A', origin: 'B', nominalQuantity: { value: -1 } }],
      },
    ];
    for (const input of wrong) {
      const ms = messages(input);
      expect(ms.length).toBeGreaterThan(0);
      for (const m of ms) expect(m).toMatch(/[àáảãạăâđèéẻẽẹêìíỉĩịòóỏõọôơùúủũụưỳýỷỹỵ]/i);
    }
  });

  it('parseConformityDeclaration throws DomainError BAD_INPUT with the issues', () => {
    try {
      parseConformityDeclaration(regulation({ organisation: { ...organisation, taxCode: '123' } }));
      throw new Error('expected a DomainError');
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      const err = e as DomainError;
      expect(err.code).toBe('BAD_INPUT');
      expect(err.message).toMatch(/^Mã số doanh nghiệp\/mã số thuế phải gồm 10 chữ số/);
      expect(err.details?.issues).toEqual([{ path: 'organisation.taxCode', message: err.message }]);
    }
  });

  it('labels every kind in Vietnamese', () => {
    expect(declarationKindLabels.regulation).toBe('Công bố hợp quy');
    expect(declarationKindLabels.standard).toBe('Công bố hợp chuẩn');
  });
});

describe('rules chosen by the receipt date', () => {
  it.each<[string, Record<string, unknown>, string | null]>([
    // group 2 until 30/06/2026 (TT 28/2012)
    ['group 2, designated certifier', {}, null],
    ['group 2, self-assessment', { basis: selfAssessed }, null],
    [
      'group 2, registered certifier not enough',
      { basis: { ...designated, basis: 'registered_certifier' } },
      'basis.basis',
    ],
    ['group 2, no risk class before 01/07/2026', { riskClass: 'high' }, 'riskClass'],
    // risk classes from 01/07/2026 (NĐ 37/2026)
    ['risk regime needs a risk class', { receivedOn: '2026-07-01' }, 'riskClass'],
    ['high risk, designated certifier', { receivedOn: '2026-07-01', riskClass: 'high' }, null],
    [
      'high risk, self-assessment refused (Điều 66.2)',
      { receivedOn: '2026-07-01', riskClass: 'high', basis: selfAssessed },
      'basis.basis',
    ],
    [
      'high risk, registered certifier refused',
      {
        receivedOn: '2026-07-01',
        riskClass: 'high',
        basis: { ...designated, basis: 'registered_certifier' },
      },
      'basis.basis',
    ],
    [
      'medium risk, self-assessment',
      { receivedOn: '2026-07-01', riskClass: 'medium', basis: selfAssessed },
      null,
    ],
    [
      'medium risk, registered certifier',
      {
        receivedOn: '2026-07-01',
        riskClass: 'medium',
        basis: { ...designated, basis: 'registered_certifier' },
      },
      null,
    ],
    ['low risk needs no hợp quy declaration', { receivedOn: '2026-07-01', riskClass: 'low' }, 'riskClass'],
    // the basis must hold on the receipt date
    [
      'certificate expired before receipt',
      { receivedOn: '2029-01-10', riskClass: 'high' },
      'basis.expiresOn',
    ],
    ['certificate issued after receipt', { receivedOn: '2026-01-09' }, 'basis.issuedOn'],
    ['report signed after receipt', { receivedOn: '2026-05-03', basis: selfAssessed }, 'basis.reportDate'],
    [
      'report older than 3 years',
      { receivedOn: '2029-05-05', riskClass: 'medium', basis: selfAssessed },
      'basis.reportDate',
    ],
    [
      'report exactly 3 years old',
      { receivedOn: '2029-05-04', riskClass: 'medium', basis: selfAssessed },
      null,
    ],
  ])('%s', (_, over, failingPath) => {
    const ps = paths(regulation(over));
    if (failingPath === null) expect(ps).toEqual([]);
    else expect(ps).toEqual([failingPath]);
  });

  it('words the rule in Vietnamese with its source', () => {
    expect(
      messages(regulation({ receivedOn: '2026-07-01', riskClass: 'high', basis: selfAssessed })),
    ).toEqual([
      'Sản phẩm, hàng hóa rủi ro cao phải công bố hợp quy dựa trên kết quả chứng nhận của tổ chức chứng nhận được chỉ định (Nghị định 37/2026/NĐ-CP Điều 66 khoản 2).',
    ]);
    expect(messages(regulation({ basis: { ...designated, basis: 'registered_certifier' } }))[0]).toMatch(
      /nhóm 2.*Thông tư 28\/2012/,
    );
  });

  const importReg = (over: Record<string, unknown> = {}) => ({
    kind: 'import_inspection',
    receivedOn: '2026-06-30',
    organisation,
    products: [{ name: 'Máy sấy tóc', origin: 'Trung Quốc', hsCode: '8516.31.00' }],
    regulations: ['QCVN 4:2009/BKHCN'],
    ...over,
  });

  it.each<[string, Record<string, unknown>, string | null]>([
    ['group 2 import, no certificate yet', {}, null],
    ['group 2 import, with certificate', { basis: designated }, null],
    [
      'HS code required for imports',
      { products: [{ name: 'Máy sấy tóc', origin: 'Trung Quốc' }] },
      'products.0.hsCode',
    ],
    [
      'high-risk import with designated certificate',
      { receivedOn: '2026-07-01', riskClass: 'high', basis: designated },
      null,
    ],
    ['high-risk import without certificate', { receivedOn: '2026-07-01', riskClass: 'high' }, 'basis'],
    [
      'medium-risk imports are not inspected (Điều 82)',
      { receivedOn: '2026-07-01', riskClass: 'medium', basis: designated },
      'riskClass',
    ],
    ['risk class needed from 01/07/2026', { receivedOn: '2026-07-01', basis: designated }, 'riskClass'],
  ])('%s', (_, over, failingPath) => {
    const ps = paths(importReg(over));
    if (failingPath === null) expect(ps).toEqual([]);
    else expect(ps).toEqual([failingPath]);
  });

  it('the HS code message for imports is Vietnamese', () => {
    expect(messages(importReg({ products: [{ name: 'Máy sấy tóc', origin: 'Trung Quốc' }] }))).toEqual([
      'Mã HS là bắt buộc đối với hàng hóa nhập khẩu.',
    ]);
  });
});
