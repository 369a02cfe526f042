// Councils (hội đồng tư vấn) as data: the roles, the composition models and their quorum. The rules under the 2025
// law were not found; the older national models are the marked defaults (confidence L/M, as remembered) and the
// department may configure its own model.
import type { LegalSource } from '../legal-source';
import { DEPARTMENT_CONFIGURATION, TT_10_2014, TT_11_2014 } from './science-sources.data';

export const COUNCIL_ROLES = ['chair', 'vice_chair', 'reviewer', 'secretary', 'member'] as const;
export type CouncilRole = (typeof COUNCIL_ROLES)[number];

export const councilRoleLabels: Record<CouncilRole, string> = {
  chair: 'Chủ tịch hội đồng',
  vice_chair: 'Phó Chủ tịch hội đồng',
  reviewer: 'Ủy viên phản biện',
  secretary: 'Ủy viên thư ký khoa học',
  member: 'Ủy viên',
};

export const COUNCIL_KINDS = ['selection', 'acceptance'] as const;
/** selection: tuyển chọn, giao trực tiếp (members score applications); acceptance: đánh giá, nghiệm thu */
export type CouncilKind = (typeof COUNCIL_KINDS)[number];

export const councilKindLabels: Record<CouncilKind, string> = {
  selection: 'Hội đồng tư vấn tuyển chọn, giao trực tiếp',
  acceptance: 'Hội đồng tư vấn đánh giá, nghiệm thu',
};

/** Who must be present for the council to decide: a share of all members, and some roles among them. */
export interface QuorumRule {
  /** at least numerator/denominator of the members (2/3: present × 3 ≥ members × 2) */
  minPresent: { numerator: number; denominator: number };
  /** at least one member holding one of these roles is present (chair or vice-chair) */
  oneOf: readonly CouncilRole[];
  /** every member holding one of these roles is present (the reviewers) */
  allOf: readonly CouncilRole[];
  source: LegalSource;
}

export interface CouncilCompositionModel {
  id: string;
  label: string;
  kinds: readonly CouncilKind[];
  size: { min: number; max: number };
  /** how many members may hold each role (max null: no limit) */
  roles: Readonly<Record<CouncilRole, { min: number; max: number | null }>>;
  quorum: QuorumRule;
  source: LegalSource;
}

const NATIONAL_ROLES = {
  chair: { min: 1, max: 1 },
  vice_chair: { min: 1, max: 1 },
  reviewer: { min: 2, max: 2 },
  secretary: { min: 1, max: 1 },
  member: { min: 0, max: null },
} as const;

const TWO_THIRDS_WITH_CHAIR_AND_REVIEWERS: QuorumRule = {
  minPresent: { numerator: 2, denominator: 3 },
  oneOf: ['chair', 'vice_chair'],
  allOf: ['reviewer'],
  source: TT_10_2014,
};

export const COUNCIL_COMPOSITION_MODELS: readonly CouncilCompositionModel[] = [
  {
    id: 'national-2014-selection',
    label: 'Mô hình quốc gia cũ: hội đồng tuyển chọn 9 thành viên (TT 10/2014, như ghi nhớ, chưa đọc lại)',
    kinds: ['selection'],
    size: { min: 9, max: 9 },
    roles: NATIONAL_ROLES,
    quorum: TWO_THIRDS_WITH_CHAIR_AND_REVIEWERS,
    source: TT_10_2014,
  },
  {
    id: 'national-2014-acceptance',
    label: 'Mô hình quốc gia cũ: hội đồng nghiệm thu 9 thành viên (TT 11/2014)',
    kinds: ['acceptance'],
    size: { min: 9, max: 9 },
    roles: NATIONAL_ROLES,
    quorum: { ...TWO_THIRDS_WITH_CHAIR_AND_REVIEWERS, source: { ...TT_11_2014, confidence: 'L' } },
    source: TT_11_2014,
  },
  {
    id: 'department-5-7',
    label: 'Hội đồng 5–7 thành viên (cấu hình của Sở)',
    kinds: ['selection', 'acceptance'],
    size: { min: 5, max: 7 },
    roles: { ...NATIONAL_ROLES, vice_chair: { min: 0, max: 1 } },
    quorum: { ...TWO_THIRDS_WITH_CHAIR_AND_REVIEWERS, source: DEPARTMENT_CONFIGURATION },
    source: {
      ...DEPARTMENT_CONFIGURATION,
      note: 'Hội đồng nhỏ cho nhiệm vụ cấp tỉnh: chủ tịch, có thể có phó chủ tịch, 2 ủy viên phản biện, thư ký khoa học và ủy viên; cùng quy tắc họp 2/3 như mô hình quốc gia cũ.',
    },
  },
];

/** The marked default model of each kind: the older national model (see its source's confidence). */
export const DEFAULT_COMPOSITION_MODEL: Readonly<Record<CouncilKind, string>> = {
  selection: 'national-2014-selection',
  acceptance: 'national-2014-acceptance',
};
