// How the TĐC screens word a receipt notice: its status in the public registry, its PDF and verification page.
import { declarationStatusLabels } from '@skhcn/domain';
import type { BadgeProps } from '@skhcn/ui';
import type { RegistryStatus } from '../api-types';

export const registryStatusTone: Record<RegistryStatus, NonNullable<BadgeProps['tone']>> = {
  in_force: 'success',
  expired: 'neutral',
  revoked: 'danger',
};

/** Còn hiệu lực / Hết hiệu lực / Đã bị thu hồi: the domain's labels, the same the server sends. */
export const registryStatusLabels: Record<RegistryStatus, string> = declarationStatusLabels;

export function noticePdfUrl(noticeNumber: string): string {
  return `/api/public/notices/${encodeURIComponent(noticeNumber)}.pdf`;
}

/** The public verification page a notice's QR code opens. */
export function verificationPath(noticeNumber: string): string {
  return `/tra-cuu/thong-bao/${encodeURIComponent(noticeNumber)}`;
}
