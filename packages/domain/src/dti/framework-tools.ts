// Working on a framework: what is still missing or inconsistent (shown to the CĐS team), whether a cycle may open
// with it, copying a year into the next, and the flat rows of the Excel sheet the team edits and imports.
import { normalizeVietnamese } from '../text';
import {
  DTI_METHOD_KINDS,
  dtiMethodLabels,
  parseDtiFramework,
  type DtiComponent,
  type DtiFramework,
  type DtiFrameworkIssue,
  type DtiIndicator,
  type DtiMethod,
  type DtiMethodKind,
} from './framework.schema';
import { dtiLayout } from './results';
import { must } from '../must';

const vn = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

export interface DtiFrameworkStats {
  pillars: number;
  indicators: number;
  components: number;
  /** Sum of the components' maxima */
  max: number;
  /** Components whose row is marked verified */
  verifiedComponents: number;
  /** Indicators with no component rows yet */
  indicatorsWithoutComponents: number;
}

export function dtiFrameworkStats(framework: DtiFramework): DtiFrameworkStats {
  const layout = dtiLayout(framework);
  return {
    pillars: framework.pillars.length,
    indicators: layout.indicators.length,
    components: layout.components.length,
    max: layout.max,
    verifiedComponents: layout.components.filter((c) => c.verified === true).length,
    indicatorsWithoutComponents: layout.indicators.filter((i) => i.indicator.components.length === 0).length,
  };
}

/**
 * What the CĐS team should know before using a framework (Vietnamese, one line each): indicators without component
 * rows, counts and maxima that differ from what the source document declares, rows not verified.
 */
export function dtiFrameworkWarnings(framework: DtiFramework): string[] {
  const warnings: string[] = [];
  const layout = dtiLayout(framework);
  for (const { indicator, max } of layout.indicators) {
    const label = `Chỉ số “${indicator.id} ${indicator.name}”`;
    const n = indicator.components.length;
    if (n === 0) {
      const declared = [
        indicator.declaredComponentCount !== undefined
          ? `${indicator.declaredComponentCount} chỉ số thành phần`
          : undefined,
        indicator.declaredMax !== undefined ? `${vn.format(indicator.declaredMax)} điểm` : undefined,
      ].filter(Boolean);
      warnings.push(
        `${label} chưa có chỉ số thành phần${declared.length ? ` (theo văn bản: ${declared.join(', ')})` : ''}: Tổ CĐS cần nhập.`,
      );
      continue;
    }
    if (indicator.declaredComponentCount !== undefined && indicator.declaredComponentCount !== n)
      warnings.push(`${label} có ${n} chỉ số thành phần, văn bản nêu ${indicator.declaredComponentCount}.`);
    if (indicator.declaredMax !== undefined && Math.abs(indicator.declaredMax - max) > 1e-9)
      warnings.push(
        `${label}: tổng điểm các chỉ số thành phần là ${vn.format(max)}, văn bản nêu ${vn.format(indicator.declaredMax)}.`,
      );
  }
  if (
    framework.declaredMax !== undefined &&
    layout.components.length > 0 &&
    Math.abs(framework.declaredMax - layout.max) > 1e-9
  )
    warnings.push(
      `Tổng điểm tối đa của các chỉ số thành phần là ${vn.format(layout.max)}, văn bản nêu ${vn.format(framework.declaredMax)}.`,
    );
  const unverified = layout.components.filter((c) => c.verified !== true).length;
  if (unverified > 0)
    warnings.push(
      `${unverified}/${layout.components.length} chỉ số thành phần chưa được xác minh với văn bản gốc.`,
    );
  return warnings;
}

/** Why a cycle cannot open with this framework, or undefined. */
export function dtiFrameworkOpenProblem(framework: DtiFramework): string | undefined {
  const layout = dtiLayout(framework);
  if (layout.components.length === 0 || layout.max <= 0)
    return 'Bộ chỉ số chưa có chỉ số thành phần nào được tính điểm; hãy nhập các chỉ số thành phần trước khi mở kỳ đánh giá.';
  return undefined;
}

/** A copy for another year (the next cycle's framework, edited before that cycle opens). */
export function copyDtiFramework(
  framework: DtiFramework,
  target: { id: string; year: number; name?: string },
): DtiFramework {
  const copy = structuredClone(framework);
  copy.id = target.id;
  copy.year = target.year;
  copy.name = target.name ?? framework.name?.replace(String(framework.year), String(target.year));
  if (copy.name === undefined) delete copy.name;
  return copy;
}

/** The Excel sheet's columns, in order. */
export const DTI_FRAMEWORK_COLUMNS = [
  'Mã trụ cột',
  'Tên trụ cột',
  'Mã chỉ số',
  'Tên chỉ số',
  'Mã chỉ số thành phần',
  'Tên chỉ số thành phần',
  'Điểm tối đa',
  'Cách tính',
  'Tham số cách tính',
  'Đã xác minh',
  'Văn bản nguồn',
  'Ghi chú',
] as const;

export type DtiFrameworkRow = (string | number)[];

function methodParameter(method: DtiMethod): string | number {
  if (method.kind === 'target') return method.target;
  if (method.kind === 'bands') return method.bands.map((b) => `${b.from}:${b.points}`).join('; ');
  return '';
}

/** One row per component (and one per indicator that has none yet), in the columns of DTI_FRAMEWORK_COLUMNS. */
export function dtiFrameworkRows(framework: DtiFramework): DtiFrameworkRow[] {
  const rows: DtiFrameworkRow[] = [];
  for (const p of framework.pillars)
    for (const i of p.indicators) {
      const head = [p.id, p.name, i.id, i.name];
      if (i.components.length === 0)
        rows.push([...head, '', '', '', '', '', '', i.source ?? '', i.note ?? '']);
      for (const c of i.components)
        rows.push([
          ...head,
          c.id,
          c.name,
          c.max,
          dtiMethodLabels[c.method.kind],
          methodParameter(c.method),
          c.verified ? 'Có' : 'Không',
          c.source ?? '',
          c.note ?? '',
        ]);
    }
  return rows;
}

const fold = (s: string) => normalizeVietnamese(s).replace(/\s+/g, ' ').trim();

function methodKindOf(cell: string): DtiMethodKind | undefined {
  const folded = fold(cell);
  return DTI_METHOD_KINDS.find((k) => k === folded.replace(/ /g, '_') || fold(dtiMethodLabels[k]) === folded);
}

function toNumber(cell: unknown): number | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : undefined;
  if (typeof cell !== 'string' || cell.trim() === '') return undefined;
  const n = Number(cell.trim().replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}

const cellText = (cell: unknown) =>
  typeof cell === 'string'
    ? cell.trim()
    : typeof cell === 'number' || typeof cell === 'boolean'
      ? String(cell)
      : '';

/**
 * A framework from the rows of the Excel sheet (header row excluded) and the framework's id, year, level and name.
 * Declared maxima and counts are kept from `previous` (the framework being replaced) by indicator id. The problems name
 * the sheet's row numbers (the header is row 1).
 */
export function dtiFrameworkFromRows(
  meta: Pick<DtiFramework, 'id' | 'year' | 'level'> & Partial<DtiFramework>,
  rows: readonly (readonly unknown[])[],
  previous?: DtiFramework,
): { success: true; data: DtiFramework } | { success: false; issues: DtiFrameworkIssue[] } {
  const issues: DtiFrameworkIssue[] = [];
  const declared = new Map<string, DtiIndicator>();
  for (const p of previous?.pillars ?? []) for (const i of p.indicators) declared.set(i.id, i);
  const pillars: DtiFramework['pillars'] = [];
  rows.forEach((raw, r) => {
    const line = r + 2;
    const cells = DTI_FRAMEWORK_COLUMNS.map((_, i) => raw[i]);
    if (cells.every((c) => cellText(c) === '')) return;
    const [pillarId, pillarName, indicatorId, indicatorName, componentId, componentName] =
      cells.map(cellText);
    if (!pillarId || !indicatorId) {
      issues.push({ path: `dòng ${line}`, message: `Dòng ${line}: thiếu mã trụ cột hoặc mã chỉ số.` });
      return;
    }
    let pillar = pillars.find((p) => p.id === pillarId);
    if (!pillar) {
      pillar = { id: pillarId, name: pillarName ?? '', indicators: [] };
      pillars.push(pillar);
    }
    let indicator = pillar.indicators.find((i) => i.id === indicatorId);
    if (!indicator) {
      const before = declared.get(indicatorId);
      indicator = {
        id: indicatorId,
        name: indicatorName ?? '',
        components: [],
        ...(before?.declaredMax !== undefined ? { declaredMax: before.declaredMax } : {}),
        ...(before?.declaredComponentCount !== undefined
          ? { declaredComponentCount: before.declaredComponentCount }
          : {}),
        ...(before?.verified !== undefined ? { verified: before.verified } : {}),
      };
      pillar.indicators.push(indicator);
    }
    if (!componentId) return;
    const max = toNumber(cells[6]);
    const kind = methodKindOf(cellText(cells[7]));
    if (max === undefined)
      issues.push({ path: `dòng ${line}`, message: `Dòng ${line}: điểm tối đa phải là một số.` });
    if (!kind)
      issues.push({
        path: `dòng ${line}`,
        message: `Dòng ${line}: cách tính “${cellText(cells[7])}” không hợp lệ (${DTI_METHOD_KINDS.map((k) => dtiMethodLabels[k]).join(', ')}).`,
      });
    if (max === undefined || !kind) return;
    let method: DtiMethod;
    if (kind === 'target') {
      const target = toNumber(cells[8]);
      if (target === undefined) {
        issues.push({
          path: `dòng ${line}`,
          message: `Dòng ${line}: cách tính theo chỉ tiêu cần chỉ tiêu (một số).`,
        });
        return;
      }
      method = { kind, target };
    } else if (kind === 'bands') {
      const bands = cellText(cells[8])
        .split(';')
        .filter((part) => part.trim() !== '')
        .map((part) => part.split(':').map((x) => toNumber(x)));
      if (
        bands.length === 0 ||
        bands.some((b) => b.length !== 2 || b[0] === undefined || b[1] === undefined)
      ) {
        issues.push({
          path: `dòng ${line}`,
          message: `Dòng ${line}: cách tính theo mức cần các mức dạng “ngưỡng:điểm; …”, ví dụ “0:0; 50:5; 80:10”.`,
        });
        return;
      }
      method = {
        kind,
        bands: bands.map(([from, points]) => ({ from: must(from, 'from'), points: must(points, 'points') })),
      };
    } else method = { kind };
    const verifiedCell = fold(cellText(cells[9]));
    const component: DtiComponent = {
      id: componentId,
      name: componentName ?? '',
      max,
      method,
      verified: ['co', 'x', 'true', '1', 'da xac minh'].includes(verifiedCell),
    };
    const source = cellText(cells[10]);
    const note = cellText(cells[11]);
    if (source) component.source = source;
    if (note) component.note = note;
    indicator.components.push(component);
  });
  if (issues.length > 0) return { success: false, issues };
  const { id, year, level, ...rest } = meta;
  return parseDtiFramework({ ...rest, id, year, level, pillars });
}
