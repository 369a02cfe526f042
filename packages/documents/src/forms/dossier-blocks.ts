import { field, type Block } from '../layout/document-layout';
import type { Applicant } from './common.schema';

/** The applicant's particulars as the one-stop forms list them. */
export function applicantBlocks(applicant: Applicant, label = 'Tổ chức, cá nhân'): Block[] {
  return [
    ...field(label, applicant.name),
    ...field('Địa chỉ', applicant.address),
    ...field('Số điện thoại', applicant.phone),
    ...field('Thư điện tử', applicant.email),
  ];
}

/** A numbered list, one paragraph per item: "1. …", "2. …". */
export function numbered(items: readonly string[]): Block[] {
  return items.map((text, i) => ({
    kind: 'paragraph',
    runs: [`${i + 1}. ${text}`],
    align: 'justify',
    indent: true,
  }));
}

/** A duration as the forms write it: "15 ngày làm việc". */
export function formatDuration(d: { amount: number; unit: 'working_days' | 'calendar_days' }): string {
  return `${String(d.amount).padStart(2, '0')} ${d.unit === 'working_days' ? 'ngày làm việc' : 'ngày'}`;
}
