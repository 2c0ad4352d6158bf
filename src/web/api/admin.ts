import {
  type QueryClient,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api, ifMatch, unwrap } from './client';
import type { paths } from './schema.gen';
import { activeAuditFilters, type AuditFilters } from '@/web/utils/audit-filters';
import type { Schemas } from './queries';

export type Organisation = Schemas['Organisation'];
export type User = Schemas['User'];
export type AuditEvent = Schemas['AuditEvent'];
export type Mail = Schemas['Mail'];
export type OrganisationInput =
  paths['/api/v1/organisations']['post']['requestBody']['content']['application/json'];
export type CreateUserInput = paths['/api/v1/users']['post']['requestBody']['content']['application/json'];
export type UserChanges = paths['/api/v1/users/{id}']['patch']['requestBody']['content']['application/json'];
export type GrantInput =
  paths['/api/v1/users/{id}/grants']['put']['requestBody']['content']['application/json']['grants'][number];
export type Role = GrantInput['role'];

type WithReauth = <T>(call: () => Promise<T>) => Promise<T>;

const PAGE_SIZE = 50;
const ORGANISATIONS_KEY = ['organisations'] as const;
const USERS_KEY = ['users'] as const;

/** The next page's cursor, or undefined when there is none (the shape `useInfiniteQuery` expects). */
function nextPage(page: { readonly nextCursor: string | null }): string | undefined {
  return page.nextCursor ?? undefined;
}

export function useOrganisationPages() {
  return useInfiniteQuery({
    queryKey: [...ORGANISATIONS_KEY, 'pages'],
    queryFn: ({ signal, pageParam }) =>
      unwrap(
        api.GET('/api/v1/organisations', {
          params: { query: { limit: PAGE_SIZE, ...(pageParam === undefined ? {} : { cursor: pageParam }) } },
          signal,
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextPage,
  });
}

/** Every organisation, for choosers and name look-ups (the list is short: one row per partner). */
export function useAllOrganisations() {
  return useQuery({
    queryKey: [...ORGANISATIONS_KEY, 'all'],
    queryFn: async ({ signal }) => {
      const items: Organisation[] = [];
      let cursor: string | undefined;
      do {
        const page = await unwrap(
          api.GET('/api/v1/organisations', {
            params: { query: { limit: 200, ...(cursor === undefined ? {} : { cursor }) } },
            signal,
          }),
        );
        items.push(...page.items);
        cursor = nextPage(page);
      } while (cursor !== undefined);
      return items;
    },
    staleTime: 60_000,
  });
}

export function useOrganisation(id: string) {
  return useQuery({
    queryKey: [...ORGANISATIONS_KEY, 'one', id],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/organisations/{id}', { params: { path: { id } }, signal })),
  });
}

async function organisationChanged(queryClient: QueryClient, organisation: Organisation): Promise<void> {
  queryClient.setQueryData([...ORGANISATIONS_KEY, 'one', organisation.id], organisation);
  await queryClient.invalidateQueries({
    queryKey: ORGANISATIONS_KEY,
    predicate: (query) => query.queryKey[1] !== 'one',
  });
}

export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OrganisationInput) => unwrap(api.POST('/api/v1/organisations', { body })),
    onSuccess: (organisation) => organisationChanged(queryClient, organisation),
  });
}

export function useUpdateOrganisation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, body }: { version: number; body: OrganisationInput }) =>
      unwrap(
        api.PATCH('/api/v1/organisations/{id}', {
          params: { path: { id } },
          body,
          headers: ifMatch(version),
        }),
      ),
    onSuccess: (organisation) => organisationChanged(queryClient, organisation),
  });
}

export function useUserPages(organisationId: string | undefined) {
  return useInfiniteQuery({
    queryKey: [...USERS_KEY, 'pages', organisationId ?? null],
    queryFn: ({ signal, pageParam }) =>
      unwrap(
        api.GET('/api/v1/users', {
          params: {
            query: {
              limit: PAGE_SIZE,
              ...(organisationId === undefined ? {} : { organisationId }),
              ...(pageParam === undefined ? {} : { cursor: pageParam }),
            },
          },
          signal,
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextPage,
  });
}

export function useUser(id: string) {
  return useQuery({
    queryKey: [...USERS_KEY, 'one', id],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/users/{id}', { params: { path: { id } }, signal })),
  });
}

async function userChanged(queryClient: QueryClient, user: User): Promise<void> {
  queryClient.setQueryData([...USERS_KEY, 'one', user.id], user);
  await queryClient.invalidateQueries({
    queryKey: USERS_KEY,
    predicate: (query) => query.queryKey[1] !== 'one',
  });
}

export function useCreateUser(withReauth: WithReauth) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateUserInput) => withReauth(() => unwrap(api.POST('/api/v1/users', { body }))),
    onSuccess: (user) => userChanged(queryClient, user),
  });
}

export function useUpdateUser(id: string, withReauth: WithReauth) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, body }: { version: number; body: UserChanges }) =>
      withReauth(() =>
        unwrap(
          api.PATCH('/api/v1/users/{id}', { params: { path: { id } }, body, headers: ifMatch(version) }),
        ),
      ),
    onSuccess: (user) => userChanged(queryClient, user),
  });
}

export function useSetUserGrants(id: string, withReauth: WithReauth) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, grants }: { version: number; grants: GrantInput[] }) =>
      withReauth(() =>
        unwrap(
          api.PUT('/api/v1/users/{id}/grants', {
            params: { path: { id } },
            body: { grants },
            headers: ifMatch(version),
          }),
        ),
      ),
    onSuccess: (user) => userChanged(queryClient, user),
  });
}

/** Reloads a record after a 412: someone else changed it, so the form must start from the new version. */
export function useReloadRecord() {
  const queryClient = useQueryClient();
  return (kind: 'organisations' | 'users', id: string) =>
    queryClient.invalidateQueries({ queryKey: [kind, 'one', id] });
}

export function useAuditEventPages(filters: AuditFilters) {
  const query = activeAuditFilters(filters);
  return useInfiniteQuery({
    queryKey: ['audit-events', query],
    queryFn: ({ signal, pageParam }) =>
      unwrap(
        api.GET('/api/v1/audit-events', {
          params: {
            query: { ...query, limit: PAGE_SIZE, ...(pageParam === undefined ? {} : { cursor: pageParam }) },
          },
          signal,
        }),
      ),
    initialPageParam: undefined as number | undefined,
    // The list's cursor is a sequence number sent back as text; the query parameter is an integer.
    getNextPageParam: (page) => (page.nextCursor === null ? undefined : Number(page.nextCursor)),
  });
}

export function useMailPages() {
  return useInfiniteQuery({
    queryKey: ['mail-outbox'],
    queryFn: ({ signal, pageParam }) =>
      unwrap(
        api.GET('/api/v1/mail-outbox', {
          params: { query: { limit: PAGE_SIZE, ...(pageParam === undefined ? {} : { cursor: pageParam }) } },
          signal,
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextPage,
  });
}
