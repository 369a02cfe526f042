// The multi-device discount of the radiation appraisal fee (phí thẩm định), TT 287/2016/TT-BTC. The per-device rates
// themselves are the procedure catalog's fees (radiation.data.ts); this is the ratio applied to each of them.
import type { LegalSource } from '../legal-source';
import { TT_287_2016_DISCOUNT } from './licensing-sources.data';

export interface DiscountBand {
  /** inclusive; `maxDevices` omitted means "or more" */
  minDevices: number;
  maxDevices?: number;
  /** share of the table rate charged per device */
  ratio: number;
  label: string;
}

export const RADIATION_DISCOUNT_BANDS: readonly DiscountBand[] = Object.freeze([
  { minDevices: 1, maxDevices: 1, ratio: 1, label: '1 thiết bị: 100% mức phí' },
  { minDevices: 2, maxDevices: 3, ratio: 0.95, label: 'Từ 2 đến 3 thiết bị: 95% mức phí' },
  { minDevices: 4, maxDevices: 5, ratio: 0.9, label: 'Từ 4 đến 5 thiết bị: 90% mức phí' },
  { minDevices: 6, ratio: 0.85, label: 'Từ 6 thiết bị trở lên: 85% mức phí' },
]);

export const RADIATION_DISCOUNT_SOURCE: LegalSource = TT_287_2016_DISCOUNT;
