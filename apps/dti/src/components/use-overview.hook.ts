import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@skhcn/api-client';

/** What the signed-in user may do in the DTI (dti.overview): the CĐS team, or the units they report for. */
export function useOverview() {
  const trpc = useTRPC();
  return useQuery(trpc.dti.overview.queryOptions(undefined, { staleTime: 5 * 60_000 }));
}
