import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { Role } from '@/modules/access';
import { createApiToken, createUser } from '@/modules/identity';
import { createOrganisation } from '@/modules/partners';
import type { Db } from '@/platform/db/connect';
import { testContext } from './db';

/** A password that passes the policy; every test user has it unless a test says otherwise. */
export const GOOD_PASSWORD = 'correct horse battery staple 42';

let counter = 0;

/** Factory: an organisation of its own for each test (no shared seeded fixtures). */
export async function makeOrganisation(
  db: Db,
  overrides: { countryCode?: string | null; name?: string } = {},
) {
  counter += 1;
  const name = overrides.name ?? `Organisation ${counter}`;
  return createOrganisation({
    ctx: testContext(db),
    input: {
      name: { es: name, en: name },
      type: '10',
      countryCode: overrides.countryCode === undefined ? 'HN' : overrides.countryCode,
    },
  });
}

/** Factory: a user with grants (scoped to the user's own organisation unless `scope` says otherwise). */
export async function makeUser(
  db: Db,
  input: {
    organisationId: string;
    role?: Role;
    scope?: { organisationId: string | null; countryCode: string | null };
    roles?: { role: Role; organisationId: string | null; countryCode: string | null }[];
    password?: string;
    email?: string;
  },
) {
  counter += 1;
  const email = input.email ?? `user${counter}-${Date.now()}@example.org`;
  const grants =
    input.roles ??
    (input.role === undefined
      ? []
      : [
          {
            role: input.role,
            ...(input.scope ?? { organisationId: input.organisationId, countryCode: null }),
          },
        ]);
  const user = await createUser({
    ctx: testContext(db),
    input: {
      email,
      name: `Test ${counter}`,
      organisationId: input.organisationId,
      password: input.password ?? GOOD_PASSWORD,
      grants,
    },
  });
  return { ...user, password: input.password ?? GOOD_PASSWORD };
}

/** A bearer token for a user, made as an operator would. */
export async function tokenFor(db: Db, userId: string): Promise<string> {
  const created = await createApiToken({
    ctx: testContext(db),
    input: { userId, body: { name: 'test', expiresInDays: 30 } },
  });
  return created.token;
}

export interface BrowserSession {
  readonly cookie: string;
  readonly csrfToken: string;
  readonly state: string;
}

/** The session cookie's value from a response. */
export function sessionCookieOf(response: LightMyRequestResponse): string | undefined {
  const cookie = response.cookies.find((entry) => entry.name === '__Host-carsi_session');
  return cookie?.value;
}

/** Signs in through the API as a browser does; returns the cookie header and CSRF token. */
export async function signInOverHttp(
  app: FastifyInstance,
  email: string,
  password: string,
  remoteAddress?: string,
): Promise<BrowserSession> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-in',
    payload: { email, password },
    ...(remoteAddress === undefined ? {} : { remoteAddress }),
  });
  expect(response.statusCode, response.body).toBe(200);
  const body = response.json<{ state: string; csrfToken: string }>();
  return {
    cookie: `__Host-carsi_session=${sessionCookieOf(response)}`,
    csrfToken: body.csrfToken,
    state: body.state,
  };
}
