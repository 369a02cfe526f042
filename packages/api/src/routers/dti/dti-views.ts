// What the DTI router answers: frameworks, cycles, items and evidence as the screens show them (labels in Vietnamese,
// scores computed by the domain).
import type { DtiCycleRow, DtiEvidenceRow, DtiFrameworkSummaryRow, DtiInputRow, FileRow } from '@skhcn/db';
import {
  checkDtiValue,
  dtiCycleStatusLabels,
  dtiFrameworkOpenProblem,
  dtiFrameworkStats,
  dtiFrameworkWarnings,
  dtiImputationDisclosures,
  dtiImputationLabels,
  dtiItemStatusLabels,
  dtiLevelLabels,
  formatDtiValue,
  pointsOf,
  shippedDtiFramework,
  type DtiComponent,
  type DtiCycleStatus,
  type DtiFramework,
  type DtiFrameworkStats,
  type DtiImputationRule,
  type DtiItemStatus,
  type DtiLevel,
  type DtiValue,
  type LegalSource,
} from '@skhcn/domain';

export interface DtiFrameworkSummary {
  id: string;
  year: number;
  level: DtiLevel;
  levelLabel: string;
  name: string;
  shipped: boolean;
  sample: boolean;
  version: number;
  /** A cycle using it has opened: edits are refused (FRAMEWORK_LOCKED) */
  locked: boolean;
  updatedAt: string;
  stats: DtiFrameworkStats;
  /** Why a cycle cannot open with it yet, if so */
  openProblem: string | null;
}

export interface DtiFrameworkDetail extends DtiFrameworkSummary {
  framework: DtiFramework;
  warnings: string[];
  /** The legal source of a shipped framework */
  legalSource: LegalSource | null;
}

export function frameworkSummary(row: DtiFrameworkSummaryRow): DtiFrameworkSummary {
  const f = row.data;
  return {
    id: row.id,
    year: row.year,
    level: f.level,
    levelLabel: dtiLevelLabels[f.level],
    name: row.name,
    shipped: row.shipped,
    sample: f.sample === true,
    version: row.version,
    locked: row.locked,
    updatedAt: row.updatedAt.toISOString(),
    stats: dtiFrameworkStats(f),
    openProblem: dtiFrameworkOpenProblem(f) ?? null,
  };
}

export function frameworkDetail(row: DtiFrameworkSummaryRow): DtiFrameworkDetail {
  return {
    ...frameworkSummary(row),
    framework: row.data,
    warnings: dtiFrameworkWarnings(row.data),
    legalSource: row.shipped ? (shippedDtiFramework(row.id)?.legalSource ?? null) : null,
  };
}

export interface DtiCycleView {
  id: string;
  year: number;
  level: DtiLevel;
  levelLabel: string;
  name: string;
  frameworkId: string;
  deadline: string;
  imputation: DtiImputationRule;
  imputationLabel: string;
  imputationDisclosure: string;
  status: DtiCycleStatus;
  statusLabel: string;
  version: number;
  openedAt: string;
  closedAt: string | null;
}

export function cycleView(row: DtiCycleRow): DtiCycleView {
  const imputation = row.imputation as DtiImputationRule;
  const status = row.status as DtiCycleStatus;
  const level = row.level as DtiLevel;
  return {
    id: row.id,
    year: row.year,
    level,
    levelLabel: dtiLevelLabels[level],
    name: row.name,
    frameworkId: row.frameworkId,
    deadline: row.deadline,
    imputation,
    imputationLabel: dtiImputationLabels[imputation],
    imputationDisclosure: dtiImputationDisclosures[imputation],
    status,
    statusLabel: dtiCycleStatusLabels[status],
    version: row.version,
    openedAt: row.openedAt.toISOString(),
    closedAt: row.closedAt?.toISOString() ?? null,
  };
}

export interface DtiEvidenceView {
  id: string;
  documentNumber: string | null;
  title: string;
  issuedOn: string | null;
  summary: string | null;
  url: string | null;
  file: { id: string; originalName: string; mime: string; size: number; downloadUrl: string } | null;
}

export function evidenceView(row: DtiEvidenceRow, files: ReadonlyMap<string, FileRow>): DtiEvidenceView {
  const file = row.fileId ? files.get(row.fileId) : undefined;
  return {
    id: row.id,
    documentNumber: row.documentNumber,
    title: row.title,
    issuedOn: row.issuedOn,
    summary: row.summary,
    url: row.url,
    file: file
      ? {
          id: file.id,
          originalName: file.originalName,
          mime: file.mime,
          size: file.size,
          downloadUrl: `/api/files/${file.id}`,
        }
      : null,
  };
}

/** Points of a stored value for the component (null when it no longer fits the method). */
export function storedPoints(component: DtiComponent, value: unknown): number | null {
  const check = checkDtiValue(component.method, value);
  return check.ok ? pointsOf(component.method, component.max, check.value) : null;
}

export interface DtiItemView {
  unitId: string;
  componentId: string;
  status: DtiItemStatus;
  statusLabel: string;
  value: DtiValue;
  valueText: string;
  note: string | null;
  /** Self-assessed: the points of the unit's value */
  selfPoints: number | null;
  /** The reviewer's value when it differs from the unit's */
  appraisedValue: DtiValue | null;
  appraisedValueText: string | null;
  /** Appraised: the points the reviewer accepted (null until accepted) */
  appraisedPoints: number | null;
  reviewComment: string | null;
  returnCount: number;
  version: number;
  updatedAt: string;
  submittedAt: string | null;
  reviewedAt: string | null;
  evidence: DtiEvidenceView[];
}

export function itemView(
  row: DtiInputRow,
  component: DtiComponent,
  evidence: readonly DtiEvidenceRow[],
  files: ReadonlyMap<string, FileRow>,
): DtiItemView {
  const status = row.status as DtiItemStatus;
  const value = row.value as DtiValue;
  const appraisedValue = (row.appraisedValue ?? null) as DtiValue | null;
  return {
    unitId: row.unitId,
    componentId: row.componentId,
    status,
    statusLabel: dtiItemStatusLabels[status],
    value,
    valueText: formatDtiValue(component.method, value),
    note: row.note,
    selfPoints: storedPoints(component, value),
    appraisedValue,
    appraisedValueText: appraisedValue === null ? null : formatDtiValue(component.method, appraisedValue),
    appraisedPoints: status === 'accepted' ? storedPoints(component, appraisedValue ?? value) : null,
    reviewComment: row.reviewComment,
    returnCount: row.returnCount,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    submittedAt: row.submittedAt?.toISOString() ?? null,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    evidence: evidence.map((e) => evidenceView(e, files)),
  };
}
