import { describe, expect, it } from 'vitest';
import { renderDtiReport, type DtiReportInput } from '../index';
import { qrPayloads, readPdf } from '../pdf-inspect.testing';

const input: DtiReportInput = {
  issuer: { parentBodies: ['UBND THÀNH PHỐ HẢI PHÒNG'], name: 'Sở Khoa học và Công nghệ' },
  number: '……/BC-SKHCN',
  place: 'Hải Phòng',
  issuedOn: '2026-04-02',
  verificationUrl: 'https://skhcn.haiphong.gov.vn/cds/chu-ky/1/ket-qua',
  cycleName: 'Đánh giá chỉ số chuyển đổi số cấp xã năm 2026',
  frameworkName: 'Bộ chỉ số chuyển đổi số cấp xã năm 2026',
  levelLabel: 'Cấp xã, phường, đặc khu',
  year: 2026,
  provisional: false,
  deadline: '2026-03-31',
  closedOn: '2026-04-02',
  max: 60,
  imputationDisclosure:
    'Chỉ số thành phần không có số liệu được thẩm định được tính 0 điểm và ghi là “thiếu số liệu”.',
  previousYear: 2025,
  pillars: [
    { name: 'Nền tảng số', max: 40, average: 10 },
    { name: 'Chính quyền số', max: 20, average: 4 },
  ],
  rows: [
    {
      rank: 1,
      unitName: 'Phường Hồng Bàng',
      groupName: 'Phường',
      points: 42,
      index: 0.7,
      indexChange: 0.125,
      rankChange: 3,
      missing: 0,
      imputed: 0,
    },
    {
      rank: 2,
      unitName: 'Phường Ngô Quyền',
      groupName: 'Phường',
      points: 0,
      index: 0,
      indexChange: -0.5,
      rankChange: -1,
      missing: 3,
      imputed: 0,
    },
    { rank: 2, unitName: 'Xã An Lão', groupName: 'Xã, đặc khu', points: 0, index: 0, missing: 3, imputed: 0 },
  ],
  preparedBy: { title: 'Người lập', fullName: 'Vũ Thị Thu Trang' },
};

describe('the DTI report (PDF)', () => {
  it('prints the ranking with the index to three decimals, the change from last year and the disclosure', async () => {
    const bytes = await renderDtiReport(input);
    const { text } = await readPdf(bytes);
    for (const expected of [
      'BÁO CÁO KẾT QUẢ ĐÁNH GIÁ CHỈ SỐ CHUYỂN ĐỔI SỐ',
      'Cấp xã, phường, đặc khu năm 2026',
      'Hải Phòng, ngày 02 tháng 4 năm 2026',
      'Đánh giá chỉ số chuyển đổi số cấp xã năm 2026',
      'thang điểm 60',
      'Phường Hồng Bàng (Phường)',
      '0,700',
      '+0,125',
      '−0,500',
      'So với 2025',
      '(xếp hạng 1, 2, 2, 4)',
      'Nền tảng số',
      '25,0%',
      'được tính 0 điểm và ghi là “thiếu số liệu”',
      'Vũ Thị Thu Trang',
    ])
      expect(text).toContain(expected);
    expect(text).not.toContain('TẠM TÍNH');
    expect(await qrPayloads(bytes, 1)).toEqual([input.verificationUrl]);
    // rendering, text extraction and QR decoding: slow when every package's tests share 2 cores
  }, 60_000);

  it('says when the figures are provisional, and refuses a report without units', async () => {
    const { text } = await readPdf(
      await renderDtiReport({ ...input, provisional: true, closedOn: undefined }),
    );
    expect(text).toContain('KẾT QUẢ TẠM TÍNH');
    await expect(renderDtiReport({ ...input, rows: [] })).rejects.toMatchObject({ code: 'BAD_INPUT' });
  }, 60_000);
});
