// CONTRACT (owned by the Điều 2 helper): keep these exported names and shapes; extend freely.
import type { LegalSource } from '../legal-source';

/** The field apps of the platform, plus the shell for cross-cutting duties. */
export type AppId = 'shell' | 'licensing' | 'conformity' | 'science' | 'dti';

/** A lettered point (điểm) of a khoản. Letters follow the Vietnamese legal sequence a b c d đ e g h i k l m n o p q r. */
export interface Dieu2Point {
  letter: string;
  text: string;
  /** Sub-items (1, 2, … or dashes) when the point has them, joined as the law reads. */
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

export declare const dieu2Source: LegalSource;
export declare const dieu2: readonly Dieu2Duty[];
export declare const managementFields: readonly ManagementField[];
export declare function findDuty(khoan: number): Dieu2Duty | undefined;
export declare function findFieldBySlug(slug: string): ManagementField | undefined;
export declare const VIETNAMESE_POINT_LETTERS: readonly string[];
