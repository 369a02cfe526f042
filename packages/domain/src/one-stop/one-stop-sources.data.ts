// Legal sources of the one-stop mechanism (docs/procedures.md, "One-stop").
import type { LegalSource } from '../legal-source';

export const TT_01_2018_VPCP: LegalSource = {
  document: 'Thông tư 01/2018/TT-VPCP',
  date: '2018-11-23',
  confidence: 'H',
  note: 'Hướng dẫn thi hành Nghị định 61/2018/NĐ-CP; quy định mã số hồ sơ và các biểu mẫu một cửa (đã được thay thế).',
};

export const TT_03_2025_VPCP: LegalSource = {
  document: 'Thông tư 03/2025/TT-VPCP',
  confidence: 'H',
  note: 'Hướng dẫn Nghị định 118/2025/NĐ-CP; thay thế Thông tư 01/2018/TT-VPCP; sửa đổi bởi Thông tư 04/2025/TT-VPCP (hiệu lực 25/01/2026).',
};

export const TT_04_2025_VPCP: LegalSource = {
  document: 'Thông tư 04/2025/TT-VPCP',
  date: '2026-01-25',
  confidence: 'M',
  note: 'Sửa đổi Thông tư 03/2025/TT-VPCP; bổ sung khoản 3 Điều 13 về mã hồ sơ trên hệ thống do trung ương vận hành.',
};
