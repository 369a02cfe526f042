// Điều 2 of the 2025 decision: the 29 duties of the department, their points, and the management fields.
import type { LegalSource } from '../legal-source';
import { dieu2Data } from './dieu2.data';
import { managementFieldsData } from './management-fields.data';

/** The field apps of the platform, plus the shell for cross-cutting duties. */
export type AppId = 'shell' | 'licensing' | 'conformity' | 'science' | 'dti';

/** A lettered point (điểm) of a khoản. Letters follow the Vietnamese legal sequence a b c d đ e g h i k l m n o p q r. */
export interface Dieu2Point {
  letter: string;
  text: string;
  /** Sub-items (1, 2, … or dashes) when the point has them, joined as the law reads. (No point of Điều 2 has any.) */
  items?: string[];
}

/** A duty (khoản) of Điều 2. */
export interface Dieu2Duty {
  khoan: number;
  /** The khoản's own text before its points (its title, e.g. "Về hoạt động khoa học, công nghệ và đổi mới sáng tạo:") */
  title: string;
  points: Dieu2Point[];
  /** Present for khoản 6–19, the management fields (lĩnh vực). */
  field?: ManagementField;
}

export interface ManagementField {
  khoan: number;
  /** Stable slug in code, e.g. "standards-metrology-quality" */
  slug: string;
  /** Short Vietnamese label for navigation, e.g. "Tiêu chuẩn, đo lường, chất lượng" */
  label: string;
  /** Apps that serve it now (empty when planned for later) */
  apps: AppId[];
}

/** A place where the data deliberately differs from the seed text (a misprint of the PDF extraction). */
export interface Dieu2Correction {
  khoan: number;
  /** 0-based position of the point inside the khoản */
  pointIndex: number;
  field: 'letter';
  /** what the seed file prints */
  seed: string;
  /** what the law reads */
  law: string;
  reason: string;
}

/**
 * The decision of Hải Phòng People's Committee of 30/06/2025. The seed (an extraction of the PDF) does not
 * carry the decision's number, so the document is named by issuer, date and title.
 */
export const dieu2Source: LegalSource = {
  document:
    'Quyết định của Ủy ban nhân dân thành phố Hải Phòng ngày 30/6/2025 quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Khoa học và Công nghệ thành phố Hải Phòng',
  article: 'Điều 2',
  date: '2025-06-30',
  confidence: 'H',
  note: 'Số hiệu quyết định không có trong bản trích (seed 000_506e4fc377eaf574.txt); hiệu lực từ ngày 01/7/2025 (Điều 5).',
};

/** The letters of lettered points in Vietnamese legal drafting: no f, j, s, w, z; đ follows d. */
export const VIETNAMESE_POINT_LETTERS: readonly string[] = Object.freeze([
  'a',
  'b',
  'c',
  'd',
  'đ',
  'e',
  'g',
  'h',
  'i',
  'k',
  'l',
  'm',
  'n',
  'o',
  'p',
  'q',
  'r',
]);

/** The corrections applied to the seed text, and nothing else. */
export const dieu2Corrections: readonly Dieu2Correction[] = Object.freeze([
  {
    khoan: 13,
    pointIndex: 4,
    field: 'letter',
    seed: 'd',
    law: 'đ',
    reason:
      'Bản trích in hai điểm "d)" liên tiếp ở khoản 13; điểm thứ năm ("Triển khai xây dựng các dự án dữ liệu của địa phương…") là điểm đ, như Thông tư 10/2025/TT-BKHCN.',
  },
]);

export const managementFields: readonly ManagementField[] = Object.freeze(
  managementFieldsData.map((f) => Object.freeze({ ...f, apps: [...f.apps] })),
);

const fieldByKhoan = new Map(managementFields.map((f) => [f.khoan, f]));
const fieldBySlug = new Map(managementFields.map((f) => [f.slug, f]));

export const dieu2: readonly Dieu2Duty[] = Object.freeze(
  dieu2Data.map((d): Dieu2Duty => {
    const field = fieldByKhoan.get(d.khoan);
    const duty: Dieu2Duty = {
      khoan: d.khoan,
      title: d.title,
      points: d.points.map((p) => ({ ...p })),
    };
    if (field) duty.field = field;
    return duty;
  }),
);

const dutyByKhoan = new Map(dieu2.map((d) => [d.khoan, d]));

export function findDuty(khoan: number): Dieu2Duty | undefined {
  return dutyByKhoan.get(khoan);
}

export function findFieldBySlug(slug: string): ManagementField | undefined {
  return fieldBySlug.get(slug);
}

/** Finds a point by khoản and letter, e.g. findPoint(11, 'g') for the quantity mark (dấu định lượng). */
export function findPoint(khoan: number, letter: string): Dieu2Point | undefined {
  return findDuty(khoan)?.points.find((p) => p.letter === letter);
}

/** Citation of a khoản (and optionally a point) of Điều 2, e.g. "Điều 2 khoản 11 điểm d". */
export function dieu2Citation(khoan: number, letter?: string): LegalSource {
  return {
    ...dieu2Source,
    article: letter ? `Điều 2 khoản ${khoan} điểm ${letter}` : `Điều 2 khoản ${khoan}`,
  };
}
