import { Badge } from '@skhcn/ui';
import { ITEM_TONES } from '../format/dti-format';

const LABELS: Record<string, string> = {
  empty: 'Chưa nhập',
  draft: 'Bản nháp',
  submitted: 'Chờ thẩm định',
  returned: 'Bị trả lại',
  accepted: 'Đã chấp nhận',
};

/** The status of an item as a badge (text, not colour alone). */
export function ItemStatus({ status }: { status: string }) {
  return <Badge tone={ITEM_TONES[status] ?? 'neutral'}>{LABELS[status] ?? status}</Badge>;
}
