import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC, type RouterOutputs } from '@skhcn/api-client';

export type SessionUser = NonNullable<RouterOutputs['auth']['me']>;

/** The signed-in user (null when signed out), from auth.me. */
export function useSession() {
  const trpc = useTRPC();
  return useQuery(trpc.auth.me.queryOptions(undefined, { staleTime: 5 * 60_000 }));
}

/** What the sign-in page offers besides a password (the identity provider's button when configured). */
export function useSignInOptions() {
  const trpc = useTRPC();
  return useQuery(trpc.auth.signInOptions.queryOptions(undefined, { staleTime: Infinity }));
}

/** Sign in, then seed auth.me with the user so guarded pages render at once. */
export function useSignIn() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.auth.signIn.mutationOptions({
      onSuccess: ({ user }) => {
        queryClient.setQueryData(trpc.auth.me.queryKey(), user);
      },
    }),
  );
}

/** Sign out and forget every cached answer of the previous user. */
export function useSignOut() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.auth.signOut.mutationOptions({
      onSettled: () => {
        queryClient.removeQueries();
        queryClient.setQueryData(trpc.auth.me.queryKey(), null);
      },
    }),
  );
}
