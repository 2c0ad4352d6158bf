import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CodelistOutput,
  CodelistQuery,
  CodelistSummaryOutput,
  getCodelist,
  listCodelists,
} from '@/modules/codelists';
import { itemsOf, NoQuery } from '@/platform/api-schemas';

export const codelistsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/codelists',
    {
      config: { policy: 'public' },
      schema: {
        querystring: NoQuery,
        tags: ['codelists'],
        summary: 'List IATI codelists',
        response: { 200: itemsOf(CodelistSummaryOutput) },
      },
    },
    async (request) => ({ items: await listCodelists({ ctx: request.ctx }) }),
  );

  app.get(
    '/api/v1/codelists/:name',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['codelists'],
        summary: 'One IATI codelist with Spanish and English labels',
        params: z.strictObject({ name: z.string().max(60).describe('e.g. `ActivityStatus`, `Sector`') }),
        querystring: CodelistQuery,
        response: { 200: CodelistOutput },
      },
    },
    async (request) =>
      getCodelist({ ctx: request.ctx, input: { name: request.params.name, query: request.query } }),
  );
};
