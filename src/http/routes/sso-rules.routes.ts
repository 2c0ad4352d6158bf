import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createSsoRule,
  CreateSsoRuleInput,
  deleteSsoRule,
  listSsoRules,
  SsoRuleOutput,
} from '@/modules/identity';
import { itemsOf, NoQuery, NoContent } from '@/platform/api-schemas';

export const ssoRulesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/sso-rules',
    {
      config: { policy: 'sso.manage' },
      schema: {
        tags: ['identity'],
        summary: 'Single sign-on rules: who gets an account on first SSO sign-in',
        querystring: NoQuery,
        response: { 200: itemsOf(SsoRuleOutput) },
      },
    },
    async (request) => ({ items: await listSsoRules({ ctx: request.ctx }) }),
  );

  app.post(
    '/api/v1/sso-rules',
    {
      config: { policy: 'sso.manage' },
      schema: {
        tags: ['identity'],
        summary: 'Admit the people of an e-mail domain through SSO, in an organisation with a role',
        querystring: NoQuery,
        body: CreateSsoRuleInput,
        response: { 201: SsoRuleOutput },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createSsoRule({ ctx: request.ctx, input: request.body })),
  );

  app.delete(
    '/api/v1/sso-rules/:id',
    {
      config: { policy: 'sso.manage' },
      schema: {
        tags: ['identity'],
        summary: 'Remove a single sign-on rule (accounts it created stay)',
        params: z.strictObject({ id: z.string().max(40) }),
        querystring: NoQuery,
        response: { 204: NoContent },
      },
    },
    async (request, reply) => {
      await deleteSsoRule({ ctx: request.ctx, input: { id: request.params.id } });
      return reply.code(204).send(null);
    },
  );
};
