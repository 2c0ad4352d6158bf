import { z } from 'zod';
import { can, PERMISSIONS, type Permission } from '@/modules/access';
import type { ServiceContext } from '@/platform/context';
import type { AuthenticatedSession } from './authenticate-session';
import { findGrants } from './user.repository';
import { isSetupNeeded } from './first-setup';

export const SessionOutput = z
  .object({
    state: z.enum(['anonymous', 'active', 'mfa_required', 'mfa_enrolment']),
    user: z
      .object({
        id: z.string(),
        email: z.string(),
        name: z.string(),
        organisationId: z.string(),
        language: z.enum(['es', 'en']),
        mfaEnabled: z.boolean(),
        grants: z.array(
          z.object({
            role: z.string(),
            organisationId: z.string().nullable(),
            countryCode: z.string().nullable(),
          }),
        ),
      })
      .nullable(),
    permissions: z
      .array(z.string())
      .describe('what the user may do somewhere (the screens shown depend on it)'),
    csrfToken: z.string().nullable(),
    mfaPolicy: z
      .enum(['all', 'roles'])
      .describe('`roles`: MFA only for admins and vetting officers (demo mode)'),
    setupNeeded: z.boolean().describe('true until the first administrator exists'),
    ssoEnabled: z
      .boolean()
      .describe('single sign-on is configured: offer `GET /api/v1/auth/oidc/start` (a full-page navigation)'),
    ssoLabel: z.string().nullable().describe('the text of the single sign-on button; null without SSO'),
  })
  .meta({ id: 'Session' });
export type SessionOutput = z.infer<typeof SessionOutput>;

/** What the web app needs to know about the caller: who, in which state, allowed to do what. */
export async function describeSession({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { auth: AuthenticatedSession | undefined };
}): Promise<SessionOutput> {
  const sso = ctx.security.sso ?? null;
  const base = {
    mfaPolicy: ctx.security.requireMfa,
    setupNeeded: await isSetupNeeded({ ctx }),
    ssoEnabled: sso !== null,
    ssoLabel: sso?.label ?? null,
  };
  const user = input.auth?.user;
  if (input.auth === undefined || user === undefined) {
    return { ...base, state: 'anonymous', user: null, permissions: [], csrfToken: null };
  }
  const grants = await findGrants(ctx.db, [user.id]);
  return {
    ...base,
    state: input.auth.session.state,
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      organisationId: user.organisation_id,
      language: user.language === 'en' ? 'en' : 'es',
      mfaEnabled: user.mfa_enabled === 1,
      grants: grants.map((grant) => ({
        role: grant.role,
        organisationId: grant.organisation_id,
        countryCode: grant.country_code,
      })),
    },
    permissions: (Object.keys(PERMISSIONS) as Permission[]).filter((permission) =>
      can(ctx.actor, permission),
    ),
    csrfToken: input.auth.session.csrf_token,
  };
}
