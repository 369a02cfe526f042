// CONTRACT (owned by the procedures helper): keep these exported names and shapes; extend freely.
import type { LegalSource } from '../legal-source';

export type TimeUnit = 'working_days' | 'calendar_days';
export interface Duration {
  amount: number;
  unit: TimeUnit;
}

export interface ProcedureStep {
  key: string;
  name: string;
  duration?: Duration;
  source?: LegalSource;
}

export interface DossierComponent {
  key: string;
  name: string;
  /** e.g. "Mẫu 1 Phụ lục VII Nghị định 37/2026/NĐ-CP" */
  form?: string;
  required: boolean;
}

export interface Fee {
  label: string;
  /** VND */
  amount: number;
  kind: 'phí' | 'lệ phí';
  source: LegalSource;
}

export interface ProcedureVersion {
  /** Stable code in this system, e.g. "tdc.hop-quy" */
  code: string;
  /** National procedure code where known, e.g. "1.004379" */
  nationalCode?: string;
  version: string;
  name: string;
  /** Khoản of Điều 2 */
  khoan: number;
  /** management field slug (see dieu2) */
  fieldSlug: string;
  /** which app serves it */
  app: 'licensing' | 'conformity' | 'science' | 'dti' | 'shell';
  legalBasis: LegalSource[];
  processingTime: Duration & { source: LegalSource; from?: string };
  /** Completeness check time, time the applicant has to supplement, etc. */
  completenessCheck?: Duration;
  supplementLimit?: Duration;
  steps: ProcedureStep[];
  components: DossierComponent[];
  fees: Fee[];
  outcome: { document: string; form?: string };
  validity?: { years?: number; months?: number; note?: string; source?: LegalSource };
  effectiveFrom: string;
  /** inclusive last day; omitted while in force */
  effectiveTo?: string;
  /** regime label shown on screens, e.g. "TT 28/2012 (nhóm 2)" or "NĐ 37/2026 (rủi ro)" */
  regime?: string;
  confidence: 'H' | 'M' | 'L';
  /** Provincial override: values that replace the national ones, with their source */
  override?: { province: string; processingTime?: Duration; source: LegalSource };
}

export declare const procedureCatalog: readonly ProcedureVersion[];
/** Distinct procedure codes in catalog order. */
export declare function procedureCodes(): string[];
/** All versions of a code, oldest first. */
export declare function procedureVersions(code: string): ProcedureVersion[];
/** The version in force on an ISO date; undefined when none. */
export declare function procedureInForce(code: string, onDate: string): ProcedureVersion | undefined;
export declare function proceduresByKhoan(khoan: number, onDate?: string): ProcedureVersion[];
