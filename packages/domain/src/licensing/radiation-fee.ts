// The appraisal fee of a radiation licence dossier, as shown to the applicant before submitting: one line per device
// at the catalog's rate for the procedure version in force (renewal rates are already 75% of the new-licence rates),
// times the multi-device discount of the number of devices. A device type without a known rate stops the
// computation: no amount is invented.
import { DomainError } from '../errors';
import type { LegalSource } from '../legal-source';
import { findProcedureOrThrow } from '../procedures';
import { formatDong } from '../text';
import { radiationDeviceType } from './radiation-devices.data';
import { RADIATION_DISCOUNT_BANDS, RADIATION_DISCOUNT_SOURCE, type DiscountBand } from './radiation-fee.data';

export type RadiationFeeKind = 'new' | 'renewal';

export const RADIATION_FEE_PROCEDURE: Readonly<Record<RadiationFeeKind, string>> = Object.freeze({
  new: 'buc-xa.cap-giay-phep',
  renewal: 'buc-xa.gia-han-giay-phep',
});

export interface RadiationFeeInput {
  kind: RadiationFeeKind;
  devices: readonly { type: string }[];
  /** ISO date the rates are read for (the receipt date) */
  onDate: string;
}

export interface RadiationFeeLine {
  /** index of the device in the input */
  device: number;
  type: string;
  label: string;
  /** the catalog's rate for one device (VND) */
  rate: number;
  /** the multi-device discount ratio applied */
  ratio: number;
  /** what is charged for this device (VND, rounded to the đồng) */
  amount: number;
  source: LegalSource;
}

export interface RadiationFee {
  kind: RadiationFeeKind;
  procedureCode: string;
  procedureVersion: string;
  total: number;
  lines: RadiationFeeLine[];
  band: DiscountBand;
  discountSource: LegalSource;
}

/** The discount band for `count` devices. */
export function discountBandFor(count: number): DiscountBand {
  const band = RADIATION_DISCOUNT_BANDS.find(
    (b) => count >= b.minDevices && (b.maxDevices === undefined || count <= b.maxDevices),
  );
  if (!band) throw new DomainError('BAD_INPUT', 'Hồ sơ phải có ít nhất một thiết bị để tính phí thẩm định.');
  return band;
}

/**
 * radiationAppraisalFee({ kind, devices, onDate }) → { total, lines }: total is the sum of the lines. Throws
 * NO_FEE_RATE naming the device types that have no rate in the version in force on `onDate`.
 */
export function radiationAppraisalFee(input: RadiationFeeInput): RadiationFee {
  const procedure = findProcedureOrThrow(RADIATION_FEE_PROCEDURE[input.kind], input.onDate);
  const band = discountBandFor(input.devices.length);
  const missing = new Map<string, string>();
  const lines: RadiationFeeLine[] = [];
  input.devices.forEach((device, index) => {
    const fee = procedure.fees.find((f) => f.key === device.type);
    const label = radiationDeviceType(device.type)?.label ?? device.type;
    if (!fee) {
      missing.set(device.type, label);
      return;
    }
    lines.push({
      device: index,
      type: device.type,
      label: fee.label,
      rate: fee.amount,
      ratio: band.ratio,
      amount: Math.round(fee.amount * band.ratio),
      source: fee.source,
    });
  });
  if (missing.size > 0) {
    throw new DomainError(
      'NO_FEE_RATE',
      `Chưa có mức phí thẩm định cho loại thiết bị: ${[...missing.values()].join('; ')} (thủ tục “${procedure.name}”, phiên bản ${procedure.version}). Hệ thống không tự đặt mức phí; Bộ phận một cửa sẽ thông báo mức phí khi có văn bản quy định.`,
      {
        deviceTypes: [...missing.keys()],
        procedureCode: procedure.code,
        procedureVersion: procedure.version,
      },
    );
  }
  return {
    kind: input.kind,
    procedureCode: procedure.code,
    procedureVersion: procedure.version,
    total: lines.reduce((sum, l) => sum + l.amount, 0),
    lines,
    band,
    discountSource: RADIATION_DISCOUNT_SOURCE,
  };
}

/** "3.000.000 đ × 95% = 2.850.000 đ" for a fee line. */
export function describeFeeLine(line: RadiationFeeLine): string {
  return `${formatDong(line.rate)} × ${Math.round(line.ratio * 100)}% = ${formatDong(line.amount)}`;
}
