// The devices a province deals with under khoản 12 điểm c of Điều 2 (medical diagnostic X-ray, PET/CT, SPECT/CT and
// X-ray emitting devices other than industrial radiography). `type` is also the fee key of the procedure catalog
// (packages/domain/src/procedures/radiation.data.ts) where a rate is known.
import { DIEU2_KHOAN_12C } from './licensing-sources.data';

export interface RadiationDeviceType {
  /** Stable key; the catalog's fee key where the catalog has a rate */
  type: string;
  label: string;
  group: 'y-te' | 'phat-tia-x';
  /** Mobile devices are declared where the owner has its head office; fixed ones where they stand */
  mobile?: true;
}

export const RADIATION_DEVICE_TYPES: readonly RadiationDeviceType[] = Object.freeze([
  { type: 'tong-hop', label: 'X-quang chẩn đoán thông thường (tổng hợp)', group: 'y-te' },
  { type: 'nha-khoa', label: 'X-quang chẩn đoán nha khoa', group: 'y-te' },
  { type: 'chup-vu', label: 'X-quang chụp vú', group: 'y-te' },
  { type: 'di-dong', label: 'X-quang di động', group: 'y-te', mobile: true },
  { type: 'tang-sang', label: 'X-quang tăng sáng truyền hình (chiếu)', group: 'y-te' },
  { type: 'do-mat-do-xuong', label: 'Đo mật độ xương', group: 'y-te' },
  { type: 'ct', label: 'Chụp cắt lớp vi tính (CT)', group: 'y-te' },
  { type: 'pet-ct', label: 'PET/CT', group: 'y-te' },
  { type: 'spect-ct', label: 'SPECT/CT', group: 'y-te' },
  { type: 'xrf', label: 'Phân tích huỳnh quang tia X (XRF)', group: 'phat-tia-x' },
  { type: 'xrd', label: 'Phân tích nhiễu xạ tia X (XRD)', group: 'phat-tia-x' },
  { type: 'soi-bo-mach', label: 'Soi kiểm tra bo mạch', group: 'phat-tia-x' },
  { type: 'kinh-hien-vi-dien-tu', label: 'Soi hiển vi điện tử', group: 'phat-tia-x' },
  { type: 'soi-chieu-an-ninh', label: 'Soi chiếu kiểm tra an ninh', group: 'phat-tia-x' },
]);

export const RADIATION_DEVICE_TYPES_SOURCE = DIEU2_KHOAN_12C;

export const RADIATION_DEVICE_TYPE_KEYS = RADIATION_DEVICE_TYPES.map((d) => d.type) as [string, ...string[]];

export function radiationDeviceType(type: string): RadiationDeviceType | undefined {
  return RADIATION_DEVICE_TYPES.find((d) => d.type === type);
}

/** Where a device stands in its life (the inventory). */
export const DEVICE_STATUSES = ['in_use', 'stored', 'moved', 'disposed'] as const;
export type DeviceStatus = (typeof DEVICE_STATUSES)[number];
export const deviceStatusLabels: Readonly<Record<DeviceStatus, string>> = Object.freeze({
  in_use: 'Đang sử dụng',
  stored: 'Lưu kho',
  moved: 'Đã chuyển đi',
  disposed: 'Đã thanh lý',
});
