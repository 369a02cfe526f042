import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@skhcn/api-client';
import type { SessionUser } from './api-types';

/** The signed-in user (auth.me), shared with the shell's cache. */
export function useSession() {
  const trpc = useTRPC();
  return useQuery(trpc.auth.me.queryOptions(undefined, { staleTime: 5 * 60_000 }));
}

export function hasRole(
  user: Pick<SessionUser, 'memberships'> | null | undefined,
  ...roles: string[]
): boolean {
  return !!user?.memberships.some((m) => roles.includes(m.role));
}

export function isApplicant(user: Pick<SessionUser, 'kind'> | null | undefined): boolean {
  return user?.kind === 'applicant';
}
