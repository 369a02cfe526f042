import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@skhcn/api-client';

/** The signed-in user (auth.me), shared with the shell's cache. */
export function useSession() {
  const trpc = useTRPC();
  return useQuery(trpc.auth.me.queryOptions(undefined, { staleTime: 5 * 60_000 }));
}

/** Who the user is in this app: the science office (staff), an organisation, or an expert of the register. */
export type Audience = 'office' | 'applicant' | 'expert';

export function audienceOf(user: { kind?: string | undefined } | null | undefined): Audience {
  if (user?.kind === 'applicant') return 'applicant';
  if (user?.kind === 'external') return 'expert';
  return 'office';
}
