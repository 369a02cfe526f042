import {
  createSession,
  deleteSession,
  findOrCreateExternalUser,
  randomToken,
  type CreatedSession,
  type Database,
  type ExternalIdentity,
} from '@skhcn/db';
import { DomainError, findUnsafeText, taxCodeSchema } from '@skhcn/domain';
import type { Logger, SessionUser } from '../../context';

/**
 * Claims an identity provider may send about the organisation the person files for. VNeID / Cổng DVC quốc gia
 * send them for an organisation's account; a citizen's account carries none, and the applicant then gives them on
 * first use (auth.completeProfile). Both must be present and the tax code valid, else they are ignored.
 */
export const ORGANISATION_CLAIMS = {
  taxCode: ['tax_code', 'ma_so_thue', 'organization_tax_code'],
  organisationName: ['organization_name', 'ten_to_chuc', 'org_name'],
} as const;

function firstString(claims: Record<string, unknown>, names: readonly string[]): string | undefined {
  for (const name of names) {
    const v = claims[name];
    if (typeof v === 'string' && v.trim() !== '') return v.trim();
  }
  return undefined;
}

/**
 * Who signed in, from an ID token's verified claims: the person's name (`name`, or family and given names, or the
 * preferred username) and, when the provider says it, their organisation. Refuses a claim set without `sub`.
 */
export function identityFromClaims(issuer: string, claims: Record<string, unknown>): ExternalIdentity {
  const subject = typeof claims.sub === 'string' ? claims.sub : '';
  if (subject === '' || findUnsafeText(claims) !== undefined) throw new DomainError('OIDC_FAILED');
  const joined = [claims.family_name, claims.middle_name, claims.given_name]
    .filter((p): p is string => typeof p === 'string' && p.trim() !== '')
    .join(' ');
  const fullName = (
    firstString(claims, ['name']) ??
    (joined || undefined) ??
    firstString(claims, ['preferred_username']) ??
    'Người dùng định danh'
  ).slice(0, 200);
  const taxCode = taxCodeSchema.safeParse(firstString(claims, ORGANISATION_CLAIMS.taxCode) ?? '');
  const organisationName = firstString(claims, ORGANISATION_CLAIMS.organisationName)?.slice(0, 300);
  return {
    issuer,
    subject,
    fullName,
    ...(taxCode.success && organisationName
      ? { applicant: { organisationName, taxCode: taxCode.data } }
      : {}),
  };
}

export interface ExternalSignIn {
  user: SessionUser;
  session: CreatedSession;
  /** the account was created by this sign-in */
  created: boolean;
}

/**
 * Signs in the person an identity provider vouched for: their account (created at the first sign-in), then a new
 * session with a new CSRF token exactly as a password sign-in makes (the one before it, if any, ended). Throws
 * DomainError ACCOUNT_INACTIVE for a deactivated account and OIDC_FAILED for a staff account linked by mistake.
 */
export async function signInExternalIdentity(
  deps: { db: Database; logger: Logger; now: Date; previousSessionId?: string | null },
  identity: ExternalIdentity,
): Promise<ExternalSignIn> {
  const { db, logger, now } = deps;
  const { user, created } = await findOrCreateExternalUser(db, identity, now);
  if (!user.active) {
    logger.warn({ userId: user.id, issuer: identity.issuer }, 'external sign-in of a deactivated account');
    throw new DomainError('ACCOUNT_INACTIVE');
  }
  if (user.kind !== 'applicant') throw new DomainError('OIDC_FAILED');
  if (deps.previousSessionId) await deleteSession(db, deps.previousSessionId);
  const session = await createSession(db, { userId: user.id, csrfToken: randomToken(), now });
  logger.info(
    { userId: user.id, issuer: identity.issuer, created },
    'signed in through an identity provider',
  );
  return {
    created,
    session,
    user: {
      id: user.id,
      username: user.username,
      fullName: user.fullName,
      memberships: user.memberships,
      kind: user.kind,
      ...(user.applicant ? { applicant: user.applicant } : {}),
    },
  };
}
