import type { LegalSource } from '../legal-source';
import { TT_03_2025_VPCP } from './one-stop-sources.data';

export type OneStopFormNumber = '01' | '02' | '03' | '04' | '05' | '06' | '07';

export interface OneStopForm {
  number: OneStopFormNumber;
  /** "Mẫu 01" */
  code: string;
  /** Vietnamese name as in Phụ lục I */
  name: string;
  /** what the platform uses it for */
  purpose: string;
  source: LegalSource;
}

const source = (n: OneStopFormNumber): LegalSource => ({
  ...TT_03_2025_VPCP,
  article: `Phụ lục I, Mẫu ${n}`,
});

/** The forms of Phụ lục I Thông tư 03/2025/TT-VPCP, in order. */
export const ONE_STOP_FORMS: readonly OneStopForm[] = [
  {
    number: '01',
    code: 'Mẫu 01',
    name: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
    purpose: 'Cấp cho người nộp khi tiếp nhận hồ sơ; ghi mã hồ sơ và ngày hẹn trả kết quả.',
    source: source('01'),
  },
  {
    number: '02',
    code: 'Mẫu 02',
    name: 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ',
    purpose: 'Yêu cầu bổ sung, hoàn thiện hồ sơ (chỉ một lần).',
    source: source('02'),
  },
  {
    number: '03',
    code: 'Mẫu 03',
    name: 'Phiếu từ chối tiếp nhận giải quyết hồ sơ',
    purpose: 'Từ chối tiếp nhận, nêu rõ lý do.',
    source: source('03'),
  },
  {
    number: '04',
    code: 'Mẫu 04',
    name: 'Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết',
    purpose: 'Gửi khi hồ sơ có nguy cơ quá hạn; hẹn lại ngày trả kết quả.',
    source: source('04'),
  },
  {
    number: '05',
    code: 'Mẫu 05',
    name: 'Thông báo dừng giải quyết hồ sơ',
    purpose: 'Thông báo dừng giải quyết hồ sơ, nêu rõ lý do.',
    source: source('05'),
  },
  {
    number: '06',
    code: 'Mẫu 06',
    name: 'Phiếu kiểm soát quá trình giải quyết hồ sơ',
    purpose:
      'Ghi từng bước: đơn vị, thời gian giao nhận, người giao, người nhận, kết quả (trước hạn, đúng hạn, quá hạn), ghi chú.',
    source: source('06'),
  },
  {
    number: '07',
    code: 'Mẫu 07',
    name: 'Sổ theo dõi hồ sơ',
    purpose: 'Sổ theo dõi hồ sơ tiếp nhận và trả kết quả.',
    source: source('07'),
  },
];

export function oneStopForm(number: OneStopFormNumber): OneStopForm {
  const form = ONE_STOP_FORMS.find((f) => f.number === number);
  if (!form) throw new Error(`Thiếu Mẫu ${number} trong dữ liệu biểu mẫu một cửa`);
  return form;
}
