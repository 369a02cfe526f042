import { Badge } from '@skhcn/ui';
import type { DossierView } from '../api-types';
import { deadlineState, statusLabel, statusTone } from '../format/dossier-format';

export function StatusBadge({ status }: { status: number }) {
  return <Badge tone={statusTone(status)}>{statusLabel(status)}</Badge>;
}

/** Colour and words together: "Quá hạn 2 ngày làm việc" in red. */
export function DeadlineBadge({
  view,
}: {
  view: Parameters<typeof deadlineState>[0] & Partial<DossierView>;
}) {
  const s = deadlineState(view);
  return <Badge tone={s.tone}>{s.text}</Badge>;
}
