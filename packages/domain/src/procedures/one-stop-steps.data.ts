// Steps every procedure shares under the one-stop model (Nghị định 118/2025/NĐ-CP, Thông tư 03/2025/TT-VPCP).
import type { LegalSource } from '../legal-source';
import type { Duration, ProcedureStep } from './procedure.types';

export const TT_03_2025: LegalSource = {
  document: 'Thông tư 03/2025/TT-VPCP',
  article: 'Phụ lục I',
  confidence: 'H',
  note: 'Biểu mẫu một cửa: Mẫu 01 Giấy tiếp nhận hồ sơ và hẹn trả kết quả, Mẫu 02 Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ, Mẫu 03 Phiếu từ chối.',
};

export const wd = (amount: number): Duration => ({ amount, unit: 'working_days' });
export const cd = (amount: number): Duration => ({ amount, unit: 'calendar_days' });

export const receiveStep: ProcedureStep = {
  key: 'tiep-nhan',
  name: 'Tiếp nhận hồ sơ, cấp Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01)',
  source: TT_03_2025,
  actor: 'agency',
};

export function completenessStep(duration: Duration, source: LegalSource, name?: string): ProcedureStep {
  return {
    key: 'kiem-tra-ho-so',
    name:
      name ??
      'Kiểm tra thành phần hồ sơ; nếu chưa đầy đủ, ra Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02) một lần',
    duration,
    source,
    actor: 'agency',
  };
}

export function supplementStep(duration: Duration, source: LegalSource, name?: string): ProcedureStep {
  return {
    key: 'bo-sung-ho-so',
    name: name ?? 'Tổ chức, cá nhân bổ sung, hoàn thiện hồ sơ',
    duration,
    source,
    actor: 'applicant',
  };
}

export function appraisalStep(duration: Duration, source: LegalSource, name: string): ProcedureStep {
  return { key: 'tham-dinh', name, duration, source, actor: 'agency' };
}

export const approvalStep: ProcedureStep = {
  key: 'trinh-ky',
  name: 'Trình lãnh đạo có thẩm quyền ký, phê duyệt kết quả',
  actor: 'agency',
};

export const returnStep: ProcedureStep = {
  key: 'tra-ket-qua',
  name: 'Trả kết quả giải quyết thủ tục hành chính',
  actor: 'agency',
};
