import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getHealth, HealthOutput } from '@/modules/system';
import { NoQuery } from '@/platform/api-schemas';
import { API_VERSION } from '../plugins/openapi';

export const systemRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/health',
    {
      config: { policy: 'public', rateLimit: false },
      schema: {
        querystring: NoQuery,
        tags: ['system'],
        summary: 'Liveness and database check',
        response: { 200: HealthOutput },
      },
    },
    async (request, reply) => {
      void reply.header('cache-control', 'no-store');
      return getHealth({ ctx: request.ctx, input: { version: API_VERSION } });
    },
  );

  app.get(
    '/api/openapi.json',
    { config: { policy: 'public' }, schema: { hide: true, querystring: NoQuery } },
    async () => app.swagger(),
  );
};
