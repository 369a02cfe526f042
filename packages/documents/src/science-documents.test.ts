import { describe, expect, it } from 'vitest';
import { DomainError } from '@skhcn/domain';
import { FORMS, renderCouncilMinutes, renderResultCertificate } from './index';
import { qrPayloads, readPdf } from './pdf-inspect.testing';
import * as samples from './sample-inputs.fixture';

describe('council minutes (biên bản hội đồng tuyển chọn)', () => {
  it('prints the composition, the conflict, every member’s total, the averages, the ranking and the conclusion', async () => {
    const bytes = await renderCouncilMinutes(samples.councilMinutesInput);
    const { text } = await readPdf(bytes);
    for (const s of [
      'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
      'Số: NV-2026-001/BB-HĐTC',
      'Hải Phòng, ngày 06 tháng 4 năm 2026',
      FORMS['council-minutes'].title,
      'Nhiệm vụ: NV-2026-001',
      'Tên nhiệm vụ: Nghiên cứu ứng dụng chế phẩm sinh học',
      'Số thành viên tham gia: 5/5',
      'PGS.TS. Hoàng Văn Minh',
      'TS. Vũ Đức Anh khai báo có xung đột lợi ích với hồ sơ của Viện Nghiên cứu Ứng dụng Khoa học Hải Phòng',
      'từ 70/100 điểm',
      'quá 1/3 số thành viên',
      'Xung đột',
      '80,5',
      '71,8',
      'CHỦ TỊCH HỘI ĐỒNG',
      'THƯ KÝ HỘI ĐỒNG',
      'Hội đồng đề nghị giao Viện Nghiên cứu Ứng dụng Khoa học Hải Phòng chủ trì',
    ])
      expect(text).toContain(s);
    expect(await qrPayloads(bytes, 1)).toEqual([samples.scienceHeader.verificationUrl]);
  });

  it('refuses a score table without a column per member (BAD_INPUT)', async () => {
    const bad = {
      ...samples.councilMinutesInput,
      applications: samples.councilMinutesInput.applications.map((a) => ({
        ...a,
        totals: a.totals.slice(1),
      })),
    };
    const error = await renderCouncilMinutes(bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).message).toContain('đủ cột điểm');
  });
});

describe('result registration certificate', () => {
  it('prints the number, the task, the host, the acceptance and a QR code to the public verification page', async () => {
    const bytes = await renderResultCertificate(samples.resultCertificateInput);
    const { text, pages } = await readPdf(bytes);
    expect(pages).toBe(1);
    for (const s of [
      FORMS['result-certificate'].title,
      'Số: 1/2026/ĐKKQ-SKHCN',
      'Mã hồ sơ: QLKH-260505-0001',
      'Tên nhiệm vụ: Nghiên cứu ứng dụng chế phẩm sinh học',
      'Tổ chức chủ trì: Viện Nghiên cứu Ứng dụng Khoa học Hải Phòng (mã số thuế 0200789127)',
      'Chủ nhiệm nhiệm vụ: TS. Trần Minh Đức',
      'Ngày nghiệm thu chính thức: 25/04/2026',
      'Kết quả đánh giá, nghiệm thu: Đạt',
      'PHÓ GIÁM ĐỐC',
    ])
      expect(text).toContain(s);
    expect(await qrPayloads(bytes, 1)).toEqual([samples.scienceHeader.verificationUrl]);
  });

  it('refuses a certificate dated before the acceptance', async () => {
    await expect(
      renderResultCertificate({ ...samples.resultCertificateInput, issuedOn: '2026-04-24' }),
    ).rejects.toMatchObject({ code: 'BAD_INPUT' });
  });
});
