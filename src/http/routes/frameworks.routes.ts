import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { FrameworkOutput, FrameworkSummaryOutput, getFramework, listFrameworks } from '@/modules/frameworks';
import { itemsOf, NoQuery } from '@/platform/api-schemas';

export const frameworksRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/frameworks',
    {
      config: { policy: 'public' },
      schema: {
        querystring: NoQuery,
        tags: ['frameworks'],
        summary: 'List strategic frameworks',
        response: { 200: itemsOf(FrameworkSummaryOutput) },
      },
    },
    async (request) => ({ items: await listFrameworks({ ctx: request.ctx }) }),
  );

  app.get(
    '/api/v1/frameworks/:code',
    {
      config: { policy: 'public' },
      schema: {
        querystring: NoQuery,
        tags: ['frameworks'],
        summary: 'One framework with its goals, lines of work and components',
        params: z.strictObject({ code: z.string().max(40).describe('e.g. `carsi`, `esca`') }),
        response: { 200: FrameworkOutput },
      },
    },
    async (request) => getFramework({ ctx: request.ctx, input: { code: request.params.code } }),
  );
};
