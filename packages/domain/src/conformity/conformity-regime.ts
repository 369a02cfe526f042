import { isoDateSchema, type LegalSource } from '../legal-source';
import { DomainError } from '../errors';
import { TDC_GROUP_REGIME_TO, TDC_RISK_REGIME_FROM } from '../procedures';
import {
  LUAT_78_2025,
  ND_132_2008,
  ND_154_2018,
  ND_37_2026,
  TT_02_2017_BKHCN,
  TT_28_2012_BKHCN,
  TT_36_2026_BKHCN,
} from './conformity-sources.data';

export type ConformityBasis = 'self_assessment' | 'registered_certifier' | 'designated_certifier';

export const conformityBasisLabels: Record<ConformityBasis, string> = {
  self_assessment: 'Kết quả tự đánh giá của tổ chức, cá nhân',
  registered_certifier: 'Kết quả chứng nhận của tổ chức chứng nhận đã đăng ký',
  designated_certifier: 'Kết quả chứng nhận của tổ chức chứng nhận được chỉ định',
};

/** 'group': group-2 goods of Nghị định 132/2008 and TT 28/2012; 'risk': low/medium/high risk of Nghị định 37/2026. */
export type ConformityRegime = 'group' | 'risk';
export type RiskClass = 'low' | 'medium' | 'high';

export const riskClassLabels: Record<RiskClass, string> = {
  low: 'Rủi ro thấp',
  medium: 'Rủi ro trung bình',
  high: 'Rủi ro cao',
};

export interface ConformityRegimeInfo {
  regime: ConformityRegime;
  label: string;
  /** first day (ISO) the regime applies; omitted when it applied before the catalog starts */
  from?: string;
  /** last day (ISO) the regime applies; omitted while it has no end */
  to?: string;
  /** bases a công bố hợp quy may rest on under this regime (for the risk regime, see RISK_CLASS_RULES) */
  regulationBases: readonly ConformityBasis[];
  source: LegalSource;
  sources: readonly LegalSource[];
}

export const CONFORMITY_REGIMES: Record<ConformityRegime, ConformityRegimeInfo> = {
  group: {
    regime: 'group',
    label: 'Sản phẩm, hàng hóa nhóm 2 (Thông tư 28/2012/TT-BKHCN)',
    to: TDC_GROUP_REGIME_TO,
    regulationBases: ['self_assessment', 'designated_certifier'],
    source: {
      ...TT_28_2012_BKHCN,
      article: 'Điều 12 khoản 1 (sửa đổi bởi Thông tư 02/2017/TT-BKHCN)',
      confidence: 'M',
      note: 'Công bố hợp quy dựa trên kết quả chứng nhận của tổ chức chứng nhận được chỉ định hoặc kết quả tự đánh giá; áp dụng đến hết 30/06/2026.',
    },
    sources: [TT_28_2012_BKHCN, TT_02_2017_BKHCN, ND_132_2008, ND_154_2018],
  },
  risk: {
    regime: 'risk',
    label: 'Quản lý theo mức độ rủi ro (Nghị định 37/2026/NĐ-CP)',
    from: TDC_RISK_REGIME_FROM,
    regulationBases: ['self_assessment', 'registered_certifier', 'designated_certifier'],
    source: {
      ...ND_37_2026,
      note: 'Phân loại sản phẩm, hàng hóa rủi ro thấp, trung bình, cao; áp dụng từ 01/07/2026.',
    },
    sources: [LUAT_78_2025, ND_37_2026, TT_36_2026_BKHCN],
  },
};

/** The regime a dossier follows, chosen by its receipt date (ISO): group 2 until 30/06/2026, risk classes from 01/07/2026. */
export function conformityRegimeOn(isoDate: string): ConformityRegimeInfo {
  const parsed = isoDateSchema.safeParse(isoDate);
  if (!parsed.success) {
    throw new DomainError('BAD_INPUT', `Ngày không hợp lệ (cần dạng YYYY-MM-DD): ${String(isoDate)}`, {
      value: isoDate,
    });
  }
  return isoDate >= TDC_RISK_REGIME_FROM ? CONFORMITY_REGIMES.risk : CONFORMITY_REGIMES.group;
}

export interface RiskClassRule {
  label: string;
  /** must the goods carry a công bố hợp quy before sale */
  regulationDeclarationRequired: boolean;
  /** bases the declaration may rest on (empty when none is required) */
  allowedBases: readonly ConformityBasis[];
  /** must imports be registered for state inspection (đăng ký kiểm tra nhà nước) */
  importInspectionRequired: boolean;
  source: LegalSource;
  importSource: LegalSource;
}

/** What each risk class requires from 01/07/2026 (Nghị định 37/2026/NĐ-CP). */
export const RISK_CLASS_RULES: Record<RiskClass, RiskClassRule> = {
  low: {
    label: riskClassLabels.low,
    regulationDeclarationRequired: false,
    allowedBases: [],
    importInspectionRequired: false,
    source: {
      ...LUAT_78_2025,
      note: 'Hàng hóa rủi ro thấp: người sản xuất tự công bố tiêu chuẩn áp dụng; không công bố hợp quy.',
    },
    importSource: {
      ...ND_37_2026,
      note: 'Hàng hóa rủi ro thấp nhập khẩu không phải kiểm tra nhà nước về chất lượng.',
      confidence: 'M',
    },
  },
  medium: {
    label: riskClassLabels.medium,
    regulationDeclarationRequired: true,
    allowedBases: ['self_assessment', 'registered_certifier', 'designated_certifier'],
    importInspectionRequired: false,
    source: {
      ...ND_37_2026,
      note: 'Công bố hợp quy dựa trên chứng nhận của tổ chức được công nhận, hoặc tự đánh giá dựa trên kết quả thử nghiệm của phòng thử nghiệm được công nhận/chỉ định.',
    },
    importSource: {
      ...ND_37_2026,
      article: 'Điều 82, Điều 86 khoản 5',
      note: 'Hàng hóa rủi ro trung bình nhập khẩu không kiểm tra nhà nước; công bố hợp quy trước khi lưu thông; các lô sau cùng loại không phải công bố lại.',
    },
  },
  high: {
    label: riskClassLabels.high,
    regulationDeclarationRequired: true,
    allowedBases: ['designated_certifier'],
    importInspectionRequired: true,
    source: {
      ...ND_37_2026,
      article: 'Điều 66 khoản 2',
      note: 'Công bố hợp quy dựa trên kết quả chứng nhận của tổ chức chứng nhận được chỉ định.',
    },
    importSource: {
      ...ND_37_2026,
      article: 'Điều 83',
      note: 'Đăng ký kiểm tra nhà nước về chất lượng hàng hóa rủi ro cao nhập khẩu (Mẫu 1 Phụ lục VII) kèm giấy chứng nhận hợp quy và ảnh nhãn.',
    },
  },
};
