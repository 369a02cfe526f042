import { formatDate, formatDuration, formatVnd } from '@skhcn/ui';
import type { ProcedureView } from '../api-types';

type LegalSource = ProcedureView['legalBasis'][number];

/** "Nghị định 37/2026/NĐ-CP, Điều 66 khoản 2" */
export function formatLegalSource(source: LegalSource): string {
  return source.article ? `${source.document}, ${source.article}` : source.document;
}

/** "5 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ" */
export function formatProcessingTime(p: Pick<ProcedureView, 'processingTime'>): string {
  const base = formatDuration(p.processingTime);
  return p.processingTime.from ? `${base} kể từ ${p.processingTime.from}` : base;
}

/** "Từ 01/07/2026" or "Từ 01/01/2024 đến hết 30/06/2026" */
export function formatEffective(p: Pick<ProcedureView, 'effectiveFrom' | 'effectiveTo'>): string {
  const from = `Từ ${formatDate(p.effectiveFrom)}`;
  return p.effectiveTo ? `${from} đến hết ${formatDate(p.effectiveTo)}` : from;
}

export function formatValidity(p: Pick<ProcedureView, 'validity'>): string | undefined {
  const v = p.validity;
  if (!v) return undefined;
  const parts: string[] = [];
  if (v.years) parts.push(`${v.years} năm`);
  if (v.months) parts.push(`${v.months} tháng`);
  const head = parts.join(' ');
  return [head, v.note].filter(Boolean).join('. ');
}

export function formatFees(p: Pick<ProcedureView, 'fees' | 'free' | 'feeNote'>): string {
  if (p.fees.length === 0) return p.free ? 'Không thu phí, lệ phí' : (p.feeNote ?? 'Không thu phí, lệ phí');
  return p.fees
    .map((f) => `${f.label}: ${formatVnd(f.amount)}${f.per ? `/${f.per}` : ''} (${f.kind})`)
    .join('; ');
}
