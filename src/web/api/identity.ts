import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, expectOk, setCsrfToken, unwrap } from './client';
import type { paths } from './schema.gen';
import type { Schemas } from './queries';

export type Session = Schemas['Session'];
export type SessionUser = NonNullable<Session['user']>;
export type ApiToken = Schemas['ApiToken'];
export type CreatedApiToken = Schemas['CreatedApiToken'];
export type SetupInput = paths['/api/v1/setup']['post']['requestBody']['content']['application/json'];
export type MfaEnrolment =
  paths['/api/v1/auth/mfa/enrolment']['post']['responses'][200]['content']['application/json'];

export const SESSION_KEY = ['session'] as const;
const TOKENS_KEY = ['me', 'tokens'] as const;

/**
 * Who is signed in and what they may do. Remembers the session's CSRF token for the client. Asked again
 * when the window regains focus, so an ended session shows as such.
 */
export function useSessionQuery() {
  return useQuery({
    queryKey: SESSION_KEY,
    queryFn: async ({ signal }) => {
      const session = await unwrap(api.GET('/api/v1/auth/session', { signal }));
      setCsrfToken(session.csrfToken);
      return session;
    },
    staleTime: 60_000,
    refetchOnWindowFocus: true,
  });
}

/** After a step that starts or rotates the session: keep its new token and read the session again. */
async function sessionChanged(queryClient: QueryClient, csrfToken: string): Promise<void> {
  setCsrfToken(csrfToken);
  await queryClient.invalidateQueries({ queryKey: SESSION_KEY });
}

/** Forgets everything the previous user could see and reads the (now anonymous) session again. */
export async function forgetSession(queryClient: QueryClient): Promise<void> {
  setCsrfToken(null);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
  await queryClient.resetQueries({ queryKey: SESSION_KEY });
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; password: string }) =>
      unwrap(api.POST('/api/v1/auth/sign-in', { body })),
    onSuccess: (state) => sessionChanged(queryClient, state.csrfToken),
  });
}

export function useVerifyMfa() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => unwrap(api.POST('/api/v1/auth/mfa/verify', { body: { code } })),
    onSuccess: (state) => sessionChanged(queryClient, state.csrfToken),
  });
}

export function useStartMfaEnrolment() {
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/auth/mfa/enrolment')),
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => expectOk(api.POST('/api/v1/auth/sign-out')),
    // Whatever the answer, this browser forgets the session (an ended one answers 401).
    onSettled: () => forgetSession(queryClient),
  });
}

export function useReauthenticate() {
  return useMutation({
    mutationFn: (password: string) =>
      expectOk(api.POST('/api/v1/auth/reauthenticate', { body: { password } })),
  });
}

export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (email: string) => expectOk(api.POST('/api/v1/auth/password-reset', { body: { email } })),
  });
}

export function useCompletePasswordReset() {
  return useMutation({
    mutationFn: (body: { token: string; newPassword: string }) =>
      expectOk(api.POST('/api/v1/auth/password-reset/complete', { body })),
  });
}

export function useSetupStatus() {
  return useQuery({
    queryKey: ['setup'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/setup', { signal })),
  });
}

export function useCompleteSetup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SetupInput) => unwrap(api.POST('/api/v1/setup', { body })),
    onSuccess: async (state) => {
      queryClient.removeQueries({ queryKey: ['setup'] });
      await sessionChanged(queryClient, state.csrfToken);
    },
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      expectOk(api.POST('/api/v1/me/password', { body })),
  });
}

export function useApiTokens() {
  return useQuery({
    queryKey: TOKENS_KEY,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/me/tokens', { signal })),
    select: (body) => body.items,
  });
}

/** Creates an API token; `withReauth` asks for the password again when the server wants it (S5). */
export function useCreateApiToken(withReauth: <T>(call: () => Promise<T>) => Promise<T>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; expiresInDays: number | null }) =>
      withReauth(() => unwrap(api.POST('/api/v1/me/tokens', { body }))),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: TOKENS_KEY }),
  });
}

export function useRevokeApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/me/tokens/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: TOKENS_KEY }),
  });
}
