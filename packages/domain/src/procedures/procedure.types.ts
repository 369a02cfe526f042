// Types of the procedure catalog (re-exported by ./index, which is the contract).
import type { LegalSource } from '../legal-source';

export type TimeUnit = 'working_days' | 'calendar_days';
export interface Duration {
  amount: number;
  unit: TimeUnit;
}

/** A duration with the rule it comes from. */
export type SourcedDuration = Duration & { source?: LegalSource; note?: string };

export interface ProcedureStep {
  key: string;
  name: string;
  duration?: Duration;
  source?: LegalSource;
  /** Who acts in this step: the receiving body or the applicant (e.g. supplementing a dossier). */
  actor?: 'agency' | 'applicant';
}

export interface DossierComponent {
  key: string;
  name: string;
  /** e.g. "Mẫu 1 Phụ lục VII Nghị định 37/2026/NĐ-CP" */
  form?: string;
  required: boolean;
  /** When the component applies, e.g. "Trường hợp công bố dựa trên kết quả tự đánh giá" */
  when?: string;
  /**
   * The same condition as data, when the system can judge it: the dossier's answers that make the component apply,
   * e.g. `{ basis: ['self_assessment'] }` or `{ riskClass: ['medium'], basis: ['self_assessment'] }` (every key must
   * match). A component with `when` but without `appliesWhen` is left to the officer's judgement.
   */
  appliesWhen?: Readonly<Record<string, readonly string[]>>;
  /** How sure we are of this component (defaults to the version's confidence) */
  confidence?: 'H' | 'M' | 'L';
  note?: string;
}

export interface Fee {
  label: string;
  /** VND */
  amount: number;
  kind: 'phí' | 'lệ phí';
  source: LegalSource;
  /** Stable key for lookup, e.g. "ct", "first-issue" */
  key?: string;
  /** Unit the amount is charged per, e.g. "thiết bị" */
  per?: string;
  /** Derived fee: `ratio` of the fee `feeKey` of procedure `code` (e.g. renewal = 75% of the new-licence fee) */
  ratioOf?: { code: string; feeKey: string; ratio: number };
  note?: string;
}

/** The applicant's own filing deadline (e.g. declare within 10 working days of the event). */
export interface FilingDeadline extends Duration {
  /** Vietnamese description of what the time is counted from / before */
  rule: string;
  source: LegalSource;
}

export interface ProvincialOverride {
  /** Province id, e.g. "ho-chi-minh" */
  province: string;
  processingTime?: Duration;
  source: LegalSource;
  note?: string;
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
  /** The body that receives the dossier, e.g. "Sở Khoa học và Công nghệ", "Chi cục Tiêu chuẩn Đo lường Chất lượng" */
  receivingBody?: string;
  legalBasis: LegalSource[];
  processingTime: Duration & { source: LegalSource; from?: string };
  /** Completeness check time, time the applicant has to supplement, etc. */
  completenessCheck?: SourcedDuration;
  supplementLimit?: SourcedDuration;
  /** Deadline the applicant must meet to file (declarations, renewals) */
  filingDeadline?: FilingDeadline;
  steps: ProcedureStep[];
  components: DossierComponent[];
  fees: Fee[];
  /** Why `fees` is empty or incomplete, e.g. "Không thu phí" or "Mức phí chưa xác minh" */
  feeNote?: string;
  /** The sources say no fee or charge is collected (not merely silent): no payment can be requested */
  free?: true;
  outcome: { document: string; form?: string };
  validity?: { years?: number; months?: number; note?: string; source?: LegalSource };
  effectiveFrom: string;
  /** inclusive last day; omitted while in force */
  effectiveTo?: string;
  /** regime label shown on screens, e.g. "TT 28/2012 (nhóm 2)" or "NĐ 37/2026 (rủi ro)" */
  regime?: string;
  confidence: 'H' | 'M' | 'L';
  /** Provincial override: values that replace the national ones, with their source */
  override?: ProvincialOverride;
  /** Alternatives found in other sources, unverified points, reasons for a date */
  notes?: string[];
}
