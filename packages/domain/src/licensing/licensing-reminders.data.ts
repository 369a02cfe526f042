// The reminders of the licensing field: how long before a licence's expiry the facility is reminded, how old an
// inspection (kiểm định) may be, each with its source and confidence. The 90 and 60 days are the department's
// practice (no legal text): configurable, confidence L. The 45 days is the renewal window (the catalog's value,
// read through latestRenewalFilingDate); the 12 months come from the licence dossier's requirement.
import type { LegalSource } from '../legal-source';

export const DEPARTMENT_PRACTICE_REMINDERS: LegalSource = {
  document: 'Thực tiễn của Sở KH&CN (không có văn bản quy định)',
  confidence: 'L',
  note: 'Nhắc cơ sở 90 và 60 ngày trước ngày giấy phép hết hạn để kịp chuẩn bị hồ sơ gia hạn; Sở có thể thay đổi các mốc này.',
};

export const INSPECTION_INTERVAL_SOURCE: LegalSource = {
  document: 'Nghị định 142/2020/NĐ-CP; Thông tư 02/2022/TT-BKHCN (hồ sơ cấp, gia hạn giấy phép)',
  confidence: 'M',
  note: 'Hồ sơ đề nghị cấp giấy phép phải có chứng chỉ kiểm định thiết bị X-quang không quá 12 tháng; dùng làm chu kỳ nhắc kiểm định. Chu kỳ kiểm định theo Nghị định 332/2025/NĐ-CP chưa đối chiếu: cấu hình được.',
};

export const CORRECTION_DEADLINE_SOURCE: LegalSource = {
  document: 'Kết luận kiểm tra của Sở KH&CN',
  confidence: 'H',
  note: 'Thời hạn khắc phục do đoàn kiểm tra ấn định trong kết luận; quá hạn mà chưa khắc phục thì nhắc.',
};

/** A reminder before expiry: so many days before, and where the number comes from. */
export interface ExpiryThreshold {
  daysBefore: number;
  source: LegalSource;
  /** true for the renewal window's own threshold (the last day to file a renewal) */
  renewalWindow?: boolean;
}

export interface ReminderSettings {
  /** days before a licence's expiry; the renewal window (45 days) is added from the catalog */
  practiceDaysBeforeExpiry: readonly number[];
  /** months after the last inspection when the next one is due */
  inspectionIntervalMonths: number;
}

/** The department's defaults; an override goes through `reminderSettings(overrides)`. */
export const DEFAULT_REMINDER_SETTINGS: Readonly<ReminderSettings> = Object.freeze({
  practiceDaysBeforeExpiry: Object.freeze([90, 60]),
  inspectionIntervalMonths: 12,
});
