import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  changePassword,
  ChangePasswordInput,
  completeSetup,
  CompleteSetupInput,
  CreatedTokenOutput,
  createApiToken,
  CreateTokenInput,
  describeSession,
  isSetupNeeded,
  listApiTokens,
  revokeApiToken,
  SessionOutput,
  TokenOutput,
} from '@/modules/identity';
import { itemsOf, NoQuery, NoContent } from '@/platform/api-schemas';
import { setSessionCookie } from '../plugins/auth';

export const accountRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/auth/session',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['identity'],
        summary: 'Who is signed in, and what they may do',
        querystring: NoQuery,
        response: { 200: SessionOutput },
      },
    },
    async (request) => describeSession({ ctx: request.ctx, input: { auth: request.auth } }),
  );

  app.get(
    '/api/v1/setup',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['identity'],
        summary: 'Whether the first administrator still has to be created',
        querystring: NoQuery,
        response: { 200: z.object({ needed: z.boolean() }) },
      },
    },
    async (request) => ({ needed: await isSetupNeeded({ ctx: request.ctx }) }),
  );

  app.post(
    '/api/v1/setup',
    {
      config: { policy: 'public', rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags: ['identity'],
        summary: 'Create the first organisation and administrator with the one-time setup link',
        querystring: NoQuery,
        body: CompleteSetupInput,
        response: {
          201: z.object({ state: z.literal('mfa_enrolment'), csrfToken: z.string(), expiresAt: z.string() }),
        },
      },
    },
    async (request, reply) => {
      const session = await completeSetup({ ctx: request.ctx, input: request.body });
      setSessionCookie(reply, session);
      return reply.code(201).send({
        state: 'mfa_enrolment' as const,
        csrfToken: session.csrfToken,
        expiresAt: session.expiresAt,
      });
    },
  );

  app.post(
    '/api/v1/me/password',
    {
      config: { policy: 'authenticated', rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags: ['identity'],
        summary: 'Change my password (ends my other sessions)',
        querystring: NoQuery,
        response: { 204: NoContent },
        body: ChangePasswordInput,
      },
    },
    async (request, reply) => {
      await changePassword({ ctx: request.ctx, input: request.body });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/me/tokens',
    {
      config: { policy: 'authenticated' },
      schema: {
        tags: ['identity'],
        summary: 'My API tokens',
        querystring: NoQuery,
        response: { 200: itemsOf(TokenOutput) },
      },
    },
    async (request) => ({ items: await listApiTokens({ ctx: request.ctx, input: {} }) }),
  );

  app.post(
    '/api/v1/me/tokens',
    {
      config: { policy: 'authenticated' },
      schema: {
        tags: ['identity'],
        summary: 'Create an API token (its secret is shown once)',
        querystring: NoQuery,
        body: CreateTokenInput,
        response: { 201: CreatedTokenOutput },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createApiToken({ ctx: request.ctx, input: { body: request.body } })),
  );

  app.delete(
    '/api/v1/me/tokens/:id',
    {
      config: { policy: 'authenticated' },
      schema: {
        tags: ['identity'],
        summary: 'Revoke one of my API tokens',
        params: z.strictObject({ id: z.string().max(40) }),
        querystring: NoQuery,
        response: { 200: TokenOutput },
      },
    },
    async (request) => revokeApiToken({ ctx: request.ctx, input: { tokenId: request.params.id } }),
  );
};
