// The licensing procedures this router serves, the unit each field is routed to, and the public verification path.
import {
  DomainError,
  LICENSING_PROCEDURE_CODES,
  routeProcedureOrThrow,
  type LicenceField,
} from '@skhcn/domain';
import { organisation, staffCan, isApplicantUser } from '../../one-stop';
import type { SessionUser } from '../../context';

export const LICENSING_CODES = LICENSING_PROCEDURE_CODES as [string, ...string[]];

export function fieldOfCode(code: string): LicenceField {
  return code.startsWith('buc-xa.') ? 'radiation' : 'postal';
}

/** The unit that handles a field's dossiers (the routing of its first procedure). */
export function unitOfField(field: LicenceField): string {
  return routeProcedureOrThrow(
    organisation(),
    field === 'radiation' ? 'buc-xa.khai-bao' : 'buu-chinh.cap-giay-phep',
  ).code;
}

/** Staff may read the field's records when they may read the dossiers of its unit. */
export function assertFieldStaff(
  user: SessionUser,
  field: LicenceField,
  right: 'dossier.read' | 'dossier.process' | 'dossier.assign' = 'dossier.read',
): void {
  if (isApplicantUser(user)) throw new DomainError('FORBIDDEN', 'Chức năng này dành cho cán bộ.');
  const unit = unitOfField(field);
  if (!staffCan(user, right, unit)) {
    throw new DomainError(
      'FORBIDDEN_UNIT',
      field === 'radiation'
        ? 'Dữ liệu an toàn bức xạ thuộc đơn vị khác; bạn không có quyền truy cập.'
        : 'Dữ liệu bưu chính thuộc đơn vị khác; bạn không có quyền truy cập.',
      { unitCode: unit, right },
    );
  }
}

/** The public verification page of a licensing document (front-end route); its QR code encodes it. */
export function licensingVerificationPath(number: string): string {
  return `/tra-cuu/giay-phep/${encodeURIComponent(number)}`;
}

export function licensingVerificationUrl(number: string, origin?: string): string {
  return `${(origin ?? '').replace(/\/+$/, '')}${licensingVerificationPath(number)}`;
}

export function licensingPdfPath(number: string): string {
  return `/api/public/licensing/${encodeURIComponent(number)}.pdf`;
}
