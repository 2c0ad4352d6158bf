import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  HomicideRatesOutput,
  HomicideRatesQuery,
  listHomicideRates,
  listPopulation,
  listStatisticDatasets,
  PopulationOutput,
  PopulationQuery,
  StatisticDatasetOutput,
} from '@/modules/context-stats';
import { itemsOf, NoQuery } from '@/platform/api-schemas';

export const contextRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/context/homicide-rates',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['context'],
        summary: 'Homicide rates per 100,000 by country or subdivision and year',
        querystring: HomicideRatesQuery,
        response: { 200: HomicideRatesOutput },
      },
    },
    async (request) => listHomicideRates({ ctx: request.ctx, input: request.query }),
  );

  app.get(
    '/api/v1/context/population',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['context'],
        summary: 'Population by country and year',
        querystring: PopulationQuery,
        response: { 200: PopulationOutput },
      },
    },
    async (request) => listPopulation({ ctx: request.ctx, input: request.query }),
  );

  app.get(
    '/api/v1/context/datasets',
    {
      config: { policy: 'public' },
      schema: {
        querystring: NoQuery,
        tags: ['context'],
        summary: 'Context-statistics datasets with sources, licences and caveats',
        response: { 200: itemsOf(StatisticDatasetOutput) },
      },
    },
    async (request) => ({ items: await listStatisticDatasets({ ctx: request.ctx }) }),
  );
};
