import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  completePasswordReset,
  CompletePasswordResetInput,
  MfaCodeInput,
  reauthenticate,
  ReauthenticateInput,
  requestPasswordReset,
  RequestPasswordResetInput,
  signIn,
  SignInInput,
  signOut,
  startMfaEnrolment,
  verifyMfaCode,
} from '@/modules/identity';
import { NoQuery, NoContent } from '@/platform/api-schemas';
import { AppError } from '@/platform/errors';
import { clearSessionCookie, setSessionCookie } from '../plugins/auth';

const SessionState = z
  .object({
    state: z.enum(['active', 'mfa_required', 'mfa_enrolment']),
    csrfToken: z.string().describe('send as `x-csrf-token` on every change made with this session'),
    expiresAt: z.string(),
  })
  .meta({ id: 'SessionState' });

/** Sign-in is the favourite target of guessing: a tighter limit per address than the global one (R1). */
const SIGN_IN_RATE_LIMIT = { max: 20, timeWindow: '1 minute' };

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/v1/auth/sign-in',
    {
      config: { policy: 'public', rateLimit: SIGN_IN_RATE_LIMIT },
      schema: {
        tags: ['identity'],
        summary: 'Sign in with e-mail and password',
        querystring: NoQuery,
        body: SignInInput,
        response: { 200: SessionState },
      },
    },
    async (request, reply) => {
      const session = await signIn({
        ctx: request.ctx,
        input: { body: request.body, clientAddress: request.ip },
      });
      setSessionCookie(reply, session);
      return { state: session.state, csrfToken: session.csrfToken, expiresAt: session.expiresAt };
    },
  );

  app.post(
    '/api/v1/auth/mfa/enrolment',
    {
      config: { policy: 'session' },
      schema: {
        tags: ['identity'],
        summary: 'Start TOTP enrolment: a secret and its QR code, shown once',
        querystring: NoQuery,
        response: { 200: z.object({ secret: z.string(), uri: z.string(), qrSvgDataUrl: z.string() }) },
      },
    },
    async (request) => startMfaEnrolment({ ctx: request.ctx, input: { auth: sessionOf(request.auth) } }),
  );

  app.post(
    '/api/v1/auth/mfa/verify',
    {
      config: { policy: 'session', rateLimit: SIGN_IN_RATE_LIMIT },
      schema: {
        tags: ['identity'],
        summary: 'Complete sign-in or enrolment with a TOTP code (the session id changes)',
        querystring: NoQuery,
        body: MfaCodeInput,
        response: { 200: SessionState },
      },
    },
    async (request, reply) => {
      const session = await verifyMfaCode({
        ctx: request.ctx,
        input: { auth: sessionOf(request.auth), body: request.body, clientAddress: request.ip },
      });
      setSessionCookie(reply, session);
      return { state: session.state, csrfToken: session.csrfToken, expiresAt: session.expiresAt };
    },
  );

  app.post(
    '/api/v1/auth/sign-out',
    {
      config: { policy: 'session' },
      schema: {
        tags: ['identity'],
        summary: 'End this session',
        querystring: NoQuery,
        response: { 204: NoContent },
      },
    },
    async (request, reply) => {
      await signOut({ ctx: request.ctx, input: { sessionId: request.sessionCookie ?? '' } });
      clearSessionCookie(reply);
      // Tell the browser to drop whatever it kept for this origin (SECURITY.md P2).
      void reply.header('clear-site-data', '"cache", "cookies", "storage"');
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/v1/auth/reauthenticate',
    {
      config: { policy: 'authenticated', rateLimit: SIGN_IN_RATE_LIMIT },
      schema: {
        tags: ['identity'],
        summary: 'Confirm my password before a sensitive action (valid 5 minutes)',
        querystring: NoQuery,
        response: { 204: NoContent },
        body: ReauthenticateInput,
      },
    },
    async (request, reply) => {
      await reauthenticate({ ctx: request.ctx, input: request.body });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/v1/auth/password-reset',
    {
      config: { policy: 'public', rateLimit: SIGN_IN_RATE_LIMIT },
      schema: {
        tags: ['identity'],
        summary: 'Mail a password-reset link (same answer for any e-mail)',
        querystring: NoQuery,
        response: { 202: NoContent },
        body: RequestPasswordResetInput,
      },
    },
    async (request, reply) => {
      await requestPasswordReset({ ctx: request.ctx, input: request.body });
      return reply.code(202).send(null);
    },
  );

  app.post(
    '/api/v1/auth/password-reset/complete',
    {
      config: { policy: 'public', rateLimit: SIGN_IN_RATE_LIMIT },
      schema: {
        tags: ['identity'],
        summary: 'Set a new password with a reset link',
        querystring: NoQuery,
        response: { 204: NoContent },
        body: CompletePasswordResetInput,
      },
    },
    async (request, reply) => {
      await completePasswordReset({ ctx: request.ctx, input: request.body });
      return reply.code(204).send(null);
    },
  );
};

function sessionOf<T>(auth: T | undefined): T {
  if (auth === undefined) {
    throw new AppError('unauthenticated');
  }
  return auth;
}
