import { Badge } from '@skhcn/ui';
import type { RegisterStatus } from '../api-types';

const TONE: Record<RegisterStatus, 'success' | 'warning' | 'danger' | 'neutral'> = {
  in_force: 'success',
  expiring: 'warning',
  expired: 'neutral',
  revoked: 'danger',
  replaced: 'neutral',
};

/** A register entry's status as a badge (the label comes from the server, i.e. the domain). */
export function RegisterStatusBadge({ status, label }: { status: RegisterStatus; label: string }) {
  return <Badge tone={TONE[status]}>{label}</Badge>;
}
