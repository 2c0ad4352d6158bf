import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  BoundariesOutput,
  BoundariesQuery,
  CountryOutput,
  getBoundaries,
  getCountry,
  listCountries,
  listSubdivisions,
  SubdivisionOutput,
} from '@/modules/partners';
import { itemsOf, NoQuery } from '@/platform/api-schemas';

const CountryParams = z.strictObject({ code: z.string().max(10).describe('ISO 3166-1 alpha-2, e.g. `HN`') });

export const partnersRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/countries',
    {
      config: { policy: 'public' },
      schema: {
        querystring: NoQuery,
        tags: ['partners'],
        summary: 'List the seven partner countries',
        response: { 200: itemsOf(CountryOutput) },
      },
    },
    async (request) => ({ items: await listCountries({ ctx: request.ctx }) }),
  );

  app.get(
    '/api/v1/countries/:code',
    {
      config: { policy: 'public' },
      schema: {
        querystring: NoQuery,
        tags: ['partners'],
        summary: 'One partner country',
        params: CountryParams,
        response: { 200: CountryOutput },
      },
    },
    async (request) => getCountry({ ctx: request.ctx, input: { code: request.params.code } }),
  );

  app.get(
    '/api/v1/countries/:code/subdivisions',
    {
      config: { policy: 'public' },
      schema: {
        querystring: NoQuery,
        tags: ['partners'],
        summary: "A country's first-level subdivisions (ISO 3166-2)",
        params: CountryParams,
        response: { 200: itemsOf(SubdivisionOutput) },
      },
    },
    async (request) => ({
      items: await listSubdivisions({ ctx: request.ctx, input: { countryCode: request.params.code } }),
    }),
  );

  app.get(
    '/api/v1/boundaries',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['partners'],
        summary: 'Boundaries as GeoJSON (Natural Earth, de facto lines, simplified for display)',
        querystring: BoundariesQuery,
        response: { 200: BoundariesOutput },
      },
    },
    async (request, reply) => {
      const boundaries = await getBoundaries({ ctx: request.ctx, input: request.query });
      // Reference data changes only with a release; let browsers keep it for an hour.
      void reply.header('cache-control', 'public, max-age=3600');
      return boundaries;
    },
  );
};
