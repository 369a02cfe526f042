import { describe, expect, it } from 'vitest';
import { DomainError } from '@skhcn/domain';
import {
  FORMS,
  renderAdditionsRequest,
  renderApology,
  renderConformityAcceptance,
  renderControlSheet,
  renderReceipt,
  renderRefusal,
  renderStopNotice,
} from './index';
import { PAGE } from './layout/page';
import { occurrences, qrPayloads, readPdf, textItems } from './pdf-inspect.testing';
import * as samples from './sample-inputs.fixture';

type Render = (input: never) => Promise<Uint8Array>;

interface Case {
  name: string;
  render: Render;
  input: Record<string, unknown>;
  title: string;
  /** what a reader must find on the document */
  expected: string[];
}

const NATIONAL_HEADING = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];
const ISSUER = [
  'UBND THÀNH PHỐ HẢI PHÒNG',
  'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
  'CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG',
];
const DATE_LINE = 'Hải Phòng, ngày 05 tháng 3 năm 2026';
const APPLICANT = 'Công ty Cổ phần Thép Hải Phòng';

const cases: Case[] = [
  {
    name: 'Mẫu 01 Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
    render: renderReceipt,
    input: samples.receiptInput,
    title: 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
    expected: [
      'Số: 125/GTN-TĐC',
      'Mã hồ sơ: HP-260305-0001',
      APPLICANT,
      'Thời gian nhận hồ sơ: 09 giờ 40 phút, ngày 05/03/2026',
      'Thời gian trả kết quả giải quyết hồ sơ: ngày 12/03/2026',
      'Mẫu nhãn hàng hóa đã gắn dấu hợp quy',
      'Bản sao có chứng thực',
      'Thời gian giải quyết hồ sơ theo quy định: 05 ngày làm việc',
      'NGƯỜI TIẾP NHẬN HỒ SƠ',
      'Trần Thị Bích Ngọc',
    ],
  },
  {
    name: 'Mẫu 02 Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ',
    render: renderAdditionsRequest,
    input: samples.additionsRequestInput,
    title: 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ',
    expected: [
      'Số: 18/PBS-TĐC',
      'Mã hồ sơ: HP-260305-0001',
      APPLICANT,
      'Lý do: Nhãn chưa thể hiện dấu hợp quy CR theo quy định.',
      'trước ngày 26/03/2026',
    ],
  },
  {
    name: 'Mẫu 03 Phiếu từ chối tiếp nhận giải quyết hồ sơ',
    render: renderRefusal,
    input: samples.refusalInput,
    title: 'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ',
    expected: [
      'Số: 07/PTC-TĐC',
      'Mã hồ sơ: HP-260305-0001',
      APPLICANT,
      'tổ chức đăng ký kinh doanh tại tỉnh khác',
    ],
  },
  {
    name: 'Mẫu 04 Văn bản xin lỗi và hẹn lại ngày trả kết quả',
    render: renderApology,
    input: samples.apologyInput,
    title: 'VĂN BẢN XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ',
    expected: [
      'Số: 42/TĐC-XL',
      `Kính gửi: ${APPLICANT}`,
      'HP-260305-0001',
      'Ngày hẹn trả kết quả giải quyết hồ sơ: 12/03/2026',
      'vào ngày 19/03/2026',
      'KT. CHI CỤC TRƯỞNG',
      'PHÓ CHI CỤC TRƯỞNG',
      'Phạm Quốc Hùng',
      'Nơi nhận:',
    ],
  },
  {
    name: 'Mẫu 05 Thông báo dừng giải quyết hồ sơ',
    render: renderStopNotice,
    input: samples.stopNoticeInput,
    title: 'THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ',
    expected: [
      'Số: 43/TB-TĐC',
      'HP-260305-0001',
      APPLICANT,
      'Tổ chức có văn bản đề nghị rút hồ sơ ngày 04/03/2026.',
    ],
  },
  {
    name: 'Mẫu 06 Phiếu kiểm soát quá trình giải quyết hồ sơ',
    render: renderControlSheet,
    input: samples.controlSheetInput(3),
    title: 'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ',
    expected: [
      'Số: 125/PKS-TĐC',
      'Mã hồ sơ: HP-260305-0001',
      APPLICANT,
      '08:00 05/03/2026',
      'Trước hạn',
      'Đúng hạn',
      'Quá hạn',
    ],
  },
  {
    name: 'Mẫu 3. TBTNHS Thông báo tiếp nhận hồ sơ công bố hợp quy',
    render: renderConformityAcceptance,
    input: samples.conformityAcceptanceInput,
    title: 'THÔNG BÁO TIẾP NHẬN HỒ SƠ CÔNG BỐ HỢP QUY',
    expected: [
      'Số: 215/TB-TĐC',
      'Bản công bố hợp quy số 01/2026/CBHQ-THP ngày 02/03/2026',
      APPLICANT,
      'Thép cốt bê tông cán nóng',
      'phù hợp quy chuẩn kỹ thuật: QCVN 7:2019/BKHCN',
      'Giấy chứng nhận số HQ-2026-0158 ngày 20/02/2026 của Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng 1',
      'Bản thông báo này chỉ ghi nhận sự cam kết của tổ chức, cá nhân, không có giá trị chứng nhận',
      'Thông báo này có giá trị đến ngày 19/02/2029.',
    ],
  },
];

describe.each(cases)('$name', ({ render, input, title, expected }) => {
  it('is a PDF whose text shows the heading, number, title with its diacritics and the dossier facts', async () => {
    const bytes = await render(input as never);
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
    expect(new TextDecoder().decode(bytes.subarray(-6)).trim()).toBe('%%EOF');
    const { text } = await readPdf(bytes);
    for (const s of [...NATIONAL_HEADING, ...ISSUER, DATE_LINE, title, ...expected])
      expect(text).toContain(s);
  });

  it('carries a QR code that decodes to the verification URL', async () => {
    const bytes = await render(input as never);
    expect(await qrPayloads(bytes, 1)).toEqual([samples.header.verificationUrl]);
  });

  it('rejects a missing number with BAD_INPUT naming the field', async () => {
    const { number: _number, ...withoutNumber } = input;
    const error = await render(withoutNumber as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'BAD_INPUT' });
    expect((error as DomainError).details?.issues).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: 'number' })]),
    );
  });

  it.each(['2026-02-30', '05/03/2026', '2026-3-5', ''])(
    'rejects the issue date %j with BAD_INPUT',
    async (issuedOn) => {
      await expect(render({ ...input, issuedOn } as never)).rejects.toMatchObject({ code: 'BAD_INPUT' });
    },
  );

  it('rejects a verification URL that is not http(s)', async () => {
    await expect(render({ ...input, verificationUrl: 'javascript:alert(1)' } as never)).rejects.toMatchObject(
      {
        code: 'BAD_INPUT',
      },
    );
  });
});

describe('Mẫu 06 with 40 steps', () => {
  const input = samples.controlSheetInput(40);

  it('breaks the table across pages, repeats the header row and shows every step with its result', async () => {
    const bytes = await renderControlSheet(input);
    const { pages, pageTexts, text } = await readPdf(bytes);
    expect(pages).toBeGreaterThan(1);
    pageTexts.forEach((page, i) => {
      expect(page).toContain('Tên cơ quan, đơn vị');
      expect(page).toContain(`Trang ${i + 1}/${pages}`);
    });
    const labels = { early: 'Trước hạn', on_time: 'Đúng hạn', late: 'Quá hạn' } as const;
    for (const [result, label] of Object.entries(labels)) {
      const steps = input.steps.filter((s) => s.result === result).length;
      expect(steps).toBeGreaterThan(0);
      expect(occurrences(text, label)).toBe(steps);
    }
    // the last hand-over: 40th step, 78 hours after 05/03/2026 08:00
    expect(text).toContain('14:00 08/03/2026');
  });

  it('puts the verification QR code on every page', async () => {
    const bytes = await renderControlSheet(input);
    const { pages } = await readPdf(bytes);
    for (let page = 1; page <= pages; page++) {
      expect(await qrPayloads(bytes, page)).toEqual([samples.header.verificationUrl]);
    }
  });

  it('leaves the result blank while a step is open', async () => {
    const open = samples.controlSheetInput(3);
    const steps = open.steps.map((s, i) => (i === 2 ? { ...s, result: undefined } : s));
    const { text } = await readPdf(await renderControlSheet({ ...open, steps }));
    expect(occurrences(text, 'Quá hạn')).toBe(0);
    expect(occurrences(text, 'Trước hạn') + occurrences(text, 'Đúng hạn')).toBe(2);
  });

  it('rejects steps out of time order', async () => {
    const steps = samples.controlSheetInput(2).steps;
    await expect(renderControlSheet({ ...input, steps: steps.toReversed() })).rejects.toMatchObject({
      code: 'BAD_INPUT',
    });
  });

  it('rejects an unknown result', async () => {
    const steps = input.steps.map((s) => ({ ...s, result: 'sớm' }));
    await expect(renderControlSheet({ ...input, steps } as never)).rejects.toMatchObject({
      code: 'BAD_INPUT',
    });
  });
});

describe('rules a reader would notice', () => {
  it('fits a receipt with three components on one page', async () => {
    expect((await readPdf(await renderReceipt(samples.receiptInput))).pages).toBe(1);
  });

  it('refuses a receipt whose appointment date is before the receipt', async () => {
    await expect(
      renderReceipt({ ...samples.receiptInput, appointmentDate: '2026-03-04' }),
    ).rejects.toMatchObject({
      code: 'BAD_INPUT',
    });
  });

  it('refuses a receipt with a bad receipt time or no components', async () => {
    for (const bad of [
      { receivedAt: '2026-03-05 09:40' },
      { receivedAt: '2026-03-05T25:40:00+07:00' },
      { components: [] },
      { components: [{ name: 'Bản công bố', copies: 0 }] },
    ]) {
      await expect(renderReceipt({ ...samples.receiptInput, ...bad })).rejects.toMatchObject({
        code: 'BAD_INPUT',
      });
    }
  });

  it('refuses an apology whose new date is not after the original appointment', async () => {
    await expect(
      renderApology({ ...samples.apologyInput, newAppointmentDate: '2026-03-12' }),
    ).rejects.toMatchObject({
      code: 'BAD_INPUT',
    });
  });

  it('refuses a conformity notice valid beyond its certificate or expiring before it is issued', async () => {
    await expect(
      renderConformityAcceptance({ ...samples.conformityAcceptanceInput, validUntil: '2029-03-01' }),
    ).rejects.toMatchObject({ code: 'BAD_INPUT' });
    await expect(
      renderConformityAcceptance({ ...samples.conformityAcceptanceInput, validUntil: '2026-03-01' }),
    ).rejects.toMatchObject({ code: 'BAD_INPUT' });
  });

  it('explains the problem in Vietnamese', async () => {
    const error = (await renderReceipt({ ...samples.receiptInput, appointmentDate: '2026-03-04' }).catch(
      (e: unknown) => e,
    )) as DomainError;
    expect(error.message).toContain('Ngày hẹn trả kết quả không được trước ngày tiếp nhận');
  });

  it('prints the hợp chuẩn variant with "tiêu chuẩn" and a self-assessment basis', async () => {
    const { text } = await readPdf(
      await renderConformityAcceptance({
        ...samples.conformityAcceptanceInput,
        kind: 'hop_chuan',
        standard: 'TCVN 1651-2:2018',
        basis: { kind: 'self_assessment', reportDate: '2026-02-25' },
        validUntil: '2029-02-24',
      }),
    );
    expect(text).toContain(FORMS['standard-conformity-acceptance'].title);
    expect(text).toContain('Bản công bố hợp chuẩn số 01/2026/CBHQ-THP');
    expect(text).toContain('phù hợp tiêu chuẩn: TCVN 1651-2:2018');
    expect(text).toContain('báo cáo đánh giá ký ngày 25/02/2026');
    expect(text).not.toContain('quy chuẩn kỹ thuật');
  });

  it('keeps diacritics typed in decomposed form (NFD) intact', async () => {
    const decomposed = APPLICANT.normalize('NFD');
    expect(decomposed).not.toBe(APPLICANT);
    const { text } = await readPdf(
      await renderReceipt({ ...samples.receiptInput, applicant: { ...samples.applicant, name: decomposed } }),
    );
    expect(text).toContain(APPLICANT);
  });

  it('wraps long Vietnamese text inside the page and inside table cells', async () => {
    const longName =
      'Tiếp nhận bản công bố hợp quy đối với sản phẩm, hàng hóa nhóm 2 được sản xuất trong nước, nhập khẩu, kinh doanh, lưu thông trên thị trường thuộc phạm vi quản lý nhà nước của Bộ Khoa học và Công nghệ, bao gồm thép làm cốt bê tông, đồ chơi trẻ em, mũ bảo hiểm cho người đi mô tô, xe máy và dây điện bọc nhựa PVC';
    const component =
      `Báo cáo tự đánh giá sự phù hợp ${'kèm kết quả thử nghiệm mẫu điển hình của phòng thử nghiệm được chỉ định '.repeat(3)}`.trim();
    const bytes = await renderReceipt({
      ...samples.receiptInput,
      procedureName: longName,
      components: [{ name: component, form: 'Bản chính', copies: 1 }],
    });
    const { text } = await readPdf(bytes);
    expect(text).toContain(longName);
    expect(text).toContain(component);
    const rightEdge = PAGE.width - PAGE.margins.right + 0.5;
    const pages = await textItems(bytes);
    const body = pages.flat().filter((item) => item.str.trim() !== '');
    expect(body.length).toBeGreaterThan(50);
    // the long lines do reach the right margin: the text was wrapped there, not cut short
    expect(Math.max(...body.map((item) => item.x + item.width))).toBeGreaterThan(rightEdge - 15);
    for (const page of pages) {
      for (const item of page) {
        expect(item.x).toBeGreaterThanOrEqual(PAGE.margins.left - 0.5);
        expect(item.x + item.width).toBeLessThanOrEqual(rightEdge);
      }
    }
  });

  it('renders a document the same before and after other documents (no state leaks between documents)', async () => {
    const first = await renderReceipt(samples.receiptInput);
    await renderControlSheet(samples.controlSheetInput(12));
    await renderConformityAcceptance(samples.conformityAcceptanceInput);
    await renderApology(samples.apologyInput);
    const again = await renderReceipt(samples.receiptInput);
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
    expect((await readPdf(again)).text).toContain('Tên giấy tờ Hình thức Số lượng (bản)');
  });

  it('gives the same bytes for the same input', async () => {
    const [a, b] = await Promise.all([
      renderReceipt(samples.receiptInput),
      renderReceipt(samples.receiptInput),
    ]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});
