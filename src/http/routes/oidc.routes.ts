import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { completeSsoSignIn, SSO_FLOW_LIFETIME_MS, startSsoSignIn } from '@/modules/identity';
import { NoQuery } from '@/platform/api-schemas';
import { setSessionCookie } from '../plugins/auth';

/**
 * The SSO flow state (PKCE verifier, state, nonce; sealed by the identity module) lives in its own short-lived
 * cookie. `__Host-`, Secure and HttpOnly like the session cookie, but SameSite=Lax instead of Strict: the
 * provider sends the browser back with a top-level GET navigation from another site, on which the browser
 * withholds Strict cookies — the callback would never see the state. Lax cookies go along on exactly such
 * navigations and on no cross-site subrequest or POST, and the value is useless to anyone but this browser.
 */
const SSO_FLOW_COOKIE = '__Host-carsi_sso_flow';
const FLOW_COOKIE_OPTIONS = { path: '/', secure: true, httpOnly: true, sameSite: 'lax' } as const;

/** Starting and finishing sign-ins is what guessing and flooding aim at: the limit of password sign-in. */
const SSO_RATE_LIMIT = { max: 20, timeWindow: '1 minute' };

/** The provider's answer: these parameters, or others that providers add (all are read by openid-client). */
const CallbackQuery = z.looseObject({
  code: z.string().optional(),
  state: z.string().optional(),
  iss: z.string().optional(),
  error: z.string().optional(),
  error_description: z.string().optional(),
});

/** Both routes answer with a redirect (`location`), never a body. */
const Redirect = z.null().describe('a redirect: see the `location` header');

export const oidcRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/auth/oidc/start',
    {
      config: { policy: 'public', rateLimit: SSO_RATE_LIMIT },
      schema: {
        tags: ['identity'],
        summary: 'Sign in with single sign-on (OpenID Connect): redirects the browser to the provider',
        description:
          'A page navigation, not a fetch. 302 to the provider, or to `/sign-in?sso_error=<code>` when SSO ' +
          'is not configured or the provider cannot be reached.',
        querystring: NoQuery,
        response: { 302: Redirect },
      },
    },
    async (request, reply) => {
      const start = await startSsoSignIn({ ctx: request.ctx });
      if (!start.ok) {
        return redirect(reply, signInWithError(start.error));
      }
      void reply.setCookie(SSO_FLOW_COOKIE, start.sealedFlow, {
        ...FLOW_COOKIE_OPTIONS,
        maxAge: Math.floor(SSO_FLOW_LIFETIME_MS / 1000),
      });
      return redirect(reply, start.authorizationUrl);
    },
  );

  app.get(
    '/api/v1/auth/oidc/callback',
    {
      config: { policy: 'public', rateLimit: SSO_RATE_LIMIT },
      schema: {
        tags: ['identity'],
        summary: 'Where the single sign-on provider sends the browser back (the redirect URI)',
        description:
          'Signs in and redirects to `/`, or to `/sign-in?mfa=1` while the second factor is pending, or ' +
          'to `/sign-in?sso_error=<code>` (docs/ERRORS.md, single sign-on).',
        querystring: CallbackQuery,
        response: { 302: Redirect },
      },
    },
    async (request, reply) => {
      const queryStart = request.url.indexOf('?');
      const outcome = await completeSsoSignIn({
        ctx: request.ctx,
        input: {
          query: queryStart === -1 ? '' : request.url.slice(queryStart),
          sealedFlow: request.cookies[SSO_FLOW_COOKIE],
          clientAddress: request.ip,
        },
      });
      // Single use, whatever happened: a second visit with the same state must fail.
      void reply.clearCookie(SSO_FLOW_COOKIE, FLOW_COOKIE_OPTIONS);
      if (!outcome.ok) {
        return redirect(reply, signInWithError(outcome.error));
      }
      setSessionCookie(reply, outcome.session);
      return redirect(reply, outcome.session.state === 'active' ? '/' : '/sign-in?mfa=1');
    },
  );
};

function signInWithError(code: string): string {
  return `/sign-in?sso_error=${encodeURIComponent(code)}`;
}

function redirect(reply: FastifyReply, location: string): FastifyReply {
  return reply.header('cache-control', 'no-store').redirect(location, 302);
}
